"""Person and quote choices before and after a change, side by side, to judge "choices ok".

Draws a seeded sample of person and quote items from the BEFORE decks and prints each with its
evidence, its choices in the BEFORE decks and the choices the AFTER decks give the same item id
(decks built from the same articles by two versions of the generator):

    python benchmarks/card_review.py build polnear ../shared/corpora/polnear-train --part dev \\
        --articles 40 --seed 731 --out /work/cache/me/before-polnear.yaml   # on the old commit
    ... the same on the new commit, --out /work/cache/me/after-polnear.yaml
    python benchmarks/choice_pairs.py --seed 5150 --n 30 \\
        --before /work/cache/me/before-polnear.yaml --after /work/cache/me/after-polnear.yaml

It also prints how many person and quote items have choices in each. "choices ok" = every wrong
choice plausible for the question and exactly one right; an item without choices (a typed
answer) has none to judge.
"""

from __future__ import annotations

import argparse
import random

from quizgen.deck.io import load_deck

KINDS = ("person", "quote")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--before", nargs="+", required=True, help="decks of the old generator")
    parser.add_argument("--after", nargs="+", required=True, help="decks of the new generator, same articles")
    args = parser.parse_args()
    before = {i.id: (i, path) for path in args.before for i in load_deck(path).items if i.kind in KINDS}
    after = {i.id: i for path in args.after for i in load_deck(path).items if i.kind in KINDS}
    for name, items in (("before", [i for i, _ in before.values()]), ("after", list(after.values()))):
        for kind in KINDS:
            of_kind = [i for i in items if i.kind == kind]
            print(f"{name}: {kind} {len(of_kind)}, with choices {sum(1 for i in of_kind if i.choices)}")
    drawn = random.Random(args.seed).sample(sorted(before), min(args.n, len(before)))
    for number, item_id in enumerate(drawn, 1):
        item, path = before[item_id]
        new = after.get(item_id)
        print(f"\n## {number}. {item_id} ({item.kind}) — {path}")
        print("Q:", item.question)
        print("A:", item.answer, "| role:", getattr(item, "role", None))
        print("E:", item.evidence[0].text[:400].replace("\n", " "))
        print("before:", item.choices)
        print("after: ", new.choices if new else "(no item)")


if __name__ == "__main__":
    main()
