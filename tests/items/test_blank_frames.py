"""A wrong choice reads right in its blank: after "the" only names the text writes with "the"
("the Netherlands", "the United States"), elsewhere none of them ("soldiers into U.S.")."""

from __future__ import annotations

import datetime as dt

from quizgen.items.argument_clozes import entity_choices
from quizgen.items.blank_frames import definite_blank, fits_blank, region_after_blank, takes_the
from quizgen.items.entity_index import EntityIndex
from quizgen.items.people import role_determiner
from quizgen.items.person_choices import Story
from quizgen.items.role_choices import HeldRole, role_choices

TREATY = (
    "The treaty needed every member's vote. Hungary was first, then Poland; Germany, too. "
    "Officials in Germany said Estonia had doubts. In the Netherlands, the vote was close, and "
    "the Philippines, the United States and the Bahamas, all watching, kept quiet. The United "
    "States said nothing more, and the Netherlands is now the last. Estonia's parliament met twice. "
    "The Hungary talks were long."
)
PLACES = {"GPE@a": ["Hungary", "Poland", "Germany", "Estonia", "Philippines", "United States", "Bahamas", "Netherlands"]}


def test_a_name_takes_the_as_the_text_writes_it_alone():
    assert takes_the("Netherlands", TREATY) is True
    assert takes_the("United States", TREATY) is True
    # "The Hungary talks": the name modifies a noun, the "the" is the noun's
    assert takes_the("Hungary", TREATY) is False
    assert takes_the("Chile", TREATY) is None  # never mentioned: says nothing


def test_the_region_after_the_blank_is_read_by_the_gazetteer():
    assert region_after_blank("Troops landed in ____, Texas, at dawn.") == "Texas"
    assert region_after_blank("In ____, Monday, he spoke.") is None
    assert region_after_blank("____, who leads, said so.") is None


def test_the_blank_s_determiner_is_read_from_the_words_before_it():
    assert definite_blank("The ____ became the last to vote.")
    assert definite_blank("He said the ____ is ready.")
    assert not definite_blank("Troops moved into ____ on Monday.")
    assert not definite_blank("Crowds left the theatre ____ on Monday.")  # "the" must stand alone


def test_after_the_only_names_written_with_the_are_choices():
    choices = entity_choices(
        "Netherlands", "GPE", "e-00000000000a", "The ____ is now the last to vote on the treaty.",
        "The Netherlands is now the last to vote on the treaty.", "a", PLACES, set(), text=TREATY,
    )
    assert "Netherlands" in choices and len(choices) == 4
    assert set(choices) == {"Netherlands", "Philippines", "United States", "Bahamas"}


def test_without_the_no_name_written_with_the_is_a_choice():
    choices = entity_choices(
        "Estonia", "GPE", "e-00000000000b", "Officials said ____ had doubts.",
        "Officials said Estonia had doubts.", "a", PLACES, set(), text=TREATY,
    )
    assert "Estonia" in choices and len(choices) == 4
    assert not {"Netherlands", "Philippines", "United States", "Bahamas"} & set(choices)


def test_fewer_than_three_fitting_names_make_a_typed_card():
    few = {"GPE@a": ["Hungary", "Poland", "Germany", "Estonia", "Netherlands"]}
    choices = entity_choices(
        "Netherlands", "GPE", "e-00000000000c", "The ____ is now the last to vote on the treaty.",
        "The Netherlands is now the last to vote on the treaty.", "a", few, set(), text=TREATY,
    )
    assert choices == []  # "the Hungary", "the Poland" would give the answer away


def test_an_answer_written_against_its_habit_leaves_the_frame_silent():
    assert fits_blank("Hungary", "United States", "Backed by ____ troops, they moved.", TREATY)


MAY = dt.date(2016, 5, 1)
STORIES = {"us": Story(MAY, "US")}


def test_a_role_s_choices_take_the_question_s_article():
    candidates = [
        HeldRole("President", "Tom Hale", "us"), HeldRole("Ohio Senator", "Ann Lee", "us"),
        HeldRole("Texas Senator", "Bo Reed", "us"), HeldRole("Utah Senator", "Cy Dunn", "us"),
        HeldRole("Secretary of State", "Di Moss", "us"), HeldRole("Maine Senator", "Ed Fox", "us"),
    ]
    assert role_determiner("Florida Senator") == "a" and role_determiner("President") == "the"
    choices = role_choices(
        "Florida Senator", candidates, key="k", article="us", stories=STORIES, mine=lambda r: False,
        determiner=role_determiner,
    )
    # "Rubio was a President", "… was a Ohio Senator": read wrong after "a", so no choices
    assert set(choices) == {"Florida Senator", "Maine Senator", "Texas Senator", "Utah Senator"}


VISIT = (
    "The president flew to Dunmore, Florida, on Sunday. Aides had come from Washington and from "
    "Kessler, Ohio. Last year he spoke in Marlow, Florida, in Brandt, Florida, and in Tarpon, "
    "Florida, and once in Albany."
)
TOWN_NAMES = ["Dunmore", "Washington", "Kessler", "Albany", "Marlow", "Brandt", "Tarpon"]
TOWNS = {"GPE@a": TOWN_NAMES}
# the deck tags each town a place twice (``place_names.is_place`` wants two tags for a town
# the gazetteer does not know)
INDEX = EntityIndex([(t, "GPE", a) for t in TOWN_NAMES for a in ("a", "b")])


def test_a_place_the_question_puts_in_a_region_gets_towns_the_text_puts_there():
    choices = entity_choices(
        "Dunmore", "GPE", "e-00000000000d", "The president flew to ____, Florida, on Sunday.",
        "The president flew to Dunmore, Florida, on Sunday.", "a", TOWNS, set(), INDEX, text=VISIT,
    )
    assert set(choices) == {"Dunmore", "Marlow", "Brandt", "Tarpon"}


def test_too_few_towns_of_the_region_make_a_typed_card():
    few = {"GPE@a": ["Dunmore", "Washington", "Kessler", "Albany", "Marlow"]}
    choices = entity_choices(
        "Dunmore", "GPE", "e-00000000000e", "The president flew to ____, Florida, on Sunday.",
        "The president flew to Dunmore, Florida, on Sunday.", "a", few, set(), INDEX, text=VISIT,
    )
    assert choices == []  # "Washington" beside a town of Florida would give it away
