"""From the j191 sample (stop 70: AllSides fresh40, read after scoring): a roundup's entry headline
and capitalised byline are no prose ("By JUSTIN WISE" was read into Schiff's role); "January of this
year" is one date ("in ____ of [2019]" gave the answer's year away); a sentence opening on a relative
pronoun ("Which means …") is a fragment no cloze is made from."""

from __future__ import annotations

from tests.articles import deck_of_text, facts_of, make_article


def test_a_roundup_s_headline_and_byline_are_no_prose(nlp):
    from quizgen.ingest.articles import classify_blocks

    text = (
        "The Senate impeachment trial was the main focus of the political talk shows on Sunday.\n\n"
        "Schiff says intelligence community is withholding Ukraine documents from Congress By JUSTIN WISE House "
        "Intelligence Committee Chairman Adam Schiff (D-Calif.) said Sunday that the intelligence community is "
        "withholding documents. Read the full story here\n\n"
        "He was hired By IBM in 2012, and Stand By ME Records said so."
    )
    blocks = classify_blocks(text, has_title=True)
    assert [b.kind for b in blocks] == ["text", "furniture", "text", "furniture", "text"], blocks
    assert blocks[2].text.startswith("House Intelligence Committee Chairman Adam Schiff")
    roles = [r.role for r in facts_of(nlp, make_article(text, date="2020-01-19")).roles]
    assert not [r for r in roles if "WISE" in r], roles


def test_a_month_of_this_year_is_one_date(nlp):
    text = (
        "Trump and Democrats are locked in a battle over subpoenas, officials said on Tuesday.\n\n"
        "Democrats grabbed control of the House of Representatives in January of this year determined to "
        "restore congressional oversight."
    )
    facts = facts_of(nlp, make_article(text, date="2019-05-21"))
    assert [(d.text, d.value) for d in facts.dates if "January" in d.text] == [("January of this year", "2019-01")]
    deck = deck_of_text(nlp, text, date="2019-05-21")
    assert not [i.question for i in deck.items if "of [2019]" in i.question]


def test_a_sentence_opening_on_a_relative_pronoun_makes_no_cloze(nlp):
    text = (
        "Coronavirus deaths lag behind surging infections, experts said on Wednesday.\n\n"
        "Which means Arizona, Texas and Florida, states that reopened early, are likely to be burying more dead "
        "in July."
    )
    deck = deck_of_text(nlp, text, events=True, date="2020-06-24")
    assert not [i.question for i in deck.items if i.question.startswith("Which means")]
