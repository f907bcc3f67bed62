"""The fact cache: an article's facts kept under a key of everything that makes them.

A re-run parses only what changed. The key of an article is a SHA-256 of its file's bytes,
its id, and every input of extraction: quizgen's version, spaCy's version, the spaCy
pipeline's name and version, and a hash of the source of the code that extracts (``extract/``,
``facts/``, ``nlp.py``, ``constants.py``, ``ingest/``, the chunking). Change any
of them and every entry misses; no entry is ever found stale.

Entries are JSON files (``<key>.json``), one per article, written through a temporary file
and a rename. Reading one checks everything: the format, the key it states, every field's
name and type. Anything else (a torn, edited or foreign file) is a miss, and the entry is
rewritten from a fresh parse. JSON and not pickle: a cache folder is not trusted with code.

>>> cache = FactCache(default_cache_dir())
>>> deck = generate_deck(["seeds"], cache=cache)   # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import inspect
import json
import os
import types
import typing
from dataclasses import fields
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import quizgen
from quizgen.extract import ArticleFacts
from quizgen.ingest.articles import Article
from quizgen.nlp import model_identity

FORMAT = 1
_PACKAGE = Path(quizgen.__file__).resolve().parent
# The code whose output is cached: what reads an article, what spaCy sees, what extracts.
# ``ingest`` whole: how an article's paragraphs are read (captions, credit lines, markup) decides
# which sentences are prose; ``ingest/articles.py`` alone missed its helpers' changes (stop 72).
EXTRACTION_SOURCES = ("extract", "facts", "nlp.py", "constants.py", "ingest", "deck/chunks.py", "deck/cache.py")


def default_cache_dir() -> Path:
    """The user's cache folder for quizgen's facts (``platformdirs``)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("quizgen")) / "facts"


@lru_cache(maxsize=1)
def extraction_fingerprint() -> str:
    """A hash of everything but the article that decides its facts."""
    from quizgen.deck.generate import content_text

    digest = hashlib.sha256()
    for part in (f"format {FORMAT}", _version("quizgen"), _version("spacy"), model_identity()):
        digest.update(part.encode("utf-8") + b"\0")
    for source in EXTRACTION_SOURCES:
        path = _PACKAGE / source
        # Code and the data it ships (the antecedent model's weights) decide the facts.
        files = sorted(f for f in path.rglob("*") if f.suffix in (".py", ".json")) if path.is_dir() else [path]
        for file in files:
            digest.update(file.relative_to(_PACKAGE).as_posix().encode("utf-8") + b"\0")
            digest.update(file.read_bytes() + b"\0")
    digest.update(inspect.getsource(content_text).encode("utf-8"))
    return digest.hexdigest()


def _version(distribution: str) -> str:
    try:
        return f"{distribution} {importlib.metadata.version(distribution)}"
    except importlib.metadata.PackageNotFoundError:
        return f"{distribution} (not installed)"


class FactCache:
    """Facts per article in ``folder``; ``hits`` and ``misses`` count this object's look-ups."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self.hits = 0
        self.misses = 0

    def key(self, article: Article) -> str:
        parts = (extraction_fingerprint(), article.id, article.sha256)
        return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()

    def get(self, article: Article) -> ArticleFacts | None:
        """The cached facts of ``article``, or None when there are none to trust."""
        key = self.key(article)
        try:
            entry = json.loads((self.folder / f"{key}.json").read_bytes())
            facts = _facts_from_entry(entry, key=key, article=article)
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            facts = None
        if facts is None:
            self.misses += 1
        else:
            self.hits += 1
        return facts

    def put(self, facts: ArticleFacts) -> None:
        """Store ``facts`` (a folder that cannot be written only costs the next run time)."""
        key = self.key(facts.article)
        entry = {"format": FORMAT, "key": key, "facts": _entry_facts(facts)}
        data = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        target = self.folder / f"{key}.json"
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(data)
            os.replace(tmp, target)  # readers see the old entry or the new, never half
        except OSError:
            tmp.unlink(missing_ok=True)


# --- entries: facts as JSON, read back only when every field has its declared type ----------

_FACT_LISTS = {f.name for f in fields(ArticleFacts) if f.name != "article"}


@cache  # one per list of ArticleFacts (nine: a bound of 8 kept none)
def _fact_class(name: str) -> type:
    hint = typing.get_type_hints(ArticleFacts)[name]
    return typing.get_args(hint)[0]  # list[Mention] → Mention


def _entry_facts(facts: ArticleFacts) -> dict[str, list[dict[str, Any]]]:
    return {
        name: [{f.name: getattr(fact, f.name) for f in fields(fact)} for fact in getattr(facts, name)]
        for name in sorted(_FACT_LISTS)
    }


def _facts_from_entry(entry: Any, *, key: str, article: Article) -> ArticleFacts | None:
    if not isinstance(entry, dict) or entry.get("format") != FORMAT or entry.get("key") != key:
        return None
    stored = entry.get("facts")
    if not isinstance(stored, dict) or set(stored) != _FACT_LISTS:
        return None
    found: dict[str, list] = {}
    for name, records in stored.items():
        cls = _fact_class(name)
        if not isinstance(records, list):
            return None
        made = [_record(cls, r) for r in records]
        if any(m is None for m in made):
            return None
        found[name] = made
    return ArticleFacts(article=article, **found)


@lru_cache(maxsize=32)
def _field_readers(cls: type) -> tuple[tuple[str, Any], ...]:
    """The fields of a fact class, each with the reader of its type (made once: a warm run
    reads hundreds of thousands of values, and walking a type hint per value cost more than
    the JSON parse)."""
    return tuple((name, _reader(hint)) for name, hint in typing.get_type_hints(cls).items())


def _record(cls: type, data: Any) -> Any:
    readers = _field_readers(cls)
    if not isinstance(data, dict) or len(data) != len(readers):
        return None
    values = {}
    for name, read in readers:
        if name not in data:
            return None
        ok, value = read(data[name])
        if not ok:
            return None
        values[name] = value
    return cls(**values)


_MISMATCH = (False, None)


def _reader(hint: Any) -> Any:
    """A function of a JSON value: ``(True, value)`` with JSON lists made tuples where ``hint``
    says so, else ``(False, None)``."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        options = [_reader(option) for option in args]

        def read_union(value: Any) -> tuple[bool, Any]:
            for read in options:
                found = read(value)
                if found[0]:
                    return found
            return _MISMATCH

        return read_union
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            each = _reader(args[0])

            def read_many(value: Any) -> tuple[bool, Any]:
                if not isinstance(value, list):
                    return _MISMATCH
                out = [each(v) for v in value]
                return (True, tuple(v for _, v in out)) if all(ok for ok, _ in out) else _MISMATCH

            return read_many
        readers = [_reader(a) for a in args]

        def read_fixed(value: Any) -> tuple[bool, Any]:
            if not isinstance(value, list) or len(value) != len(readers):
                return _MISMATCH
            out = [read(v) for read, v in zip(readers, value)]
            return (True, tuple(v for _, v in out)) if all(ok for ok, _ in out) else _MISMATCH

        return read_fixed
    if hint is type(None):
        return lambda value: (value is None, None)
    if hint in (bool, int, float):  # exactly: JSON's true is no 1, nor 1 a 1.0
        return lambda value: (True, value) if type(value) is hint else _MISMATCH
    if hint is str:
        return lambda value: (True, value) if isinstance(value, str) else _MISMATCH
    return lambda value: _MISMATCH
