"""A lede's act told by a verb the event lexicon lacks ("strengthened", "replayed", "pulled out
of") is an event of the general class ``act``, asked by its object or its phrasal verb's own
preposition, under every gate a lexicon verb's act passes; verbs of saying, knowing, trying or
intending, and acts whose answer does not stand alone, make no such card."""

from __future__ import annotations

import pytest

from quizgen.constants import LEDE_ACT_CLASS
from quizgen.deck.generate import generate_deck, load_articles, parse_and_extract

AFTER = "\n\nThe company employs 3,000 people in four states, its annual report says."


def deck_of(tmp_path, body: str):
    (tmp_path / "story.txt").write_text(f"---\ntitle: A story\ndate: 2024-06-04\n---\n{body}\n", encoding="utf-8")
    return generate_deck([tmp_path], deck_id="acts", events=True)


def _facts(tmp_path, body: str):
    (tmp_path / "story.txt").write_text(f"---\ntitle: A story\ndate: 2024-06-04\n---\n{body}\n", encoding="utf-8")
    return list(parse_and_extract(load_articles([tmp_path])))


def acts(deck):
    return [(i.question, i.answer) for i in deck.items if i.kind == "event" and i.verb_class == LEDE_ACT_CLASS]


@pytest.mark.parametrize(("sentence", "cards"), [
    (
        "Harbor Foods Inc. strengthened its defenses against a hostile bid from Delmont Corp. on Tuesday.",
        [
            ("What did Harbor Foods Inc. strengthen?", "its defenses against a hostile bid from Delmont Corp."),
            ("Which organisation strengthened its defenses against a hostile bid from Delmont Corp.?", "Harbor Foods Inc."),
        ],
    ),
    (
        # a phrasal verb is asked with its particle and its own preposition
        "The Republican National Committee pulled out of a debate with NBC News in Houston on Tuesday.",
        [
            ("What did the Republican National Committee pull out of on 4 June 2024?", "a debate with NBC News in Houston"),
            ("Which organisation pulled out of a debate with NBC News in Houston on 4 June 2024?", "Republican National Committee"),
        ],
    ),
])
def test_a_lede_act_outside_the_lexicon_is_asked(tmp_path, sentence, cards):
    # read both ways, asked one way: the two cards of one act would share their sentence
    # (``items.siblings.one_card_per_fact``), so the more important one is kept
    facts = [f for af in _facts(tmp_path, sentence + AFTER) for f in af.events if f.verb_class == LEDE_ACT_CLASS]
    assert facts
    asked = acts(deck_of(tmp_path, sentence + AFTER))
    assert len(asked) == 1 and asked[0] in cards


@pytest.mark.parametrize("sentence", [
    "Harbor Foods Inc. tried to close its Dayton bakery plant on Tuesday.",  # a try: asked by no infinitive
    "Harbor Foods Inc. explained its new pricing rules for bakery chains on Tuesday.",  # a verb of saying
    "Harbor Foods Inc. did not strengthen its defenses against a hostile bid from Delmont Corp.",  # negated
    "Harbor Foods Inc. might strengthen its defenses against a hostile bid from Delmont Corp.",  # a hedge
    "Harbor Foods Inc. strengthens its defenses against hostile bids from rivals every year.",  # a habit
    "It strengthened its defenses against a hostile bid from Delmont Corp. on Tuesday.",  # no named actor
    "Harbor Foods Inc. strengthened its defenses on Tuesday.",  # whose defenses against what: no answer alone
    "Harbor Foods Inc. used a new recipe for its bread from Delmont Corp. on Tuesday.",  # a light verb
])
def test_no_lede_act_from_a_try_a_statement_or_an_act_not_told(tmp_path, sentence):
    assert acts(deck_of(tmp_path, sentence + AFTER)) == []


@pytest.mark.parametrize("sentence", [
    "Harbor Foods Inc. earned $46.9 million in the third quarter of last year.",  # an amount: the figures' card
    "Harbor Foods Inc. is strengthening its defenses against a hostile bid from Delmont Corp.",  # a course, not done
    "Harbor Foods Inc. will strengthen its defenses against a hostile bid from Delmont Corp.",  # a forecast
    "Harbor Foods Inc. put Delmont Corp. on its list of rivals on Tuesday.",  # the object alone is no act
    "Harbor Foods Inc. attributed the gain to improved results in its bakery chains in Ohio.",  # a second complement
    "Mr. Carter rented a house in his native Ohio in the spring of 2019.",  # whose native state: a pronoun
    "Harbor Foods Inc. remained out of the bakery market in Ohio for a decade.",  # a state
    "In effect, Harbor Foods Inc. has forced Delmont's hand by bidding for the Dayton bakery.",  # an owner's bare noun
    "Among bakery buyers, Harbor Foods Inc. won out with 22 percent, followed by Delmont Corp.",  # a share
    "Delmont Corp. said on Tuesday that Harbor Foods Inc. had misled its buyers about the cost of bread.",  # another's claim
])
def test_no_lede_act_from_an_amount_a_course_or_an_object_that_is_not_all(tmp_path, sentence):
    assert acts(deck_of(tmp_path, sentence + AFTER)) == []


def test_a_speakers_own_act_is_told(tmp_path):
    sentence = "Harbor Foods Inc. said on Tuesday that it had strengthened its defenses against a hostile bid from Delmont Corp."
    asked = acts(deck_of(tmp_path, sentence + AFTER))
    assert len(asked) == 1 and asked[0] in [
        ("Which organisation had strengthened its defenses against a hostile bid from Delmont Corp.?", "Harbor Foods Inc."),
        ("What had Harbor Foods Inc. strengthened?", "its defenses against a hostile bid from Delmont Corp."),
    ]
