"""Read every export back before it is written: a file that does not parse is refused.

The exporters already keep control characters and formulas out; this is the last check,
so a defect shows as one clear error instead of a file the platform rejects (or misreads).

>>> verify_export("qti", "quiz.zip", data, item_ids=["q-1", "q-2"])   # ExportError if bad
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Sequence
from pathlib import Path

from quizgen.errors import OutputError


class ExportError(OutputError):
    """An export did not parse back; nothing was written."""


_QUESTION_IDENT = re.compile(rb'<item ident="[^"]*_q(\d+)"')


def verify_export(fmt: str, name: str, data: bytes, *, item_ids: Sequence[str] = ()) -> None:
    """Raise ExportError unless ``data`` parses as format ``fmt`` (a quiz format, ``apkg``
    or ``csv``/``tsv``); ``name`` is the file it is for, ``item_ids`` (question order) lets
    the message name the item at fault.
    """
    try:
        if fmt in ("qti", "kahoot", "quizizz", "apkg"):
            _check_zip(name, data, fmt, item_ids)
        elif fmt == "gift":
            from quizgen.export.gift import parse_gift

            parse_gift(data.decode("utf-8"))
        elif fmt in ("blooket", "gimkit", "csv", "tsv"):
            text = data.decode("utf-8-sig")
            delimiter = "\t" if fmt == "tsv" else ","
            list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
        elif fmt == "pdf" and not (data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]):
            raise ValueError("not a complete PDF")
    except ExportError:
        raise
    except (
        ValueError,
        KeyError,
        zipfile.BadZipFile,
        ET.ParseError,
        csv.Error,
        sqlite3.Error,
    ) as exc:
        raise ExportError(f"{name}: not written, it does not read back: {exc}") from None


def _check_zip(name: str, data: bytes, fmt: str, item_ids: Sequence[str]) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        bad = archive.testzip()
        if bad:
            raise ValueError(f"corrupt member {bad}")
        for member in archive.namelist():
            if member.endswith((".xml", ".rels")):
                xml = archive.read(member)
                try:
                    ET.fromstring(xml)
                except ET.ParseError as exc:
                    raise ExportError(
                        f"{name}: not written, {_culprit(xml, exc, item_ids)}"
                        f"is not well-formed XML in {member} ({exc})"
                    ) from None
        if fmt in ("kahoot", "quizizz"):
            from openpyxl import load_workbook

            load_workbook(io.BytesIO(data), read_only=True).close()
        if fmt == "apkg":
            with tempfile.TemporaryDirectory(prefix="quizgen-check-") as folder:
                path = Path(folder) / "collection.anki2"
                path.write_bytes(archive.read("collection.anki2"))
                conn = sqlite3.connect(path)
                try:
                    if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                        raise ValueError("the collection database is damaged")
                finally:
                    conn.close()


def _culprit(xml: bytes, exc: ET.ParseError, item_ids: Sequence[str]) -> str:
    """``question 3 (item q-muller) `` for the QTI item holding the error, else ``""``."""
    line, column = exc.position
    lines = xml.split(b"\n")
    upto = xml[: sum(len(ln) + 1 for ln in lines[: line - 1]) + column]
    found = _QUESTION_IDENT.findall(upto)
    if not found:
        return ""
    number = int(found[-1])
    item = f" (item {item_ids[number - 1]})" if 0 < number <= len(item_ids) else ""
    return f"question {number}{item} "
