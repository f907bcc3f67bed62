"""Ranking a deck's cards, each verdict remembered with the article it is read from.

A card's importance (``items.ranking.importance``) and whether it is worth a card at all
(``items.worth.worth_a_card``) read only the card and the signals of the articles it is read
from (``ArticleSignals``: headline, lede, who is named and quoted, dates, figures). A re-run
that adds one article to a deck makes the same cards from the other articles, with the same
signals, and so reaches the same verdicts: about a tenth of building an 840-article deck, done
again for nothing. With an article's readings (``deck.reading_cache``) each verdict is kept
under a SHA-256 of the card (its JSON) and of the signals of every article it is read from, so
a card or a signal that differs in any way is judged anew; the deck is the same either way.

>>> ranked = ranked_items(items, signals, readings)   # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import fields
from typing import Any

from quizgen.deck.reading_cache import ArticleReadings
from quizgen.items.ranking import ArticleSignals, importance
from quizgen.items.worth import worth_a_card


def ranked_items(items: list, signals: dict[str, ArticleSignals], readings: dict[str, ArticleReadings] | None = None) -> list:
    """The items worth a card, in order, each with its importance set. ``readings`` (by article
    id) remembers each verdict with the first article the card is read from."""
    digests: dict[str, str | None] = {}
    out = []
    for item in items:
        judge = _judge(item, signals)
        memo = _memo(item, readings)
        key = rank_key(item, signals, digests) if memo is not None else None
        value, worth = memo.ranked(key, judge) if memo is not None and key is not None else judge()
        if worth:
            out.append(item.model_copy(update={"importance": value}))
    return out


def _judge(item, signals: dict[str, ArticleSignals]) -> Callable[[], tuple[float, bool]]:
    def judge() -> tuple[float, bool]:
        value = importance(item, signals)
        return value, worth_a_card(item, value, signals)

    return judge


def _memo(item, readings: dict[str, ArticleReadings] | None) -> ArticleReadings | None:
    if not readings or not item.evidence:
        return None
    return readings.get(min(e.source for e in item.evidence))


def rank_key(item, signals: dict[str, ArticleSignals], digests: dict[str, str | None]) -> str | None:
    """A SHA-256 of the card and of the signals of each article it is read from (``digests``
    keeps each article's, computed once a run); None when a signal is of a type the digest
    cannot tell apart (the card is then judged anew)."""
    digest = hashlib.sha256(item.model_dump_json().encode("utf-8"))
    for source in sorted({e.source for e in item.evidence}):
        if source not in digests:
            try:
                digests[source] = signals_digest(signals[source]) if source in signals else "-"
            except TypeError:
                digests[source] = None
        if digests[source] is None:
            return None
        digest.update(f"\0{source}\0{digests[source]}".encode())
    return digest.hexdigest()


def signals_digest(signals: ArticleSignals) -> str:
    """A SHA-256 of every field of ``signals``: equal for equal signals, whatever the order of
    a set's members; a counter's order (which breaks ties) counts."""
    text = repr(tuple((f.name, _plain(getattr(signals, f.name))) for f in fields(signals)))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_AS_IS = (str, int, float, bool, type(None), dt.date)  # whose repr tells value and type apart


def _plain(value: Any) -> Any:
    """``value`` with its sets sorted and its mappings as (key, value) pairs in their order,
    for a ``repr`` that tells every value apart (1, 1.0, True and "1" differ)."""
    if isinstance(value, _AS_IS):
        return value
    if isinstance(value, dict):  # Counter too: in its order
        return ("dict", tuple((_plain(k), _plain(v)) for k, v in value.items()))
    if isinstance(value, (set, frozenset)):
        return ("set", tuple(sorted(repr(_plain(v)) for v in value)))
    if isinstance(value, (tuple, list)):
        return (type(value).__name__, tuple(_plain(v) for v in value))
    raise TypeError(f"cannot key a signal of type {type(value).__name__}")
