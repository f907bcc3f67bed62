"""From the j198 sample (stop 70: AllSides fresh47, read after scoring): a person named by a
common noun of people ("a male engineer") is asked "Who"; an object cut before the clause its
noun of content needs ("rooted in the belief [that …]") is no answer; "one" standing for a thing
the text named before ("decided to create one") leans on that text; "The New York Times" is no
person "York Times"."""

from __future__ import annotations

from tests.articles import events_of


def test_a_person_named_by_a_common_noun_is_asked_who(nlp):
    text = (
        "A culture war took on new intensity on Tuesday after Google fired a male engineer for a memo that decried "
        "the company's commitment to hiring women."
    )
    fired = [e for e in events_of(nlp, text) if e.verb == "fire"]
    assert fired and fired[0].wh == "Who", [(e.wh, e.answer) for e in fired]


def test_an_object_cut_before_its_content_clause_is_no_answer(nlp):
    text = (
        "Mitt Romney has assembled a foreign-policy platform rooted in the belief that adversaries such as Russia "
        "must be confronted for backsliding on democracy."
    )
    assert not [e.answer for e in events_of(nlp, text) if e.answer.endswith("the belief")]


def test_one_standing_for_a_thing_named_before_leans_on_it(nlp):
    text = (
        "When the legislature failed to reach an agreement on setting up a health care exchange, Gov. Lincoln "
        "Chafee, an independent, decided to create one by executive order."
    )
    assert not [e.answer for e in events_of(nlp, text) if "create one" in e.answer]


def test_a_newspaper_named_for_its_city_is_no_person():
    from quizgen.extract.event_actors import _described_person

    assert _described_person("New York Times") is None
    assert _described_person("Frenchman Cyril Saulnier") == "Cyril Saulnier"
