"""The article cache: each article file as read (``parse_article``), kept so a re-run skips it.

Reading an article (decoding, ``ftfy``'s encoding repair, archive markup, telling prose from
page furniture) costs about a tenth of a warm 840-article run; the article never changes
unless its file or the code does. An entry's key is a SHA-256 of the file's bytes, its id,
the path the deck shows, and the code fingerprint of the deck cache (every file of the
installed quizgen package, every installed distribution's version, Python's version): any
change to the code makes every entry miss, never stale.

All entries live in one SQLite file (``articles.sqlite``), read with a few queries for the
whole run rather than one file per article. An entry is JSON: the format, its key, and the
article's fields, each checked for its type when read; a torn, edited or foreign entry (or a
file that is not a database) is a miss, and the article is read from its file and its entry
written again. Entries are data, never code (no pickle).

>>> articles = ArticleCache(folder).articles(files)   # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import fields
from pathlib import Path
from typing import Any, get_args

from quizgen.deck.deck_cache import ArticleFile, code_fingerprint
from quizgen.deck.entry_store import EntryStore
from quizgen.ingest.articles import Article, Block, BlockKind, parse_article

FORMAT = "quizgen-article/1"
FILE_NAME = "articles.sqlite"
_BLOCK_KINDS = frozenset(get_args(BlockKind))
_OPTIONAL_TEXT = ("published_from", "outlet", "url")
_FIELDS = ("id", "path", "sha256", "body", "title", "published", "published_from", "outlet", "url", "blocks")
# An Article with other fields than these is not cached (its entry would lose them): read anew.
_USABLE = tuple(f.name for f in fields(Article)) == _FIELDS


class ArticleCache:
    """Articles as read from their files, in ``folder/articles.sqlite``; ``hits`` and
    ``misses`` count this object's look-ups."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.path = Path(folder) / FILE_NAME
        self._table = EntryStore(self.path, "articles")
        self.hits = 0
        self.misses = 0

    def key(self, file: ArticleFile) -> str:
        parts = (FORMAT, code_fingerprint(), file.article_id, file.path, file.sha256)
        return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()

    def articles(self, files: list[ArticleFile]) -> list[Article]:
        """``parse_article`` of every file, in order: from the cache where it holds a sound
        entry, else read (and stored). Bad input raises ``InputError`` as ``parse_article`` does."""
        if not _USABLE:
            return [parse_article(f.raw, article_id=f.article_id, path=f.path) for f in files]
        keys = [self.key(f) for f in files]
        stored = self._table.entries(keys)
        out, new = [], []
        for file, key in zip(files, keys):
            article = _article_from_entry(stored.get(key), key=key, file=file)
            if article is None:
                self.misses += 1
                article = parse_article(file.raw, article_id=file.article_id, path=file.path)
                new.append((key, _entry(article, key)))
            else:
                self.hits += 1
            out.append(article)
        if new:
            self._table.store(new)
        return out


def _entry(article: Article, key: str) -> str:
    fields = {
        "id": article.id, "path": article.path, "sha256": article.sha256, "body": article.body,
        "title": article.title, "published": article.published.isoformat() if article.published else None,
        "published_from": article.published_from, "outlet": article.outlet, "url": article.url,
        "blocks": [[b.start, b.end, b.kind, b.text] for b in article.blocks],
    }  # fmt: skip
    return json.dumps({"format": FORMAT, "key": key, "article": fields}, ensure_ascii=False, separators=(",", ":"))


def _article_from_entry(text: str | None, *, key: str, file: ArticleFile) -> Article | None:
    """The article an entry holds, or None unless every field is there with its type and the
    entry is this file's."""
    if text is None:
        return None
    try:
        entry = json.loads(text)
        if not isinstance(entry, dict) or entry.get("format") != FORMAT or entry.get("key") != key:
            return None
        a = entry["article"]
        if not isinstance(a, dict) or (a["id"], a["path"], a["sha256"]) != (file.article_id, file.path, file.sha256):
            return None
        if not (isinstance(a["body"], str) and isinstance(a["title"], str)):
            return None
        if any(a[name] is not None and not isinstance(a[name], str) for name in (*_OPTIONAL_TEXT, "published")):
            return None
        blocks = tuple(_block(b) for b in a["blocks"])
        if tuple(a) != _FIELDS:
            return None
        return Article(
            id=a["id"], path=a["path"], sha256=a["sha256"], body=a["body"], title=a["title"],
            published=dt.date.fromisoformat(a["published"]) if a["published"] is not None else None,
            published_from=a["published_from"], outlet=a["outlet"], url=a["url"], blocks=blocks,
        )  # fmt: skip
    except (ValueError, TypeError, KeyError):
        return None


def _block(data: Any) -> Block:
    start, end, kind, text = data  # a ValueError or TypeError unless four values
    if type(start) is not int or type(end) is not int or kind not in _BLOCK_KINDS or not isinstance(text, str):
        raise ValueError("not a block")
    return Block(start=start, end=end, kind=kind, text=text)
