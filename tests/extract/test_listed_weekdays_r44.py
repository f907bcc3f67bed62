"""(round 44) A weekday in a list of days: "last" before the first day governs the list, and a
weekday listed beside a date lies next to that date, not at publication (``extract.dates``)."""

import pytest

from tests.articles import facts_of, make_article

# Published Tuesday 23 May 2017: the Tuesday of the story is today, the one before the 16th.
PUBLISHED = "2017-05-23"


def _weekday_values(nlp, sentence):
    facts = facts_of(nlp, make_article(sentence, date=PUBLISHED))
    return [(f.text, f.value) for f in facts.dates if f.pattern == "weekday"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Copper prices rose by two and three cents last Monday and Tuesday, traders said.",
        "The market fell sharply last Thursday, Friday and Monday before it steadied.",
        "Copper prices rose by two and three cents on May 15 and Tuesday, traders said.",
        "Copper prices rose on Tuesday and May 10, traders said.",
    ],
)
def test_a_weekday_listed_with_an_earlier_weeks_day_gets_no_date_of_this_week(nlp, sentence):
    assert _weekday_values(nlp, sentence) == []


def test_a_weekday_listed_beside_a_date_of_its_own_week_keeps_its_date(nlp):
    sentence = "Copper prices rose by two and three cents on May 22 and Tuesday, traders said."
    assert _weekday_values(nlp, sentence) == [("Tuesday", "2017-05-23")]


def test_a_weekday_alone_in_the_past_keeps_the_one_gone(nlp):
    assert _weekday_values(nlp, "Copper prices rose by three cents on Monday, traders said.") == [("Monday", "2017-05-22")]


def test_a_weekday_opening_a_span_to_a_date_is_no_list(nlp):
    sentence = "The contests between Monday and June 30 award delegates in proportion, officials said."
    assert _weekday_values(nlp, sentence) != []
