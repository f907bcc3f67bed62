"""From the review of stop 74's rules on the 840-article PolNeAR deck (sentences written after the
stories there): the own-sentence-subject rule for an embedded he/she must not reach a subject
the parse swapped with its apposition, a subject of a clause joined to the main one, or an
"if" clause's; a relative clause is no reported clause a question can quote; a saying participle the parse
hung on a reported clause goes on with the reporter's saying."""

from __future__ import annotations

from tests.articles import facts_of, make_article


def _speakers(nlp, text: str, date: str = "2016-08-01") -> dict[str, str]:
    return {q.quote.split()[0].strip("“”\"'"): q.speaker for q in facts_of(nlp, make_article(text, date=date)).quotes}


def test_an_apposition_the_parse_swapped_is_not_the_subject_a_he_goes_on_about(nlp):
    speakers = _speakers(nlp, (
        "Donald J. Trump spoke to reporters on Monday about President Vladimir Putin of Russia.\n\n"
        "On the topic of another tough guy, Mr. Putin, Mr. Trump was pressed on why he had said it was “a great "
        "honor” to earn the Russian president's praise last week."
    ))
    assert speakers.get("a") in (None, "Donald J. Trump"), speakers


def test_a_he_of_a_clause_joined_to_the_main_one_is_the_main_subject(nlp):
    speakers = _speakers(nlp, (
        "Khizr Khan spoke at the Democratic National Convention on Thursday.\n\n"
        "Mr. Khan, who had addressed the Democratic National Convention on Thursday, said on NBC's “Meet the Press” "
        "on Sunday that Mr. Trump had shown disrespect to his wife, and he "
        "accused Mr. Trump of running a campaign “of hatred, of derision, of dividing us.”"
    ))
    assert speakers.get("of") in (None, "Khizr Khan"), speakers


def test_an_if_clauses_subject_is_not_who_the_he_said_is(nlp):
    speakers = _speakers(nlp, (
        "Jeb Bush went after Hillary Clinton on Thursday.\n\n"
        "If Clinton is elected, he said, “she might be going back and forth between the White House and the "
        "courthouse.”"
    ), date="2016-01-15")
    assert speakers.get("she") in (None, "Jeb Bush"), speakers


def test_a_saying_participle_hung_on_a_reported_clause_is_the_reporters(nlp):
    speakers = _speakers(nlp, (
        "Sen. Ted Cruz and Donald Trump sparred at the debate on Thursday.\n\n"
        "Cruz said last week that Trump represents “New York values,” stating during the debate that they are "
        "“socially liberal or pro-abortion or pro-gay-marriage, focus around money and the media.”"
    ), date="2016-01-17")
    assert speakers.get("socially") == "Ted Cruz", speakers


def test_a_relative_clause_is_not_asked_as_a_reported_clause(nlp):
    facts = facts_of(nlp, make_article(
        "Hillary Clinton testified on Thursday.\n\n"
        "The documents included 44 emails that were not among some 55,000 pages of emails that Mrs. Clinton had "
        "previously given to the State Department, which she said represented all her “work-related” emails.",
        date="2016-08-11",
    ))
    assert not [q.clause for q in facts.quotes if q.clause and q.clause.lower().startswith("which")]


def test_a_form_of_address_is_no_office_to_tell_a_family_apart(nlp):
    speakers = _speakers(nlp, (
        "Khizr Khan and his wife, Ghazala Khan, spoke on Sunday.\n\n"
        "Mr. Khan, who had addressed the Democratic National Convention on Thursday, spoke on NBC. Ms. Khan wrote an "
        "opinion article.\n\n"
        "“I implore those patriotic Americans that would probably vote for Donald Trump in November, I appeal to them "
        "not to vote for hatred,” Mr. Khan said."
    ))
    assert speakers.get("I") in (None, "Khizr Khan"), speakers


def test_a_things_meaning_is_no_inner_speaker(nlp):
    speakers = _speakers(nlp, (
        "Chris Christie defended Donald Trump on Sunday.\n\n"
        "Christie said Trump's tweet saying African-Americans will vote for him meant that \"If people want safer "
        "streets, they want police supported, then they should vote for Donald Trump, because that’s what he’ll do.\""
    ), date="2016-08-28")
    assert speakers.get("If") == "Chris Christie", speakers
