"""The deck's own index of names keeps an organisation's wrong choices to whole names the deck
calls organisations, of the answer's kind."""

import pytest

from quizgen.items.entity_index import EntityIndex, is_facility

MENTIONS = [
    ("Washington Post", "ORG", "a"), ("Post", "ORG", "a"),
    ("Orvane Co.", "ORG", "a"), ("Orvane", "ORG", "b"),
    ("Crunchies", "ORG", "a"), ("Crunchies", "PRODUCT", "b"), ("Crunchies", "PRODUCT", "c"),
    ("Marlow", "ORG", "a"),
    ("the U.S. Senate", "ORG", "a"), ("Senate", "ORG", "b"),
    ("NATO", "ORG", "a"), ("the NATO alliance", "ORG", "a"),
]


@pytest.fixture()
def index():
    return EntityIndex(MENTIONS, people=["Gerald Marlow"])


@pytest.mark.parametrize(("name", "fragment"), [
    ("Post", True),  # the tail of "Washington Post"
    ("Marlow", True),  # a person's surname
    ("Orvane", False),  # opens "Orvane Co.": its short form
    ("Senate", False),  # "the U.S. Senate" is the Senate
    ("NATO", False),  # an acronym is a name of its own
    ("Washington Post", False),
])
def test_a_piece_of_a_longer_name_is_a_fragment(index, name, fragment):
    assert index.fragment(name) is fragment


def test_mentions_vote_on_what_a_name_is(index):
    assert not index.agrees("Crunchies", "ORG")  # a product twice, an organisation once
    assert index.agrees("Orvane", "ORG")
    assert not index.agrees("Gerald Marlow", "ORG")  # a person of the deck
    assert index.label("Crunchies") == "PRODUCT"


def test_a_short_name_takes_the_kind_of_the_longer_name_it_opens(index):
    assert index.kind("Orvane") == "company"
    assert index.kind("Marlow") is None


@pytest.mark.parametrize(("name", "facility"), [
    ("Catholic Garvaghy Road", True), ("Brooklyn Bridge", True), ("Tiananmen Square", True),
    ("Sinn Fein", False), ("Road Safety Authority", False),
])
def test_roads_and_bridges_are_places(name, facility):
    assert is_facility(name) is facility
