"""Two decks compared card by card: what a code change added, removed and reworded.

    python benchmarks/deck_diff.py BEFORE.yaml AFTER.yaml [--kind event] [--choices]

Cards are paired by item id (ids are hashes of the fact, stable across regenerations): an id
only in AFTER is *added*, only in BEFORE *removed*; an id in both whose question, answer,
choices or importance differ is *changed* (each differing field printed before → after). Every
added and removed card is printed with its evidence, so that a reviewer can read each against
its sentence. Used by every round's helpers to measure a change on the dev decks (README, Card
quality); the source paths of two builds into different folders differ and are not compared.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quizgen.deck.io import load_deck
from quizgen.models import Item

FIELDS = ("question", "answer", "choices", "importance")


def compare(before: list[Item], after: list[Item], *, kind: str | None = None) -> tuple[list[Item], list[Item], list[tuple[Item, Item, list[str]]]]:
    """(added, removed, changed with the fields that differ), in deck order."""
    old = {i.id: i for i in before if kind in (None, i.kind)}
    new = {i.id: i for i in after if kind in (None, i.kind)}
    added = [i for i in new.values() if i.id not in old]
    removed = [i for i in old.values() if i.id not in new]
    changed = []
    for item_id, item in old.items():
        if item_id in new:
            fields = [f for f in FIELDS if getattr(item, f) != getattr(new[item_id], f)]
            if fields:
                changed.append((item, new[item_id], fields))
    return added, removed, changed


def _card(item: Item, choices: bool) -> str:
    lines = [f"  [{item.kind}] {item.id}  importance={item.importance}", f"    Q: {item.question}", f"    A: {item.answer}"]
    if choices and item.choices:
        lines.append(f"    choices: {' | '.join(item.choices)}")
    lines += [f"    evidence ({ev.source}): {ev.text}" for ev in item.evidence]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--kind", help="only cards of this kind (quote, date, number, person, event)")
    parser.add_argument("--choices", action="store_true", help="print added and removed cards' choices")
    args = parser.parse_args(argv)
    before, after = load_deck(args.before), load_deck(args.after)
    added, removed, changed = compare(before.items, after.items, kind=args.kind)
    print(f"before {len(before.items)} items, after {len(after.items)}; added {len(added)}, removed {len(removed)}, changed {len(changed)}")
    for title, group in (("ADDED", added), ("REMOVED", removed)):
        print(f"\n== {title} ({len(group)})")
        for item in group:
            print(_card(item, args.choices))
    print(f"\n== CHANGED ({len(changed)})")
    for old, new, fields in changed:
        print(f"  [{new.kind}] {new.id}")
        for field in fields:
            print(f"    - {field}: {getattr(old, field)}\n    + {field}: {getattr(new, field)}")


if __name__ == "__main__":
    main()
