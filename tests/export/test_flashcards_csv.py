"""Flashcard CSV: Anki's own CSV importer reads it back losslessly; Quizlet rows stay one line."""

from __future__ import annotations

import csv
import html
import io

import pytest

from quizgen.export.flashcards import export_flashcards_csv, flashcard_rows
from quizgen.export.wording import WORD_JOINER, guard_formula, starts_formula
from tests.deck_factory import make_deck

FORMULAS = {"q-muller": '=HYPERLINK("http://evil","click")', "d-troops": "@SUM(A1:A9)"}


def _formula_deck():
    """Article text that a spreadsheet would run: a question and an answer."""
    deck = make_deck(answer_override={"q-muller": "@SUM(A1)"})
    items = [
        i.model_copy(update={"question": FORMULAS[i.id]}) if i.id in FORMULAS else i
        for i in deck.items
    ]
    return deck.model_copy(update={"items": items})


anki_collection = pytest.importorskip("anki.collection")


def test_anki_imports_the_csv_with_tags_and_newlines(tmp_path):
    deck = _formula_deck()
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
        # The formula guard is invisible: no apostrophe, the text reads as the article's.
        assert not any(f.startswith("'") for n in notes for f in n.fields)
        got = sorted(
            (
                html.unescape(n.fields[0].replace("<br>", "\n")).replace(WORD_JOINER, ""),
                html.unescape(n.fields[1]).replace(WORD_JOINER, ""),
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
    assert [tuple(r) for r in rows] == [
        (guard_formula(f), guard_formula(b), t) for f, b, t in flashcard_rows([deck])
    ]


@pytest.mark.parametrize("flavor", ["anki", "quizlet"])
def test_no_live_formula_no_apostrophe_no_bom(flavor):
    data = export_flashcards_csv([_formula_deck()], flavor=flavor)
    assert not data.startswith(b"\xef\xbb\xbf")  # the apps read it directly; no BOM
    text = data.decode("utf-8")
    if flavor == "anki":
        text = text.split("\n", 3)[3]
    cells = [c for row in csv.reader(io.StringIO(text), delimiter="\t") for c in row]
    # What a spreadsheet sees: no cell it would run as a formula.
    assert not [c for c in cells if starts_formula(c)]
    # What the app sees: the article's text, with nothing visible added.
    visible = [c.replace(WORD_JOINER, "") for c in cells]
    for formula in [*FORMULAS.values(), "@SUM(A1)", "= Gazette + {x}"]:
        assert any(v.startswith(formula) for v in visible)
    assert not any(c.startswith("'") for c in cells)


def test_quizlet_flavour_is_two_columns_one_line_each():
    deck = make_deck()
    lines = export_flashcards_csv([deck], flavor="quizlet").decode("utf-8").splitlines()
    assert len(lines) == len(deck.items)
    for line, item in zip(lines, deck.items):
        front, back = line.split("\t")
        assert back == guard_formula(item.answer)
        assert front.startswith(item.question.replace("\n", " "))
