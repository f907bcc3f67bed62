"""Acts named by a noun ("completed its acquisition of …", "announced its decision to …") are
events of their doer when the sentence tells them done."""

from __future__ import annotations

import pytest

from tests.extract.test_events import events_of


def nominal(nlp, text: str) -> dict[str, tuple[str, str, str]]:
    return {e.verb: (e.actor, e.answer, e.verb_group) for e in events_of(nlp, text) if e.verb in ("acquire", "decide", "approve", "buy")}


def test_an_acquisition_completed_is_the_speakers_act(nlp):
    found = nominal(nlp, "Delmont Corp. said it completed its acquisition of Harlow Tools Ltd on Friday.")
    assert found == {"acquire": ("Delmont Corp.", "Harlow Tools Ltd", "acquired")}


def test_a_decision_announced_is_asked_by_its_to_clause(nlp):
    found = nominal(nlp, "The Harlow council announced its decision to close the Riverside library in March.")
    assert found["decide"] == ("the Harlow council", "to close the Riverside library", "decided")


def test_a_named_possessor_is_the_doer(nlp):
    found = nominal(nlp, "The Riverside Trust confirmed the European Commission's approval of the Harlow Tools merger.")
    assert found == {"approve": ("the European Commission", "the Harlow Tools merger", "approved")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Delmont Corp. said it will complete its acquisition of Harlow Tools Ltd next month.",  # not yet
        "Delmont Corp. completed its proposed acquisition of Harlow Tools Ltd on Friday.",  # a plan's name
        "Regulators blocked Delmont Corp.'s acquisition of Harlow Tools Ltd on Friday.",  # not done
        "Delmont Corp. did not complete its acquisition of Harlow Tools Ltd.",  # negated
        "Delmont Corp. sought approval of its purchase of Harlow Tools Ltd.",  # asked for, not had
    ],
)
def test_no_act_that_the_sentence_does_not_tell_done(nlp, sentence):
    assert nominal(nlp, sentence) == {}


def test_a_company_abbreviation_neither_cuts_the_name_nor_ends_the_sentence(nlp):
    found = nominal(nlp, "Delmont Corp. said it completed its acquisition of Harlow Cos. for about $40 million.")
    assert found == {"acquire": ("Delmont Corp.", "Harlow Cos.", "acquired")}
