"""Claim cards in a generated deck: "Who did X accuse of …?" asks the person a named speaker's
accusation, appeal or clause is about, with people as wrong choices; a lede cloze of the same
sentence asks it instead; never "What did X say?"."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import generate_deck

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


def test_a_claim_gives_way_to_the_cloze_of_its_sentence(deck):
    # the lede's cloze ("… that Governor ____ had misled voters …") asks the same name and shows
    # the sentence whole: one card of that sentence asks Anne Brisco, and it is the cloze
    first = [i for i in deck.items if i.evidence[0].start == 0 and i.answer == "Anne Brisco"]
    assert len(first) == 1 and "____" in first[0].question


def test_whom_the_speaker_accused_and_of_what(deck):
    item = claim_cards(deck)["Who did Tom Harlow accuse of hiding a $40 million overrun from Ohio lawmakers?"]
    assert item.answer == "Anne Brisco"
    assert "accused Brisco of" in item.evidence[0].text  # the answer spelt in full, as the deck names her
    # wrong choices are people of the answer's standing, never the speaker
    assert item.answer in item.choices and "Tom Harlow" not in item.choices and len(item.choices) == 4


def test_no_what_card_asks_what_a_speaker_said(deck):
    assert not any(i.question.startswith("What did Tom Harlow say") for i in deck.items)
