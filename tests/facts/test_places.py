"""Country names from CLDR (Babel), with news's short forms; cities, states and unions are not."""

import pytest

from quizgen.facts.places import is_country


@pytest.mark.parametrize("name", ["Kenya", "the United States", "U.S.", "Britain", "Iraq", "  South   Korea "])
def test_countries(name):
    assert is_country(name)


@pytest.mark.parametrize("name", ["New York", "Kalamazoo", "Havana", "Western Europe", "European Union", "World", ""])
def test_not_countries(name):
    assert not is_country(name)


def test_us_in_capitals_is_a_country_and_the_pronoun_none():
    # "US" beside London, Paris and Rome is a country among cities
    assert is_country("US") and not is_country("us")
