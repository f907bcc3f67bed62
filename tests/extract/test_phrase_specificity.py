"""A blank must pin a fact a reader can recall: a name, a number, a noun that says which thing —
not a shell noun with adjectives only, nor a thing told only by its degree."""

from __future__ import annotations

import pytest

from quizgen.extract.phrase_specificity import pins_a_fact


def object_phrase(nlp, sentence: str):
    doc = nlp(sentence)
    obj = next(t for t in doc if t.dep_ == "dobj")
    return doc[obj.left_edge.i : obj.right_edge.i + 1]


@pytest.mark.parametrize(
    "sentence",
    [
        "The town council approved a flood barrier.",
        "The rebels rejected a cease-fire plan.",
        "The ministry published a plan for new railway lines.",
        "The board approved a variety of tax cuts.",
        "Engineers designed a lighter bridge deck.",
        "The union won the stunning upset.",
        "Prosecutors filed criminal charges.",
        "The fishermen built a floating breakwater.",
        "The campaign raised more than $40 million.",
        # what was asked says which request it was
        "The brewer filed a request for permission to buy Kestrel Foods.",
        "The tenants sent a petition against the Harbor Street tower to the mayor.",
    ],
)
def test_a_phrase_that_says_which_thing_pins_a_fact(nlp, sentence):
    assert pins_a_fact(object_phrase(nlp, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The challenger now faces an even more daunting task.",
        "The candidate promoted a variety of half-baked ideas.",
        "The candidate promoted a variety of out-of-the-box ideas.",
        "The council adopted a new approach.",
        "The retailer won a bigger share.",
        "The mayor sent a clear signal.",
        "The incumbent won a decisive victory.",
        # to whom a request went does not say what was asked
        "The brewer filed a request with the Federal Trade Commission.",
        "The tenants sent a petition to Mayor Ruth Calder.",
    ],
)
def test_a_shell_noun_or_a_degree_alone_pins_nothing(nlp, sentence):
    assert not pins_a_fact(object_phrase(nlp, sentence))
