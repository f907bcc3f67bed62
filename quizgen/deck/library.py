"""The decks the app shows: every ``*.yaml`` in the decks folder, valid or not.

A deck that fails validation (or is no regular file: a FIFO named ``x.yaml`` is listed, never
opened for reading) is listed with its one-line error so the rest of the app keeps working.
Parsed decks are cached by file size and modification time (shared across sessions).
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from quizgen.deck.io import read_deck
from quizgen.errors import QuizgenError
from quizgen.models import Deck


@dataclass(frozen=True)
class DeckEntry:
    """One file of the decks folder: its deck, or the one-line reason it cannot be used."""

    path: Path
    deck: Deck | None
    error: str | None = None
    sha256: str | None = None  # of the file as loaded: save only over that (deck.io.save_deck)


_CACHE: dict[Path, tuple[tuple[int, int, int], DeckEntry]] = {}
_LOCK = threading.Lock()


def decks_dir() -> Path:
    """``$QUIZGEN_DECKS_DIR`` if set, else ``decks/`` in the working directory."""
    return Path(os.environ.get("QUIZGEN_DECKS_DIR") or "decks")


def summarise_error(exc: QuizgenError) -> str:
    """The first problem of an error in one line, with a count of the others."""
    problems = getattr(exc, "problems", None) or [str(exc)]
    path = getattr(exc, "path", None)
    head = f"{path}: {problems[0]}" if path else problems[0]
    more = len(problems) - 1
    return head + (f" (and {more} more problem{'s' * (more > 1)})" if more else "")


def discover_decks(folder: str | os.PathLike[str] | None = None) -> list[DeckEntry]:
    """All deck files in ``folder`` (default ``decks_dir()``), sorted by file name."""
    root = Path(folder) if folder is not None else decks_dir()
    if not root.is_dir():
        return []
    entries = []
    for path in sorted(root.glob("*.yaml")) + sorted(root.glob("*.yml")):
        entries.append(_load_cached(path))
    return entries


def _load_cached(path: Path) -> DeckEntry:
    try:
        st = path.stat()
    except OSError as exc:
        return DeckEntry(path, None, f"{path}: cannot read ({exc.strerror or exc})")
    stamp = (st.st_mtime_ns, st.st_size, st.st_ino)  # save_deck renames: a new inode
    with _LOCK:
        hit = _CACHE.get(path)
        if hit and hit[0] == stamp:
            return hit[1]
    try:
        loaded = read_deck(path)
        entry = DeckEntry(path, loaded.deck, sha256=loaded.sha256)
    except QuizgenError as exc:
        entry = DeckEntry(path, None, summarise_error(exc))
    with _LOCK:
        _CACHE[path] = (stamp, entry)
    return entry


def valid_decks(entries: list[DeckEntry]) -> list[Deck]:
    """The decks that loaded, first file winning when two share a deck id."""
    seen: set[str] = set()
    decks = []
    for entry in entries:
        if entry.deck is not None and entry.deck.deck.id not in seen:
            seen.add(entry.deck.deck.id)
            decks.append(entry.deck)
    return decks
