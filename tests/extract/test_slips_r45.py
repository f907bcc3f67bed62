"""Round 45: a misspelt word (one letter from a known word, unknown to the lexicon and the
pipeline's vocabulary) garbles its sentence; a coinage, a prefixed or compounded known word, a
word the story writes twice, a name do not. Sentences written for the tests."""

from __future__ import annotations

import pytest

from quizgen.extract.garble import sentence_problems


def _problems(nlp, text: str) -> list[str]:
    return [p for sent in nlp(text).sents for p in sentence_problems(sent)]


@pytest.mark.parametrize(
    "text",
    [
        "Residents will recieve the new parking permits by post next month.",
        "The council showed little flexibilty over the new bus routes.",
        "Officials said the neccessary repairs to the old pier would take a year.",
    ],
)
def test_a_misspelt_word_garbles_its_sentence(nlp, text):
    assert "a misspelt word" in _problems(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The singer will livestream the concert for fans who could not get tickets.",
        "Several unelected officials of the water board resigned on Monday.",
        "The council bought a roadmap of the coast for the new ferry service.",
        "The firm sells renewables and gas to homes across the county.",
        "Residents said they would recieve guests at the fair, and recieve them again in May.",
        "The committee met Dr. Tremaine Holloway in the town hall on Tuesday.",
    ],
)
def test_a_coinage_a_derived_word_a_repeated_word_or_a_name_is_no_typo(nlp, text):
    assert "a misspelt word" not in _problems(nlp, text)
