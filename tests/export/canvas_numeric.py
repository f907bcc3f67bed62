"""How Canvas reads a numerical question's answer out of a QTI 1.2 package (test helper).

Canvas converts QTI 1.2 with Instructure's QTIMigrationTool (``lib/imsqtiv1.py``: a
``varequal`` on a string response becomes ``stringMatch``, ``vargte``/``varlte`` become
``customOperator class="vargte"/"varlte"``; ``or``/``and`` stay as they are), then
``Qti::NumericInteraction#get_canvas_answers`` (canvas-lms,
``gems/plugins/qti_exporter/lib/qti/numeric_interaction.rb``) reads the answers. This is a
port of that method onto the QTI 1.2 elements, one-to-one:

- an ``<or>`` is an exact answer; it is *skipped* unless it holds a ``varequal``
  (``next unless exact_node``); the margin is ``varlte`` minus the exact value; a
  ``vargt``/``varlte`` pair whose digits end in 5 and is symmetric is a precision answer;
- otherwise an ``<and>`` is a range answer from ``vargte`` and ``varlte``.

``benchmarks/canvas_qti_check.py`` runs the real QTIMigrationTool and checks the same.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from decimal import Decimal

QTI = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"


def _first(node: ET.Element, path: str) -> ET.Element | None:
    return node.find(".//" + "/".join(QTI + part for part in path.split("/")))


def canvas_numeric_answers(item: ET.Element) -> list[dict]:
    """The answers Canvas stores for one QTI 1.2 ``<item>`` (empty: the question has none)."""
    answers = []
    for condition in item.iter(QTI + "respcondition"):  # responseIf / responseElseIf
        answer: dict = {"weight": 100}
        or_node = _first(condition, "or")
        if or_node is not None:
            exact_node = _first(or_node, "varequal")  # or_node.at_css('stringMatch baseValue')
            if exact_node is None:
                continue
            exact = exact_node.text or "0.0"
            lower = _first(or_node, "and/vargt")
            upper = _first(or_node, "and/varlte")
            if (
                lower is not None
                and upper is not None
                and all(re.sub(r"[0.]", "", n.text or "").endswith("5") for n in (lower, upper))
            ):
                low, high, value = Decimal(lower.text), Decimal(upper.text), Decimal(exact)
                if value - low == high - value and (high - low).normalize().as_tuple().digits == (
                    1,
                ):
                    answers.append(
                        {
                            **answer,
                            "numerical_answer_type": "precision_answer",
                            "approximate": float(value),
                        }
                    )
                    continue
            answer.update(numerical_answer_type="exact_answer", exact=float(exact))
            if upper is not None:
                answer["margin"] = float(Decimal(upper.text) - Decimal(exact))
            answers.append(answer)
            continue
        and_node = _first(condition, "and")
        if and_node is not None:
            answer["numerical_answer_type"] = "range_answer"
            lower, upper = _first(and_node, "vargte"), _first(and_node, "varlte")
            if lower is not None:
                answer["start"] = float(lower.text)
            if upper is not None:
                answer["end"] = float(upper.text)
            if lower is not None or upper is not None:
                answers.append(answer)
    return answers
