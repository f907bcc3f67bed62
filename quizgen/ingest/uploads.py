"""Articles uploaded or pasted in the app: checked, limited and written to a folder.

Limits keep one upload from exhausting the machine: ``MAX_FILES`` files of at most
``MAX_FILE_BYTES`` each, ``.txt``/``.md`` UTF-8 text, or saved web pages (``.html``, at most
``MAX_PAGE_BYTES``), whose article is extracted as ``quizgen fetch`` does and staged as ``.md``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from quizgen.errors import InputError

MAX_FILE_BYTES = 1_000_000
MAX_PAGE_BYTES = 5_000_000  # a saved page carries its markup, styles and scripts too
MAX_FILES = 20
TEXT_SUFFIXES = (".txt", ".md")
PAGE_SUFFIXES = (".html", ".htm")
ALLOWED_SUFFIXES = TEXT_SUFFIXES + PAGE_SUFFIXES


def _safe_name(name: str, n: int) -> str:
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(name).stem)[:60] or "article"
    return f"{n:03d}_{stem}{Path(name).suffix.lower()}"


def stage_articles(
    files: Sequence[tuple[str, bytes]], pasted: str, folder: Path, *, now: dt.datetime | None = None
) -> list[Path]:
    """Write uploaded ``(name, bytes)`` files and pasted text into ``folder``; a saved page
    becomes its article as ``.md`` (``now`` is its ``fetched`` time, the current time by default).

    Raises InputError with one line per problem (wrong type, too big, not UTF-8, too many, a
    page with no article).
    """
    problems = []
    total = len(files) + (1 if pasted.strip() else 0)
    if total == 0:
        raise InputError("no articles: upload .txt or .md files or saved .html pages, or paste an article")
    if total > MAX_FILES:
        problems.append(f"{total} articles is too many; the limit is {MAX_FILES} at a time")
    staged: list[tuple[str, bytes]] = []
    for name, data in files:
        suffix = Path(name).suffix.lower()
        if suffix not in ALLOWED_SUFFIXES:
            problems.append(
                f"{name}: only .txt and .md files or saved .html pages can be used "
                f"(got {suffix or 'no extension'})"
            )
        elif suffix in PAGE_SUFFIXES:
            try:
                staged.append((f"{Path(name).stem}.md", _page_article(name, data, now=now)))
            except InputError as exc:
                problems.append(str(exc).splitlines()[0])
        elif len(data) > MAX_FILE_BYTES:
            problems.append(
                f"{name}: {len(data):,} bytes is over the {MAX_FILE_BYTES:,}-byte limit"
            )
        else:
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                problems.append(f"{name}: not UTF-8 text; save it as UTF-8 and upload again")
                continue
            staged.append((name, data))
    if pasted.strip():
        data = pasted.encode("utf-8")
        if len(data) > MAX_FILE_BYTES:
            problems.append(
                f"pasted text: {len(data):,} bytes is over the {MAX_FILE_BYTES:,}-byte limit"
            )
        else:
            staged.append(("pasted.txt", data))
    if problems:
        raise InputError("; ".join(problems))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, (name, data) in enumerate(staged):
        path = folder / _safe_name(name, n)
        path.write_bytes(data)
        paths.append(path)
    return paths


def _page_article(name: str, data: bytes, *, now: dt.datetime | None) -> bytes:
    """A saved web page's article as a ``.md`` file (front matter over its paragraphs)."""
    if len(data) > MAX_PAGE_BYTES:
        raise InputError(f"{name}: {len(data):,} bytes is over the {MAX_PAGE_BYTES:,}-byte limit for a page")
    # imported here: trafilatura and its kin load only when a page is uploaded
    from quizgen.ingest.pages import extract_page
    from quizgen.ingest.web import article_markdown

    page = extract_page(data, source=name)
    fetched = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    return article_markdown(page, url=page.url, fetched_at=fetched).encode("utf-8")
