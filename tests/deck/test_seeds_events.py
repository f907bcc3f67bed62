"""The seeds deck's event cards ask its stories' events: NATO weighing and considering joining
the coalition, the Manchester attack as the reason, and the training mission as the means."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import generate_deck
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def events():
    deck = generate_deck([SEEDS], deck_id="nato-isil", title="NATO and the fight against ISIL", events=True)
    return [i for i in deck.items if i.kind == "event"]


def test_natos_decision_to_join_the_coalition(events):
    # asked through its reason; "What are NATO members weighing?" names only actor and verb
    assert any(i.asks == "why" and "weighing whether to join the U.S.-led Counter-ISIL coalition" in i.question for i in events)
    assert not any(i.question == "What are NATO members weighing?" for i in events)
    assert any(i.asks == "who" and i.answer == "NATO" and "joining the US-led coalition" in i.question for i in events)


def test_the_manchester_attack_is_the_stated_reason(events):
    [why] = [i for i in events if i.asks == "why"]
    assert why.answer == "following the Manchester terrorist attack"


def test_the_training_mission_is_the_stated_means(events):
    [how] = [i for i in events if i.question.startswith("How ")]
    assert how.question == "How will NATO step up its commitment to the fight against Islamic State?"
    assert how.answer == "by training Iraqi soldiers to disarm improvised explosive devices"
