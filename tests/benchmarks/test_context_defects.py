"""The round-8 counter of questions leaning on words the card does not resolve."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from context_defects import bare_definites


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("What did the academy ask for?", ["academy"]),
        ("Governor Hale adopted that approach.", ["approach"]),
        ("What did the Harwood Catholic Academy ask for?", []),
        ("Who said the price of oil would fall?", []),
        ("Who said the country would recover?", []),
    ],
)
def test_a_bare_description_is_counted(nlp, question, found):
    assert bare_definites(nlp(question)) == found
