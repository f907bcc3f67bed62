"""Judged verdicts of the cards of one tag (``lede-blank``: the learned lede blanks), read from
judged samples and the decks they were drawn from, beside the same samples' other event cards.

    python benchmarks/tag_scores.py benchmarks/judgements/allsides-fresh99-s25601[a-f].tsv \
        benchmarks/judgements/allsides-fresh99-102-blanks-s25602.tsv \
        --tag lede-blank --decks fresh99.yaml fresh100.yaml fresh101.yaml fresh102.yaml

A sample drawn with ``card_review.py sample --tag`` holds only such cards; a whole-deck sample
holds some too: both are counted, each card once. "acceptable" is right, answerable and
well-formed; "pass four" adds worth learning (choices are left to ``card_review.py score``).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quizgen.deck.io import load_deck

CHECKS = ("right", "answerable", "well_formed")


def verdicts(rows: list[dict[str, str]]) -> str:
    n = len(rows)
    acceptable = sum(all(r[c] == "y" for c in CHECKS) for r in rows)
    four = sum(all(r[c] == "y" for c in CHECKS) and r["worth_learning"] == "y" for r in rows)
    share = lambda k: f"{k / n:.0%}" if n else "–"
    return f"n={n}: acceptable {acceptable} ({share(acceptable)}), pass four {four} ({share(four)})"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("judgements", nargs="+", help="filled-in sample TSVs")
    parser.add_argument("--decks", nargs="+", required=True, help="the decks the samples were drawn from")
    parser.add_argument("--tag", default="lede-blank")
    args = parser.parse_args(argv)
    items = {i.id: i for path in args.decks for i in load_deck(path).items}
    rows: dict[str, dict[str, str]] = {}
    for path in args.judgements:
        with open(path, encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if row["item"] in items:
                    rows.setdefault(row["item"], row)
    tagged = [r for k, r in rows.items() if args.tag in items[k].tags]
    others = [r for k, r in rows.items() if args.tag not in items[k].tags and items[k].kind == "event"]
    print(f"{args.tag} cards {verdicts(tagged)}")
    print(f"other event cards {verdicts(others)}")


if __name__ == "__main__":
    main()
