"""A transcript's speaker label ("DANA WEBB:") is no part of the sentence a card is cut from."""

from __future__ import annotations

from quizgen.deck.generate import content_text
from tests.articles import facts_of, make_article

TRANSCRIPT = (
    "On Sunday the governor spoke to a television host about the floods that hit the valley.\n\n"
    "DANA WEBB: The governor visited the flooded towns on Friday to meet the families.\n\n"
    "KESSEL: We rebuilt the levee in March 2015, and it held for two years.\n"
)


def test_a_sentence_after_a_speaker_label_does_not_hold_the_label(nlp):
    article = make_article(TRANSCRIPT)
    text = content_text(article)
    sentences = [text[d.sent_start : d.sent_end] for d in facts_of(nlp, article).dates]
    assert any("visited the flooded towns" in s for s in sentences)
    assert any("rebuilt the levee" in s for s in sentences)
    assert not any("WEBB" in s or "KESSEL" in s for s in sentences)


def test_a_capitalised_word_inside_a_sentence_is_kept(nlp):
    article = make_article("The NATO summit opened in Warsaw on Friday: the leaders met at noon.\n")
    text = content_text(article)
    sentences = [text[d.sent_start : d.sent_end] for d in facts_of(nlp, article).dates]
    assert sentences and all(s.startswith("The NATO summit") for s in sentences)
