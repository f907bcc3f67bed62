"""A seeded sample of cards with choices (every kind but events), to judge "choices ok" by hand.

    python benchmarks/choice_sample.py --seed 7 --n 40 /work/cache/me/p.yaml /work/cache/me/t.yaml

Prints each card's question, answer, choices and evidence, and for a person or quote card where
each wrong choice is named in the deck's articles (the same story, or the title of another) —
so that "from another story" and "of another kind" can be told without opening the articles.
The samples judged for issue 12's choices are kept in ``benchmarks/judgements/choices/self-dev-*``.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quizgen.deck.io import load_deck


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("decks", nargs="+")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--n", type=int, default=40)
    args = parser.parse_args(argv)
    items = []
    for path in args.decks:
        deck = load_deck(path)
        sources = {s.id: s for s in deck.sources}
        bodies = {s.id: Path(s.path).read_text(encoding="utf-8") for s in deck.sources if s.path}
        items += [(path, i, sources, bodies) for i in deck.items if i.choices and i.kind != "event"]
    items.sort(key=lambda t: (t[0], t[1].id))
    for k, (path, item, sources, bodies) in enumerate(random.Random(args.seed).sample(items, min(args.n, len(items))), 1):
        ev = item.evidence[0]
        print(f"## {k}. {Path(path).stem} {item.id} [{item.kind}]  src={ev.source[:50]}")
        print("T:", sources[ev.source].title[:100])
        print("Q:", item.question)
        print("A:", item.answer, "| choices:", " / ".join(item.choices))
        print("EV:", ev.text[:400])
        if item.kind in ("quote", "person"):
            for c in item.choices:
                if c == item.answer:
                    continue
                where = [sid for sid, body in bodies.items() if c in body]
                same = ev.source in where
                ctx = ""
                if where:
                    body = bodies[ev.source if same else where[0]]
                    at = body.find(c)
                    ctx = body[max(0, at - 80) : at + len(c) + 80].replace("\n", " ")
                place = "SAME" if same else "other: " + (sources[where[0]].title[:60] if where else "nowhere (Faker)")
                print(f"   - {c}: {place} :: {ctx}")
        print()


if __name__ == "__main__":
    main()
