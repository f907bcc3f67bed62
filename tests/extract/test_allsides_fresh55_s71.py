"""From the j206 sample (stop 71: AllSides fresh55, read after scoring): a weekday dating a noun a past
verb chose something "as" ("chose Knox College as the site of Mr. Obama's speech Wednesday") tells no
week; a relative year before a possessive reads "[2017]’s", never "[in 2017]’s"; a count told in
dozens ("as many as two dozen") is no figure to blank."""

from __future__ import annotations

from tests.articles import deck_of_text, facts_of, make_article


def test_a_day_of_what_a_past_verb_chose_something_as_tells_no_week(nlp):
    text = (
        "The White House chose Knox College as the site of Mr. Obama’s speech Wednesday because it’s the same "
        "place where he delivered his first economic speech."
    )
    assert [f.value for f in facts_of(nlp, make_article(text, date="2013-07-21")).dates] == []


def test_a_relative_year_before_a_possessive_takes_no_preposition(nlp):
    text = (
        "House Republicans on Monday unveiled a second tax bill, officials said.\n\n"
        "GOP officials have long acknowledged that they couldn’t pack all of their priorities into a measure that "
        "eventually became last year’s $1.5 trillion tax cut, because no Democrats supported the bill."
    )
    questions = [i.question for i in deck_of_text(nlp, text, date="2018-09-09").items]
    assert not any("[in 2017]’s" in q for q in questions), questions
    assert any("[2017]’s ____ tax cut" in q for q in questions), questions


def test_a_count_in_dozens_is_no_figure(nlp):
    text = "Officials said as many as two dozen people were hurt and 40 buildings burned on Monday."
    values = [f.value for f in facts_of(nlp, make_article(text, date="2020-01-01")).figures]
    assert values == [40], values
