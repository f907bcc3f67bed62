"""The surname of a full name: what a card accepts alone and what groups namesakes."""

import pytest

from quizgen.facts.names import written_surname


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Helene Le Roux", "Le Roux"),  # never "Roux"
        ("Tomas de Vries", "de Vries"),
        ("Greta von der Au", "von der Au"),
        ("Karim bin Tahir", "bin Tahir"),
        ("Karim Bin Tahir", "Bin Tahir"),
        ("Al Becker", "Becker"),  # "Al" opening a name is a given name
        ("Sam Ortiz Jr.", "Ortiz"),
        ("Ortiz", "Ortiz"),
    ],
)
def test_a_surname_keeps_its_particles(name, expected):
    assert written_surname(name) == expected
