"""PDF text extracted with pypdf: questions, lettered choices, key, sources, page numbers."""

from __future__ import annotations

import io

from pypdf import PdfReader

from quizgen.export.pdf import export_pdf_key, export_pdf_sheet
from quizgen.export.selection import make_quiz, pick_items
from tests.deck_factory import make_deck


def _text(data: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_sheet_and_key_carry_questions_choices_and_answers():
    deck = make_deck()
    quiz = make_quiz([deck], pick_items([deck]), versions=2, seed=4)
    for version in quiz.versions:
        sheet, pages = _text(export_pdf_sheet(quiz, version, timestamp=1.7e9))
        flat = _squash(sheet)
        assert f"version {version.number}" in flat
        assert "Name:" in flat and "Date:" in flat and "Class:" in flat
        for number, q in enumerate(version.questions, 1):
            assert _squash(f"{number}. {q.prompt}") in flat
            for i, choice in enumerate(q.choices):
                assert _squash(f"{chr(65 + i)}) {choice}") in flat
        assert f"page {pages} of {pages}" in flat
        assert "Sources" in flat and "Müller & the <b>alliance</b>" in flat
        key, _ = _text(export_pdf_key(quiz, version, timestamp=1.7e9))
        flat_key = _squash(key)
        for number, q in enumerate(version.questions, 1):
            assert _squash(f"{number}. {q.key_text()}") in flat_key
        assert "Answer key" in flat_key
    # Different versions, different keys.
    keys = [_squash(_text(export_pdf_key(quiz, v, timestamp=1.7e9))[0]) for v in quiz.versions]
    assert keys[0] != keys[1]


def test_unicode_renders_with_the_shipped_font():
    deck = make_deck()
    quiz = make_quiz([deck], pick_items([deck], kinds=["person", "quote"]), seed=1)
    sheet, _ = _text(export_pdf_sheet(quiz, quiz.versions[0], timestamp=1.7e9))
    for text in ("José Ñúñez", "Jürgen Müller", "“We will not yield", "– —", "‘single’"):
        assert text in sheet
