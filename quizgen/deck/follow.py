"""Decks from the web, and decks that follow news feeds.

``generate_from_inputs`` takes article files, URLs, feeds and saved pages: web inputs are
fetched into ``<deck folder>/<deck id>/articles/`` first, and the feeds among them are recorded
in the deck. ``update_deck`` reads those feeds again, fetches the entries published since the
last update, regenerates, and keeps every item the deck already had, under its id, so that
every learner's history stays attached; the new items have no history and show as new.

>>> result = update_deck("decks/world.yaml", policy=FetchPolicy())  # doctest: +SKIP
>>> len(result.added), result.report.failures
(12, [])
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from quizgen.deck.generate import generate_deck
from quizgen.deck.io import load_deck, save_deck
from quizgen.errors import InputError
from quizgen.ingest.articles import is_web_input
from quizgen.ingest.fetching import FetchPolicy
from quizgen.ingest.web import FetchReport, Progress, fetch_inputs
from quizgen.models import Deck, FollowedFeed

# Feeds publish late: re-read a day before the last update, and skip articles already in the deck.
UPDATE_OVERLAP = dt.timedelta(days=1)


@dataclass(frozen=True)
class WebDeck:
    deck: Deck | None  # None when no article could be read
    report: FetchReport


@dataclass(frozen=True)
class UpdateResult:
    deck: Deck
    report: FetchReport
    added: list[str]  # ids of the new items


def articles_folder(deck_path: str | os.PathLike[str], deck_id: str) -> Path:
    """Where a deck's fetched articles live: ``decks/<deck id>/articles/`` beside the deck."""
    return Path(deck_path).parent / deck_id / "articles"


def generate_from_inputs(
    inputs: Sequence[str],
    *,
    deck_path: str | os.PathLike[str],
    deck_id: str,
    title: str | None = None,
    limit: int | None = None,
    policy: FetchPolicy,
    max_per_feed: int | None = None,
    since: dt.datetime | None = None,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    generation_progress: bool = False,
) -> WebDeck:
    """Fetch the web inputs, then generate a deck from them and the article files given."""
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    web = [i for i in inputs if is_web_input(i)]
    files = [i for i in inputs if not is_web_input(i)]
    report = FetchReport()
    if web:
        report = fetch_inputs(
            web, articles_folder(deck_path, deck_id), policy=policy, limit=max_per_feed,
            since=since, now=now, progress=progress,
        )  # fmt: skip
    paths = files + [str(s.path) for s in report.saved]
    if not paths:
        return WebDeck(None, report)
    deck = generate_deck(paths, deck_id=deck_id, title=title, limit=limit, progress=generation_progress)
    feeds = [
        FollowedFeed(url=url, updated=now, seen=sorted({s.url_asked for s in report.saved if s.feed == url}))
        for url in dict.fromkeys(report.feeds)
    ]
    return WebDeck(deck.model_copy(update={"feeds": feeds}) if feeds else deck, report)


def update_deck(
    deck_path: str | os.PathLike[str],
    *,
    policy: FetchPolicy,
    max_per_feed: int | None = None,
    limit: int | None = None,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> UpdateResult:
    """Add what the deck's feeds published since the last update; save the deck if it changed."""
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    old = load_deck(deck_path)
    if not old.feeds:
        raise InputError(
            f"{deck_path}: this deck follows no feed; generate it from a feed URL to follow one"
        )
    folder = articles_folder(deck_path, old.deck.id)
    known = frozenset(s.url for s in old.sources if s.url) | {u for f in old.feeds for u in f.seen}
    report = FetchReport()
    feeds = []
    for n, feed in enumerate(old.feeds):
        since = feed.updated - UPDATE_OVERLAP if feed.updated else None

        def step(done: int, total: int, message: str, n: int = n) -> None:
            if progress is not None:
                progress(n * total + done, len(old.feeds) * max(total, 1), message)

        one = fetch_inputs(
            [feed.url], folder, policy=policy, limit=max_per_feed, since=since,
            skip_urls=known, now=now, progress=step,
        )  # fmt: skip
        report.saved += one.saved
        report.failures += one.failures
        report.feeds += one.feeds
        seen = sorted({*feed.seen, *(s.url_asked for s in one.saved)})
        feeds.append(feed.model_copy(update={"updated": now, "seen": seen}) if one.feeds else feed)
    deck = old.model_copy(update={"feeds": feeds})
    added: list[str] = []
    if report.saved:
        inputs = _existing_articles(old, folder) + [str(s.path) for s in report.saved]
        fresh = generate_deck(list(dict.fromkeys(inputs)), deck_id=old.deck.id, title=old.deck.title, limit=limit)
        deck, added = keep_existing_items(deck, fresh)
    if deck != old:
        save_deck(deck, deck_path)
    return UpdateResult(deck, report, added)


def keep_existing_items(old: Deck, fresh: Deck) -> tuple[Deck, list[str]]:
    """``old`` plus the items of ``fresh`` it lacks: every old item stays as it was (with any
    edits), a new item asking an old question is left out. Returns the deck and the new ids."""
    old_ids = {i.id for i in old.items}
    old_questions = {i.question for i in old.items}
    new_items = [i for i in fresh.items if i.id not in old_ids and i.question not in old_questions]
    items = sorted([*old.items, *new_items], key=lambda i: (i.evidence[0].source, i.evidence[0].start, i.id))
    source_ids = {s.id for s in old.sources}
    # Every new article is recorded, items or not, so that the next update skips its URL.
    sources = old.sources + [s for s in fresh.sources if s.id not in source_ids]
    info = old.deck
    if info.description.startswith("Generated by quizgen from"):
        count = len(sources)
        info = info.model_copy(
            update={"description": f"Generated by quizgen from {count} article{'s' if count != 1 else ''}."}
        )
    deck = Deck.model_validate(
        old.model_copy(update={"deck": info, "sources": sources, "items": items}).model_dump()
    )
    return deck, [i.id for i in new_items]


def _existing_articles(deck: Deck, folder: Path) -> list[str]:
    """The deck's articles still on disk: their recorded path, else the same name in ``folder``."""
    found = []
    for source in deck.sources:
        for candidate in (Path(source.path), folder / f"{source.id}.md"):
            if candidate.is_file():
                found.append(str(candidate))
                break
    return found
