"""Fixes from j48's readers, each a mechanism, on articles written for the test."""

from __future__ import annotations

from quizgen.extract.events import conjunct_after_inner_clause
from tests.articles import deck_of


def test_a_verb_after_an_inner_clause_is_not_given_to_the_main_subject(tmp_path):
    # the parse coordinates "disrupted" with "started": the floods did it, not the agency
    body = (
        "The Red Crescent started airlifting tarpaulins to assist 324,000 people in the Harlow and Norby regions, "
        "where floods have swept farmlands, disrupted food supplies and cut off villages, claiming at least 52 lives.\n\n"
        "The agency said it would send more aid next week."
    )
    deck = deck_of(tmp_path, body, date="2006-11-22", title="Relief agency steps up flood operations")
    wrong = [i for i in deck.items if i.kind == "event" and i.answer == "food supplies"]
    assert not wrong, [i.question for i in wrong]


def _verb(doc, word):
    return next(t for t in doc if t.text == word)


def test_which_conjuncts_follow_an_inner_clause(nlp):
    doc = nlp(
        "The ICRC started airlifting tarpaulins to assist 324,000 people in Jubba, Gedo and Hiraan regions, "
        "where floods have swept farmlands, disrupted food supplies and cut off villages."
    )
    assert conjunct_after_inner_clause(_verb(doc, "disrupted"))  # the parse: conj of "started"
    doc = nlp("Acme, which makes widgets, bought Beta Corp. on Monday and sold its stake in Gamma Inc.")
    assert not conjunct_after_inner_clause(_verb(doc, "sold"))  # the inner clause is before the first verb
    doc = nlp("Obama said he would go to Ohio and met the governor on Monday.")
    assert not conjunct_after_inner_clause(_verb(doc, "met"))  # "and", not a comma, joins them
