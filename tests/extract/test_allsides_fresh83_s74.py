"""From the j234 sample (stop 74: AllSides fresh83, at 94c7b478, read after scoring): "Forty years
ago last month" dated the month before the story; Tokyo and Beijing offered for a question that
names Japan and China."""

from __future__ import annotations

from quizgen.items.argument_clozes import entity_choices
from tests.articles import facts_of, make_article


def test_a_relative_time_after_ago_is_no_date_of_the_storys_time(nlp):
    text = "Forty years ago last month, the Senate Watergate Committee launched its hearings."
    assert not facts_of(nlp, make_article(text, date="2013-06-05")).dates
    values = [d.value for d in facts_of(nlp, make_article("The committee launched its hearings last month.", date="2013-06-05")).dates]
    assert values == ["2013-05"], values


def test_a_capital_of_a_country_the_question_names_is_no_choice():
    entities = {"GPE@a": ["Tokyo", "Beijing", "Moscow", "Seoul", "Pyongyang", "Hanoi", "Bangkok"]}
    choices = entity_choices(
        "Pyongyang", "GPE", "e-000000000016", "Under pressure from allies Japan and China, the United States opened talks with ____.",
        "Under pressure from allies Japan and China, the United States opened talks with Pyongyang.", "a", entities, set(),
    )
    assert "Pyongyang" in choices and not {"Tokyo", "Beijing"} & set(choices), choices
