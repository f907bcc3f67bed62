"""Figures about a place, not about the story: how far it lies, how large it is, how many live there.

A story about refugees settling in a town adds that the town lies "18 miles east of downtown
Atlanta" and has "about 13,000 residents"; a war report, that Basra lies "some 30 miles north of
Kuwait"; the story of a deminer's abduction, that his team was clearing mines "17 kilometers from
Angkor Wat". Readers of judged samples call such cards trivia about a place (issue 12): the
figure tells where the news happened, as a gazetteer would, not what happened. A card is not made
(``worth.not_worth``, "trivia: place's distance or area" / "trivia: place's population") when its figure,
read from what it counts (``FigureFact.unit``, the card's ``unit``) and the words around its blank,
is

- a distance or an area in miles or kilometres (``constants.PLACE_DISTANCE_UNITS``; "square
  miles" too): how far a place lies from another, how far someone travelled, how large a place
  is. Not a rate ("60 miles per hour", ``RATE_WORDS`` after the unit) nor the size of a thing
  ("a bridge 17 kilometers long", ``DIMENSION_WORDS``), and not feet, metres or
  yards, the units of a border wall's height or of a distance a law sets, which are news;
- a place's population (``POPULATION_NOUNS``: residents, inhabitants, population) given as what
  the place has or is made of: a word of having just before the blank ("Iraq has ____ residents",
  "Boasting ____ residents", ``HAVING_WORDS``), "of" after a noun of a place ("the 1.4-square-mile
  city of ____ residents", ``PLACE_NOUNS``), or the population itself counted ("the ____ Kazakh
  population"). Residents a clause does something to keep their card ("____ residents were
  evacuated" is a toll of the news).

A story whose headline gives such a figure's unit ("Missile lands 200 miles off Japan",
"Census: city's population tops 1 million") is about it: its cards are kept.
"""

from __future__ import annotations

import re

from quizgen.constants import (
    DIMENSION_WORDS,
    HAVING_WORDS,
    PLACE_DISTANCE_UNITS,
    PLACE_NOUNS,
    POPULATION_NOUNS,
    RATE_WORDS,
)

BLANK = "____"


def place_figure(item, titles: list[str]) -> str | None:
    """"place's distance or area" or "place's population" when a number card's figure describes a place
    (see the module's docstring), else None. ``titles`` are the headlines of the articles that
    report the card.

    >>> from types import SimpleNamespace as N
    >>> place_figure(N(kind="number", unit="miles", question="Hart, ____ miles south, has 41 voters."), ["Polls close"])
    "place's distance or area"
    """
    if item.kind != "number" or BLANK not in item.question:
        return None
    unit = [w.lower() for w in re.findall(r"[A-Za-z]+", item.unit or "")]
    if not unit:
        return None
    before, _, after = item.question.partition(BLANK)
    if unit[-1] in PLACE_DISTANCE_UNITS and not _rate_or_size(after) and not _said_in(titles, PLACE_DISTANCE_UNITS):
        return "place's distance or area"
    whole = unit[-1] in ("population", "populace")  # "the ____ Kazakh population": the whole counted
    if unit[-1] in POPULATION_NOUNS and (whole or _has_or_is(before)) and not _said_in(titles, POPULATION_NOUNS):
        return "place's population"
    return None


def _rate_or_size(after: str) -> bool:
    """Whether the words after the blank make its distance a rate ("____ miles per hour") or the
    size of a thing ("a bridge ____ kilometers long")."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", after)[:4]]
    if any(w in DIMENSION_WORDS for w in words[1:]):
        return True
    return any(w in RATE_WORDS for w in words[1:]) and any(w in ("per", "a", "an", "mph", "kph") for w in words)


def _has_or_is(before: str) -> bool:
    """Whether the words just before the blank give the figure as what a place has or is made of."""
    words = [w.lower() for w in re.findall(r"[A-Za-z’'-]+", before)]
    if not words:
        return False
    if words[-1] in HAVING_WORDS:
        return True
    return len(words) >= 2 and words[-1] == "of" and words[-2].removesuffix("'s").removesuffix("’s") in PLACE_NOUNS


def _said_in(titles: list[str], units: frozenset[str]) -> bool:
    return any(w.lower() in units for title in titles for w in re.findall(r"[A-Za-z]+", title))
