"""From the j78 sample (stop 51: Reuters wire stories nobody had read, read after scoring): "this
year and next" names both years ("[in 1987 and 1988]"), not "[in 1987] and next"; "this year
and next year" keeps a bracket for each."""

from __future__ import annotations

import datetime as dt

from quizgen.extract.context_mentions import relative_year


def _brackets(nlp, sentence: str) -> list[tuple[str, str | None]]:
    doc = nlp(sentence)
    found = [relative_year(t, dt.date(1987, 3, 23)) for t in doc]
    return [(r.text, r.name) for r in found if r is not None]


def test_this_year_and_next_names_both_years(nlp):
    assert _brackets(nlp, "Business investment should rise four pct a year this year and next, the ministry said.") == [
        ("this year and next", "in 1987 and 1988")
    ]
    assert _brackets(nlp, "The forecast assumed 6.20 francs to the dollar this year and next.") == [
        ("this year and next", "in 1987 and 1988")
    ]


def test_two_years_each_named_keep_a_bracket_each(nlp):
    assert _brackets(nlp, "Sales rose this year and next year they will fall.") == [
        ("this year", "in 1987"),
        ("next year", "in 1988"),
    ]
