"""The time an event's verb is dated by: its own clause's, not that of the verb reporting it.
"Brandt said on Friday he met the minister earlier this week" is parsed with "on Friday" under
"met"; standing before the reported clause's subject, it dates the saying."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import content_text
from quizgen.extract.events import extract_events
from tests.articles import make_article


def _times(nlp, sentence: str) -> dict[str, str | None]:
    article = make_article(sentence, date="2015-12-18")
    events = extract_events(nlp(content_text(article)), article=article)
    return {e.verb: (article.body[e.time_start : e.time_end] if e.time_start is not None else None) for e in events}


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        ("Mining tycoon Karl Brandt said on Friday he met Anna Holt earlier this week.", "earlier this week"),
        ("Mining tycoon Karl Brandt said on Friday that he had met Anna Holt last month.", "last month"),
        ("Mining tycoon Karl Brandt said on Friday he had met Anna Holt in Perth.", None),
        # after the reported clause's subject, the day is the meeting's
        ("Mining tycoon Karl Brandt said he met Anna Holt in Perth on Wednesday.", "Wednesday"),
    ],
)
def test_a_day_before_the_reported_clause_dates_the_saying(nlp, sentence, time):
    assert _times(nlp, sentence).get("meet", "no meeting") == time
