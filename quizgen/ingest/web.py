"""Web inputs → article files: URLs of articles, feed URLs and saved ``.html`` pages.

Each article is written as ``<folder>/<slug>.md``: YAML front matter (title, date, outlet,
author, url, fetched) over the article's paragraphs — its provenance, and what lets a deck be
rebuilt offline. An input that fails (HTTP error, timeout, not HTML, too large, no article
text) becomes one line in ``FetchReport.failures``; the others are still saved.

>>> report = fetch_inputs(["https://example.org/feed.xml"], Path("articles"), policy=FetchPolicy())
... # doctest: +SKIP
>>> [s.path.name for s in report.saved], report.failures
(['council-approves-budget.md'], [])
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from quizgen.atomic import write_atomic
from quizgen.errors import InputError
from quizgen.ingest.articles import HTML_SUFFIXES, split_front_matter
from quizgen.ingest.feeds import Feed, looks_like_feed, parse_feed, select_entries
from quizgen.ingest.fetching import FetchPolicy, fetch_url
from quizgen.ingest.pages import PageArticle, extract_page
from quizgen.safe_yaml import SafeDumper

SLUG_LENGTH = 60

Progress = Callable[[int, int, str], None]  # (done, total, what is happening)


@dataclass(frozen=True)
class SavedArticle:
    path: Path
    title: str
    date: dt.date | None
    outlet: str | None
    url: str | None
    feed: str | None = None  # the feed it came from, if any
    url_asked: str | None = None  # the link followed (a feed's link; ``url`` is the page's own)

    def line(self) -> str:
        """One line for the user: where it went and what it is."""
        details = ", ".join(x for x in (self.outlet, self.date and self.date.isoformat()) if x)
        return f"{self.path}: {self.title or '(no title)'}" + (f" ({details})" if details else "")


@dataclass
class FetchReport:
    saved: list[SavedArticle] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)  # feed URLs read successfully


def parse_links(text: str, *, limit: int) -> list[str]:
    """Pasted links, one a line: http(s) only (never a path on the server), at most ``limit``."""
    links = [line.strip() for line in text.splitlines() if line.strip()]
    if not links:
        raise InputError("paste at least one link (https://…)")
    if len(links) > limit:
        raise InputError(f"{len(links)} links is too many; the limit is {limit} at a time")
    for link in links:
        if not link.lower().startswith(("http://", "https://")):
            raise InputError(f"{link}: only http and https links can be fetched")
    return links


def fetch_inputs(
    inputs: Sequence[str | Path],
    folder: Path,
    *,
    policy: FetchPolicy,
    limit: int | None = None,
    since: dt.datetime | None = None,
    skip_urls: frozenset[str] = frozenset(),
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> FetchReport:
    """Fetch article URLs, feeds (their entries: ``since``, at most ``limit`` per feed, none in
    ``skip_urls``) and local ``.html`` files into ``folder`` as ``.md`` articles."""
    fetched_at = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    report = FetchReport()
    pending: list[tuple[str, str | None]] = [(str(i), None) for i in inputs]  # (input, feed)
    done = 0

    def tick(message: str) -> None:
        if progress is not None:
            progress(done, done + len(pending), message)

    while pending:
        source, feed_url = pending.pop(0)
        tick(f"Reading {source}")
        try:
            outcome = _read_input(source, policy=policy, from_feed=feed_url is not None)
            if isinstance(outcome, Feed):
                report.feeds.append(source)
                entries = select_entries(outcome, since=since, limit=limit, skip_urls=skip_urls)
                pending[:0] = [(e.url, source) for e in entries]
            else:
                page, url = outcome
                saved = save_page(page, folder, url=url, fetched_at=fetched_at, feed=feed_url)
                report.saved.append(replace(saved, url_asked=source))
        except InputError as exc:
            where = f" (an entry of the feed {feed_url})" if feed_url else ""
            report.failures.append(str(exc).splitlines()[0] + where)
        done += 1
    tick("Done")
    return report


def _read_input(source: str, *, policy: FetchPolicy, from_feed: bool) -> Feed | tuple[PageArticle, str | None]:
    if "://" not in source:
        return _read_html_file(Path(source), policy=policy), None
    response = fetch_url(source, policy=policy)
    if response.kind != "html" or looks_like_feed(response.body):
        if not looks_like_feed(response.body):
            raise InputError(f"{source}: not an HTML page or a feed ({response.content_type})")
        if from_feed:
            raise InputError(f"{source}: a feed entry links to another feed; not followed")
        return parse_feed(response.body, url=response.final_url)
    return extract_page(response.body, url=response.final_url, source=source), response.final_url


def _read_html_file(path: Path, *, policy: FetchPolicy) -> PageArticle:
    if path.suffix.lower() not in HTML_SUFFIXES:
        raise InputError(f"{path}: not a URL or a saved .html page")
    try:
        size = path.stat().st_size
        if size > policy.max_bytes:
            raise InputError(f"{path}: too large ({size:,} bytes; the limit is {policy.max_bytes:,})")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return extract_page(data, source=str(path))


# --- writing -------------------------------------------------------------------------------


def save_page(
    page: PageArticle, folder: Path, *, url: str | None, fetched_at: dt.datetime, feed: str | None = None
) -> SavedArticle:
    """Write ``page`` as ``folder/<slug>.md``; the same URL again overwrites its own file."""
    url = page.url or url
    folder.mkdir(parents=True, exist_ok=True)
    path = _free_path(folder, slugify(page.title) or _url_slug(url) or "article", url)
    write_atomic(path, article_markdown(page, url=url, fetched_at=fetched_at).encode("utf-8"))
    return SavedArticle(path, page.title, page.date, page.outlet, url, feed)


def article_markdown(page: PageArticle, *, url: str | None, fetched_at: dt.datetime) -> str:
    """Front matter (untrusted values, written by the safe dumper) and the article's paragraphs."""
    meta = {
        "title": page.title or None,
        "date": page.date,
        "outlet": page.outlet,
        "author": page.author,
        "url": url,
        "fetched": fetched_at,
    }
    front = yaml.dump(
        {k: v for k, v in meta.items() if v is not None},
        Dumper=SafeDumper,
        sort_keys=False,
        allow_unicode=True,
        width=1_000_000,  # one line per key: a folded title line could read as the closing ---
    )
    return f"---\n{front}---\n\n{page.body}"


def slugify(text: str) -> str:
    """``"Parasite" scores upset at SAG awards`` → ``parasite-scores-upset-at-sag-awards``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:SLUG_LENGTH].rstrip("-")


def _url_slug(url: str | None) -> str:
    if not url:
        return ""
    path = urlsplit(url).path.rstrip("/")
    return slugify(Path(path).stem or urlsplit(url).hostname or "")


def _free_path(folder: Path, slug: str, url: str | None) -> Path:
    for n in range(1, 1000):
        path = folder / (f"{slug}.md" if n == 1 else f"{slug}-{n}.md")
        if not path.exists() or (url is not None and _saved_url(path) == url):
            return path
    raise InputError(f"{folder}: too many articles named {slug!r}")


def _saved_url(path: Path) -> str | None:
    try:
        meta, _body = split_front_matter(path.read_text(encoding="utf-8"), path=str(path))
    except (OSError, UnicodeDecodeError, InputError):
        return None
    return str(meta.get("url")) if meta.get("url") else None
