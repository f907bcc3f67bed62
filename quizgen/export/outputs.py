"""Where quiz files go: one path per version (and per answer key), all written atomically.

Naming, for ``-o OUT.ext``:
- one version: ``OUT.ext`` (and ``OUT-key.pdf`` for PDF answer keys);
- N versions: ``OUT-v1.ext``, ``OUT-v2.ext``, … (and ``OUT-v1-key.pdf``, …).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from quizgen.atomic import write_atomic
from quizgen.errors import OutputError


def version_path(out: Path, version: int, versions: int, *, key: bool = False) -> Path:
    """The file for ``version`` (1-based) of ``versions`` given the user's ``-o`` path."""
    stem = out.stem
    if versions > 1:
        stem += f"-v{version}"
    if key:
        stem += "-key"
    return out.with_name(stem + out.suffix)


def write_files(files: Mapping[Path, bytes]) -> None:
    """Write every file atomically; if one fails, remove the ones this call already wrote."""
    written: list[Path] = []
    folders = {path.parent for path in files}
    for folder in folders:
        if not folder.is_dir():
            raise OutputError(
                f"cannot write to {folder}: no such folder; create it or choose another -o"
            )
    try:
        for path, data in files.items():
            write_atomic(path, data)
            written.append(path)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
