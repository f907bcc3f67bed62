"""Round 40 (j33's failures, at the mechanism): the reporter's quoted label for a speaker is no
part of the quotation; a meeting with one side and a word split after its hyphen make no card;
an amount's currency country owns no figure; a place, a currency or an abbreviation the
question restates is no event answer. Sentences written for the tests."""

from __future__ import annotations

import pytest

from quizgen.extract.garble import sentence_problems
from quizgen.extract.marks import Piece
from quizgen.extract.quote_groups import speakers_label
from quizgen.items.figures import owner_named
from tests.articles import facts_of, make_article
from tests.quote_helpers import quotes_in


def _problems(nlp, sentence: str) -> list[str]:
    return sentence_problems(next(iter(nlp(sentence).sents)))


# --- 1. a scare-quoted label in the speaker's description


def test_the_reporter_s_quoted_label_for_the_speaker_is_no_part_of_the_quotation(nlp):
    text = (
        'Rebel "trade envoy" Marta Olsen told reporters that the delegation would leave '
        '"within days, perhaps for Kenya, to restart the talks" there.'
    )
    quotes = [q.quote for q in quotes_in(text, nlp)]
    assert not any("trade envoy" in q for q in quotes)


def test_a_quoted_label_in_an_apposition_to_the_speaker_is_no_quotation(nlp):
    text = 'Marta Olsen, the rebels\' "trade envoy", said the delegation would leave "within days" for Kenya.'
    assert not any("trade envoy" in q.quote for q in quotes_in(text, nlp))


@pytest.mark.parametrize(
    ("text", "piece", "label"),
    [
        ('Rebel "trade envoy" Marta Olsen told reporters the talks would resume.', "trade envoy", True),
        ('Governor Paul Garrick said that "rationing" of fuel would begin soon.', "rationing", False),
        ('Governor Paul Garrick called the plan "a disaster" on Monday.', "a disaster", False),
        # a sentence whose root is no verb: the climb stops at the root (it once looped forever,
        # comparing spaCy's fresh Token objects by identity)
        ('The rebels\' envoy for "trade talks" in the north.', "trade talks", False),
    ],
)
def test_only_a_label_in_the_speaker_s_own_words_is_the_reporter_s(nlp, text, piece, label):
    start = text.index(piece)
    assert speakers_label(nlp(text), Piece(start, start + len(piece), 0, True)) is label


def test_a_short_quote_inside_what_the_speaker_reports_is_still_the_speaker_s(nlp):
    text = 'Governor Paul Garrick said hundreds of "phantom" workers were drawing pay, costing the city a fortune.'
    assert [q.speaker for q in quotes_in(text, nlp) if q.quote == "phantom"] == ["Paul Garrick"]


# --- 2. the article's slips: a meeting with one side, a word split after its hyphen


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("Governor Ada Kovac will meet Friday for talks aboard a ferry, the envoy announced.", "a meeting with one side"),
        ("Senator Ada Kovac is scheduled to meet Friday for talks.", "a meeting with one side"),
        ("The mayor will meet Friday for talks on the budget.", "a meeting with one side"),
        ("The two sides agreed on historic face- to-face talks next week.", "a word split after its hyphen"),
        ("A well- known singer opened the festival on Sunday.", "a word split after its hyphen"),
    ],
)
def test_a_slip_of_the_article_is_found(nlp, sentence, problem):
    assert problem in _problems(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Kovac will meet Friday with the mayor for talks.",
        "Ada Kovac and Leo Marsh will meet Friday for talks.",
        "The committee will meet Friday to vote on the plan.",
        "The two leaders will meet on Friday.",
        "Kovac met the mayor on Tuesday.",
        "She met up with the mayor on Monday.",
        "The plan fails to meet the demands of the union.",
        "Senator Ada Kovac asked the mayor to meet Friday.",
        "The singer said she was moved by the death of a fan she met while touring in Norway.",
        "Whom will Senator Ada Kovac meet on Friday?",
        "Both pre- and post-war buildings line the street.",
        "The school takes first- to third-graders.",
    ],
)
def test_a_sound_sentence_has_no_such_slip(nlp, sentence):
    problems = _problems(nlp, sentence)
    assert "a meeting with one side" not in problems and "a word split after its hyphen" not in problems


def test_no_date_card_from_a_meeting_with_one_side(nlp):
    facts = facts_of(nlp, make_article("Governor Ada Kovac will meet Friday for talks aboard a ferry, the envoy announced."))
    assert not facts.dates


# --- 3. a measure whose owner only the sentence before names


def test_a_currency_s_country_owns_no_figure(nlp):
    text = (
        "Since the forum was founded in 2001, trade between Norway and Chile has grown fast.\n\n"
        "Trade volume soared to 12.4 billion U.S. dollars in 2009 after passing the mark of 3 billion dollars in 2001."
    )
    facts = facts_of(nlp, make_article(text))
    figure = next(f for f in facts.figures if f.text.startswith("12.4 billion"))
    assert figure.owner is not None and not owner_named(figure, facts.references)


def test_a_company_named_before_its_revenue_still_owns_it(nlp):
    facts = facts_of(nlp, make_article("Harlow Mills revenue rose to 12.4 million U.S. dollars in 2009."))
    figure = next(f for f in facts.figures if f.text.startswith("12.4 million"))
    assert figure.owner is None


# --- 4. event answers the question gives away


def names_of(nlp, text: str) -> set[str]:
    return {a.name for a in facts_of(nlp, make_article(text)).arguments if a.label != "THING"}


def test_a_place_whose_people_s_word_is_in_the_sentence_is_no_answer(nlp):
    found = names_of(
        nlp,
        "Japan's state-run broadcaster made no mention of the minister's resignation, but it was confirmed by "
        "several of his aides in the Japanese capital, the newspaper said.",
    )
    assert "Japan" not in found


def test_a_place_with_another_people_s_word_is_still_an_answer(nlp):
    found = names_of(nlp, "Japan signed a fishing pact with Korean officials on Monday. The pact runs for ten years.")
    assert "Japan" in found


def test_a_name_with_its_abbreviation_or_its_currency_unit_beside_it_is_no_answer(nlp):
    found = names_of(
        nlp,
        "The value of the Renminbi (RMB) against the euro hit a new high on Monday, with the central parity rate "
        "at 7.81 yuan to one euro.",
    )
    assert "Renminbi" not in found
