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


def test_a_statements_words_about_someone_are_not_his_by_a_verb_beside_them(nlp):
    # The statement holds the quotation and has no speaker the parse can name; "calling" hangs
    # on the quoted verb and does not make the words the described man's.
    text = HEADLINE + (
        "Governor Alan Pierce criticised the city's budget on Monday.\n\n"
        "In response to Pierce's comments, city spokesman Daniel Okafor released a statement saying "
        'that Pierce had "broken his promise to the city" during the opening of the new bridge, '
        'calling it a "sad day."'
    )
    assert "broken his promise to the city" not in speakers_by_quote(text, nlp)


def test_a_letters_words_read_out_are_not_the_readers(nlp):
    text = HEADLINE + (
        "Mayor Ruth Adler read a letter from the striking drivers on Tuesday.\n\n"
        "“Only the city council can decide whether it accepts this offer,” continued the letter, "
        "which Adler read at a news conference."
    )
    assert speakers_by_quote(text, nlp) == {}


def test_words_that_echo_another_s_remarks_are_the_echoers(nlp):
    # "remarks" tagged a verb of saying made its owner the speaker (fresh99); the words after the
    # colon are the one who echoed them
    text = HEADLINE + (
        "Sen. Rand Paul said on Friday that the president needed the approval of Congress.\n\n"
        "Rep. Justin Amash, R-Mich., echoed Paul's remarks: \"Airstrikes are an act of war. Atrocities in Syria "
        "cannot justify departure from Constitution, which vests in Congress power to commence war.\""
    )
    found = speakers_by_quote(text, nlp)
    assert [s for q, s in found.items() if q.startswith("Airstrikes")] == ["Justin Amash"]


def test_words_that_echo_another_s_statement_are_never_the_statement_owners(nlp):
    text = HEADLINE + (
        "Gov. Ellen Price said on Monday that the bridge would be rebuilt.\n\n"
        "Mayor Tom Okafor echoed Price's statement: \"We will rebuild this bridge, and we will rebuild it fast.\""
    )
    found = speakers_by_quote(text, nlp)
    assert "Ellen Price" not in [s for q, s in found.items() if q.startswith("We will rebuild")]


def test_a_headlines_words_are_never_the_words_of_the_one_who_points_it_out(nlp):
    text = HEADLINE + (
        "Sen. Mitch McConnell spoke in the Senate on Tuesday.\n\n"
        "McConnell pointed out that on the day of the inauguration, The Washington Post ran a headline stating, "
        "“The campaign to impeach the president has begun.”"
    )
    found = speakers_by_quote(text, nlp)
    assert "Mitch McConnell" not in [s for q, s in found.items() if q.startswith("The campaign to impeach")]


def test_a_letter_reading_words_keeps_them_from_the_reporter(nlp):
    text = HEADLINE + (
        "Gov. Ellen Price spoke to reporters on Monday.\n\n"
        "Price said the union had sent a letter saying, “We will strike on Friday if the talks fail.”"
    )
    found = speakers_by_quote(text, nlp)
    assert "Ellen Price" not in [s for q, s in found.items() if q.startswith("We will strike")]


def test_a_bodys_words_in_a_relative_clause_are_never_the_reporters(nlp):
    # fresh107: the police guild's words went to the commissioner who told of its view
    text = HEADLINE + (
        "Gil Kerlikowske spoke to reporters on Thursday.\n\n"
        "But, Kerlikowske said, he also took into account the view of the police guild, which said, "
        "\"The officers would be in danger if they weren't in hardened gear.\""
    )
    found = speakers_by_quote(text, nlp)
    assert "Gil Kerlikowske" not in [s for q, s in found.items() if q.startswith("The officers")]


def test_a_persons_words_in_a_relative_clause_stay_theirs(nlp):
    text = HEADLINE + (
        "Gov. Ellen Price spoke in Ohio on Monday.\n\n"
        "The plan was backed by Mayor Tom Okafor, who said, \"We will rebuild this bridge, and we will rebuild it fast.\""
    )
    found = speakers_by_quote(text, nlp)
    assert [s for q, s in found.items() if q.startswith("We will rebuild")] == ["Tom Okafor"]
