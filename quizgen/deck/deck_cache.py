"""The deck cache: a whole generated deck kept under a key of every input that makes it.

A re-run on the same articles with the same options and the same code builds nothing: the
deck is read back. The key is a SHA-256 of

- every article file, in the order generation reads them: its id, the path the deck shows
  (``Source.path``) and the SHA-256 of its bytes;
- every option that changes the deck: its id, title, item limit, event cards;
- the code: every file of the installed ``quizgen`` package, the name and version of every
  installed distribution (spaCy, pydantic, ftfy, PyYAML, …), Python's version, and the fact
  cache's extraction fingerprint (the spaCy pipeline's name and version among it).

Change any byte of any of them and the key changes: an entry is never found stale. How the
facts were parsed (one process, the worker pool, Dask) is not in the key: those decks are
byte-identical (tested). One entry is a header line (format and key, checked on reading) and
the deck as JSON, validated like any deck when read; a torn, edited or foreign entry is a miss
and is rewritten. The newest ``MAX_ENTRIES`` entries are kept.

>>> cache = DeckCache(folder)
>>> key = cache.key(files, deck_id="d", title="D", limit=None, events=False)  # doctest: +SKIP
>>> cache.get(key) or build_it()  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

import quizgen
from quizgen.deck.cache import extraction_fingerprint
from quizgen.models import Deck

FORMAT = "quizgen-deck/1"
MAX_ENTRIES = 8  # an 840-article deck's entry is about 5 MB
_PACKAGE = Path(quizgen.__file__).resolve().parent


@dataclass(frozen=True)
class ArticleFile:
    """An article file as read, before it is parsed: what its deck's key is made of."""

    article_id: str
    path: str  # as the deck shows it
    raw: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of every piece of code and data that turns articles into a deck."""
    digest = hashlib.sha256()
    digest.update(f"{FORMAT}\0python {sys.version}\0{extraction_fingerprint()}\0".encode())
    for file in sorted(f for f in _PACKAGE.rglob("*") if f.is_file() and "__pycache__" not in f.parts):
        digest.update(file.relative_to(_PACKAGE).as_posix().encode("utf-8") + b"\0")
        digest.update(file.read_bytes() + b"\0")
    installed = sorted({f"{d.metadata['Name']} {d.version}" for d in importlib.metadata.distributions()})
    digest.update("\0".join(installed).encode("utf-8"))
    return digest.hexdigest()


class DeckCache:
    """Whole decks in ``folder``; ``hit`` says whether this object's last ``get`` found one."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self.hit = False

    def key(self, files: list[ArticleFile], *, deck_id: str, title: str, limit: int | None, events: bool) -> str:
        """The key of the deck these files and options make with this code."""
        digest = hashlib.sha256()
        options = json.dumps({"id": deck_id, "title": title, "limit": limit, "events": events}, sort_keys=True)
        digest.update(f"{code_fingerprint()}\0{options}\0".encode())
        for f in files:
            digest.update(json.dumps([f.article_id, f.path, f.sha256]).encode("utf-8") + b"\0")
        return digest.hexdigest()

    def get(self, key: str) -> Deck | None:
        """The deck stored under ``key``, or None when there is none to trust."""
        self.hit = False
        try:
            header, _, body = (self.folder / f"{key}.json").read_bytes().partition(b"\n")
            if json.loads(header) != {"format": FORMAT, "key": key}:
                return None
            deck = Deck.model_validate_json(body)
        except (OSError, ValueError, ValidationError):  # JSONDecodeError is a ValueError
            return None
        self.hit = True
        return deck

    def put(self, key: str, deck: Deck) -> None:
        """Store ``deck`` under ``key`` (a folder that cannot be written costs only time)."""
        header = json.dumps({"format": FORMAT, "key": key}).encode("utf-8")
        target = self.folder / f"{key}.json"
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(header + b"\n" + deck.model_dump_json().encode("utf-8"))
            os.replace(tmp, target)  # readers see the old entry or the new, never half
            self._prune()
        except OSError:
            tmp.unlink(missing_ok=True)

    def _prune(self) -> None:
        entries = sorted(self.folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[MAX_ENTRIES:]:
            old.unlink(missing_ok=True)
