"""A transcript's clauses run together without their marks are not read as a sentence."""

from __future__ import annotations

import pytest

from quizgen.extract.run_ons import run_on
from tests.articles import facts_of, make_article


def test_clauses_run_together_are_a_run_on(nlp):
    assert run_on(next(nlp("Shouting the mayor must resign the crowd took to the streets of the city.").sents))


@pytest.mark.parametrize(
    "sentence",
    [
        "He walked in, sat down and left.",
        "The senator met the envoy and agreed to talks.",
        "The company said Monday it lost money.",
        "Troops entered the city Friday, residents said.",
        "Prices rose sharply as investors bought shares.",
        "She voted against the bill she wrote.",
        "The senator toured a bridge renovated with a federal grant.",
        "Thousands watched the dam burst on a live stream.",
        "The mayor backed down when it became clear the council was opposed.",
    ],
)
def test_a_well_joined_sentence_is_no_run_on(nlp, sentence):
    assert not run_on(next(nlp(sentence).sents))


def test_no_cloze_from_a_run_on(nlp):
    text = "Chanting Mayor Rita Falk must go the strikers took to the streets of Lyon on Monday."
    facts = facts_of(nlp, make_article(text))
    assert not any("Falk" in a.name for a in facts.arguments)
