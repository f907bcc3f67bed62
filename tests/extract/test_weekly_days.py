"""A run of weekdays or the days "every" governs is a weekly schedule, no date (round 37, j30:
"open for trade from Monday to Friday" was blanked as the publication day). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.articles import facts_of, make_article


@pytest.mark.parametrize(
    "sentence",
    [
        "The new library opens to readers from Monday to Friday.",
        "The clinics open for patients Monday through Friday.",
        "The ferry sails Monday-Friday between the two islands.",
        "The market is open between Tuesday and Friday in the summer.",
        "The museum is closed every Monday and Friday.",
        "The choir rehearses on Mondays and sings in the cathedral.",
    ],
)
def test_a_run_of_weekdays_is_no_date(nlp, sentence):
    # published on a Friday: a bare "Friday" in the present tense would read as that day
    article = make_article(sentence, date="2017-05-26")
    assert [f.text for f in facts_of(nlp, article).dates] == []


def test_a_single_weekday_is_still_a_date(nlp):
    article = make_article("The library opened on Friday after a long repair.", date="2017-05-26")
    assert [(f.text, f.value) for f in facts_of(nlp, article).dates] == [("Friday", "2017-05-26")]
