"""Whether a paragraph reads as a statement (spaCy's parse): subjects and verbs, one line."""

from __future__ import annotations

import pytest

from quizgen.ingest.statements import reads_as_statement, sentence_shaped


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("The harbour board said on Tuesday that the quay would open in the spring.", True),
        ("The quay was closed in March. It reopened after the storms had passed.", True),
        ("Sign up for our newsletter to get the harbour news every morning.", False),
        ("Ten ferries that changed the island's history.", False),
        ("Ferry timetable, harbour map, parking and tickets.", False),
        ("The harbour board said on Tuesday that the quay would open", False),  # no sentence end
        ("The quay will open in the spring.\nTickets", False),  # a title glued to a line
    ],
)
def test_a_statement_has_a_subject_and_a_verb_in_every_sentence(text, statement):
    assert reads_as_statement(text) is statement


def test_only_english_pages_are_parsed():
    text = "The harbour board said on Tuesday that the quay would open in the spring."
    assert reads_as_statement(text, language="en")
    assert not reads_as_statement(text, language="fr")


def test_a_sentence_shaped_block_is_one_line_ending_as_a_sentence_ends():
    assert sentence_shaped("“We will open in the spring,” she said.")
    assert not sentence_shaped("Harbour news")
    assert not sentence_shaped("Opening hours\nMonday to Friday.")
