"""A place the article writes inside the answer's address ("the Surabaya, East Java, district
court") is no wrong choice for it: j50 offered "Surabaya" beside "East Java", both right."""

from __future__ import annotations

from quizgen.items.argument_clozes import entity_choices
from quizgen.items.place_names import written_within


def test_an_address_nests_its_places_and_a_list_of_countries_does_not():
    text = "The Surabaya, East Java, district court handed the sentences; Poland, Hungary and the Czech Republic joined."
    assert written_within("Surabaya", "East Java", text)
    assert written_within("East Java", "Surabaya", text)
    assert not written_within("Jakarta", "East Java", text)
    assert not written_within("Poland", "Hungary", text)


TEXT = """An Indonesian court in East Java on Tuesday handed down six-year jail sentences for two labour activists accused of subversion, their lawyer said.

The Surabaya, East Java, district court handed the sentences to the two activists for inciting riots in the province.

Similar trials are under way in Jakarta, Bandung and Semarang, and another is planned in Medan, the lawyer said.
"""


def test_a_place_inside_the_answer_is_no_choice():
    question = "An Indonesian court in ____ on [22 April 1997] handed down six-year jail sentences for two labour activists."
    places = {"GPE@a": ["East Java", "Surabaya", "Jakarta", "Bandung", "Semarang", "Medan"]}
    for key in ("k1", "k2", "k3", "k4", "k5", "k6"):
        choices = entity_choices("East Java", "GPE", key, question, question, "a", places, set(), None, text=TEXT)
        assert choices and "Surabaya" not in choices, choices
