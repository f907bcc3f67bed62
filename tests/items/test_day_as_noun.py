"""A day written as a noun of its phrase ("the final Saturday of the race") is no date blank: the
card would read "on the final 5 November 2016 of the race" (fresh104). The day as a date ("on
Saturday") is asked."""

from __future__ import annotations

from tests.articles import deck_of_text

TITLE = "Clinton and Trump make closing arguments"


def _date_questions(nlp, text: str) -> list[str]:
    deck = deck_of_text(nlp, text, events=True, date="2016-11-06", title=TITLE)
    return [i.question for i in deck.items if i.kind == "date"]


def test_a_day_after_a_determiner_and_an_adjective_is_not_blanked(nlp):
    text = (
        "Hillary Clinton, on the final Saturday of the 2016 presidential race, relied on a legion of surrogates "
        "to make closing arguments in Ohio and Florida.\n\n"
        "Donald Trump held five rallies in four states."
    )
    asked = _date_questions(nlp, text)
    assert not [q for q in asked if "final ____" in q], asked


def test_a_day_as_a_date_is_blanked(nlp):
    text = (
        "Hillary Clinton on Saturday relied on a legion of surrogates to make closing arguments in Ohio and "
        "Florida.\n\n"
        "Donald Trump held five rallies in four states."
    )
    assert [q for q in _date_questions(nlp, text) if "Saturday" not in q and "____" in q]
