"""How items read outside the app: answers in their evidence, source citations, tags.

Plain text only; each exporter escapes for its own format.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.models import Deck, Source

_TAG_UNSAFE = re.compile(r"[\s\"]+")


def answer_spans(text: str, answer: str) -> Iterator[tuple[str, bool]]:
    """Split ``text`` into (segment, is_answer) pieces, matching ``answer`` case-insensitively.

    >>> list(answer_spans("Hello Bob and bob", "Bob"))
    [('Hello ', False), ('Bob', True), (' and ', False), ('bob', True)]
    """
    if not answer.strip():
        yield text, False
        return
    pos = 0
    for match in re.finditer(re.escape(answer), text, flags=re.IGNORECASE):
        if match.start() > pos:
            yield text[pos : match.start()], False
        yield match.group(0), True
        pos = match.end()
    if pos < len(text):
        yield text[pos:], False


def cite(source: Source) -> str:
    """One line naming an article: title, outlet, date, URL — whatever the deck has."""
    parts = [source.title or source.id]
    if source.outlet:
        parts.append(source.outlet)
    if source.published:
        parts.append(source.published.isoformat())
    if source.url:
        parts.append(source.url)
    return ", ".join(parts)


def anki_tag(text: str) -> str:
    """A tag Anki accepts: no spaces (they separate tags) and no double quotes."""
    return _TAG_UNSAFE.sub("_", text.strip()).strip("_")


def item_tags(deck: Deck, item) -> list[str]:
    """Deck tags, item tags (``conflict`` among them), kind and sources, sanitised and unique."""
    raw = [*deck.deck.tags, *item.tags, item.kind]
    raw += [f"source::{ev.source}" for ev in item.evidence]
    tags: list[str] = []
    for tag in (anki_tag(t) for t in raw):
        if tag and tag not in tags:
            tags.append(tag)
    return tags


def is_http_url(url: str | None) -> bool:
    return bool(url) and url.lower().startswith(("http://", "https://"))
