"""Numbers in words read as values and written back as the answer writes its own."""

import pytest

from quizgen.extract.number_words import is_spelled, spell, words_value


@pytest.mark.parametrize(
    ("text", "value"),
    [("nine", 9), ("Forty-one", 41), ("Forty six", 46), ("twenty", 20), ("nineteen", 19), ("two hundred and five", 205), ("one hundred", 100)],
)
def test_words_are_read_as_their_value_and_written_back(text, value):
    assert is_spelled(text) and words_value(text) == value
    assert spell(value, like=text) == text.replace(" and ", " ")


@pytest.mark.parametrize("text", ["41", "someone", "ninth", "forty-one percent", ""])
def test_what_is_no_number_in_words(text):
    assert not is_spelled(text)
