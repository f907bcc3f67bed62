from __future__ import annotations

import pytest

from quizgen.facts.deaths import shown_dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Four years later, Emmett Brandt was dead.", True),
        ("Emmett Brandt was dead by 1981, friends said.", True),
        ("Emmett Brandt was dead wrong about the vote.", False),
        ("Emmett Brandt was dead set against the plan.", False),
    ],
)
def test_was_dead_shows_a_death_but_not_an_idiom(text, dead):
    assert shown_dead(text, "Emmett Brandt") is dead
