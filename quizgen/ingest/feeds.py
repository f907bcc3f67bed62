"""News feeds → their entries: RSS and Atom through feedparser, JSON Feed through ``json``.

feedparser does not read JSON Feed (jsonfeed.org versions 1 and 1.1), which is plain JSON with
an ``items`` list, so it is read here directly. Entries are returned newest first, each with the
absolute URL of its article.

>>> feed = parse_feed(data, url="https://example.org/feed.xml")  # doctest: +SKIP
>>> [(e.title, e.published) for e in feed.entries][:1]
[('Council approves budget', datetime.datetime(2024, 5, 2, 9, 0, tzinfo=datetime.timezone.utc))]
"""

from __future__ import annotations

import calendar
import datetime as dt
import io
import json
from dataclasses import dataclass
from urllib.parse import urljoin

import feedparser

from quizgen.errors import InputError

JSON_FEED_VERSIONS = ("https://jsonfeed.org/version/1", "https://jsonfeed.org/version/1.1")


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str = ""
    published: dt.datetime | None = None  # UTC


@dataclass(frozen=True)
class Feed:
    url: str
    title: str
    entries: tuple[FeedEntry, ...]


def looks_like_feed(data: bytes) -> bool:
    """True for RSS, Atom or RDF XML and for JSON Feed, judged by the content itself."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{"):
        return b"jsonfeed.org/version" in data[:65536].lower().replace(b"\\/", b"/")
    if head.startswith((b"<?xml", b"<rss", b"<feed")):
        return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))
    return False


def parse_feed(data: bytes, *, url: str) -> Feed:
    """Read a feed's entries; raise InputError when ``data`` is no feed quizgen can read."""
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    entries = _json_feed(data, url) if head.startswith(b"{") else _xml_feed(data, url)
    title, items = entries
    ordered = sorted(items, key=lambda e: e.published or dt.datetime.min.replace(tzinfo=dt.UTC), reverse=True)
    return Feed(url=url, title=title, entries=tuple(ordered))


def select_entries(
    feed: Feed, *, since: dt.datetime | None = None, limit: int | None = None, skip_urls: frozenset[str] = frozenset()
) -> list[FeedEntry]:
    """Entries published at or after ``since`` (undated entries always pass), newest first,
    leaving out ``skip_urls``, at most ``limit`` of them."""
    chosen = [
        e
        for e in feed.entries
        if e.url not in skip_urls and (since is None or e.published is None or e.published >= since)
    ]
    return chosen[:limit] if limit is not None else chosen


def _xml_feed(data: bytes, url: str) -> tuple[str, list[FeedEntry]]:
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        raise InputError(f"{url}: not a feed quizgen can read (RSS, Atom or JSON Feed)")
    entries = []
    for entry in parsed.entries:
        link = _entry_link(entry)
        if link is None:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = dt.datetime.fromtimestamp(calendar.timegm(stamp), tz=dt.UTC) if stamp else None
        entries.append(FeedEntry(urljoin(url, link), " ".join(entry.get("title", "").split()), published))
    return " ".join(parsed.feed.get("title", "").split()), entries


def _entry_link(entry: dict) -> str | None:
    """The entry's article: its ``alternate`` link, else any http(s) link it has."""
    links = [link for link in entry.get("links", []) if link.get("href")]
    alternate = [link["href"] for link in links if link.get("rel", "alternate") == "alternate"]
    candidates = alternate + [entry.get("link") or ""] + [link["href"] for link in links]
    return next((c for c in candidates if c.startswith(("http://", "https://", "/"))), None)


def _json_feed(data: bytes, url: str) -> tuple[str, list[FeedEntry]]:
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        raise InputError(f"{url}: the JSON Feed is not valid JSON") from None
    if not isinstance(value, dict) or str(value.get("version", "")).rstrip("/") not in JSON_FEED_VERSIONS:
        raise InputError(f"{url}: JSON, but not a JSON Feed (no jsonfeed.org version)")
    items = value.get("items")
    if not isinstance(items, list):
        raise InputError(f"{url}: the JSON Feed has no items list")
    entries = []
    for item in items:
        if not isinstance(item, dict):
            continue
        link = item.get("url") or item.get("external_url")
        if not isinstance(link, str) or not link.strip():
            continue
        title = item.get("title") if isinstance(item.get("title"), str) else ""
        published = _rfc3339(item.get("date_published") or item.get("date_modified"))
        entries.append(FeedEntry(urljoin(url, link.strip()), " ".join(title.split()), published))
    title = value.get("title") if isinstance(value.get("title"), str) else ""
    return " ".join(title.split()), entries


def _rfc3339(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        stamp = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return (stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)
