"""A quote's cloze whose sentence refers to the speaker by a pronoun before the blank ("On
Saturday, he launched an attack …, which ____ said was …") is not made: j50 asked who "he" is
twice in one sentence."""

from __future__ import annotations

from quizgen.deck.generate import build_deck
from tests.articles import facts_of, make_article

TEXT = (
    "# Archbishop attacks policy on Iraq\n\n"
    "Archbishop of Canterbury Rowan Williams began a pilgrimage to Bethlehem on Friday with other church leaders.\n\n"
    "During the trip, he described the security barrier that surrounds the town as symbolising what was "
    '"deeply wrong in the human heart".\n\n'
    "On Saturday, he launched a strongly worded attack in The Times newspaper against Britain and its allies' "
    '"short-sighted" and "ignorant" policy in Iraq, which he said was putting Christians in the Middle East at risk.\n\n'
    "He warned that Christians could be chased out of the region."
)


def test_no_cloze_asks_the_speaker_beside_his_own_pronoun(nlp):
    deck = build_deck([facts_of(nlp, make_article(TEXT, date="2006-12-25"))], deck_id="t", title="T")
    for item in deck.items:
        if item.kind == "quote" and "____" in item.question:
            assert not item.question.split("____")[0].lower().count(" he "), item.question
