"""A judged sample split for several readers: STEM.md/.tsv → STEMa.md/.tsv, STEMb…, N cards each.

    python benchmarks/split_sample.py review-7 [--size 30]

``card_review.py sample`` writes one Markdown file of cards (each under a "## N." heading) and
one TSV row per card in the same order; each chunk keeps the Markdown's header and the TSV's
column line, so each reader fills in a TSV that ``card_review.py score`` reads as it is.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

CARD = re.compile(r"(?m)^(?=## \d+\. )")


def split_sample(stem: Path, size: int = 30) -> list[Path]:
    """Write the chunks; return their stems."""
    markdown = stem.with_suffix(".md").read_text(encoding="utf-8")
    head, *cards = CARD.split(markdown)
    header, *rows = stem.with_suffix(".tsv").read_text(encoding="utf-8").splitlines()
    if len(cards) != len(rows):
        raise SystemExit(f"{stem}: {len(cards)} cards in the .md but {len(rows)} rows in the .tsv")
    stems = []
    for number, start in enumerate(range(0, len(cards), size)):
        chunk = Path(f"{stem}{chr(ord('a') + number)}")
        chunk.with_suffix(".md").write_text(head + "".join(cards[start : start + size]), encoding="utf-8")
        chunk.with_suffix(".tsv").write_text("\n".join([header, *rows[start : start + size]]) + "\n", encoding="utf-8")
        stems.append(chunk)
    return stems


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stem", type=Path, help="the sample's STEM (without .md/.tsv)")
    parser.add_argument("--size", type=int, default=30, help="cards per reader")
    args = parser.parse_args(argv)
    for chunk in split_sample(args.stem, args.size):
        print(chunk)


if __name__ == "__main__":
    main()
