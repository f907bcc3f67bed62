"""Game-show quiz platforms: Kahoot and Quizizz (xlsx), Blooket and Gimkit (CSV).

Each follows the platform's import template. Questions a platform cannot take (too long,
too many or too few choices, no choices at all) are left out and reported — never
truncated. Every function returns ``(file bytes, warnings)``.

Spreadsheet formula injection: xlsx cells are stored as typed text, so ``=…`` is never a
formula; CSV cells starting with ``= + - @`` (other than plain numbers) get an invisible
word joiner first (:func:`~quizgen.export.wording.guard_formula`: no stray apostrophe on
the platform) and a warning, because CSV has no way to say "text". The CSVs are meant to
be opened in Excel before upload, so they are UTF-8 with a byte-order mark (without one,
Excel reads UTF-8 as the local code page: "MÃ¼ller").
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import time
import zipfile
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Font

from quizgen.export.platforms import PLATFORMS, PlatformError, misfit
from quizgen.export.selection import Quiz, QuizQuestion, QuizVersion
from quizgen.export.wording import guard_formula, starts_formula

KAHOOT_HEADER_ROW = 8
KAHOOT_HEADERS = (
    "",
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
)
KAHOOT_TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)

QUIZIZZ_HEADERS = (
    "Question Text",
    "Question Type",
    "Option 1",
    "Option 2",
    "Option 3",
    "Option 4",
    "Option 5",
    "Correct Answer",
    "Time in seconds",
    "Image Link",
    "Answer explanation",
)
QUIZIZZ_TIME_LIMITS = (5, 10, 20, 30, 45, 60, 90, 120, 180, 300, 600, 900)

BLOOKET_TITLE = "Blooket\nImport Template"
BLOOKET_HEADERS = (
    "Question #",
    "Question Text",
    "Answer 1",
    "Answer 2",
    "Answer 3\n(Optional)",
    "Answer 4\n(Optional)",
    "Time Limit (sec)\n(Max: 300 seconds)",
    "Correct Answer(s)\n(Only include Answer #)",
)
BLOOKET_MAX_TIME = 300

GIMKIT_TITLE = "Gimkit Spreadsheet Import Template"
GIMKIT_HEADERS = (
    "Question",
    "Correct Answer",
    "Incorrect Answer 1",
    "Incorrect Answer 2 (Optional)",
    "Incorrect Answer 3 (Optional)",
)

_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _fits(fmt: str, q: QuizQuestion) -> str | None:
    """None if the question fits, else the warning saying why it is left out."""
    problem = misfit(PLATFORMS[fmt], q.prompt, q.choices, q.type)
    return problem and f"{PLATFORMS[fmt].name}: item {q.item_id} left out: {problem[1]}"


def _require_some(platform: str, written: int, warnings: list[str]) -> None:
    if not written:
        reasons = "; ".join(warnings[:3])
        raise PlatformError(
            f"no selected question fits {platform} ({reasons}); "
            "pick multiple-choice items, e.g. --kinds quote person"
        )


def _text_cell(ws, row: int, column: int, value: str | int) -> None:
    cell = ws.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the article says


def _xlsx_bytes(wb: Workbook, timestamp: float | None) -> bytes:
    """Save ``wb``; with a ``timestamp``, stamp it everywhere so the bytes are reproducible."""
    buffer = io.BytesIO()
    if timestamp is not None:
        wb.properties.created = dt.datetime.fromtimestamp(timestamp, dt.UTC).replace(tzinfo=None)
    wb.save(buffer)
    if timestamp is None:
        return buffer.getvalue()
    stamp = wb.properties.created.strftime("%Y-%m-%dT%H:%M:%SZ")
    when = time.gmtime(max(timestamp, 315532800))[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl sets "modified" to now on save
                data = _MODIFIED.sub(rb"\g<1>" + stamp.encode() + rb"\g<2>", data)
            dst.writestr(zipfile.ZipInfo(info.filename, when), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def export_kahoot(
    quiz: Quiz, version: QuizVersion, *, time_limit: int = 20, timestamp: float | None = None
) -> tuple[bytes, list[str]]:
    """Kahoot's quiz template: notes in rows 1–7, headers on row 8, one question per row."""
    if time_limit not in KAHOOT_TIME_LIMITS:
        raise PlatformError(
            f"Kahoot time limit {time_limit} s is not allowed; use one of "
            f"{', '.join(map(str, KAHOOT_TIME_LIMITS))}"
        )
    warnings: list[str] = []
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    _text_cell(ws, 2, 2, "Quiz template")
    ws.cell(row=2, column=2).font = Font(bold=True)
    _text_cell(ws, 3, 2, quiz.title)
    _text_cell(ws, 4, 2, "Made with quizgen. In Kahoot: Add question → Import spreadsheet.")
    for column, header in enumerate(KAHOOT_HEADERS, 1):
        _text_cell(ws, KAHOOT_HEADER_ROW, column, header)
    row = KAHOOT_HEADER_ROW
    for q in version.questions:
        problem = _fits("kahoot", q)
        if problem:
            warnings.append(problem)
            continue
        row += 1
        ws.cell(row=row, column=1, value=row - KAHOOT_HEADER_ROW)
        _text_cell(ws, row, 2, q.prompt)
        for i, choice in enumerate(q.choices):
            _text_cell(ws, row, 3 + i, choice)
        ws.cell(row=row, column=7, value=time_limit)
        ws.cell(row=row, column=8, value=q.correct + 1)
    _require_some("Kahoot", row - KAHOOT_HEADER_ROW, warnings)
    return _xlsx_bytes(wb, timestamp), warnings


def export_quizizz(
    quiz: Quiz, version: QuizVersion, *, time_limit: int = 30, timestamp: float | None = None
) -> tuple[bytes, list[str]]:
    """Quizizz (Wayground) spreadsheet template: headers on row 1, multiple choice only."""
    if time_limit not in QUIZIZZ_TIME_LIMITS:
        raise PlatformError(
            f"Quizizz time limit {time_limit} s is not allowed; use one of "
            f"{', '.join(map(str, QUIZIZZ_TIME_LIMITS))}"
        )
    warnings: list[str] = []
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for column, header in enumerate(QUIZIZZ_HEADERS, 1):
        _text_cell(ws, 1, column, header)
    row = 1
    for q in version.questions:
        problem = _fits("quizizz", q)
        if problem:
            warnings.append(problem)
            continue
        row += 1
        _text_cell(ws, row, 1, q.prompt)
        _text_cell(ws, row, 2, "Multiple Choice")
        for i, choice in enumerate(q.choices):
            _text_cell(ws, row, 3 + i, choice)
        ws.cell(row=row, column=8, value=q.correct + 1)
        ws.cell(row=row, column=9, value=time_limit)
        _text_cell(ws, row, 11, q.feedback)  # "Answer explanation": shown after answering
    _require_some("Quizizz", row - 1, warnings)
    return _xlsx_bytes(wb, timestamp), warnings


def _csv_cell(value: str, where: str, warnings: list[str]) -> str:
    if starts_formula(value):
        warnings.append(
            f"{where}: {value[:20]!r} starts with {value[0]!r}; an invisible character goes "
            "first so spreadsheets treat it as text"
        )
    return guard_formula(value)


def _csv_bytes(rows: Sequence[Sequence[str | int]]) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")  # with a BOM: Excel then reads UTF-8


def export_blooket(
    quiz: Quiz, version: QuizVersion, *, time_limit: int = 20
) -> tuple[bytes, list[str]]:
    """Blooket's CSV import template: a title row, a header row, one question per row."""
    if not 1 <= time_limit <= BLOOKET_MAX_TIME:
        raise PlatformError(
            f"Blooket time limit {time_limit} s is not allowed; use 1 to {BLOOKET_MAX_TIME}"
        )
    warnings: list[str] = []
    rows: list[list[str | int]] = [
        [BLOOKET_TITLE] + [""] * (len(BLOOKET_HEADERS) - 1),
        list(BLOOKET_HEADERS),
    ]
    for q in version.questions:
        problem = _fits("blooket", q)
        if problem:
            warnings.append(problem)
            continue
        where = f"Blooket: item {q.item_id}"
        cells = [_csv_cell(c, where, warnings) for c in (q.prompt, *q.choices)]
        cells += [""] * (5 - len(cells))
        rows.append([len(rows) - 1, *cells, time_limit, q.correct + 1])
    _require_some("Blooket", len(rows) - 2, warnings)
    return _csv_bytes(rows), warnings


def export_gimkit(quiz: Quiz, version: QuizVersion) -> tuple[bytes, list[str]]:
    """Gimkit's spreadsheet import template: question, correct answer, up to 3 incorrect."""
    warnings: list[str] = []
    rows: list[list[str | int]] = [[GIMKIT_TITLE, "", "", "", ""], list(GIMKIT_HEADERS)]
    for q in version.questions:
        problem = _fits("gimkit", q)
        if problem:
            warnings.append(problem)
            continue
        where = f"Gimkit: item {q.item_id}"
        wrong = [c for i, c in enumerate(q.choices) if i != q.correct]
        cells = [_csv_cell(c, where, warnings) for c in (q.prompt, q.answer, *wrong)]
        rows.append(cells + [""] * (5 - len(cells)))
    _require_some("Gimkit", len(rows) - 2, warnings)
    return _csv_bytes(rows), warnings
