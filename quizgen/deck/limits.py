"""How big a deck and its fields may be: checked when a deck is read, kept when one is made.

The limits keep one hostile or broken deck from exhausting the app (a 1 MB answer shown in a
table, a thousand 1 MB ``accept`` entries checked against every typed answer). They are far
above anything the generator writes: an item over a limit is dropped at generation, and a
deck file holding one is refused by ``load_deck`` and reported by ``quizgen validate``.
"""

from __future__ import annotations

from quizgen.models import Deck, Item

MAX_DECK_BYTES = 20_000_000  # a deck file; the largest real deck we know is ~10 MB for 9k items
MAX_ALIASES = 100  # YAML aliases (*name) in a deck; quizgen never writes any
MAX_TEXT = {"question": 2_000, "answer": 500, "quote": 5_000, "role": 500}
MAX_ENTRY = 500  # each entry of accept, choices and tags
# A date the 840 PolNeAR articles all mention has 123 evidence sentences: keep ample room.
MAX_ENTRIES = {"accept": 50, "choices": 10, "tags": 50, "evidence": 1_000}
MAX_EVIDENCE_TEXT = 10_000


def item_limit_problems(item: Item) -> list[str]:
    """One line per limit ``item`` exceeds, naming the item and the field."""
    problems = []
    head = f"item {item.id}"
    for field, limit in MAX_TEXT.items():
        value = getattr(item, field, None)
        if isinstance(value, str) and len(value) > limit:
            problems.append(f"{head} field {field}: {len(value):,} characters (limit {limit:,})")
    for field, limit in MAX_ENTRIES.items():
        values = getattr(item, field)
        if len(values) > limit:
            problems.append(f"{head} field {field}: {len(values):,} entries (limit {limit:,})")
        if field == "evidence":
            continue
        for n, value in enumerate(values):
            if len(value) > MAX_ENTRY:
                problems.append(
                    f"{head} field {field}[{n}]: {len(value):,} characters (limit {MAX_ENTRY:,})"
                )
                break
    for n, ev in enumerate(item.evidence):
        if len(ev.text) > MAX_EVIDENCE_TEXT:
            problems.append(
                f"{head} field evidence[{n}].text: {len(ev.text):,} characters (limit {MAX_EVIDENCE_TEXT:,})"
            )
    return problems


def deck_limit_problems(deck: Deck) -> list[str]:
    """Every limit any item of ``deck`` exceeds."""
    return [p for item in deck.items for p in item_limit_problems(item)]
