"""One entry point for every quiz format: a quiz version in, file bytes (and warnings) out.

>>> files, warnings = quiz_files(quiz, "pdf", Path("quiz.pdf"))   # {path: bytes}
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from quizgen.export.outputs import version_path
from quizgen.export.selection import Quiz, QuizVersion
from quizgen.export.verify import verify_export

FORMATS = ("pdf", "gift", "qti", "kahoot", "quizizz", "blooket", "gimkit")
EXTENSIONS = {
    "pdf": ".pdf",
    "gift": ".gift.txt",
    "qti": ".zip",
    "kahoot": ".xlsx",
    "quizizz": ".xlsx",
    "blooket": ".csv",
    "gimkit": ".csv",
}
MIME_TYPES = {
    ".pdf": "application/pdf",
    ".txt": "text/plain",
    ".zip": "application/zip",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".csv": "text/csv",
}


@dataclass
class Rendered:
    quiz: bytes
    key: bytes | None = None  # only PDF has a separate answer key
    warnings: list[str] = field(default_factory=list)


def render_version(
    quiz: Quiz,
    version: QuizVersion,
    fmt: str,
    *,
    time_limit: int | None = None,
    timestamp: float | None = None,
) -> Rendered:
    """``version`` of ``quiz`` in format ``fmt`` (one of FORMATS), read back before it is
    returned (:func:`~quizgen.export.verify.verify_export`)."""
    rendered = _render(quiz, version, fmt, time_limit=time_limit, timestamp=timestamp)
    label = f"{fmt} quiz" + (f", version {version.number}" if len(quiz.versions) > 1 else "")
    item_ids = [q.item_id for q in version.questions]
    verify_export(fmt, label, rendered.quiz, item_ids=item_ids)
    if rendered.key is not None:
        verify_export(fmt, f"{label} answer key", rendered.key, item_ids=item_ids)
    return rendered


def _render(
    quiz: Quiz, version: QuizVersion, fmt: str, *, time_limit: int | None, timestamp: float | None
) -> Rendered:
    if fmt == "pdf":
        from quizgen.export.pdf import export_pdf_key, export_pdf_sheet, missing_glyph_warnings

        return Rendered(
            export_pdf_sheet(quiz, version, timestamp=timestamp),
            export_pdf_key(quiz, version, timestamp=timestamp),
            missing_glyph_warnings(quiz, version),
        )
    if fmt == "gift":
        from quizgen.export.gift import export_gift

        return Rendered(export_gift(quiz, version))
    if fmt == "qti":
        from quizgen.export.qti import export_qti

        return Rendered(export_qti(quiz, version, timestamp=timestamp))
    from quizgen.export import spreadsheets

    exporter = {
        "kahoot": spreadsheets.export_kahoot,
        "quizizz": spreadsheets.export_quizizz,
        "blooket": spreadsheets.export_blooket,
        "gimkit": spreadsheets.export_gimkit,
    }[fmt]
    kwargs: dict[str, float] = {}
    if time_limit is not None and fmt != "gimkit":
        kwargs["time_limit"] = time_limit
    if timestamp is not None and fmt in ("kahoot", "quizizz"):
        kwargs["timestamp"] = timestamp
    data, warnings = exporter(quiz, version, **kwargs)
    return Rendered(data, warnings=warnings)


def quiz_files(
    quiz: Quiz,
    fmt: str,
    out: Path,
    *,
    time_limit: int | None = None,
    timestamp: float | None = None,
) -> tuple[dict[Path, bytes], list[str]]:
    """Every file for every version, keyed by path (naming: quizgen.export.outputs)."""
    files: dict[Path, bytes] = {}
    warnings: list[str] = []
    count = len(quiz.versions)
    for version in quiz.versions:
        rendered = render_version(quiz, version, fmt, time_limit=time_limit, timestamp=timestamp)
        warnings += [w for w in rendered.warnings if w not in warnings]  # same items every version
        files[version_path(out, version.number, count)] = rendered.quiz
        if rendered.key is not None:
            files[version_path(out, version.number, count, key=True)] = rendered.key
    return files, warnings


def download_name(
    title: str, fmt: str, version: int, versions: int, *, key: bool = False, seed: int | None = None
) -> str:
    """A safe file name for the app's download buttons:
    ``<title>-<platform>[-seed<N>][-v2][-key].<ext>``.

    The platform is always in the name, so Kahoot's and Quizizz's xlsx (Blooket's and
    Gimkit's CSV) never overwrite each other in the Downloads folder; the seed says which
    draw of questions it is.
    """
    slug = "".join(c if c.isalnum() else "-" for c in title.lower())
    stem = "-".join(part for part in slug.split("-") if part)[:60] or "quiz"
    stem += f"-{fmt}"
    if seed is not None:
        stem += f"-seed{seed}"
    if versions > 1:
        stem += f"-v{version}"
    if key:
        stem += "-key"
    return stem + EXTENSIONS[fmt]


def mime_type(name: str) -> str:
    return MIME_TYPES.get(Path(name).suffix, "application/octet-stream")
