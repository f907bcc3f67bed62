"""Articles uploaded or pasted in the app: checked, limited and written to a folder.

Limits keep one upload from exhausting the machine: ``MAX_FILES`` files of at most
``MAX_FILE_BYTES`` each, ``.txt``/``.md`` only, UTF-8 text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from quizgen.errors import InputError

MAX_FILE_BYTES = 1_000_000
MAX_FILES = 20
ALLOWED_SUFFIXES = (".txt", ".md")


def _safe_name(name: str, n: int) -> str:
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(name).stem)[:60] or "article"
    return f"{n:03d}_{stem}{Path(name).suffix.lower()}"


def stage_articles(files: Sequence[tuple[str, bytes]], pasted: str, folder: Path) -> list[Path]:
    """Write uploaded ``(name, bytes)`` files and pasted text into ``folder``.

    Raises InputError with one line per problem (wrong type, too big, not UTF-8, too many).
    """
    problems = []
    total = len(files) + (1 if pasted.strip() else 0)
    if total == 0:
        raise InputError("no articles: upload .txt or .md files or paste an article")
    if total > MAX_FILES:
        problems.append(f"{total} articles is too many; the limit is {MAX_FILES} at a time")
    staged: list[tuple[str, bytes]] = []
    for name, data in files:
        suffix = Path(name).suffix.lower()
        if suffix not in ALLOWED_SUFFIXES:
            problems.append(
                f"{name}: only .txt and .md files can be used (got {suffix or 'no extension'})"
            )
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
