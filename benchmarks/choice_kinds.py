"""Wrong choices of another kind than the answer, counted over whole decks.

    python benchmarks/choice_kinds.py DECK.yaml [DECK.yaml ...]
    python benchmarks/choice_kinds.py DECK.yaml ... --show kind|firm|sphere

Per deck set, over the cards with choices:

  other kind   a card whose answer is an organisation or place of a known kind (a country, a
               city or state, an international body, a government body, a company, an outlet,
               a party: ``places.place_kind``, ``org_kinds.org_kind``) with a choice of another
               known kind ("Army" beside "United Nations")
  firm         a card whose answer is a person's full name with a choice whose name holds a
               firm's word ("John Burns Real Estate Consulting": ``constants.FIRM_WORDS``) or
               reads as a company (``org_kind``)
  sphere       a quote or person card whose answer and some choice are of known, different
               spheres, as the deck's own roles give them (person cards' ``role``, quote cards'
               speaker ``role``): "political" (an office, a command, a candidacy) against
               "other" (media, business, culture, experts) — staff and role-less people unknown
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quizgen.constants import FIRM_WORDS
from quizgen.deck.io import load_deck
from quizgen.facts import places
from quizgen.items import distractors, sides
from quizgen.items.org_kinds import org_kind
from quizgen.items.titles import own_title


def entity_kind(name: str) -> str | None:
    if places.country_code(name):
        return "country"
    return org_kind(name)


def firm_like(name: str) -> bool:
    return any(w.lower().strip(".,") in FIRM_WORDS for w in name.split()[1:]) or org_kind(name) == "company"


def sphere(role: str) -> str | None:
    own = own_title(role)
    family = distractors.role_family(own)
    words = set(re.findall(r"[a-z-]+", role.lower()))
    if family in sides.POLITICAL or words & sides.CANDIDACY:
        return "political"
    if family in sides.COMMENTARY:
        return "other"
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("decks", nargs="+")
    parser.add_argument("--show", choices=["kind", "firm", "sphere"])
    args = parser.parse_args()
    items = [i for path in args.decks for i in load_deck(path).items]
    spheres: dict[str, set[str]] = {}
    for i in items:
        name = getattr(i, "person", None) or (i.answer if i.kind == "quote" else None)
        role = getattr(i, "role", None)
        if name and role and (s := sphere(role)):
            spheres.setdefault(name, set()).add(s)

    def sphere_of(name: str) -> str | None:
        found = spheres.get(name, set())
        return next(iter(found)) if len(found) == 1 else None

    counts = {"kind": [0, 0], "firm": [0, 0], "sphere": [0, 0]}
    for i in items:
        if not i.choices:
            continue
        wrong = [c for c in i.choices if c != i.answer]
        found: dict[str, list[str]] = {}
        mine = entity_kind(i.answer)
        person = i.kind in ("quote", "person") or (not mine and distractors.is_full_name(i.answer))
        if not person and mine:
            counts["kind"][1] += 1
            found["kind"] = [c for c in wrong if (k := entity_kind(c)) and k != mine]
        if person:
            counts["firm"][1] += 1
            found["firm"] = [c for c in wrong if firm_like(c)]
        if i.kind in ("quote", "person") and (mine := sphere_of(i.answer)):
            counts["sphere"][1] += 1
            found["sphere"] = [c for c in wrong if (s := sphere_of(c)) and s != mine]
        for what, bad in found.items():
            if bad:
                counts[what][0] += 1
                if args.show == what:
                    print(f"{i.id}\t{i.answer}\t{bad}\t{i.question[:120]}")
    for what, (bad, total) in counts.items():
        print(f"{what:7} {bad:4d} of {total:4d} cards with choices")


if __name__ == "__main__":
    main()
