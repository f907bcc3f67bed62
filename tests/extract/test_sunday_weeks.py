"""Which calendar week "last week" and "this week" mean in a Sunday paper, whose week ends on
the Saturday before (TimeBank dates a Sunday's "last week" so)."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.extract.context_mentions import week_meant
from tests.articles import facts_of, make_article


def _names(nlp, text: str, date: str) -> dict[str, str | None]:
    facts = facts_of(nlp, make_article(text, date=date))
    return {r.text: r.name for r in facts.references if r.kind == "year"}


def test_last_week_in_a_sunday_paper_is_the_week_that_ended_the_day_before(nlp):
    # Sunday 22 March 1998: the week of Monday 16 March, not of 9 March
    text = "Gerry Adams met President Clinton last week in Washington."
    assert _names(nlp, text, "1998-03-22") == {"last week": "in the week of 16 March 1998"}


def test_last_week_on_any_other_day_is_the_calendar_week_before(nlp):
    text = "Gerry Adams met President Clinton last week in Washington."
    assert _names(nlp, text, "1998-03-21") == {"last week": "in the week of 9 March 1998"}


def test_this_week_in_a_sunday_paper_follows_the_tense_of_its_clause(nlp):
    ahead = "The Senate will vote on the budget this week."
    gone = "The Senate passed the budget this week."
    earlier = "Earlier this week, the governor proposed a new budget."
    assert _names(nlp, ahead, "2016-07-17") == {"this week": "in the week of 18 July 2016"}
    assert _names(nlp, gone, "2016-07-17") == {"this week": "in the week of 11 July 2016"}
    assert _names(nlp, earlier, "2016-07-17") == {"this week": "in the week of 11 July 2016"}


def test_next_week_in_a_sunday_paper_gets_no_name(nlp):
    text = "The Senate will vote on the budget next week."
    assert _names(nlp, text, "2016-07-17") == {"next week": None}


@pytest.mark.parametrize(
    ("published", "offset", "tense", "monday"),
    [
        (dt.date(2016, 7, 13), -1, "past", dt.date(2016, 7, 4)),  # a Wednesday
        (dt.date(2016, 7, 13), 1, "future", dt.date(2016, 7, 18)),
        (dt.date(2016, 7, 16), 0, "unknown", dt.date(2016, 7, 11)),  # a Saturday: its own week
        (dt.date(2016, 7, 17), -1, "unknown", dt.date(2016, 7, 11)),  # a Sunday
        (dt.date(2016, 7, 17), 0, "past", dt.date(2016, 7, 11)),
        (dt.date(2016, 7, 17), 0, "future", dt.date(2016, 7, 18)),
        (dt.date(2016, 7, 17), 0, "unknown", None),
        (dt.date(2016, 7, 17), 1, "future", None),
    ],
)
def test_the_monday_of_the_week_meant(published, offset, tense, monday):
    assert week_meant(published, offset, tense=tense) == monday
