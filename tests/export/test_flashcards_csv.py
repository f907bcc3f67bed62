"""Flashcard CSV: Anki's own CSV importer reads it back losslessly; Quizlet rows stay one line."""

from __future__ import annotations

import csv
import html
import io

import pytest

from quizgen.export.flashcards import export_flashcards_csv, flashcard_rows
from tests.deck_factory import make_deck

anki_collection = pytest.importorskip("anki.collection")


def test_anki_imports_the_csv_with_tags_and_newlines(tmp_path):
    deck = make_deck()
    path = tmp_path / "cards.csv"
    path.write_bytes(export_flashcards_csv([deck]))
    col = anki_collection.Collection(str(tmp_path / "c.anki2"))
    try:
        metadata = col.get_csv_metadata(str(path), None)
        col.import_csv(anki_collection.ImportCsvRequest(path=str(path), metadata=metadata))
        notes = [col.get_note(nid) for nid in col.find_notes("")]
        expected = flashcard_rows([deck])
        assert len(notes) == len(expected)
        # html:false: Anki stores the text escaped (so <script> stays inert), newlines as <br>.
        assert not any("<script>" in f for n in notes for f in n.fields)
        got = sorted(
            (
                html.unescape(n.fields[0].replace("<br>", "\n")),
                html.unescape(n.fields[1]),
                " ".join(sorted(n.tags)),
            )
            for n in notes
        )
        assert got == sorted((f, b, " ".join(sorted(t.split()))) for f, b, t in expected)
    finally:
        col.close()


def test_anki_flavour_round_trips_through_csv_module():
    deck = make_deck()
    text = export_flashcards_csv([deck]).decode("utf-8")
    lines = text.split("\n", 3)
    assert lines[:3] == ["#separator:tab", "#html:false", "#tags column:3"]
    rows = list(csv.reader(io.StringIO(lines[3]), delimiter="\t"))
    assert [tuple(r) for r in rows] == flashcard_rows([deck])


def test_quizlet_flavour_is_two_columns_one_line_each():
    deck = make_deck()
    lines = export_flashcards_csv([deck], flavor="quizlet").decode("utf-8").splitlines()
    assert len(lines) == len(deck.items)
    for line, item in zip(lines, deck.items):
        front, back = line.split("\t")
        assert back == item.answer
        assert front.startswith(item.question.replace("\n", " "))
