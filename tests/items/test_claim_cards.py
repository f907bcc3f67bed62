"""Claim cards in a generated deck: "Who did X say …?" asks the person a named speaker's clause,
accusation or appeal is about, with people as wrong choices, and never "What did X say?"."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import generate_deck
from quizgen.items.distractors import fold

STORY = (
    "---\ntitle: Harlow attacks Brisco over bridge costs\ndate: 2024-03-05\n---\n"
    "Senator Tom Harlow said on Monday that Governor Anne Brisco had misled voters about the cost of the "
    "Dayton bridge project.\n\n"
    "Harlow, a Democrat from Toledo, accused Brisco of hiding a $40 million overrun from Ohio "
    "lawmakers.\n\n"
    "Brisco's spokesman, Paul Green, said the governor had published every invoice.\n\n"
    "Governor Rick Dale of Indiana and Governor Sue Park of Michigan, whose states share the bridge fund, "
    "have asked for an audit, and former Governor Ted Ruiz said the project was sound.\n"
)


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    folder = tmp_path_factory.mktemp("claims")
    (folder / "bridge.txt").write_text(STORY, encoding="utf-8")
    return generate_deck([folder], deck_id="claims", events=True)


def claim_cards(deck):
    return {i.question: i for i in deck.items if i.kind == "event" and i.verb in ("say", "accuse")}


def test_who_did_the_speaker_say_asks_the_clauses_subject(deck):
    item = claim_cards(deck)["Who did Tom Harlow say had misled voters about the cost of the Dayton bridge project?"]
    assert item.answer == "Anne Brisco"
    assert fold(item.answer) in fold(item.evidence[0].text)
    # wrong choices are people, never the speaker
    assert item.answer in item.choices and "Tom Harlow" not in item.choices


def test_whom_the_speaker_accused_and_of_what(deck):
    item = claim_cards(deck)["Who did Tom Harlow accuse of hiding a $40 million overrun from Ohio lawmakers?"]
    assert item.answer == "Anne Brisco"


def test_no_what_card_asks_what_a_speaker_said(deck):
    assert not any(i.question.startswith("What did Tom Harlow say") for i in deck.items)
