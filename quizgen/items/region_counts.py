"""How many countries a continent has, for a count of them ("____ African countries").

A count of the countries of a continent is no more than the continent has: "Seventy two"
beside "Forty eight African countries" is ruled out by anyone who knows Africa has some fifty.
The sizes come from the time-zone database the pinned ``tzdata`` package ships: its
``zone.tab`` files every country under the area of its zones ("Africa/Lagos" for Nigeria),
and the areas are the continents ("Africa", "Europe", "Asia", "America") and oceans
("Pacific", "Indian", "Atlantic"). A few countries file under an ocean (Cape Verde under
"Atlantic", Madagascar under "Indian"), so the bound allows ``SLACK`` more.

>>> count_bound("African countries", 48)
57.1
>>> count_bound("people killed", 48) is None
True
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from quizgen.constants import COUNTRY_NOUNS
from quizgen.facts.places import zone_rows

SLACK = 0.1  # a continent's count as the database files it may miss this share of its countries


@lru_cache(maxsize=1)
def _area_sizes() -> dict[str, int]:
    """Area name, lower case ("africa") → the countries ``zone.tab`` files under it."""
    members: dict[str, set[str]] = defaultdict(set)
    for code, _, zone in zone_rows():
        if "/" in zone:
            members[zone.split("/", 1)[0].lower()].add(code)
    return {area: len(codes) for area, codes in members.items()}


def _area_of(word: str) -> str | None:
    """The area an adjective names: the area itself ("pacific") or its demonym, the area with
    "n" or "an" added ("african", "asian", "european")."""
    sizes = _area_sizes()
    for area in (word, word[:-1], word[:-2]):
        if area in sizes and (area == word or word in (area + "n", area + "an")):
            return area
    return None


def count_bound(unit: str, answer: float) -> float | None:
    """The most countries a count whose ``unit`` names a continent's countries ("African
    countries", "European nations") can be, exclusive; None for another unit, or when the
    answer is past it (then the count is of something else)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", unit)]
    if not any(w in COUNTRY_NOUNS for w in words):
        return None
    for word in words:
        area = _area_of(word)
        if area is not None:
            bound = round(_area_sizes()[area] * (1 + SLACK) + 1, 1)
            return bound if answer < bound else None
    return None
