"""A sentence that opens with "the" + a bare noun as its subject ("The results surprised …",
"But the clash raised …") leans on what the text before told: left unnamed (no card), unless
the words around the noun say which one it is."""

from __future__ import annotations

import pytest

from tests.articles import references_of

_BEFORE = "Voters in Marlow County chose a new sheriff on Sunday after a bitter campaign.\n\n"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The victory stunned party leaders, who had expected 45 percent turnout.", "The victory"),
        ("But the clash left 30 deputies without a contract.", "the clash"),
        ("The majority will stay in their jobs until 2027.", "The majority"),
        # an owner noun whose sentence names an organisation that is not its owner
        ("The results lifted the Democratic Party ahead of the Ohio vote.", "The results"),
    ],
)
def test_a_bare_opening_subject_is_left_unnamed(nlp, sentence, words):
    assert references_of(nlp, _BEFORE + sentence).get(words, "absent") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The results of the county vote surprised both parties.",  # an of-phrase says which
        "The economy grew 3 percent in the county last year.",  # the story's own economy
        "The minimum wage rose to $9 in the county last year.",  # words before it say which
        "The majority of deputies will stay in their jobs.",  # the whole is said
        "At the county fair, the rancor faded within an hour.",  # not the sentence's opening
        "Deputies said the results surprised them.",  # not the main clause's subject
    ],
)
def test_a_subject_the_sentence_says_which_of_is_left_as_written(nlp, sentence):
    refs = references_of(nlp, _BEFORE + sentence)
    assert not any(text.lower() in ("the results", "the economy", "the majority", "the rancor", "the minimum wage") for text in refs)
