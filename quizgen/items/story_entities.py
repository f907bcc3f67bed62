"""The deck's entities by label and by article, and which articles are about the same things.
Moved from ``items.events``."""

from __future__ import annotations

from collections import defaultdict

from quizgen.items.distractors import fold

RELATED_SHARED = 2  # entities two articles share to be about the same things


def related_articles(entities: dict[str, list[str]]) -> dict[str, set[str]]:
    """Article id → the other articles that name at least ``RELATED_SHARED`` of its entities."""
    named: dict[str, set[str]] = defaultdict(set)
    for key, names in entities.items():
        article = key.partition("@")[2]
        if article:
            named[article] |= {fold(n) for n in names}
    # Pairs counted through the articles holding each entity, not by a pass over every pair;
    # each set is filled in the deck's order, as a pass over ``named`` fills it.
    order = {a: i for i, a in enumerate(named)}
    holding: dict[str, list[str]] = defaultdict(list)
    for a, names in named.items():
        for n in names:
            holding[n].append(a)
    related = {}
    for a, names in named.items():
        shared: dict[str, int] = defaultdict(int)
        for n in names:
            for b in holding[n]:
                shared[b] += 1
        kin = sorted((b for b, count in shared.items() if b != a and count >= RELATED_SHARED), key=order.__getitem__)
        related[a] = set(kin)
    return related


def entities_by_label(mentions: list[tuple[str, str, str]]) -> dict[str, list[str]]:
    """(canonical text, label, article id) mentions → the deck's entities by label, most
    mentioned first; and under ``"<label>@<article id>"`` those of one article."""
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for text, label, article in mentions:
        for key in (label, f"{label}@{article}"):
            counts[key][text] = counts[key].get(text, 0) + 1
    return {
        key: [t for t, _ in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))] for key, c in counts.items()
    }
