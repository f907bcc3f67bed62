"""From the j187 sample (stop 69: AllSides fresh36, read after scoring): a role never runs into a
clause ("the president of Russia has given him a major nod" was a role of Trump's); a title given
in a sentence set in an era of history is of then ("New York Mayor Fiorello LaGuardia … during the
Depression" asked as the mayor of 2014); a blank right after a person's title is never a body
("President ____" → "Trump's Department of Homeland Security")."""

from __future__ import annotations

from tests.articles import facts_of, make_article


def test_a_role_never_runs_into_a_clause(nlp):
    text = (
        "Donald Trump has drawn praise abroad, officials said on Sunday.\n\n"
        "While Iranians struggle to take measure of Mr. Trump, the president of Russia has given him a major nod of "
        "approval — even before the candidate’s proclamation in March that NATO is essentially obsolete."
    )
    roles = [(r.person, r.role) for r in facts_of(nlp, make_article(text, date="2016-05-15")).roles]
    assert not [r for r in roles if " has " in f" {r[1]} "], roles


def test_a_title_in_a_sentence_of_another_era_is_of_then(nlp):
    text = (
        "The city faces a budget gap, officials said on Sunday.\n\n"
        "A new book details a battle involving President Franklin Roosevelt and New York Mayor Fiorello LaGuardia "
        "over the Triborough Bridge during the Depression.\n\n"
        "Russian President Vladimir Putin has given Trump a nod of approval, Secretary of State John Kerry said."
    )
    roles = [(r.person, r.role) for r in facts_of(nlp, make_article(text, date="2014-01-09")).roles]
    assert not [r for r in roles if r[0] == "Fiorello LaGuardia"], roles
    assert ("John Kerry", "Secretary of State") in roles


def test_a_blank_after_a_person_s_title_wants_a_person():
    from quizgen.items.argument_clozes import _TITLE_BEFORE_BLANK

    assert _TITLE_BEFORE_BLANK.search("President ")
    assert _TITLE_BEFORE_BLANK.search("It said Sen. ")
    assert not _TITLE_BEFORE_BLANK.search("former President Barack Obama's order and the ")
    assert not _TITLE_BEFORE_BLANK.search("the department of ")


def test_an_agency_caption_closing_on_its_place_and_date_is_no_prose():
    from quizgen.ingest.articles import classify_blocks

    text = (
        "Coronavirus RNA survived for up to 17 days aboard the Diamond Princess, the CDC said on Monday.\n\n"
        "Officers in protective gear enter the cruise ship Diamond Princess, where 10 more people were tested "
        "positive for coronavirus on Thursday, to transfer a patient to the hospital after the ship arrived at "
        "Daikoku Pier Cruise Terminal in Yokohama, south of Tokyo, Japan February 7, 2020.\n\n"
        "The law took effect in Texas on September 1, 2019."
    )
    assert [b.kind for b in classify_blocks(text, has_title=True)] == ["text", "caption", "text"]


def test_an_agency_caption_closing_on_an_abbreviated_country_and_date_is_no_prose():
    # fresh104: "… waits to speak at an organizing event in Atlanta, Georgia, U.S. January 10, 2020."
    # was asked as the story's sentence
    from quizgen.ingest.articles import classify_blocks

    text = (
        "Mike Bloomberg will spend heavily in the Southern primaries, his campaign said on Friday.\n\n"
        "Democratic U.S. presidential candidate Mike Bloomberg waits to speak at an organizing event in Atlanta, "
        "Georgia, U.S. January 10, 2020.\n\n"
        "The campaign opened offices in Georgia on January 9, 2020."
    )
    assert [b.kind for b in classify_blocks(text, has_title=True)] == ["text", "caption", "text"]
