"""Plans: an act its subject is set, scheduled or planning to do ("is set to release …",
"plans to build …") is asked with its frame, in the frame's tense ("What is X set to
release?"), never as done; wishes, forecasts and another's act make no such card."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import generate_deck

AFTER = "\n\nThe company employs 3,000 people in four states, its annual report says."


def deck_of(tmp_path, body: str):
    (tmp_path / "story.txt").write_text(f"---\ntitle: A story\ndate: 2024-06-04\n---\n{body}\n", encoding="utf-8")
    return generate_deck([tmp_path], deck_id="plans", events=True)


def events(deck):
    return [(i.question, i.answer) for i in deck.items if i.kind == "event"]


@pytest.mark.parametrize(("sentence", "what", "who"), [
    (
        "Harbor Foods Inc. is set to release a series of new pricing rules for its bakery chains, the company said on Tuesday.",
        ("What is Harbor Foods Inc. set to release?", "a series of new pricing rules for its bakery chains"),
        ("Which organisation is set to release a series of new pricing rules for its bakery chains?", "Harbor Foods Inc."),
    ),
    (
        "Harbor Foods Inc. plans to build a new bakery plant in Dayton, the company said on Tuesday.",
        ("What does Harbor Foods Inc. plan to build?", "a new bakery plant in Dayton"),
        ("Which organisation plans to build a new bakery plant in Dayton?", "Harbor Foods Inc."),
    ),
    (
        "Harbor Foods Inc. aims to close its Dayton bakery plant by June.",
        ("What does Harbor Foods Inc. aim to close?", "its Dayton bakery plant"),
        ("Which organisation aims to close its Dayton bakery plant?", "Harbor Foods Inc."),
    ),
])
def test_a_plan_is_asked_in_its_frames_tense(tmp_path, sentence, what, who):
    asked = events(deck_of(tmp_path, sentence + AFTER))
    assert what in asked
    assert who in asked


@pytest.mark.parametrize("sentence", [
    "Harbor Foods Inc. is expected to close its Dayton bakery plant by June.",  # a forecast, another's
    "Harbor Foods Inc. hopes to close its Dayton bakery plant by June.",  # a wish
    "Harbor Foods Inc. does not plan to close its Dayton bakery plant.",  # negated
    "Harbor Foods Inc. plans not to renew its lease on the Dayton bakery plant.",  # what will not be done
    "Harbor Foods Inc. might plan to close its Dayton bakery plant.",  # a hedge
    "Harbor Foods Inc. set the board to approve the sale of its Dayton bakery plant.",  # another's act
])
def test_no_plan_card_from_a_wish_a_forecast_or_another_act(tmp_path, sentence):
    asked = events(deck_of(tmp_path, sentence + AFTER))
    assert not [q for q, _ in asked if q.startswith("What") and "Harbor Foods" in q]
    assert not [q for q, _ in asked if q.startswith(("What did", "Which organisation closed", "Which organisation approved"))]


def test_a_plan_is_never_asked_as_done(tmp_path):
    asked = events(deck_of(tmp_path, "Harbor Foods Inc. is set to release a series of new pricing rules, the company said." + AFTER))
    assert asked
    assert all("released" not in q and not q.startswith("What did") for q, _ in asked)


@pytest.mark.parametrize(("sentence", "what"), [
    # an act the event lexicon lacks, framed as a plan: the frame makes it an act to come
    (
        "Harbor Foods Inc. said last week that it planned to ship a new line of frozen bread early next year.",
        ("What did Harbor Foods Inc. plan to ship?", "a new line of frozen bread"),
    ),
    # an adverb between "to" and the act
    (
        "Harbor Foods Inc. plans to quickly sell its stake in Mill Valley Corp., the company said.",
        ("What does Harbor Foods Inc. plan to sell?", "its stake in Mill Valley Corp."),
    ),
])
def test_a_planned_act_outside_the_lexicon_or_split_by_an_adverb(tmp_path, sentence, what):
    assert what in events(deck_of(tmp_path, sentence + AFTER))


@pytest.mark.parametrize("sentence", [
    "Harbor Foods Inc. plans to use the $22 million in proceeds to pay down debt.",  # a light verb
    "Harbor Foods Inc. plans to remain independent, the company said.",  # a state, no object
])
def test_no_plan_card_of_a_light_verb_or_a_state(tmp_path, sentence):
    asked = events(deck_of(tmp_path, sentence + AFTER))
    assert not [q for q, _ in asked if "plan" in q and q.startswith(("What", "Which"))]
