"""A figure the story tells after its lede about a party its headline and lede never name, in a
sentence sharing no word with them, is a side item and gets no card ("Vodafone has given 40
towns …" beside the news of a city's bus strike). Figures of the story's own actors and
subject, figures naming no one, and figures whose only name is their source keep theirs; a
scheduled date a side party holds gets none. Written for these tests."""

import pytest

from quizgen.deck.generate import build_deck
from tests.articles import facts_of, make_article

STORY = (
    "Bus drivers in Kestrel went on strike on Tuesday after talks over pay collapsed, leaving "
    "commuters stranded across the city.\n\n"
    "The Kestrel Drivers Union said its 2,400 members would stay off the buses until the city "
    "raised wages.\n\n"
    "The Kestrel Drivers Union has held 3 strikes since 2012.\n\n"
    "The Marsh Party will hold a congress on June 1, 2017, to elect its new leader.\n\n"
    "Telecom giant Vodafone has given 40 villages free broadband under a separate scheme announced last "
    "spring.\n\n"
    "Some 12,000 residents of Kestrel had no other way to get to work.\n\n"
    "About 70 percent of households had no car, according to a Harlow Institute survey.\n\n"
    "The Kestrel Drivers Union expects the strike to last weeks."
)


@pytest.fixture(scope="module")
def cards(nlp):
    article = make_article(STORY, date="2017-05-24", title="Kestrel bus drivers strike over pay")
    return build_deck([facts_of(nlp, article)], deck_id="t", title="T").items


def _answers(cards, kind):
    return {i.answer for i in cards if i.kind == kind}


def test_a_figure_about_a_party_the_lede_never_names_gets_no_card(cards):
    assert not any("40" in a for a in _answers(cards, "number"))


def test_a_figure_of_the_story_s_own_actor_keeps_its_card(cards):
    assert "3" in _answers(cards, "number")  # the union's strikes


def test_a_figure_naming_no_one_keeps_its_card(cards):
    assert any("12,000" in a for a in _answers(cards, "number"))


def test_a_figure_whose_only_name_is_its_source_keeps_its_card(cards):
    assert any("70 percent" in a for a in _answers(cards, "number"))


def test_a_date_still_to_come_that_a_side_party_holds_gets_no_card(cards):
    assert "2017-06-01" not in {i.value for i in cards if i.kind == "date"}
