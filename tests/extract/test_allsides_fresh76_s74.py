"""From the j227 sample (stop 74: AllSides fresh76, at d36949f9, read after scoring): a "he" in a
clause under another given to the last speaker, not to the one its own sentence had just made a
subject; a song title after its singer's name given as Trump's words; two names a comma parts
read as one speaker; an "again" dropped so that the day read as a noun's; a dead senator in
editor's brackets offered as a voice of 2018; the 4th of July offered for a vote "after a
recess for the 4th of July holiday"."""

from __future__ import annotations

from quizgen.facts.deaths import shown_dead
from quizgen.items.date_choices import named_by_question
from tests.articles import deck_of, facts_of, make_article


def test_a_clauses_he_is_the_subject_its_own_sentence_named_before(nlp):
    text = (
        "President Donald Trump criticized former President Barack Obama.\n\n"
        "Sen. Rand Paul (R-Ky.) added during a conference call with reporters that he believed there was "
        "“great deal of evidence” that Obama was “intimately” involved.\n\n"
        "“I think the evidence that we have now does point to the president being directly involved in the Flynn "
        "case,” he asserted.\n\n"
        "The attacks from Capitol Hill come after Trump lashed out at Obama in a series of tweets over the weekend "
        "and during a White House press conference on Monday, panning what he called “Obamagate.”"
    )
    speakers = {q.quote.rstrip(".").split()[0]: q.speaker for q in facts_of(nlp, make_article(text, date="2020-05-12")).quotes}
    assert speakers.get("Obamagate") in (None, "Donald Trump"), speakers
    # the speaker of the sentence before keeps his own words
    assert speakers["I"] == "Rand Paul", speakers


def test_a_he_after_a_possessive_subject_is_the_owner(tmp_path):
    items = deck_of(tmp_path, (
        "President Donald Trump signed an executive order in September that lets states and counties refuse "
        "refugees.\n\n"
        "Chairman Brian Bitner said he would vote against accepting additional refugees.\n\n"
        "Trump’s executive order this fall came as he had already proposed cutting the number of refugees next year "
        "to the lowest level since Congress passed the Refugee Act of 1980."
    ), title="County may bar refugees", date="2019-12-08").items
    assert not [i for i in items if "[Brian Bitner] had already proposed" in i.question], [i.question for i in items]


def test_a_song_title_after_its_singers_name_is_no_ones_words(tmp_path):
    items = deck_of(tmp_path, (
        "President Donald Trump stepped up his attacks on four Democratic congresswomen.\n\n"
        "Taking a fresh dig at the group, Trump on Wednesday tweeted a new slogan — “One ‘squad’ under God” — with a "
        "video featuring clips of him meeting with law enforcement and military personnel juxtaposed with patriotic "
        "scenes, set to Lee Greenwood’s “Proud to be an American,” which often serves as a soundtrack to his campaign "
        "rallies."
    ), title="Trump and the squad", date="2019-07-18").items
    assert not [i for i in items if i.kind == "quote" and "Proud to be an American" in i.question]


def test_two_names_a_comma_parts_are_two_speakers(tmp_path):
    items = deck_of(tmp_path, (
        "David Holmes, a State Department official in the U.S. Embassy in Kyiv, testified on Thursday.\n\n"
        "He recounted former Ukrainian Ambassador Marie Yovanovitch's clashes with former prosecutor general Yuri "
        "Lutsenko over the U.S. push for anti-corruption in Kyiv. Lutsenko retaliated by launching a smear campaign "
        "against Yovanovitch, Holmes said, with the help of Giuliani and his associates, who would later begin to "
        "take \"a direct role\" in Ukrainian policy."
    ), title="Impeachment latest", date="2019-11-21").items
    answers = {i.answer for i in items if i.kind == "quote"}
    assert not any("," in a for a in answers), answers


def test_an_again_before_a_bare_day_after_a_noun_stays(tmp_path):
    items = deck_of(tmp_path, (
        "Senate Majority Leader Mitch McConnell, Kentucky Republican, flatly ruled out any action again Sunday, "
        "saying Judge Garland won’t get a floor vote."
    ), title="Senators skip recess", date="2016-03-20").items
    questions = [i.question for i in items if i.kind == "date"]
    assert not [q for q in questions if "any action on ____" in q], questions
    # an "again" before its verb is still left out
    items = deck_of(tmp_path, "Senate Majority Leader Mitch McConnell again ruled out a vote on Sunday.", date="2016-03-20").items
    assert not [i for i in items if i.kind == "date" and "again" in i.question], [i.question for i in items]


def test_a_late_senator_in_an_editors_brackets_is_shown_dead():
    body = "Republicans were “deflated after [the late Sen. John] McCain gave the thumbs down to repealing Obamacare.”"
    assert shown_dead(body, "McCain")
    assert not shown_dead("Republicans were deflated after Sen. John McCain gave the thumbs down.", "McCain")


def test_a_day_the_question_names_as_an_ordinal_of_its_month_is_no_choice():
    question = "Democrats said the Senate would vote on ____, after a recess for the 4th of July holiday."
    assert named_by_question(question, "2013-07-04", "2013-07-10")
    assert named_by_question("The parade after the Fourth of July was set for ____.", "2013-07-04", "2013-07-10")
    assert not named_by_question(question, "2013-07-05", "2013-07-10")
    assert not named_by_question(question, "2013-06-04", "2013-07-10")
