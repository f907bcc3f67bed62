"""Role and figure-answer defects of round 11, counted over whole decks (no article read).

    python benchmarks/people_defects.py DECK.yaml...          # counts per deck
    python benchmarks/people_defects.py --list DECK.yaml...   # and the items (dev decks only)

  trade role cards   "Who was the …?" person cards whose role is headed by a trade one
                     practises anywhere (``OCCUPATION_NOUNS``: "Georgia businessman")
  hyphen-cut roles   person cards whose role starts inside a hyphenated compound of the
                     evidence ("area businessman" of "Baltimore-area businessman")
  amount roles       items whose ``role`` holds a digit, "$" or "%" and is headed by no person
                     noun ("more than $1.5 million in the primary")
  bare numbers       number cards whose answer has a scale word ("over $1 million") and that
                     accept a bare number without it ("1")
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from quizgen.constants import OCCUPATION_NOUNS, PERSON_NOUNS, ROLE_NOUNS
from quizgen.deck.io import load_deck
from quizgen.extract.roles import role_head

_SCALE = re.compile(r"\b(?:thousand|million|billion|trillion)\b", re.IGNORECASE)


def defects(items: list[dict]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {"trade role cards": [], "hyphen-cut roles": [], "amount roles": [], "bare numbers": []}
    for it in items:
        role = it.get("role")
        evidence = " ".join(e["text"] for e in it.get("evidence", []))
        if it["kind"] == "person" and role:
            if it["question"].startswith("Who was the") and role_head(role) in OCCUPATION_NOUNS:
                found["trade role cards"].append(f"{it['id']} {role}")
            if re.search(r"\w-" + re.escape(role.split()[0]) + r"\b", evidence):
                found["hyphen-cut roles"].append(f"{it['id']} {role}")
        if role:
            bare_role = re.sub(r"^(?:a|an)\s+", "", role)
            if re.search(r"[$\d%]", bare_role) and role_head(bare_role) not in ROLE_NOUNS | PERSON_NOUNS:
                found["amount roles"].append(f"{it['id']} {role}")
        if it["kind"] == "number" and _SCALE.search(it["answer"]):
            bare = [a for a in it.get("accept", []) if re.fullmatch(r"[\d.,]+", a.strip())]
            if bare:
                found["bare numbers"].append(f"{it['id']} {it['answer']} accepts {bare}")
    return found


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("decks", nargs="+", type=Path)
    p.add_argument("--list", action="store_true", help="print the items too (dev decks only)")
    args = p.parse_args()
    for path in args.decks:
        deck = load_deck(path)
        items = [i.model_dump(mode="json") for i in deck.items]
        print(f"{path}: {len(items)} items")
        for name, hits in defects(items).items():
            print(f"  {name:18} {len(hits)}")
            if args.list:
                for h in hits:
                    print(f"      {h}")


if __name__ == "__main__":
    main()
