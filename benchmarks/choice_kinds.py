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
  class        a card whose answer is a government body or a place with a choice of another
               class ("Congress" beside a committee, ``org_kinds.body_class``; "Florida" beside
               a city, ``entity_names.place_class``; a quote's executive and its departments are
               one, ``same_kind_of_speaker``), a choice that is two names joined by "and" (one side
               another choice of the decks, ``org_kinds.two_names``) or a kind word alone
               ("Network", ``org_kinds.kind_word_only``)
  same         an organisation or place card with a choice that may be the answer itself or a
               piece of it ("NATO members" beside "NATO",
               ``entity_names.same_entity``: one's words within the other's, or the same first word)
  role         a role card ("… was the ____.") with two choices that are one role however
               written ("Russian President", "President of Russia": ``role_choices.role_words``),
               or an organisation's office beside a country's (``role_choices.in_organisation``)
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
from quizgen.items.entity_names import place_class, same_entity
from quizgen.items.org_kinds import (
    body_class,
    kind_word_only,
    org_kind,
    same_kind_of_speaker,
    two_names,
)
from quizgen.items.role_choices import _one_role, in_organisation, role_words
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
    parser.add_argument("--show", choices=["kind", "firm", "sphere", "class", "same", "role"])
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

    named = {n for i in items if i.choices for n in i.choices}
    counts = {k: [0, 0] for k in ("kind", "firm", "sphere", "class", "same", "role")}
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
        # an organisation or a place: its answer or a choice says so (a full name may be a city's)
        thing = any(entity_kind(c) or place_class(c) != "place" for c in i.choices)
        if i.kind in ("event", "quote") and (thing or not distractors.is_full_name(i.answer)) and i.answer[:1].isupper():
            counts["class"][1] += 1
            cls = body_class(i.answer)
            where = place_class(i.answer) if entity_kind(i.answer) in (None, "country") and not org_kind(i.answer) else None
            found["class"] = [
                c for c in wrong
                if kind_word_only(c) or two_names(c, named.__contains__)
                or (cls and body_class(c) and body_class(c) != cls and (i.kind != "quote" or not same_kind_of_speaker(c, i.answer)))
                or (where and not org_kind(c) and where != place_class(c) and "state" in (where, place_class(c)))
            ]
            counts["same"][1] += 1
            found["same"] = [c for c in wrong if same_entity(c, i.answer)]
        if "reverse" in i.tags:
            counts["role"][1] += 1
            keys = [(c, role_words(c)) for c in i.choices]
            found["role"] = [
                c for n, (c, k) in enumerate(keys) if any(_one_role(k, k2) for _, k2 in keys[:n])
            ] + [c for c in wrong if in_organisation(c) != in_organisation(i.answer)]
        for what, bad in found.items():
            if bad:
                counts[what][0] += 1
                if args.show == what:
                    print(f"{i.id}\t{i.answer}\t{bad}\t{i.question[:120]}")
    for what, (bad, total) in counts.items():
        print(f"{what:7} {bad:4d} of {total:4d} cards with choices")


if __name__ == "__main__":
    main()
