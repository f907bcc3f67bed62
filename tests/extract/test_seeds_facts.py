"""The seeds deck holds the facts the product promises, with the right values."""

import pytest

from quizgen.deck.io import dump_deck, parse_deck


@pytest.fixture(scope="module")
def deck(seeds_deck):
    return seeds_deck


def _one(deck, kind, **fields):
    found = [i for i in deck.items if i.kind == kind and all(getattr(i, k) == v for k, v in fields.items())]
    assert len(found) == 1, (kind, fields, found)
    return found[0]


def test_manchester_attack_date_and_toll(deck):
    date = _one(deck, "date", value="2017-05-22")
    assert date.answer == "22 May 2017" and "Manchester bombing on ____" in date.question
    assert "2017-05-22" not in date.choices and len(set(date.choices)) == 4
    killed = _one(deck, "number", value=22, unit="people killed")
    assert (killed.answer, killed.qualifier) == ("at least 22", "at least")
    # "killed at least 22 and left more than 100 injured": the sentence is asked once, for its dead
    # (``items.siblings.one_card_per_fact``: each figure's cloze would show the other's answer)
    assert not [i for i in deck.items if i.kind == "number" and i.unit == "people injured"]


def test_defence_spending_pledge(deck):
    # 2014 is a background year in 2017 stories: no card (a deck worth studying, issue 12)
    assert not [i for i in deck.items if i.kind == "date" and i.value == "2014"]
    target = _one(deck, "number", value=2, unit="percent of GDP")
    assert target.answer == "2 percent" and len({e.source for e in target.evidence}) == 2


@pytest.mark.parametrize("person, role, as_of", [
    ("Jens Stoltenberg", "NATO Secretary General", "2017-05"),
    # "US" in article 004 reads "U.S." as in the other articles: one spelling across the deck.
    ("Ashton Carter", "U.S. Defence Secretary", "2016-02"),
    ("John Kerry", "U.S. Secretary of State", None),
    ("Anders Fogh Rasmussen", "NATO Secretary General", None),
])
def test_roles_of_people_quoted(deck, person, role, as_of):
    item = [i for i in deck.items if i.kind == "person" and i.person == person and "reverse" not in i.tags]
    assert [(i.answer, i.role, i.as_of) for i in item] == [(person, role, as_of)]


@pytest.mark.parametrize("person", ["Theresa May", "Donald Trump"])
def test_no_card_asks_who_held_a_great_powers_top_office(deck, person):
    # "Who was the British Prime Minister (May 2017)?": general knowledge (``items.known_offices``)
    assert not [i for i in deck.items if i.kind == "person" and i.person == person]


def test_every_item_is_sound(deck):
    assert parse_deck(dump_deck(deck)) == deck
    questions = [i.question for i in deck.items]
    assert len(questions) == len(set(questions))
    for item in deck.items:
        assert item.answer.casefold() not in item.question.casefold(), item.id
        if item.kind in ("date", "number", "person") and item.choices:
            assert len(item.choices) == 4 and len({c.casefold() for c in item.choices}) == 4
