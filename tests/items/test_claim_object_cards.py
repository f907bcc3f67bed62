"""Claim object cards in a generated deck: "What did Harlow say Brisco had hidden?" asks what a
named speaker's clause acts on, in the speaker's name, beside the clause's subject card
("Who did Harlow say had hidden …?"), the two siblings of one sentence; never a "who" card for
the speaker, nor the card when the speaker denied it."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import generate_deck

STORY = (
    "---\ntitle: Harlow attacks Brisco over bridge costs\ndate: 2024-03-05\n---\n"
    "The Ohio Senate opened hearings on Monday into the cost of the Dayton bridge project, which "
    "has doubled since 2019.\n\n"
    "Lawmakers from both parties questioned the state's transport director for more than four hours "
    "about the overrun.\n\n"
    "Senator Tom Harlow said Governor Anne Brisco had hidden a confidential audit of the Dayton "
    "bridge project.\n\n"
    "Senator Sue Park said the Ohio Ethics Commission has found a $12 million shortfall in the "
    "Dayton bridge fund.\n\n"
    "Senator Rick Dale did not say that Governor Anne Brisco had approved a secret contract with the "
    "Dayton Steel Corporation.\n\n"
    "Brisco's spokesman, Paul Green, said the governor had published every invoice.\n"
)


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    folder = tmp_path_factory.mktemp("claim-objects")
    (folder / "bridge.txt").write_text(STORY, encoding="utf-8")
    return generate_deck([folder], deck_id="claim-objects", events=True)


def test_what_the_claim_says_was_done_is_asked_in_the_speakers_name(deck):
    cards = {i.question: i for i in deck.items if i.kind == "event"}
    item = cards["What did Tom Harlow say Governor Anne Brisco had hidden?"]
    assert item.answer == "a confidential audit of the Dayton bridge project"
    assert item.asks == "what" and "Senator Tom Harlow said" in item.evidence[0].text


def test_the_subject_and_the_object_of_one_claim_are_siblings(deck):
    sentence = [i for i in deck.items if i.kind == "event" and "had hidden a confidential audit" in i.evidence[0].text]
    assert {(i.question, i.answer) for i in sentence} == {
        ("Who did Tom Harlow say had hidden a confidential audit of the Dayton bridge project?", "Anne Brisco"),
        ("What did Tom Harlow say Governor Anne Brisco had hidden?", "a confidential audit of the Dayton bridge project"),
    }
    assert len({i.siblings for i in sentence}) == 1 and sentence[0].siblings is not None


def test_no_card_asks_who_claimed_it_or_what_a_denial_said(deck):
    assert not any(i.question.startswith("Who said") and i.answer == "Tom Harlow" and i.kind == "event" for i in deck.items)
    assert not any("secret contract" in i.answer or "Rick Dale say" in i.question for i in deck.items)


def test_a_claims_object_gives_way_to_the_figure_cloze_inside_it(deck):
    # "… has found a ____ shortfall in the Dayton bridge fund" asks the figure; "What did Sue Park
    # say the Ohio Ethics Commission has found?" → "a $12 million shortfall …" is the same fact
    sentence = [i for i in deck.items if "$12 million shortfall" in i.evidence[0].text]
    assert any(i.answer == "$12 million" for i in sentence)
    assert not any(i.question.startswith("What did Sue Park say") for i in sentence)
