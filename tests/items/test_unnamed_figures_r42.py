"""Number cards whose question leaves what the figure is of unnamed (round 42): a stretch of
time the text before gave ("over that stretch"), a trade or talks between parties only the text
before names ("Bilateral trade"), and a count of those who signed up for an unsaid thing."""

from __future__ import annotations

from quizgen.items.figures import number_items
from tests.articles import facts_of, make_article


def _answers(nlp, text: str) -> set[str]:
    article = make_article(text)
    facts = facts_of(nlp, article)
    made = number_items(facts.figures, articles={"a1": article}, references={"a1": facts.references})
    return {item.answer for item, _ in made}


def test_a_stretch_of_time_the_text_before_gave_makes_no_card(nlp):
    text = (
        "The mayor of Springfield is spending about $2.5 million in the last three weeks on radio ads. "
        "The Acme Committee has roughly $4 million in ads booked over that stretch, according to an aide."
    )
    assert "roughly $4 million" not in _answers(nlp, text)


def test_a_figure_without_a_pointing_back_keeps_its_card(nlp):
    text = (
        "The mayor of Springfield is spending about $2.5 million in the last three weeks on radio ads. "
        "The Acme Committee has roughly $4 million in ads booked through November, according to an aide."
    )
    assert "roughly $4 million" in _answers(nlp, text)


def test_trade_between_unnamed_parties_makes_no_card(nlp):
    text = (
        "Norway and Peru opened diplomatic relations in 1980. "
        "Bilateral trade reached 310 million U.S. dollars in 2004."
    )
    assert not _answers(nlp, text) & {"310 million", "310 million U.S. dollars"}


def test_trade_whose_parties_the_sentence_names_keeps_its_card(nlp):
    text = (
        "Norway and Peru opened diplomatic relations in 1980. "
        "Bilateral trade between Norway and Peru reached 310 million U.S. dollars in 2004."
    )
    assert _answers(nlp, text) & {"310 million", "310 million U.S. dollars"}


def test_a_count_of_those_who_signed_up_for_an_unsaid_thing_makes_no_card(nlp):
    text = (
        "Shops must pay fees for the songs they play, a music society says. "
        "About 3,000 shops in Peru have signed up, including Acme and Bolt."
    )
    assert "About 3,000" not in _answers(nlp, text)


def test_a_count_of_those_who_signed_up_for_a_said_thing_keeps_its_card(nlp):
    text = (
        "Shops must pay fees for the songs they play, a music society says. "
        "About 3,000 shops in Peru have signed up for the scheme, including Acme and Bolt."
    )
    assert "About 3,000" in _answers(nlp, text)


def test_a_goal_said_after_a_dash_keeps_the_card(nlp):
    text = (
        "Oregon's party will meet in June. "
        "At least 28 delegates have signed on – names that would be released soon – to the effort."
    )
    assert "At least 28" in _answers(nlp, text)
