"""Separate what the code changed from what the sample changed: carry a judged sample's
verdicts over to decks rebuilt from the same articles at newer code.

Two judged samples drawn from decks of *different* articles differ by the code and by the
articles at once. Rebuilding the older sample's decks from the same articles at today's code
and comparing card by card leaves only the code: a card that is byte-for-byte the same
(question, answer, choices) keeps its verdict; an old card whose fact (kind, answer, first
evidence) or id the new decks still ask, in other words, is "reworded"; one the new code no
longer asks at all is "gone", and its verdicts say whether the removals were right. Only the
new or reworded cards need a reader.

    python benchmarks/card_review.py build polnear ../shared/corpora/polnear-train --part heldout \\
        --articles 30 --seed 2001 --events --out NEW/polnear-heldout.yaml      # and timebank
    python benchmarks/carryover.py --old OLD/polnear-heldout.yaml OLD/timebank-heldout.yaml \\
        --new NEW/polnear-heldout.yaml NEW/timebank-heldout.yaml \\
        --judgements benchmarks/judgements/heldout-s2003?.tsv --changed NEW/changed.yaml
    python benchmarks/card_review.py sample NEW/changed.yaml --seed 1 --n 1000 --out NEW/changed
        # judge the new and rewritten cards; score them with card_review.py score

Old and new decks are paired by file name. ``--changed`` writes a deck of the new decks'
cards that are not in the old ones (new, or same question and answer with other choices) for
``card_review.py sample``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import yaml
from card_review import read_judgements, verdict

from quizgen.atomic import write_atomic
from quizgen.safe_yaml import load_yaml

STATUSES = ("same", "choices changed", "reworded", "gone")


def _load(path: Path) -> dict:
    return load_yaml(path.read_text(encoding="utf-8"), what=str(path))


def _card(item: dict) -> tuple:
    return (item["kind"], item["question"], item["answer"], tuple(item.get("choices") or ()))


def _question(item: dict) -> tuple:
    return (item["kind"], item["question"], item["answer"])


def _fact(item: dict) -> tuple:
    """The fact a card asks, whatever its wording: its kind, answer and first evidence."""
    evidence = (item.get("evidence") or [{}])[0]
    return (item["kind"], item["answer"], evidence.get("source"), evidence.get("start"))


def _acceptable(row: dict[str, str]) -> bool:
    return all(verdict(row, c) for c in ("right", "answerable", "well_formed"))


def _all_five(row: dict[str, str]) -> bool:
    return _acceptable(row) and verdict(row, "worth_learning") is True and verdict(row, "choices_ok") is not False


def compare(old_paths: list[Path], new_paths: list[Path], judgement_paths: list[str]):
    """Counts of old cards by status, verdicts by status, and the new decks' unseen cards."""
    rows = {(Path(r["deck"]).name, r["item"]): r for r in read_judgements(judgement_paths)}
    counts: Counter = Counter()
    judged: dict[str, list[dict[str, str]]] = {status: [] for status in STATUSES}
    unseen: list[tuple[dict, dict]] = []
    for old_path, new_path in zip(old_paths, new_paths, strict=True):
        old, new = _load(old_path), _load(new_path)
        new_cards = {_card(item) for item in new["items"]}
        new_questions = {_question(item) for item in new["items"]}
        new_facts = {_fact(item) for item in new["items"]} | {item["id"] for item in new["items"]}
        for item in old["items"]:
            status = ("same" if _card(item) in new_cards
                      else "choices changed" if _question(item) in new_questions
                      else "reworded" if _fact(item) in new_facts or item["id"] in new_facts else "gone")
            counts[status] += 1
            row = rows.get((old_path.name, item["id"]))
            if row is not None:
                judged[status].append(row)
        old_cards = {_card(item) for item in old["items"]}
        old_facts = {_fact(item) for item in old["items"]} | {item["id"] for item in old["items"]}
        for item in new["items"]:
            counts["new items"] += 1
            if _card(item) not in old_cards:
                counts["unseen"] += 1
                counts["unseen, a fact the old decks asked" if _fact(item) in old_facts or item["id"] in old_facts else "unseen, a new fact"] += 1
                unseen.append((new, item))
    return counts, judged, unseen


def _share(rows: list[dict[str, str]], test) -> str:
    if not rows:
        return "—"
    hits = sum(1 for row in rows if test(row))
    return f"{hits}/{len(rows)} ({100 * hits / len(rows):.0f}%)"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--old", nargs="+", type=Path, required=True, help="the judged sample's decks")
    parser.add_argument("--new", nargs="+", type=Path, required=True, help="the same articles' decks at newer code")
    parser.add_argument("--judgements", nargs="+", required=True, help="the judged sample's TSVs")
    parser.add_argument("--changed", type=Path, help="write the new decks' unseen cards here, as one deck")
    args = parser.parse_args(argv)
    if len(args.old) != len(args.new):
        raise SystemExit("--old and --new need the same number of decks, in the same order")
    counts, judged, unseen = compare(args.old, args.new, args.judgements)
    old_total = sum(counts[s] for s in STATUSES)
    print(f"old decks: {old_total} items; new decks: {counts['new items']} items, "
          f"{counts['unseen']} not in the old decks ({counts['unseen, a fact the old decks asked']} asking a fact "
          f"the old decks asked, in other words or with other choices; {counts['unseen, a new fact']} new facts)\n")
    print("| old items | count | judged | acceptable | all five |")
    print("|---|---|---|---|---|")
    for status in STATUSES:
        rows = judged[status]
        print(f"| {status} | {counts[status]} | {len(rows)} | {_share(rows, _acceptable)} | {_share(rows, _all_five)} |")
    if args.changed:
        first_deck = unseen[0][0] if unseen else _load(args.new[0])
        sources = {}
        for deck, _ in unseen:
            sources.update({source["id"]: source for source in deck["sources"]})
        deck = {key: value for key, value in first_deck.items() if key not in ("sources", "items")}
        deck["sources"] = [sources[key] for key in sorted(sources)]
        deck["items"] = [item for _, item in unseen]
        write_atomic(args.changed, yaml.safe_dump(deck, allow_unicode=True, sort_keys=False).encode())
        print(f"\n{len(unseen)} unseen items written to {args.changed}")


if __name__ == "__main__":
    main()
