"""From the j62 sample (stop 48, BBC fresh draw 10, read after scoring): a count before a
country ("12 UK hit singles") is a noun phrase, so the country did not "hit" anything; and a
"name" a place's or a work's noun opens with no given name ("Oscar nominee Hotel Rwanda") is a
film's, no person's."""

from __future__ import annotations

from quizgen.deck.generate import build_deck
from quizgen.extract.name_checks import could_be_a_name
from tests.articles import deck_of, facts_of, make_article


def test_a_count_before_a_country_makes_it_no_actor(nlp):
    article = make_article(
        "Nelly has sold more than 30 million singles and albums worldwide. He has had 12 UK hit singles, including "
        "Hot in Herre, Dilemma and recent number one Over and Over.",
        date=None,
    )
    assert not [e for e in facts_of(nlp, article).events if e.actor in ("UK", "the UK")]


def test_a_film_s_title_opened_by_a_place_noun_is_no_person(nlp):
    assert not could_be_a_name("Hotel Rwanda")
    assert not could_be_a_name("Club Med")
    assert could_be_a_name("Bill Clinton")  # a given name the lists know
    article = make_article(
        "Horror film Boogeyman has taken the top spot at the US box office. Oscar nominee Hotel Rwanda was also a new "
        "entry in the chart, at number five.",
        date=None, title="Boogeyman takes box office lead",
    )
    deck = build_deck([facts_of(nlp, article)], deck_id="t", title="T", events=True)
    assert not [i for i in deck.items if i.answer == "Hotel Rwanda" and i.kind == "person"]


def test_a_world_cup_year_is_offered_other_world_cup_years(tmp_path):
    """j63: "since the World Cup in ____" offered 1995, 1996 and 1997 beside 1998."""
    body = (
        "Walter Smith is the new Scotland manager.\n\n"
        "Scotland have not reached a major finals since the World Cup in 1998 and reaching Germany 2006 looks near "
        "impossible, having picked up just two points from the opening three games."
    )
    deck = deck_of(tmp_path, body, title="Can Smith work Scottish wonders?", date=None, events=False)
    cards = [i for i in deck.items if i.kind == "date" and i.answer == "1998"]
    assert cards
    for card in cards:
        assert card.choices and all((int(c) - 1998) % 4 == 0 for c in card.choices), card.choices
