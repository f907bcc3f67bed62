"""Reading a user's file safely, and telling when an output would land on an input.

``read_regular_file`` opens without blocking (a FIFO named ``deck.yaml`` would otherwise
hang the reader forever), refuses anything that is not a regular file, and refuses a file
over its size limit before reading it.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


class FileProblem(Exception):
    """Why a file cannot be read, as a phrase ("cannot read (Permission denied)")."""


class NotRegularFile(FileProblem):
    """The path is a FIFO, device, socket or folder ("a FIFO (named pipe), not a regular file")."""


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    return next((word for test, word in _KINDS if test(mode)), "not a regular file")


def read_regular_file(path: str | os.PathLike[str], *, limit: int) -> bytes:
    """The bytes of ``path``; raise FileProblem if it is not a regular file or exceeds ``limit`` bytes."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise FileProblem(f"cannot read ({exc.strerror or exc})") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise NotRegularFile(f"{file_kind(st.st_mode)}, not a regular file")
        if st.st_size > limit:
            raise FileProblem(f"{st.st_size:,} bytes is over the {limit:,}-byte limit")
        chunks = []
        size = 0
        while chunk := os.read(fd, 1 << 20):
            size += len(chunk)
            if size > limit:  # the file grew while we read it
                raise FileProblem(f"over the {limit:,}-byte limit")
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise FileProblem(f"cannot read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether two paths name one file (through links, ``..`` or a second hard link)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(a).resolve() == Path(b).resolve()


def overwritten_input(
    outputs: Iterable[str | os.PathLike[str]], inputs: Iterable[str | os.PathLike[str]]
) -> tuple[str, str] | None:
    """The first (output, input) pair naming one file, if writing ``outputs`` would destroy an input."""
    inputs = list(inputs)
    for out in outputs:
        for raw in inputs:
            if same_file(out, raw):
                return str(out), str(raw)
    return None
