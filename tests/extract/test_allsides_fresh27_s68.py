"""From the j178 sample (stop 68: AllSides fresh27, read after scoring): a programme's quoted
name after the cue ("said on MSNBC’s “Andrea Mitchell Reports.”") is no part of the words; a
congressman is a representative, so "____, an Alaska congressman" gets representatives or no
choices; an organisation's head noun or a page's "Story Highlights" is no person; "Current
Secretary of State" is the Secretary of State; a former minister's choices are ministers of
other countries, never their presidents."""

from __future__ import annotations

from quizgen.items.cast_names import is_person_name
from quizgen.items.former_roles import other_countries
from quizgen.items.title_matches import shows_title
from tests.articles import deck_of_text


def test_a_programme_s_quoted_name_after_the_cue_is_not_the_speaker_s(nlp):
    text = (
        "Republican senators warned Iran in an open letter on Monday.\n\n"
        "“We are so far beyond politics ending at the water’s edge,” Schiff said on MSNBC’s “Andrea Mitchell Reports.”\n\n"
        "“You can’t get 90 percent of Americans to agree on the weather,” Mr. Pfeiffer said on “Fox News Sunday.”"
    )
    deck = deck_of_text(nlp, text, date="2015-03-09", title="Republican senators warn Iran in open letter")
    quotes = [i.question for i in deck.items if i.kind == "quote"]
    assert not [q for q in quotes if "Andrea Mitchell" in q or "Fox News Sunday" in q], quotes


def test_a_congressman_is_a_representative():
    question = '____, an Alaska congressman, said that on his father\'s ranch, "we used to have pickers."'
    assert shows_title(question, "Alaska Rep.")
    assert not shows_title("____, a longtime friend, said it.", "Alaska Rep.")


def test_an_organisation_or_page_furniture_is_no_person():
    assert not is_person_name("Entertainment Software Association")
    assert not is_person_name("Story Highlights")
    assert is_person_name("Dzhokhar Tsarnaev")


def test_current_is_no_part_of_an_office():
    from quizgen.extract.roles import normalise_role

    assert normalise_role("Current Secretary of State") == "Secretary of State"
    assert normalise_role("sitting governor") == "governor"
    assert normalise_role("Currency Commissioner") == "Currency Commissioner"


def test_a_former_minister_s_choices_are_no_heads_of_state():
    roles = ["Iranian President", "Chinese President", "Syrian President", "British Home Secretary", "French Interior Minister", "German Interior Minister"]
    choices = other_countries("U.S. Homeland Security Secretary", roles, key="k", mine=lambda r: False)
    assert choices and not [c for c in choices if c.endswith("President")], choices
