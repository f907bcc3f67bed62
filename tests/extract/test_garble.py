"""Sentences the article itself got wrong make no card: a word doubled, two articles on one
noun, two object pronouns on one verb, a subject whose number its verb contradicts. Sound
sentences that look alike on the surface ("had had", "the police say", "demanded that the
report include", "told him it was") still do."""

from __future__ import annotations

import pytest

from quizgen.extract.garble import garbled, sentence_problems
from tests.articles import facts_of, make_article


def _problems(nlp, sentence: str) -> list[str]:
    return sentence_problems(next(iter(nlp(sentence).sents)))


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("“Well, I like like him,” Trump said on Tuesday.", "a word doubled"),
        ("According to the the report, the council spent $4 million.", "two articles on one noun"),
        ("Trump picked him it as a vice presidential running mate in July.", "two object pronouns"),
        ("Analyst estimate the value of the proposal at $115 a share.", "subject and verb disagree"),
        ("The analysts estimates the value of the proposal at $115 a share.", "subject and verb disagree"),
    ],
)
def test_a_garbled_sentence_is_found(nlp, sentence, problem):
    assert problem in _problems(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "She had had enough of the council by March.",
        "The police say the man fled on foot.",
        "A majority of voters say the council spent too much.",
        "The president and his wife live in Springfield.",
        "Congress demanded that the report include specific sites and costs.",
        "He told him it was too late to sign.",
        "They asked the GOP front-runner a question about trade.",
        "The last thing we need now are leaders who incite more fear.",
        "I've seen the organization do remarkable things.",
        "Sanders says he won 60 percent of the vote.",
    ],
)
def test_a_sound_sentence_is_left_alone(nlp, sentence):
    assert _problems(nlp, sentence) == []


def test_no_card_is_taken_from_a_garbled_sentence(nlp):
    text = (
        "Analyst estimate the value of the BellSouth proposal at $115 a share.\n\n"
        "Analysts estimate the value of the Pacific Telesis proposal at $98 a share."
    )
    article = make_article(text, title="Bids")
    facts = facts_of(nlp, article)
    sentences = {article.body[f.sent_start : f.sent_end] for f in facts.figures}
    assert any("Pacific Telesis" in s for s in sentences)
    assert not any("BellSouth" in s for s in sentences)


def test_a_quotation_showing_the_garble_is_not_asked(nlp):
    text = (
        "“Well, I like like him,” Senator Ruth Ames said on Tuesday.\n\n"
        "“We will build the port,” Mayor Tom Reed said on Wednesday."
    )
    facts = facts_of(nlp, make_article(text, title="Port"))
    assert garbled(nlp(text))[1] == {"like like"}
    quotes = [q.quote for q in facts.quotes]
    assert any("build the port" in q for q in quotes)
    assert not any("like like" in q for q in quotes)
