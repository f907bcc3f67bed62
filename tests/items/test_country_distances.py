"""A country a compass word places something in ("the town of Eskel in northern ____") gets
countries near it as wrong choices, never one across the world (round 44)."""

from __future__ import annotations

from quizgen.items.argument_clozes import entity_choices
from quizgen.items.country_distances import distance_km, near, placed_by_compass


def test_distance_between_country_centres_from_zone_tab():
    assert distance_km("Poland", "Germany") < 1000
    assert distance_km("Poland", "Japan") > 5000
    assert distance_km("Poland", "Atlantis") is None
    assert near("Kenya", "Tanzania") and not near("Kenya", "Canada")


def test_a_compass_word_before_the_blank():
    assert placed_by_compass("The convoy reached the village of Orvel in north-eastern ____ on Monday.")
    assert placed_by_compass("It lies in Southern ____.")
    assert not placed_by_compass("The convoy reached ____ on Monday.")


def test_a_place_in_northern_country_gets_its_neighbours_only():
    question = "The convoy reached the village of Orvel in northern ____ on Monday."
    sentence = question.replace("____", "Kenya")
    far = {"GPE@a": ["Canada", "Tanzania", "Uganda", "Japan", "Ethiopia"]}
    choices = entity_choices("Kenya", "GPE", "e-000000000044", question, sentence, "a", far, set())
    assert "Kenya" in choices and len(choices) == 4
    assert not {"Canada", "Japan"} & set(choices)
    too_few = {"GPE@a": ["Canada", "Tanzania", "Japan", "Brazil"]}
    assert entity_choices("Kenya", "GPE", "e-000000000045", question, sentence, "a", too_few, set()) == []
    # with no compass word the story's countries stay choices
    plain = "The convoy reached ____ on Monday."
    choices = entity_choices("Kenya", "GPE", "e-000000000046", plain, plain.replace("____", "Kenya"), "a", too_few, set())
    assert len(choices) == 4
