"""Printable quizzes: a student sheet and an answer key per version (fpdf2, A4).

The DejaVu Sans font ships with quizgen (``export/fonts``), so curly quotes, dashes and
accented names render on any machine.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from quizgen.export.selection import Quiz, QuizVersion
from quizgen.export.wording import cite

FONT_DIR = Path(__file__).parent / "fonts"
FONT = "DejaVu"
_LINE = 7
_ANSWER_LINES = 2


class _Sheet(FPDF):
    def __init__(self, footer_label: str, timestamp: float) -> None:
        super().__init__(format="A4")
        self.footer_label = footer_label
        self.set_creation_date(dt.datetime.fromtimestamp(timestamp, dt.UTC))
        self.add_font(FONT, "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font(FONT, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(18, 18, 18)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font(FONT, size=8)
        self.cell(0, 6, f"{self.footer_label} · page {self.page_no()} of {{nb}}", align="C")

    def para(
        self, text: str, *, size: float = 11, bold: bool = False, height: float = _LINE
    ) -> None:
        self.set_font(FONT, "B" if bold else "", size)
        self.multi_cell(0, height, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _heading(quiz: Quiz, version: QuizVersion) -> str:
    return quiz.title + (f" — version {version.number}" if len(quiz.versions) > 1 else "")


def export_pdf_sheet(quiz: Quiz, version: QuizVersion, *, timestamp: float | None = None) -> bytes:
    """The student sheet: Name/Date/Class line, numbered questions, lettered choices,
    lines for short answers, page numbers, and the sources at the end."""
    heading = _heading(quiz, version)
    pdf = _Sheet(heading, time.time() if timestamp is None else timestamp)
    pdf.add_page()
    pdf.para(heading, size=16, bold=True, height=9)
    pdf.ln(2)
    pdf.para("Name: ____________________   Date: ____________   Class: ________")
    pdf.ln(3)
    for number, q in enumerate(version.questions, 1):
        # Keep a question with its choices or answer lines: start a page if it would split.
        needed = _LINE * (2 + len(q.choices)) if q.choices else _LINE * 4
        if pdf.get_y() + needed > pdf.page_break_trigger:
            pdf.add_page()
        pdf.para(f"{number}. {q.prompt}", bold=True)
        if q.choices:
            for i, choice in enumerate(q.choices):
                pdf.set_x(pdf.l_margin + 6)
                pdf.set_font(FONT, "", 11)
                pdf.multi_cell(
                    0,
                    _LINE,
                    f"{chr(65 + i)})  {choice}",
                    align="L",
                    new_x=XPos.LMARGIN,
                    new_y=YPos.NEXT,
                )
        else:
            for _ in range(_ANSWER_LINES):
                pdf.ln(_LINE + 1)
                y = pdf.get_y()
                pdf.line(pdf.l_margin + 6, y, pdf.w - pdf.r_margin, y)
            pdf.ln(2)
        pdf.ln(3)
    _sources(pdf, quiz)
    return bytes(pdf.output())


def export_pdf_key(quiz: Quiz, version: QuizVersion, *, timestamp: float | None = None) -> bytes:
    """The answer key for one version: question number → answer (letter and text)."""
    heading = f"Answer key: {_heading(quiz, version)}"
    pdf = _Sheet(heading, time.time() if timestamp is None else timestamp)
    pdf.add_page()
    pdf.para(heading, size=16, bold=True, height=9)
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
