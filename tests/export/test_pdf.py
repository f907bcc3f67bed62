"""PDF text extracted with pypdf: questions, lettered choices, key, sources, page numbers."""

from __future__ import annotations

import io
import warnings

import pytest
from pypdf import PdfReader

from quizgen.cli import main
from quizgen.deck.io import save_deck
from quizgen.export.pdf import (
    FALLBACK_FONTS,
    FONT_PACKAGES,
    _find,
    _Sheet,
    export_pdf_key,
    export_pdf_sheet,
    missing_glyph_warnings,
)
from quizgen.export.selection import Quiz, QuizQuestion, QuizVersion, make_quiz, pick_items
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


def _pages(data: bytes) -> list[str]:
    return [_squash(p.extract_text()) for p in PdfReader(io.BytesIO(data)).pages]


def _quiz_of(questions) -> Quiz:
    return Quiz("Long questions", 5, (QuizVersion(1, tuple(questions)),))


def test_a_question_never_splits_from_its_choices():
    words = "the alliance said that the mission would continue through the winter months"
    questions = [
        QuizQuestion(
            item_id=f"i{n}",
            kind="quote",
            type="multiple_choice",
            prompt=f"Q{n}start {words} {words} {words}?",
            answer=f"c{n}a {words}",
            choices=tuple(f"c{n}{letter} {words} {words}" for letter in "abcd"),
            correct=0,
        )
        for n in range(1, 31)
    ]
    pages = _pages(export_pdf_sheet(_quiz_of(questions), _quiz_of(questions).versions[0]))
    assert len(pages) > 3
    for n in range(1, 31):
        (page,) = [p for p in pages if f"Q{n}start" in p]
        assert all(f"c{n}{letter}" in page for letter in "abcd"), f"question {n} split"


def test_page_count_fits_in_the_footer_of_a_huge_quiz():
    pdf = _Sheet("Huge quiz", 1.7e9, "")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # fpdf2 warns when the page count overflows its slot
        for _ in range(1782):
            pdf.add_page()
        data = bytes(pdf.output())
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1782
    assert "page 1782 of 1782" in reader.pages[-1].extract_text()
    assert "page 7 of 1782" in reader.pages[6].extract_text()


def test_key_prints_the_seed_that_repeats_the_quiz():
    deck = make_deck()
    quiz = make_quiz([deck], pick_items([deck]), seed=418207)
    assert "Seed 418207" in _squash(_text(export_pdf_key(quiz, quiz.versions[0]))[0])


NOTO_CJK = _find(FALLBACK_FONTS[1].regular) is not None


@pytest.mark.skipif(not NOTO_CJK, reason=f"needs Debian {FONT_PACKAGES} (installed by .ci/run)")
def test_chinese_japanese_korean_and_symbols_print():
    texts = ["习近平 said", "安倍晋三", "문재인", "★ ⚠ ∑ ≈ → ☎"]
    q = QuizQuestion(
        item_id="cjk",
        kind="quote",
        type="multiple_choice",
        prompt=f"Who said it? {texts[3]}",
        answer=texts[0],
        choices=tuple(texts[:3]),
        correct=0,
    )
    quiz = _quiz_of([q])
    assert missing_glyph_warnings(quiz, quiz.versions[0]) == []
    # pypdf reads a NUL before each glyph of the CJK (CFF) font; the content stream has none.
    flat = "".join(_pages(export_pdf_sheet(quiz, quiz.versions[0]))).replace("\x00", "")
    for text in texts:
        assert text.replace(" ", "") in flat.replace(" ", "")


def test_characters_no_font_has_are_named_with_their_item(tmp_path, capsys):
    hieroglyph = "\U00013000"  # Egyptian hieroglyphs: in no font of the chain
    q = QuizQuestion(
        item_id="pharaoh",
        kind="quote",
        type="short_answer",
        prompt=f"What does {hieroglyph} mean?",
        answer="a man",
        accept=("a man",),
    )
    quiz = _quiz_of([q])
    (warning,) = missing_glyph_warnings(quiz, quiz.versions[0])
    assert "item pharaoh" in warning and "U+13000" in warning
    # The CLI still writes the PDF, exits 0 and prints the warning.
    deck = make_deck()
    items = [
        i.model_copy(update={"question": f"Who wrote {hieroglyph}?"})
        for i in deck.items
        if i.style != "cloze"
    ]
    path = tmp_path / "deck.yaml"
    save_deck(deck.model_copy(update={"items": items}), path)
    out = tmp_path / "quiz.pdf"
    assert main(["quiz", str(path), "-f", "pdf", "-o", str(out), "--seed", "3"]) == 0
    err = capsys.readouterr().err
    assert out.exists() and "warning: PDF: question 1 (item " in err and "U+13000" in err


def test_without_noto_fonts_cjk_degrades_to_a_warning_with_the_fix(monkeypatch):
    import quizgen.export.pdf as pdf_module

    monkeypatch.setattr(pdf_module, "NOTO_DIRS", ())  # a machine without fonts-noto-*
    q = QuizQuestion(
        item_id="xi",
        kind="person",
        type="short_answer",
        prompt="Who is 习近平?",
        answer="the president",
        accept=("the president",),
    )
    quiz = _quiz_of([q])
    (warning,) = missing_glyph_warnings(quiz, quiz.versions[0])
    assert "item xi" in warning and "U+4E60" in warning and FONT_PACKAGES in warning
    assert export_pdf_sheet(quiz, quiz.versions[0]).startswith(b"%PDF-")  # still written
