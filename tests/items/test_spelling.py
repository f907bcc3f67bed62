"""A wire's sure typos are mended in the question a learner reads (j99: readers failed cards that
copied "closng", "sighned", "tahn"); the evidence keeps the article's words; British spellings,
plurals, compounds and the wire's short forms are never "mended"."""

from __future__ import annotations

import pytest

from quizgen.items.spelling import mended_spelling, right_spelling
from tests.articles import deck_of_text


@pytest.mark.parametrize(
    ("typo", "right"),
    [("closng", "closing"), ("goverment", "government"), ("biilion", "billion"), ("ownerhsip", "ownership"),
     ("sharholders", "shareholders"), ("bankrupcty", "bankruptcy"),
     ("surpasssing", "surpassing"), ("committtee", "committee")],  # j103: a letter typed three times
)
def test_a_sure_typo_is_mended(typo, right):
    assert right_spelling(typo) == right


@pytest.mark.parametrize(
    "word",
    [
        "criticised", "neighbouring", "honoured", "travelled",  # British spellings
        "invisibles", "cruzados", "quintales",  # plurals, a currency's, a Spanish measure's
        "pigmeat", "yearend", "subsea", "unviable", "nonaccrual",  # compounds and prefixed words
        "sighned", "mosty",  # a typo with more than one right spelling one edit away
        "dlrs", "debentures", "eurobond", "refinancing",  # the wire's words
    ],
)
def test_a_word_english_writes_or_an_unsure_typo_stays(word):
    assert right_spelling(word) is None


def test_names_and_short_forms_stay():
    text = "Sumitomo Progam Corp raised 12 mln dlrs, 3 pct more, at 1.2 mln bpd"
    assert mended_spelling(text) == text


def test_the_question_is_mended_and_the_evidence_keeps_the_article_s_words(nlp):
    text = (
        "WELLINGTON, March 4 - New Zealand's exports rose 12 pct in February, the goverment statistics "
        "department said.\n\n"
        "The department said exports of dairy products were worth 420 mln dlrs."
    )
    deck = deck_of_text(nlp, text, title="N.Z. EXPORTS RISE", date="1987-03-04")
    cards = [i for i in deck.items if "statistics department" in i.question]
    assert cards, [i.question for i in deck.items]
    assert all("the government statistics" in i.question for i in cards), [i.question for i in cards]
    assert all("goverment" in i.evidence[0].text for i in cards)


@pytest.mark.parametrize(
    ("written", "mended"),
    [
        ("the world's largest producer", "the world's largest producer"),
        ("the worlkd's largest producer", "the world's largest producer"),  # j101: a possessive's typo
        ("an accord that was to was to run until 1990", "an accord that was to run until 1990"),  # j101
        ("prices in the the market", "prices in the market"),
        ("he had had enough", "he had had enough"),  # English writes these twice
        ("What did he call on on 20 October 1987?", "What did he call on on 20 October 1987?"),
        ("he said that that was wrong", "he said that that was wrong"),
        ("New York New York", "New York New York"),  # names are never touched
        ("seeing headline after headline after headline", "seeing headline after headline after headline"),  # a figure
        ("it won't close", "it won't close"),
    ],
)
def test_words_typed_twice_and_possessives_typos_are_mended(written, mended):
    assert mended_spelling(written) == mended


def test_a_noun_typed_twice_is_written_once_and_a_capitalised_word_loses_its_third_letter():
    # j108: "Dutch Coffee Trade Association chairman chairman", "the Monopolies and Mergers Commisssion"
    assert mended_spelling("Who was the Dutch Coffee Trade Association chairman chairman (June 1987)?") == (
        "Who was the Dutch Coffee Trade Association chairman (June 1987)?"
    )
    assert mended_spelling("GDP would rise rise three pct") == "GDP would rise three pct"
    assert mended_spelling("ordered by the Monopolies and Mergers Commisssion") == "ordered by the Monopolies and Mergers Commission"
    # the limits: words English says twice, adjectives, adverbs, verbs and names stay
    for kept in ("he had had enough", "a long long time", "very very good", "blah blah", "that that is so", "Walla Walla"):
        assert mended_spelling(kept) == kept
