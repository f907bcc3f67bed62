"""From the j66 sample (stop 49, BBC fresh draw 14, read after scoring): a blank never splits a
name joined by "and" ("the British and ____"); a "person" the text also writes with a sequel's
number ("Doom 3") is a work, no one to ask "Who …?"; a country the tagger called an
organisation is asked "Which country …?"."""

from __future__ import annotations

from quizgen.extract.event_actors import _has_sequels
from tests.articles import deck_of_text


def test_a_blank_never_splits_a_name_joined_by_and(nlp):
    text = (
        "All Blacks captain Tama Umaga has warned the British and Irish Lions will be his most fearsome opponents yet "
        "ahead of their summer tour."
    )
    deck = deck_of_text(nlp, text, events=True, date=None)
    assert not [i for i in deck.items if "British and ____" in i.question]


def test_a_work_with_sequels_is_asked_no_who():
    assert _has_sequels("Doom", "The original Doom heralded a new era. Doom 3 was developed over four years.")
    assert _has_sequels("Shrek", "Film sequel Shrek 2 took three prizes.")
    assert not _has_sequels("John Smith", "John Smith 3-1 win") and not _has_sequels("Smith", "Smith 2, Jones 1")


def test_a_country_tagged_an_organisation_is_asked_which_country(nlp):
    text = (
        "Slovakia clinched the Hopman Cup for the second time by beating Argentina 3-0 in Saturday's final in Perth.\n\n"
        "Daniela Hantuchova put the third seeds ahead, recovering from a terrible start to beat Gisela Dulko.\n\n"
        "Slovakia won the Cup on their first appearance in 1998 when Karol Kucera and Karina Habsudova beat France."
    )
    deck = deck_of_text(nlp, text, events=True, date=None)
    questions = [i.question for i in deck.items]
    assert not [q for q in questions if q.startswith("Which organisation")]


def test_the_original_of_a_sequel_is_no_actor_of_a_who_card(nlp):
    text = (
        "Sci-fi shooter Doom 3 has won the top prize at a major games ceremony. Doom 3 shot straight to the top of the "
        "UK games charts on its release in August.\n\n"
        "The original Doom, released in 1994, heralded a new era in computer games and introduced 3D graphics."
    )
    deck = deck_of_text(nlp, text, events=True, date=None)
    assert not [i for i in deck.items if i.answer == "Doom"]


def test_places_joined_by_and_are_still_a_list_to_ask(nlp):
    """The guard above is for an adjective of a name: "In Ohio and Pennsylvania, a poll …" still asks both."""
    text = (
        "And in Ohio and Pennsylvania, a Marist College poll for NBC News released last week actually showed Trump "
        "with zero percent support among African-American voters."
    )
    deck = deck_of_text(nlp, text, events=True)
    assert [i for i in deck.items if i.answer == "Ohio and Pennsylvania"]

