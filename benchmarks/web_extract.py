"""Benchmark article extraction from saved news pages: quizgen against trafilatura and readability.

    python benchmarks/web_extract.py ../shared/corpora/web [--part dev|heldout|all]
    python benchmarks/web_extract.py ../shared/corpora/web --part dev --dropped

For each page of ``pages/`` and its snippets in ``expected.json`` (``with``: text of the
article; ``without``: page furniture), the share of ``with`` snippets kept and of ``without``
snippets leaked (a snippet counts when it occurs in the text, white space normalised):

  quizgen     the body of the ``.md`` article ``quizgen fetch`` saves (``ingest.pages``)
  q-read      leaks into what quizgen's extractors read: the body's ``text`` blocks, after
              ``ingest.articles`` marks furniture (headings and credits are not read)
  trafilatura ``trafilatura.extract(html, url=url)`` with its default settings
  readability ``readability-lxml``'s ``Document(html).summary()``, as text

and the title and publication date quizgen found. Pages are split by ``benchmarks/holdout.py``;
the two parts are reported side by side and errors are read on the dev part only:
``--dropped`` (dev only) lists, per page, the blocks trafilatura alone keeps and quizgen leaves
out, each with the furniture test that says so (``ingest.floor``).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import trafilatura
from holdout import PARTS, part_of
from lxml import html as lxml_html
from readability import Document
from readability.readability import Unparseable

from quizgen.errors import InputError
from quizgen.ingest.articles import parse_article
from quizgen.ingest.pages import extract_page

SYSTEMS = ("quizgen", "q-read", "trafilatura", "readability")


@dataclass
class Score:
    kept: int = 0
    with_total: int = 0
    leaked: int = 0
    without_total: int = 0

    def add(self, other: Score) -> None:
        self.kept += other.kept
        self.with_total += other.with_total
        self.leaked += other.leaked
        self.without_total += other.without_total

    def cell(self) -> str:
        keep = f"{self.kept}/{self.with_total}" if self.with_total else "–"
        leak = f"{self.leaked}/{self.without_total}" if self.without_total else "–"
        return f"{keep} kept, {leak} leaked"

    def shares(self) -> str:
        keep = self.kept / self.with_total if self.with_total else 1.0
        leak = self.leaked / self.without_total if self.without_total else 0.0
        return f"{keep:.0%} kept, {leak:.0%} leaked"


def flat(text: str) -> str:
    return " ".join(text.split())


def score(text: str, expected: dict, *, keep: bool = True) -> Score:
    found = flat(text)
    with_, without = expected.get("with", []), expected.get("without", [])
    return Score(
        kept=sum(flat(s) in found for s in with_) if keep else 0,
        with_total=len(with_) if keep else 0,
        leaked=sum(flat(s) in found for s in without),
        without_total=len(without),
    )


def quizgen_texts(data: bytes, url: str | None) -> tuple[str, str, str, str]:
    """(saved body, prose the extractors read, title, date)."""
    try:
        page = extract_page(data, url=url)
    except InputError:
        return "", "", "", ""
    article = parse_article(page.body.encode("utf-8"), article_id="page", path="page.md")
    prose = "\n\n".join(b.text for b in article.text_blocks())
    return page.body, prose, page.title, page.date.isoformat() if page.date else ""


def readability_text(data: bytes, url: str | None) -> str:
    try:
        summary = Document(data, url=url).summary()
    except (Unparseable, ValueError):
        return ""
    return lxml_html.fromstring(summary).text_content() if summary.strip() else ""


def print_dropped(corpus: Path) -> int:
    expected = json.loads((corpus / "expected.json").read_text(encoding="utf-8"))
    for name in sorted(n for n in expected if part_of(Path(n).stem) == "dev"):
        try:
            page = extract_page((corpus / "pages" / name).read_bytes(), url=expected[name].get("url"))
        except InputError as exc:
            print(f"{Path(name).stem}: {exc}")
            continue
        print(f"{Path(name).stem}: {len(page.dropped)} blocks dropped")
        for block in page.dropped:
            print(f"    {flat(block.text)[:90]}  [{block.reason}]")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="the web corpus folder (pages/, expected.json)")
    parser.add_argument("--part", choices=[*PARTS, "all"], default="all")
    parser.add_argument("--dropped", action="store_true", help="list the blocks judged furniture (dev only)")
    args = parser.parse_args(argv)
    if args.dropped and args.part != "dev":
        parser.error("--dropped reads errors: use it with --part dev only")
    if args.dropped:
        return print_dropped(args.corpus)
    expected = json.loads((args.corpus / "expected.json").read_text(encoding="utf-8"))
    totals = {part: {s: Score() for s in SYSTEMS} for part in PARTS}
    print("| page | part | quizgen | q-read (leaks) | trafilatura | readability | title found | date found |")
    print("|---|---|---|---|---|---|---|---|")
    for name in sorted(expected):
        part = part_of(Path(name).stem)
        if args.part != "all" and part != args.part:
            continue
        snippets = expected[name]
        url = snippets.get("url")
        data = (args.corpus / "pages" / name).read_bytes()
        body, prose, title, date = quizgen_texts(data, url)
        scores = {
            "quizgen": score(body, snippets),
            "q-read": score(prose, snippets, keep=False),
            "trafilatura": score(trafilatura.extract(data, url=url) or "", snippets),
            "readability": score(readability_text(data, url), snippets),
        }
        for system, s in scores.items():
            totals[part][system].add(s)
        cells = [scores["quizgen"].cell(), f"{scores['q-read'].leaked}/{scores['q-read'].without_total}"]
        cells += [scores["trafilatura"].cell(), scores["readability"].cell()]
        print(f"| {Path(name).stem} | {part} | " + " | ".join(cells) + f" | {title[:60].replace('|', '/')} | {date or '–'} |")
    print()
    print("| part | quizgen | q-read (leaks) | trafilatura | readability |")
    print("|---|---|---|---|---|")
    for part in PARTS:
        t = totals[part]
        if not t["quizgen"].without_total:
            continue
        read = t["q-read"]
        cells = [t["quizgen"].shares(), f"{read.leaked / read.without_total:.0%} leaked"]
        cells += [t["trafilatura"].shares(), t["readability"].shares()]
        print(f"| {part} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
