"""A web page's HTML → its article: text as blank-line-separated paragraphs, and metadata.

trafilatura finds the article among the page's furniture and reads its metadata (title,
publication date through htmldate, site name, author, canonical URL). Each paragraph, heading,
quotation, list item and table row it keeps becomes one block, separated by a blank line, so
that ``ingest.articles`` classifies prose as prose and short furniture lines as furniture.

Pages that render their article with JavaScript carry the text only in schema.org metadata
(``articleBody`` in JSON-LD); when that text is much longer than what trafilatura found in the
markup, it is used instead.

>>> page = extract_page(html_bytes, url="https://example.org/news/1")  # doctest: +SKIP
>>> page.title, page.date, page.outlet
('Council approves budget', datetime.date(2024, 5, 2), 'Example News')
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

import trafilatura
from lxml import etree, html

from quizgen.errors import InputError

MIN_ARTICLE_WORDS = 40  # fewer words than this is a stub, a paywall or an index page
ARTICLE_BODY_RATIO = 2.0  # use JSON-LD articleBody when it has this many times the words
# trafilatura's element names for the blocks of its output tree.
_ITEM_TAGS = ("item",)
_ROW_TAGS = ("row",)


@dataclass(frozen=True)
class PageArticle:
    """The article on a page; ``body`` is paragraphs separated by blank lines."""

    body: str
    title: str = ""
    date: dt.date | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None


def extract_page(data: bytes | str, *, url: str | None = None, source: str | None = None) -> PageArticle:
    """Find the article on a page; raise InputError when there is no article text.

    ``source`` names the page in error messages (a URL or a file name).
    """
    shown = source or url or "page"
    try:
        doc = trafilatura.bare_extraction(
            data, url=url, include_comments=False, include_tables=True, with_metadata=True
        )
    except (ValueError, etree.ParserError):
        doc = None
    blocks = list(_blocks(doc.body)) if doc is not None and doc.body is not None else []
    ld_body = _ld_article_body(data)
    if ld_body and _words(ld_body) > ARTICLE_BODY_RATIO * _words("\n".join(blocks)):
        blocks = [p for p in (_flat(p) for p in ld_body.split("\n")) if p]
    body = "\n\n".join(blocks)
    if _words(body) < MIN_ARTICLE_WORDS:
        raise InputError(f"{shown}: no article text found on this page")
    return PageArticle(
        body=body + "\n",
        title=_flat(doc.title or "") if doc is not None else "",
        date=_date(doc.date) if doc is not None else None,
        outlet=_flat(doc.sitename or "") or None if doc is not None else None,
        author=_flat(doc.author or "") or None if doc is not None else None,
        url=(doc.url or url) if doc is not None else url,
    )


def _blocks(body: etree._Element) -> Iterator[str]:
    """One string per paragraph-like element; line breaks inside a paragraph kept as newlines."""
    for element in body:
        if element.tag == "list":
            targets = [e for e in element.iter() if e.tag in _ITEM_TAGS]
        elif element.tag == "table":
            targets = [e for e in element.iter() if e.tag in _ROW_TAGS]
        else:
            targets = [element]
        for target in targets:
            if target.tag in _ROW_TAGS:
                text = " | ".join(_flat(_text(cell)) for cell in target if _flat(_text(cell)))
            else:
                lines = (_flat(line) for line in _text(target).split("\n"))
                text = "\n".join(line for line in lines if line)
            if text:
                yield text


def _text(element: etree._Element) -> str:
    """The element's text with trafilatura's ``<lb/>`` line breaks as newlines."""
    parts: list[str] = []
    for node in element.iter():
        if node.tag == "lb":
            parts.append("\n")
        elif node.text:
            parts.append(node.text)
        if node is not element and node.tail:
            parts.append(node.tail)
    return "".join(parts)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _words(text: str) -> int:
    return len(text.split())


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


_ARTICLE_TYPE = re.compile(r"(Article|BlogPosting|Report)$")


def _ld_article_body(data: bytes | str) -> str | None:
    """The longest schema.org ``articleBody`` in the page's JSON-LD, if any."""
    try:
        tree = html.fromstring(data)
    except (etree.ParserError, ValueError):
        return None
    best = None
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            value = json.loads(script.text or "")
        except ValueError:
            continue
        for node in _ld_nodes(value):
            types = node.get("@type")
            types = types if isinstance(types, list) else [types]
            body = node.get("articleBody")
            is_article = any(isinstance(t, str) and _ARTICLE_TYPE.search(t) for t in types)
            if is_article and isinstance(body, str) and (best is None or len(body) > len(best)):
                best = body
    return best


def _ld_nodes(value: object) -> Iterator[dict]:
    if isinstance(value, list):
        for v in value:
            yield from _ld_nodes(v)
    elif isinstance(value, dict):
        yield value
        yield from _ld_nodes(value.get("@graph", []))
