"""Dev-only check: run Instructure's QTIMigrationTool (what Canvas runs on upload) on our QTI.

    python benchmarks/canvas_qti_check.py --tool ~/QTIMigrationTool --python ~/venv-lxml/bin/python

The tool is not part of quizgen (clone github.com/instructure/QTIMigrationTool; it needs
Python 3 + lxml). The command line is the one Canvas uses (``qti_exporter/lib/qti.rb``);
each numerical item's QTI 2 output is then read the way ``numeric_interaction.rb`` reads it
(``or`` → exact answer only with a ``stringMatch``; bare ``and`` → range). Prints one line
per numerical question and exits 1 if Canvas would find no answer for any.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from quizgen.export.qti import export_qti
from quizgen.export.selection import Quiz, QuizQuestion, QuizVersion

Q2 = "{http://www.imsglobal.org/xsd/imsqti_v2p1}"
CASES = [(3000, 0.0), (3000, 150.0), (2.5, 0.125), ((40, 60), 0.0)]


def _answers(item: ET.Element) -> list[str]:
    found = []
    for cond in item.iter(Q2 + "responseIf"):
        or_node = cond.find(f".//{Q2}or")
        if or_node is not None:
            exact = or_node.find(f".//{Q2}stringMatch/{Q2}baseValue")
            if exact is None:
                continue  # numeric_interaction.rb: `next unless exact_node`
            upper = or_node.find(f".//{Q2}and/{Q2}customOperator[@class='varlte']/{Q2}baseValue")
            margin = float(upper.text) - float(exact.text) if upper is not None else 0.0
            found.append(f"exact {exact.text} margin {margin:g}")
            continue
        and_node = cond.find(f".//{Q2}and")
        if and_node is not None:
            bounds = [
                and_node.find(f"{Q2}customOperator[@class='{op}']/{Q2}baseValue")
                for op in ("vargte", "varlte")
            ]
            if any(b is not None for b in bounds):
                found.append("range " + "..".join(b.text if b is not None else "" for b in bounds))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tool", required=True, type=Path, help="QTIMigrationTool checkout")
    parser.add_argument("--python", default=sys.executable, help="a Python with lxml")
    args = parser.parse_args()
    questions = tuple(
        QuizQuestion(
            item_id=f"n{i}",
            kind="number",
            type="numerical",
            prompt="How many?",
            answer=str(v),
            value=v,
            tolerance=t,
        )
        for i, (v, t) in enumerate(CASES)
    )
    quiz = Quiz("canvas check", 1, (QuizVersion(1, questions),))
    failed = 0
    with tempfile.TemporaryDirectory() as folder:
        src, out = Path(folder) / "in", Path(folder) / "out"
        zipfile.ZipFile(io.BytesIO(export_qti(quiz, quiz.versions[0], timestamp=1.7e9))).extractall(
            src
        )
        subprocess.run(
            [
                args.python,
                str(args.tool / "migrate.py"),
                "--ucvars",
                "--nogui",
                "--overwrite",
                f"--cpout={out}",
                str(src),
            ],
            check=True,
            capture_output=True,
        )
        items = sorted(
            (out / "assessmentItems").glob("*.xml"), key=lambda p: int(p.stem.rsplit("q", 1)[1])
        )
        for (value, tolerance), path in zip(CASES, items):
            answers = _answers(ET.parse(path).getroot())
            failed += not answers
            print(f"value {value} ± {tolerance:g}: {'; '.join(answers) or 'NO ANSWER'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
