"""Background and the crowd get no card: a figure or a quote the story dates years before its
time, delegates quoted at a convention, a spokesman for someone outside the story, the year of
a quarter. Written for these tests; the story's own facts keep their cards (a figure beside an
old date of another clause: ``tests/extract/test_figure_times.py``)."""

import pytest

from quizgen.deck.generate import build_deck
from tests.articles import facts_of, make_article

CONVENTION = (
    "Governor Ana Pereira told the Democratic convention on Wednesday that her state would spend $90 million on "
    "flood defences next year.\n\n"
    "Pereira said the money would protect 12,000 homes along the Maple River. “We will not be caught unprepared "
    "again,” Pereira said.\n\n"
    "Her state lost 41 people in the flood of March 2009, the worst in its history.\n\n"
    "Pereira has spoken about floods before. “The river does not care about party,” she said in 2010. “It takes "
    "everyone's house.”\n\n"
    "“She talks about the things that matter to people at home,” said Tom Brady, a Pereira delegate from Ohio.\n\n"
    "“I came here to hear exactly this plan,” said Lucy Marsh, a Pereira delegate from Iowa.\n\n"
    "“The speaker has not seen the plan and will review it,” said Dan Ortiz, a spokesman for House Speaker Paul "
    "Ryan.\n\n"
    "Pereira raised $4 million during the last three months of 2015 for her re-election."
)


@pytest.fixture(scope="module")
def convention(nlp):
    article = make_article(CONVENTION, date="2016-07-28", title="Pereira unveils $90 million river defence plan at convention")
    return build_deck([facts_of(nlp, article)], deck_id="t", title="T").items


def test_the_story_s_own_figures_and_quotes_keep_their_cards(convention):
    answers = {(i.kind, i.answer) for i in convention}
    assert ("number", "$90 million") in answers
    assert ("quote", "Ana Pereira") in answers


def test_a_toll_the_story_dates_years_before_its_time_gets_no_card(convention):
    assert not any(i.kind == "number" and i.answer == "41" for i in convention)


def test_a_quote_its_attribution_dates_years_back_gets_no_card(convention):
    quotes = {i.quote for i in convention if i.kind == "quote"}
    assert not any("does not care about party" in q or "everyone's house" in q for q in quotes)


def test_delegates_quoted_at_a_convention_get_no_card(convention):
    people = {i.answer for i in convention if i.kind in ("quote", "person")}
    assert not people & {"Tom Brady", "Lucy Marsh"}


def test_a_spokesman_for_someone_outside_the_story_gets_no_quote_card(convention):
    assert not any(i.kind == "quote" and i.answer == "Dan Ortiz" for i in convention)


def test_the_year_of_a_quarter_gets_no_card(convention):
    assert not any(i.kind == "date" and i.value == "2015" for i in convention)
    assert any(i.kind == "number" and i.answer == "$4 million" for i in convention)


def test_an_old_toll_of_what_the_headline_is_about_keeps_its_card(nlp):
    text = (
        "Survivors of a deadly flood asked Governor Ana Pereira on Tuesday for new levees along the Maple River.\n\n"
        "Pereira said she would ask lawmakers for $30 million.\n\n"
        "Her state lost 41 people in the flood of March 2009, the worst in its history."
    )
    article = make_article(text, date="2016-07-28", title="Flood survivors ask governor for levees")
    items = build_deck([facts_of(nlp, article)], deck_id="t", title="T").items
    assert any(i.kind == "number" and i.answer == "41" for i in items)


def test_an_old_figure_whose_sentence_only_names_the_headline_s_subject_gets_no_card(nlp):
    text = (
        "Thousands of people rallied in Havana on Saturday to demand that Marta Ruiz be sent home.\n\n"
        "With the yacht Libertad towering behind him, the mayor likened the revolution to the fight for Marta.\n\n"
        "Marchers carrying photos of Marta waved flags on the shore of Playa Sur, where the Libertad "
        "landed on Dec. 2, 1956, with 82 armed men."
    )
    article = make_article(text, date="2000-04-01", title="Thousands rally for Marta in Havana")
    items = build_deck([facts_of(nlp, article)], deck_id="t", title="T").items
    assert not any(i.kind == "number" and i.answer == "82" for i in items)
