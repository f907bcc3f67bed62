"""Printable quizzes: a student sheet and an answer key per version (fpdf2, A4).

Fonts: DejaVu Sans ships with quizgen (``export/fonts``: Latin, Greek, Cyrillic, curly
quotes, dashes). Characters it lacks are drawn from a fallback chain of Noto fonts when the
machine has them (Debian ``fonts-noto-cjk`` for Chinese/Japanese/Korean, ``fonts-noto-core``
for symbols and maths; :data:`FALLBACK_FONTS`); anything still missing is reported by
:func:`missing_glyph_warnings`, naming the item, because it would print as a gap.

Each question is measured before it is drawn and starts a new page if it would not fit, so
a question never splits from its choices or answer lines.
"""

from __future__ import annotations

import datetime as dt
import functools
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from quizgen.export.selection import Quiz, QuizQuestion, QuizVersion
from quizgen.export.wording import cite

FONT_DIR = Path(__file__).parent / "fonts"
FONT = "DejaVu"
_LINE = 7
_ANSWER_LINES = 2
_INDENT = 6
# Wide enough for a six-digit page count: fpdf2 reserves the alias's width in the footer.
PAGE_COUNT_ALIAS = "{page_count}"
NOTO_DIRS = (Path("/usr/share/fonts/opentype/noto"), Path("/usr/share/fonts/truetype/noto"))
FONT_PACKAGES = "fonts-noto-cjk fonts-noto-core"


@dataclass(frozen=True)
class FallbackFont:
    family: str
    regular: str
    collection_index: int = 0  # .ttc files hold several fonts


# Tried in order for characters DejaVu lacks. Simplified Chinese (SC) draws every CJK
# ideograph the other regional variants do; only some glyph shapes differ.
FALLBACK_FONTS = (
    FallbackFont("NotoSans", "NotoSans-Regular.ttf"),
    FallbackFont("NotoSansCJK", "NotoSansCJK-Regular.ttc", 2),
    FallbackFont("NotoSansSymbols", "NotoSansSymbols-Regular.ttf"),
    FallbackFont("NotoSansSymbols2", "NotoSansSymbols2-Regular.ttf"),
    FallbackFont("NotoSansMath", "NotoSansMath-Regular.ttf"),
)


def _find(name: str, folders: Iterable[Path] | None = None) -> Path | None:
    folders = NOTO_DIRS if folders is None else folders
    return next((f / name for f in folders if (f / name).is_file()), None)


@functools.cache
def _coverage(path: Path, index: int = 0) -> frozenset[int]:
    from fontTools.ttLib import TTFont  # fpdf2's own dependency

    with TTFont(str(path), fontNumber=index, lazy=True) as font:
        return frozenset(font.getBestCmap())


def _needs_no_glyph(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf")


def _fallbacks_for(text: str) -> tuple[list[FallbackFont], set[str]]:
    """The installed fallback fonts ``text`` needs, and the characters no font covers."""
    missing = {ch for ch in set(text) if not _needs_no_glyph(ch)}
    missing = {ch for ch in missing if ord(ch) not in _coverage(FONT_DIR / "DejaVuSans.ttf")}
    chosen = []
    for font in FALLBACK_FONTS:
        path = _find(font.regular)
        if not missing or path is None:
            continue
        covered = {ch for ch in missing if ord(ch) in _coverage(path, font.collection_index)}
        if covered:
            chosen.append(font)
            missing -= covered
    return chosen, missing


def _question_text(q: QuizQuestion) -> str:
    return "\n".join([q.prompt, *q.choices, q.key_text()])


def missing_glyph_warnings(quiz: Quiz, version: QuizVersion) -> list[str]:
    """One warning per item with characters no installed font can print."""
    warnings = []
    for number, q in enumerate(version.questions, 1):
        _, missing = _fallbacks_for(_question_text(q))
        if missing:
            chars = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in sorted(missing))
            hint = "" if _find(FALLBACK_FONTS[1].regular) else f"; install {FONT_PACKAGES}"
            warnings.append(
                f"PDF: question {number} (item {q.item_id}): no installed font has {chars}; "
                f"they print as gaps{hint}"
            )
    _, missing = _fallbacks_for(quiz.title + "".join(cite(s) for s in quiz.sources))
    if missing:
        warnings.append(
            f"PDF: the title or sources use characters no installed font has: "
            f"{' '.join(sorted(missing))}"
        )
    return warnings


class _Sheet(FPDF):
    def __init__(self, footer_label: str, timestamp: float, text: str) -> None:
        super().__init__(format="A4")
        self.footer_label = footer_label
        self.set_creation_date(dt.datetime.fromtimestamp(timestamp, dt.UTC))
        self.add_font(FONT, "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font(FONT, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        fallbacks, _ = _fallbacks_for(text)
        for font in fallbacks:
            # Regular weight only (bold text falls back to it): each CJK weight is 20 MB to
            # parse and subset.
            self.add_font(
                font.family, "", _find(font.regular), collection_font_number=font.collection_index
            )
        if fallbacks:
            self.set_fallback_fonts([f.family for f in fallbacks], exact_match=False)
        self.alias_nb_pages(PAGE_COUNT_ALIAS)
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(18, 18, 18)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font(FONT, size=8)
        self.cell(0, 6, self.footer_label, align="L")
        self.set_x(self.l_margin)
        # Right-aligned, so the reserved width of the page-count alias trails off the text.
        self.cell(0, 6, f"page {self.page_no()} of {PAGE_COUNT_ALIAS}", align="R")

    def para(
        self, text: str, *, size: float = 11, bold: bool = False, height: float = _LINE
    ) -> None:
        self.set_font(FONT, "B" if bold else "", size)
        self.line_of_text(self.epw, height, text)

    def line_of_text(self, width: float, height: float, text: str) -> None:
        """``text`` at the current position, wrapped to ``width``; then the next line.

        A text that fits on one line goes through ``cell``, several times faster than
        ``multi_cell``'s line breaking (most choices and key lines are one line).
        """
        if "\n" not in text and self.get_string_width(text) < width - 2 * self.c_margin:
            self.cell(width, height, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            self.multi_cell(width, height, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def text_height(self, text: str, *, indent: float = 0, bold: bool = False) -> float:
        self.set_font(FONT, "B" if bold else "", 11)
        return self.multi_cell(
            self.epw - indent, _LINE, text, align="L", dry_run=True, output="HEIGHT"
        )


def _heading(quiz: Quiz, version: QuizVersion) -> str:
    return quiz.title + (f" — version {version.number}" if len(quiz.versions) > 1 else "")


def _all_text(quiz: Quiz, version: QuizVersion) -> str:
    parts = [quiz.title, *(cite(s) for s in quiz.sources)]
    return "\n".join(parts + [_question_text(q) for q in version.questions])


def _choice_line(i: int, choice: str) -> str:
    return f"{chr(65 + i)})  {choice}"


def _rough_height(pdf: _Sheet, q: QuizQuestion) -> float:
    """A generous bound on a question's height: twice its lines at full width, plus one per
    piece (choices, answer lines) — never less than the measured height."""
    pdf.set_font(FONT, "B", 11)
    pieces = [q.prompt, *q.choices]
    lines = sum(
        2 * (pdf.get_string_width(p) / (pdf.epw - _INDENT)) + 1 + p.count("\n") for p in pieces
    )
    extra = 0 if q.choices else _ANSWER_LINES * (_LINE + 1) + 2
    return lines * _LINE + extra


def _question_height(pdf: _Sheet, number: int, q: QuizQuestion) -> float:
    height = pdf.text_height(f"{number}. {q.prompt}", bold=True)
    if q.choices:
        height += sum(
            pdf.text_height(_choice_line(i, c), indent=_INDENT) for i, c in enumerate(q.choices)
        )
    else:
        height += _ANSWER_LINES * (_LINE + 1) + 2
    return height


def export_pdf_sheet(quiz: Quiz, version: QuizVersion, *, timestamp: float | None = None) -> bytes:
    """The student sheet: Name/Date/Class line, numbered questions, lettered choices,
    lines for short answers, page numbers, and the sources at the end."""
    heading = _heading(quiz, version)
    pdf = _Sheet(heading, time.time() if timestamp is None else timestamp, _all_text(quiz, version))
    pdf.add_page()
    pdf.para(heading, size=16, bold=True, height=9)
    pdf.ln(2)
    pdf.para("Name: ____________________   Date: ____________   Class: ________")
    pdf.ln(3)
    for number, q in enumerate(version.questions, 1):
        # Keep a question with its choices or answer lines: start a page if it would split
        # (a question taller than a whole page still starts on a fresh one). Measuring is as
        # slow as drawing, so only questions that may not fit are measured.
        room = pdf.page_break_trigger - pdf.get_y()
        if room < _rough_height(pdf, q) and room < _question_height(pdf, number, q):
            pdf.add_page()
        pdf.para(f"{number}. {q.prompt}", bold=True)
        if q.choices:
            for i, choice in enumerate(q.choices):
                pdf.set_x(pdf.l_margin + _INDENT)
                pdf.set_font(FONT, "", 11)
                pdf.line_of_text(pdf.epw - _INDENT, _LINE, _choice_line(i, choice))
        else:
            for _ in range(_ANSWER_LINES):
                pdf.ln(_LINE + 1)
                y = pdf.get_y()
                pdf.line(pdf.l_margin + _INDENT, y, pdf.w - pdf.r_margin, y)
            pdf.ln(2)
        pdf.ln(3)
    _sources(pdf, quiz)
    return bytes(pdf.output())


def export_pdf_key(quiz: Quiz, version: QuizVersion, *, timestamp: float | None = None) -> bytes:
    """The answer key for one version: the seed that repeats the quiz, then question
    number → answer (letter and text)."""
    heading = f"Answer key: {_heading(quiz, version)}"
    pdf = _Sheet(heading, time.time() if timestamp is None else timestamp, _all_text(quiz, version))
    pdf.add_page()
    pdf.para(heading, size=16, bold=True, height=9)
    pdf.para(f"Seed {quiz.seed}: the same seed and decks give this quiz again", size=9, height=5)
    pdf.ln(3)
    for number, q in enumerate(version.questions, 1):
        pdf.para(f"{number}. {q.key_text()}")
    _sources(pdf, quiz)
    return bytes(pdf.output())


def _sources(pdf: _Sheet, quiz: Quiz) -> None:
    if not quiz.sources:
        return
    pdf.ln(4)
    pdf.para("Sources", size=12, bold=True)
    for source in quiz.sources:
        pdf.para(f"• {cite(source)}", size=9, height=5)
