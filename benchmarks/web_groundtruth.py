"""Article text from 181 pages nobody tuned on: quizgen against trafilatura and readability.

    git clone https://github.com/scrapinghub/article-extraction-benchmark /tmp/aeb
    python benchmarks/web_groundtruth.py /tmp/aeb [--part dev|heldout|all] [--worst N]

The pages are Zyte's (Scrapinghub's) article extraction benchmark: 181 real pages saved whole
(``html/<id>.html.gz``) and, for each, the article's body as a person marked it
(``ground-truth.json``, ``articleBody``). quizgen's own web corpus (``web_extract.py``) has 11
pages with snippets; this one is larger, from other sites, and was never looked at while
quizgen's page reader was built, so it measures that reader on unseen pages.

Score: the benchmark's own measure, re-implemented from its definition (``evaluate.py`` in that
repository): the texts are cut into word 4-grams (``\\w+`` tokens); per page, true positives,
false positives and false negatives are counted over the 4-gram multisets and normalised to sum
to one, so long pages weigh no more than short ones; precision is the mean over the pages where
the system returned text, recall the mean over the pages with a true body (a page where the
system returns nothing counts as recall 0; ``empty`` counts those pages), F1 is the harmonic
mean of the two means. Systems:

  quizgen     the body of the ``.md`` article ``quizgen fetch`` saves (``ingest.pages``)
  trafilatura ``trafilatura.extract(html, url=url)`` with its default settings
  readability ``readability-lxml``'s ``Document(html).summary()``, as text

Pages are split by ``benchmarks/holdout.py`` on their id; ``--worst N`` (dev only) lists the N
dev pages where quizgen's F1 falls furthest below trafilatura's, to read.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import trafilatura
from holdout import PARTS, part_of
from web_extract import readability_text

from quizgen.errors import InputError
from quizgen.ingest.pages import extract_page

SYSTEMS = ("quizgen", "trafilatura", "readability")
SHINGLE = 4
_WORD = re.compile(r"\w+")


def shingles(text: str) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(text or "")
    return Counter(tuple(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1)) if words)


def overlap(true: str, found: str) -> tuple[float, float, float]:
    """(tp, fp, fn) over 4-gram multisets, normalised to sum to one."""
    want, got = shingles(true), shingles(found)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


@dataclass
class Totals:
    counts: list[tuple[float, float, float]] = field(default_factory=list)
    empty: int = 0

    def row(self) -> str:
        p = statistics.mean(precision(*c) for c in self.counts if c[0] + c[1] > 0)
        r = statistics.mean(recall(*c) for c in self.counts if c[0] + c[2] > 0)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return f"{f1:.3f} | {p:.3f} | {r:.3f} | {self.empty}"


def quizgen_body(data: bytes, url: str | None) -> str:
    try:
        return extract_page(data, url=url).body
    except InputError:
        return ""


def page_texts(data: bytes, url: str | None) -> dict[str, str]:
    return {
        "quizgen": quizgen_body(data, url),
        "trafilatura": trafilatura.extract(data, url=url) or "",
        "readability": readability_text(data, url),
    }


def f1_of(counts: tuple[float, float, float]) -> float:
    p, r = precision(*counts), recall(*counts)
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("benchmark", type=Path, help="a checkout of scrapinghub/article-extraction-benchmark")
    parser.add_argument("--part", choices=[*PARTS, "all"], default="all")
    parser.add_argument("--worst", type=int, default=0, help="list the dev pages quizgen does worst on (dev only)")
    args = parser.parse_args(argv)
    if args.worst and args.part != "dev":
        parser.error("--worst reads errors: use it with --part dev only")
    truth = json.loads((args.benchmark / "ground-truth.json").read_text(encoding="utf-8"))
    totals = {part: {s: Totals() for s in SYSTEMS} for part in PARTS}
    gaps: list[tuple[float, str, str]] = []
    for page_id in sorted(truth):
        part = part_of(page_id)
        if args.part != "all" and part != args.part:
            continue
        url = truth[page_id].get("url")
        data = gzip.decompress((args.benchmark / "html" / f"{page_id}.html.gz").read_bytes())
        body = truth[page_id].get("articleBody", "")
        scores = {}
        for system, text in page_texts(data, url).items():
            counts = overlap(body, text)
            scores[system] = counts
            totals[part][system].counts.append(counts)
            totals[part][system].empty += not text.strip()
        gaps.append((f1_of(scores["quizgen"]) - f1_of(scores["trafilatura"]), page_id, url or ""))
    print("| part | pages | system | F1 | precision | recall | empty |")
    print("|---|---|---|---|---|---|---|")
    for part in PARTS:
        for system in SYSTEMS:
            t = totals[part][system]
            if t.counts:
                print(f"| {part} | {len(t.counts)} | {system} | {t.row()} |")
    if args.worst:
        print()
        for gap, page_id, url in sorted(gaps)[: args.worst]:
            print(f"{gap:+.3f}  {page_id}  {url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
