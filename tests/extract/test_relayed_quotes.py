"""Words one person relays from another ("Obama said his daughter asked him, “…”") are never
the relayer's, and a verb hanging below the one that holds a quotation does not say whose it is."""

from __future__ import annotations

from tests.quote_helpers import speakers_by_quote

HEADLINE = "Campaign notes\n\n"


def test_a_question_relayed_from_an_unnamed_asker_is_not_the_relayers(nlp):
    text = HEADLINE + (
        "Barack Obama spoke in Ohio on Monday.\n\n"
        "Mr. Obama said his daughter asked him, \"Why can't we stay another four years?\""
    )
    assert speakers_by_quote(text, nlp) == {}


def test_advice_relayed_from_an_unnamed_person_is_not_the_relayers(nlp):
    text = HEADLINE + (
        "Donald Trump spoke to supporters in Indiana on Sunday.\n\n"
        "Trump said his mother once told him, \"Never trust a man who does not laugh.\""
    )
    assert speakers_by_quote(text, nlp) == {}


def test_a_phrase_inside_the_reporters_own_words_stays_the_reporters(nlp):
    text = HEADLINE + (
        "Donald Trump spoke to supporters in Indiana on Sunday.\n\n"
        "At one point, Trump said network executives were calling “every 15 minutes.”"
    )
    assert speakers_by_quote(text, nlp) == {"every 15 minutes.": "Donald Trump"}


def test_words_relayed_from_a_named_person_are_that_persons(nlp):
    text = HEADLINE + (
        "Donald Trump spoke to supporters in Indiana on Sunday.\n\n"
        "Later, Trump said his wife, Melania Trump, told him: “You will be a great president.”"
    )
    assert speakers_by_quote(text, nlp) == {"You will be a great president.": "Melania Trump"}


def test_a_verb_below_the_praiser_does_not_give_the_praise_to_its_subject(nlp):
    text = HEADLINE + (
        "Sen. Tom Becker was rallying on Monday for a retired teacher named Ann Kowalski, who is "
        "running for the state House and who worked the crowd, praising \"Tom's honesty and his "
        "courage\" as he promised to protect the pensions of teachers."
    )
    assert speakers_by_quote(text, nlp).get("Tom's honesty and his courage") in (None, "Ann Kowalski")


def test_the_reporters_own_quotation_stays_theirs(nlp):
    text = HEADLINE + (
        "Barack Obama spoke in Ohio on Monday.\n\nMr. Obama said he told the crowd, “We are not going anywhere.”"
    )
    assert speakers_by_quote(text, nlp) == {"We are not going anywhere.": "Barack Obama"}
