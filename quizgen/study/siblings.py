"""Sibling cards: cards that give each other away, buried for the rest of the day (as Anki).

A deck may group items explicitly (an item's ``siblings`` group id). Until decks carry
groups, and for items without one, cards are siblings when they share an evidence sentence
(two clozes of one sentence) or a person and role pair (a role card and its reverse, or a
quote card that names the speaker's role).
"""

from __future__ import annotations

from collections.abc import Iterable

from quizgen.models import Item

SiblingKey = tuple[str, ...]


def sibling_keys(item: Item) -> frozenset[SiblingKey]:
    """What ties ``item`` to its siblings; two items sharing a key are siblings."""
    group = getattr(item, "siblings", None)
    if group:
        return frozenset({("group", str(group))})
    keys: set[SiblingKey] = {("evidence", ev.source, str(ev.start)) for ev in item.evidence}
    person = getattr(item, "person", None) or (item.answer if item.kind == "quote" else None)
    role = getattr(item, "role", None)
    if person and role:
        keys.add(("person-role", person.casefold(), role.casefold()))
    return frozenset(keys)


def buried_keys(items: Iterable[Item]) -> frozenset[SiblingKey]:
    """The keys of ``items`` (the cards studied today): their siblings wait until tomorrow."""
    out: set[SiblingKey] = set()
    for item in items:
        out |= sibling_keys(item)
    return frozenset(out)


def is_buried(item: Item, studied_ids: set[str], keys: frozenset[SiblingKey]) -> bool:
    """Whether ``item`` is a sibling of a card studied today (and not that card itself)."""
    return item.id not in studied_ids and not keys.isdisjoint(sibling_keys(item))
