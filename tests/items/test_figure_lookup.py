"""The figures' deck choices are looked up by unit and size (``figures._ByUnit.near_in_size``):
the look-up must find, in deck order, every figure that reading the unit's figures one by one
would keep (within a factor of ``MAGNITUDE`` of the answer and inside the card's bounds)."""

import pytest

from quizgen.facts.records import FigureFact
from quizgen.items.figures import MAGNITUDE, _ByUnit
from quizgen.items.number_choices import within


def _figure(article: str, value, unit: str, at: int) -> FigureFact:
    shown = f"{value}"
    return FigureFact(article, value, unit, None, shown, at, at + len(shown), 0, 200)


# A deck written for the test: figures of two units, sizes either side of the factor's edges
# (exactly a third and three times 30), ranges, a zero and negative changes.
DECK = [
    _figure("a1", 30, "people killed", 10),
    _figure("a1", 10, "people killed", 40),
    _figure("a2", 90, "people killed", 10),
    _figure("a2", 9.99, "people", 30),
    _figure("a3", 90.01, "people killed", 10),
    _figure("a3", (20, 40), "people killed", 50),
    _figure("a4", 0, "people killed", 10),
    _figure("a4", 45, "dollars", 10),
    _figure("a5", 12, "killed", 10),
    _figure("a5", 31, "people killed", 60),
    _figure("a6", -2, "percent", 10),
    _figure("a6", -6, "percent", 30),
    _figure("a6", -0.7, "percent", 50),
    _figure("a7", -5.9, "percent", 10),
]


def _read_one_by_one(deck: _ByUnit, fact: FigureFact, bounds) -> list[FigureFact]:
    return [
        o for o in deck.same_unit(fact)
        if not isinstance(o.value, tuple) and fact.value and 1 / MAGNITUDE <= o.value / fact.value <= MAGNITUDE
        and within(o.value, bounds)
    ]


def _looked_up(deck: _ByUnit, fact: FigureFact, bounds) -> list[FigureFact]:
    return [
        o for o in deck.near_in_size(fact, bounds)
        if 1 / MAGNITUDE <= o.value / fact.value <= MAGNITUDE and within(o.value, bounds)
    ]


@pytest.mark.parametrize("bounds", [(None, None), (20, None), (None, 31), (10, 90), (-7, -1)])
@pytest.mark.parametrize("index", range(len(DECK)))
def test_look_up_by_size_keeps_what_reading_keeps(index, bounds):
    fact = DECK[index]
    if isinstance(fact.value, tuple):
        return
    deck = _ByUnit(DECK)
    assert _looked_up(deck, fact, bounds) == _read_one_by_one(deck, fact, bounds)


def test_look_up_reads_only_figures_near_in_size():
    deck = _ByUnit(DECK)
    # 30 people killed: 10 to 90 of its unit, in deck order, and 90.01 just past the factor (the
    # caller's exact test drops it); not the range, the zero, the dollars nor "9.99 people"
    found = deck.near_in_size(DECK[0])
    assert [f.value for f in found] == [30, 10, 90, 90.01, 12, 31]
    assert deck.near_in_size(DECK[6]) == []  # a zero has no size to be near
