"""The reading cache: what building a deck reads in one article's text, kept so a re-run with
one new article reads the others' texts no more.

Building a deck reads each article's body for its dead or historical people
(``items.departed.departed_in``), the party it gives each person (``items.sides.party_before``)
and its stretches inside quotation marks (``extract.quoted_text.Quoted``): about 0.6 CPU s for
840 articles, all of it again on every run though only a new article's answers can be new.
These readings depend on the article and on names the whole deck decides (a one-word name
spelt in full, a speaker), so each is kept with the names it was asked with, as a memo
(``ArticleReadings``): a run asking with the same names gets the answer back, any other asks
the text anew. Each entry also keeps the verdicts of ranking on the cards read from its article
(importance, worth a card), under a key of the card and its articles' signals
(``deck.rank_memo``), and whether each card's question names no occasion (a parse of the
question, ``items.occasion_anchors``), under its question and answer.

An entry's key is a SHA-256 of what the readings read of the article (its id, body and date)
and the deck cache's code fingerprint (every file of the installed quizgen
package, every installed distribution's version, Python's version): any change to the code
makes every entry miss, never stale. All entries live in one SQLite file
(``readings.sqlite``, beside the facts), read with a few queries for the whole run. An entry is
JSON (the format, its key, the readings), each value checked for its type when read; a torn,
edited or foreign entry is a miss (the article's text is read anew and the entry written
again). An entry holds what the last run asked of its article, so it does not grow run by run.

>>> readings = ReadingCache(folder).readings(articles)   # doctest: +SKIP
>>> deck = build_deck(facts, deck_id="d", title="D", readings=readings)   # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from quizgen.deck.deck_cache import code_fingerprint
from quizgen.deck.entry_store import EntryStore
from quizgen.extract.quoted_text import Quoted
from quizgen.ingest.articles import Article
from quizgen.items.departed import departed_in
from quizgen.items.sides import party_before

FORMAT = "quizgen-readings/3"
FILE_NAME = "readings.sqlite"


class ArticleReadings:
    """One article's readings of its text, each computed on first asking and then remembered
    (``asked`` says whether any was computed here, so the entry is to be written)."""

    def __init__(self, article: Article, *, key: str | None = None) -> None:
        self.key = key  # the entry's key in a ``ReadingCache``, if from one
        self.body = article.body
        self.published = article.published
        self.dead: dict[tuple[tuple[str, ...], tuple[str, ...]], frozenset[str]] = {}
        self.parties: dict[str, str | None] = {}
        self.quotations: tuple[tuple[int, int], ...] | None = None
        self.ranks: dict[str, tuple[float, bool]] = {}
        self.anchors: dict[str, bool] = {}  # question and answer → names no occasion (``items.occasion_anchors``)
        self.used: set[Any] = set()  # what this run asked: the entry keeps only that
        self.asked = False

    def departed(self, names: Iterable[str], speakers: Iterable[str]) -> frozenset[str]:
        """``departed_in(body, names, published=…, speakers=…)``, remembered."""
        key = (tuple(sorted(set(names))), tuple(sorted(set(speakers))))
        self.used.add(("dead", key))
        if key not in self.dead:
            self.asked = True
            self.dead[key] = departed_in(
                self.body, key[0], published=self.published, speakers=key[1]
            )
        return self.dead[key]

    def party(self, name: str) -> str | None:
        """``party_before(body, name)``, remembered."""
        self.used.add(("party", name))
        if name not in self.parties:
            self.asked = True
            self.parties[name] = party_before(self.body, name)
        return self.parties[name]

    def quoted(self) -> tuple[tuple[int, int], ...]:
        """The (start, end) of each stretch of the body inside quotation marks (``Quoted``)."""
        self.used.add(("quoted",))
        if self.quotations is None:
            self.asked = True
            quoted = Quoted(self.body)
            self.quotations = tuple(zip(quoted.starts, quoted.ends))
        return self.quotations

    def ranked(self, key: str, judge: Callable[[], tuple[float, bool]]) -> tuple[float, bool]:
        """``judge()`` (a card's importance and whether it is worth a card, ``deck.rank_memo``)
        for the card and signals ``key`` stands for, remembered."""
        self.used.add(("rank", key))
        if key not in self.ranks:
            self.asked = True
            self.ranks[key] = judge()
        return self.ranks[key]

    def anchor_verdict(self, key: str) -> bool | None:
        """Whether the card ``key`` stands for (its question and answer) names no occasion, if
        remembered; None when it is to be read (``keep_anchor_verdict``)."""
        self.used.add(("anchor", key))
        return self.anchors.get(key)

    def keep_anchor_verdict(self, key: str, unanchored: bool) -> None:
        self.asked = True
        self.anchors[key] = unanchored

    def to_json(self) -> dict[str, Any]:
        """What this run asked of the article, as plain data."""
        return {
            "dead": [[list(names), list(speakers), sorted(gone)] for (names, speakers), gone in self.dead.items() if ("dead", (names, speakers)) in self.used],
            "parties": [[name, party] for name, party in self.parties.items() if ("party", name) in self.used],
            "quotations": [list(q) for q in self.quotations] if self.quotations is not None and ("quoted",) in self.used else None,
            "ranks": [[key, value, worth] for key, (value, worth) in self.ranks.items() if ("rank", key) in self.used],
            "anchors": [[key, loose] for key, loose in self.anchors.items() if ("anchor", key) in self.used],
        }  # fmt: skip

    def read_json(self, data: Any) -> bool:
        """Take the readings of ``data`` (``to_json``'s shape); False, taking none, unless every
        value has its type."""
        try:
            dead = {
                (_texts(names), _texts(speakers)): frozenset(_texts(gone))
                for names, speakers, gone in data["dead"]
            }
            parties = {}
            for name, party in data["parties"]:
                if not isinstance(name, str) or not (party is None or isinstance(party, str)):
                    return False
                parties[name] = party
            quotations = data["quotations"]
            if quotations is not None:
                quotations = tuple((_offset(s), _offset(e)) for s, e in quotations)
            ranks = {}
            for key, value, worth in data["ranks"]:
                if not isinstance(key, str) or type(value) is not float or type(worth) is not bool:
                    return False
                ranks[key] = (value, worth)
            anchors = {}
            for key, loose in data["anchors"]:
                if not isinstance(key, str) or type(loose) is not bool:
                    return False
                anchors[key] = loose
            if set(data) != {"dead", "parties", "quotations", "ranks", "anchors"}:
                return False
        except (ValueError, TypeError, KeyError):
            return False
        self.dead, self.parties, self.quotations, self.ranks, self.anchors = dead, parties, quotations, ranks, anchors
        return True


def _texts(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("not a list of names")
    return tuple(value)


def _offset(value: Any) -> int:
    if type(value) is not int or value < 0:
        raise ValueError("not an offset")
    return value


class ReadingCache:
    """Articles' readings in ``folder/readings.sqlite``; ``hits`` and ``misses`` count this
    object's look-ups."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.path = Path(folder) / FILE_NAME
        self._table = EntryStore(self.path, "readings")
        self.hits = 0
        self.misses = 0

    def key(self, article: Article) -> str:
        published = article.published.isoformat() if article.published else ""
        parts = (FORMAT, code_fingerprint(), article.id, published, article.body)
        return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()

    def readings(self, articles: list[Article]) -> dict[str, ArticleReadings]:
        """Each article's readings (by article id): those the cache holds, else empty ones to be
        filled while the deck is built and then kept with ``store``."""
        keys = [self.key(a) for a in articles]
        stored = self._table.entries(keys)
        out = {}
        for a, key in zip(articles, keys):
            readings = ArticleReadings(a, key=key)
            if _read_entry(readings, stored.get(key), key=key):
                self.hits += 1
            else:
                self.misses += 1
            out[a.id] = readings
        return out

    def store(self, readings: dict[str, ArticleReadings]) -> None:
        """Write the entries of the articles whose readings were not all in the cache, or were
        asked with other names (a cache that cannot be written only costs the next run time)."""
        new = [
            (
                r.key,
                json.dumps(
                    {"format": FORMAT, "key": r.key, **r.to_json()},
                    ensure_ascii=False,
                    separators=(",", ":"),
                ),
            )
            for r in readings.values()
            if r.key is not None and (r.asked or _dropped(r))
        ]
        if new:
            self._table.store(new)


def _read_entry(readings: ArticleReadings, text: str | None, *, key: str) -> bool:
    if text is None:
        return False
    try:
        entry = json.loads(text)
    except ValueError:
        return False
    if not isinstance(entry, dict) or entry.get("format") != FORMAT or entry.get("key") != key:
        return False
    return readings.read_json({k: v for k, v in entry.items() if k not in ("format", "key")})


def _dropped(readings: ArticleReadings) -> bool:
    """Whether the entry holds readings this run did not ask for (to be dropped from it)."""
    held = len(readings.dead) + len(readings.parties) + (readings.quotations is not None) + len(readings.ranks) + len(readings.anchors)
    return held != len(readings.used)
