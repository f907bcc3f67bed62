"""From the j232 sample (stop 74: AllSides fresh81, at ea54f84c, read after scoring): "has invited
congressional leaders to the White House on Friday" dated the Friday gone by; "the Rev. Martin
Luther King Jr. Vivian’s protests" read as a man called "Jr. Vivian" whose role was King; "ready
to die today, die tomorrow, die next week" dated."""

from __future__ import annotations

from quizgen.extract.name_cleaning import clean_name
from tests.articles import facts_of, make_article


def test_a_present_perfect_invitation_dates_the_visit_ahead(nlp):
    text = "And President Obama has invited congressional leaders to the White House on Friday to discuss the issue."
    values = [d.value for d in facts_of(nlp, make_article(text, date="2012-11-11")).dates]
    assert "2012-11-09" not in values, values
    # a simple past still dates the day gone by
    values = [d.value for d in facts_of(nlp, make_article("Obama met congressional leaders at the White House on Friday.", date="2012-11-11")).dates]
    assert values == ["2012-11-09"], values


def test_a_name_that_opens_with_a_suffix_is_no_name():
    assert clean_name("Jr. Vivian") == ""
    assert clean_name("Martin Luther King Jr.") == "Martin Luther King Jr."


def test_a_series_of_relative_times_is_no_date(nlp):
    text = "He was ready to die today, die tomorrow, die next week — whenever his sacrifice was needed."
    assert not facts_of(nlp, make_article(text, date="2020-07-18")).dates
    values = [d.value for d in facts_of(nlp, make_article("The talks will resume today and continue tomorrow.", date="2020-07-18")).dates]
    assert values == ["2020-07-18", "2020-07-19"], values
