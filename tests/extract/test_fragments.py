"""A headline, subhead or caption left in an article's body ("Clinton on trade.") has no finite
verb and makes no card; sentences whose tense the small tagger misreads still do."""

from __future__ import annotations

import pytest

from quizgen.extract.fragments import is_verbless, verbless_sentences
from tests.articles import facts_of, make_article


def _verbless(nlp, sentence: str) -> bool:
    return is_verbless(next(iter(nlp(sentence).sents)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Ames on trade.",
        "Roasts and toasts for the passing of 2015.",
        "Harbor Corp buying Dockside for $150 million.",
        "Case of a jailed reporter being watched by the council.",
    ],
)
def test_a_sentence_with_no_finite_verb_is_found(nlp, sentence):
    assert _verbless(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor trails her rival by eight points in the north.",  # "trails" tagged a noun
        "The chip crams 1.2 million transistors on a sliver of silicon.",
        "Ames criticised the port's new director for his remarks.",
        "By some estimates, the 700,000 Cubans living in South Florida — and elsewhere in the United States — send $1 billion a year home.",
        "One ranking pegs the Ikea tycoon Ingvar Kamprad as the 10th-richest man in the world.",
        "Everyone else combined for 39 percent.",
        "Thank you.",
        "The fee will rise by $4 in May.",
    ],
)
def test_a_clause_is_left_alone(nlp, sentence):
    assert not _verbless(nlp, sentence)


def test_no_card_is_taken_from_a_headline_fragment(nlp):
    text = "Harbor Corp buying Dockside for $150 million.\n\nHarbor Corp said it would pay $90 million for the pier."
    article = make_article(text, title="Port")
    sentences = {article.body[f.sent_start : f.sent_end] for f in facts_of(nlp, article).figures}
    assert any("$90 million" in s for s in sentences)
    assert not any("$150 million" in s for s in sentences)


def test_a_that_clause_the_article_left_without_a_tense_makes_the_sentence_no_card_s(nlp):
    # the wire's own slip: "that the report … having allegedly violated …" has no verb
    broken = nlp(
        "Local media quoted the Arusha-based UN court as saying that the report by a probe team on Roland "
        "Amoussouga having allegedly violated ICTR's conditions of appointment by assisting his friend to get a job."
    )
    assert verbless_sentences(broken)
    for text in (
        "He said that the report had violated the rules.",
        "Officials said that prices rising fast worried them.",  # a misparse, but a tense follows
        "She said that the plan, having failed twice, was dead.",
        "The former president told a crowd that the campaign estimated at 3,000 people at a civic center here.",
    ):
        assert not verbless_sentences(nlp(text)), text


@pytest.mark.parametrize(
    "sentence",
    [
        # a list's items under a heading: a noun phrase whose only tense is its own clause (fresh107)
        "$150 billion to state and local governments to address spending shortages related to the pandemic.",
        'A "clean electricity standard" that forces utilities to provide 100% zero-carbon power by 2035.',
        "One, Denham, a California Republican whose central-valley district is 40% Latino.",
    ],
)
def test_a_noun_phrase_with_only_its_own_clause_is_no_sentence(nlp, sentence):
    assert _verbless(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the sentence's verb read as a clause of its subject: still a sentence
        "After weeks of subtle sniping, the frustration boiled over at a rally in Philadelphia on Wednesday night.",
        (
            "Gail Heriot, a former associate dean who now teaches at the University of San Diego, dissented from "
            "the majority opinion of the commission."
        ),
        "The senator, who spoke on Monday, said the bill would pass.",
    ],
)
def test_a_sentence_whose_subject_has_a_clause_is_left_alone(nlp, sentence):
    assert not _verbless(nlp, sentence)


def test_a_noun_phrase_with_only_an_adverbial_clause_is_no_sentence(nlp):
    # fresh108: parsed as "No U.S. politician [since … Kennedy had so captured …]", the clause's
    # subject became the answer to "Who had captured Europeans' imagination?"
    assert _verbless(nlp, "No U.S. politician since John F. Kennedy had so captured Europeans' imagination.")
