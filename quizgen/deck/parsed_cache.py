"""A parsed-deck cache: each deck file's validated content as JSON, keyed by the file's SHA-256.

Parsing YAML is most of the cost of loading a big deck; JSON parses many times faster. An
entry is used only when its file name, its recorded SHA-256 and its format stamp all match
the deck file being read, and its content is validated again like any deck, so a stale,
foreign or damaged entry is never trusted: it is a miss, and the YAML is parsed.

The cache lives in ``$QUIZGEN_CACHE_DIR`` or the platform's user cache folder
(``platformdirs.user_cache_dir("quizgen")/decks``); ``QUIZGEN_CACHE_DIR=off`` turns it off.
Failing to read or write it never fails a load.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from pydantic import ValidationError

from quizgen.atomic import write_atomic
from quizgen.errors import QuizgenError
from quizgen.models import Deck

# Bump when what a deck file is read as changes (YAML rules, limits): old entries then miss.
CACHE_FORMAT = "quizgen-deck-cache/1"
MAX_ENTRIES = 64


def cache_dir() -> Path | None:
    """Where entries go, or None when caching is off."""
    env = os.environ.get("QUIZGEN_CACHE_DIR")
    if env:
        return None if env == "off" else Path(env).expanduser() / "decks"
    import platformdirs

    return Path(platformdirs.user_cache_dir("quizgen", appauthor=False)) / "decks"


def _entry(sha256: str) -> Path | None:
    folder = cache_dir()
    return folder / f"{sha256}.json" if folder is not None else None


def cached_deck(sha256: str) -> Deck | None:
    """The deck cached for a file with this SHA-256, or None."""
    path = _entry(sha256)
    if path is None:
        return None
    try:
        data = json.loads(path.read_bytes())
        if data.get("format") != CACHE_FORMAT or data.get("sha256") != sha256:
            return None
        return Deck.model_validate(data["deck"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError, ValidationError):
        return None


def remember_deck(sha256: str, deck: Deck) -> None:
    """Cache ``deck`` as the content of the file with this SHA-256 (best effort)."""
    path = _entry(sha256)
    if path is None:
        return
    entry = {"format": CACHE_FORMAT, "sha256": sha256, "deck": deck.model_dump(mode="json")}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(entry, ensure_ascii=False).encode("utf-8"))
        _prune(path.parent)
    except (OSError, QuizgenError):
        pass


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[MAX_ENTRIES:]:
        old.unlink(missing_ok=True)
