"""Event answers the sentence pins: no contest named only by its party, no clause read from an
object-and-complement frame, and an "as" capacity kept with the act it pins."""

from __future__ import annotations

from tests.articles import events_of


def test_a_contest_named_only_by_its_party_is_no_answer(nlp):
    # "the Republican caucus": of which state, only the sentences before say
    assert not [e for e in events_of(nlp, "Senator Jane Holt won the Republican caucus on Monday.") if e.verb == "win"]
    # a contest its place names is one
    [won] = [e for e in events_of(nlp, "Senator Jane Holt won the Ohio primary on Monday.") if e.verb == "win"]
    assert won.answer == "the Ohio primary"


def test_an_object_and_its_complement_are_not_a_reported_clause(nlp):
    # the parse hangs "that Iraq has destroyed …" on "charged": the council charged inspectors
    # with verifying it, it did not charge that it happened
    sentence = (
        "In 1991, the Security Council charged U.N. inspectors with verifying that Iraq has destroyed "
        "all its chemical weapons."
    )
    assert not [e for e in events_of(nlp, sentence) if e.answer.startswith("that")]


def test_an_as_capacity_stays_with_the_act(nlp):
    [chose] = [e for e in events_of(nlp, "Maria Lopez chose Tom Reyes as her running mate on Friday.") if e.verb == "choose"]
    assert chose.answer == "Tom Reyes"
    assert chose.place == "as her running mate"

