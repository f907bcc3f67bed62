"""A web page's HTML → its article: text as blank-line-separated paragraphs, and metadata.

trafilatura finds the article among the page's furniture and reads its metadata (title,
publication date through htmldate, site name, author, canonical URL). Each paragraph, heading,
quotation, list item and table row it keeps becomes one block, separated by a blank line, so
that ``ingest.articles`` classifies prose as prose and short furniture lines as furniture.

Pages that render their article with JavaScript carry the text only in schema.org metadata
(``articleBody`` in JSON-LD); when that text is much longer than what trafilatura found in the
markup (or it is what trafilatura fell back on), it is used instead, less the headlines of related-story links the page sets between its
paragraphs (blocks whose whole text is one link, in the markup or in a JSON copy of the page's
DOM that the page's scripts render from).

Before trafilatura reads the page, two kinds of furniture are taken out by their HTML nature:
a paragraph that holds an image and only a few words (the image's caption or credit), and a
short paragraph made mostly of links (a "submit a letter via this form; read more" line).
trafilatura runs in its precision mode (the default when that finds nothing); what it keeps
is judged once more, paragraph by paragraph, by ``ingest.boilerplate`` (jusText's classifier,
confirmed by readability-lxml). An ``articleBody`` that runs its paragraphs together is cut
where the page's own paragraphs (in the markup or a JSON copy of its DOM) begin.

>>> page = extract_page(html_bytes, url="https://example.org/news/1")  # doctest: +SKIP
>>> page.title, page.date, page.outlet
('Council approves budget', datetime.date(2024, 5, 2), 'Example News')
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass
from itertools import pairwise

import trafilatura
from lxml import etree, html
from trafilatura.settings import Document

from quizgen.errors import InputError
from quizgen.ingest.boilerplate import (
    ExtractedBlock,
    furniture_indexes,
    link_list_headings,
    readability_text,
)

MIN_ARTICLE_WORDS = 40  # fewer words than this is a stub, a paywall or an index page
CAPTION_WORDS = 15  # a paragraph with an image and at most this many words is its caption
LINK_BLOCK_WORDS = 25  # a paragraph this short ...
LINK_BLOCK_SHARE = 0.3  # ... with two links or more making this share of its words is a link line
LINK_HEADLINE_WORDS = 3  # a link-only block of at least this many words is a story's headline
_BLOCK_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "blockquote"})
PARAGRAPH_START_WORDS = 6  # a page paragraph this long marks where one begins in articleBody
_SENTENCE_ENDS = frozenset('.!?"”’)')
ARTICLE_BODY_RATIO = 2.0  # use JSON-LD articleBody when it has this many times the words
# trafilatura's element names for the blocks of its output tree.
_ITEM_TAGS = ("item",)
_ROW_TAGS = ("row",)
_LINK_TAG = "ref"
_HEADING_TAG = "head"


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
        tree = trafilatura.load_html(data)
    except (ValueError, etree.ParserError):
        tree = None
    headlines = _link_headlines(tree) if tree is not None else set()
    link_list_titles = link_list_headings(tree) if tree is not None else frozenset()
    doc = None
    if tree is not None:
        _drop_furniture(tree)
        doc = _trafilatura(tree, url=url, favor_precision=True) or _trafilatura(tree, url=url)
    extracted = list(_blocks(doc.body)) if doc is not None and doc.body is not None else []
    furniture = (
        furniture_indexes(extracted, second_opinion=readability_text(data), link_list_titles=link_list_titles)
        if extracted
        else set()
    )
    blocks = [b.text for i, b in enumerate(extracted) if i not in furniture]
    ld_body = _ld_article_body(data)
    found = _flat(" ".join(blocks))
    if ld_body and (_words(ld_body) > ARTICLE_BODY_RATIO * _words(found) or found in _flat(ld_body)):
        # the markup holds too little, or trafilatura itself fell back on articleBody
        starts = _paragraph_texts(tree) if tree is not None else set()
        pieces = (piece for line in ld_body.split("\n") for piece in _split_at(line, starts))
        blocks = [p for p in (_flat(_without(p, headlines)) for p in pieces) if p]
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


def _trafilatura(tree: html.HtmlElement, *, url: str | None, favor_precision: bool = False) -> Document | None:
    """trafilatura's article and metadata, or None when it finds no article.

    ``favor_precision`` is trafilatura's own stricter pruning (teasers, page headers, link-classed
    boxes); it gives up on short pages, so it is tried first and the default after.
    ``include_links`` keeps link text marked: it is one of ``ingest.boilerplate``'s signs.
    """
    try:
        doc = trafilatura.bare_extraction(
            deepcopy(tree),
            url=url,
            favor_precision=favor_precision,
            include_comments=False,
            include_tables=True,
            include_links=True,
            with_metadata=True,
        )
    except (ValueError, etree.ParserError):
        return None
    return doc if isinstance(doc, Document) else None


def _drop_furniture(tree: html.HtmlElement) -> None:
    """Remove image captions and short link lines, in place, before trafilatura reads the page."""
    for para in list(tree.iter("p")):
        words = _words(para.text_content())
        if para.find(".//img") is not None and words <= CAPTION_WORDS:
            para.drop_tree()
            continue
        links = para.findall(".//a")
        link_words = sum(_words(a.text_content()) for a in links)
        if len(links) >= 2 and 0 < words <= LINK_BLOCK_WORDS and link_words >= LINK_BLOCK_SHARE * words:
            para.drop_tree()


def _link_headlines(tree: html.HtmlElement) -> set[str]:
    """Texts of blocks that are one link and nothing else: other stories' headlines.

    Read from the markup and from JSON copies of the DOM in the page's scripts
    (``{"type": "h3", "children": [{"type": "a", ...}]}``, as htmlparser2 serialises it).
    """
    found: set[str] = set()
    for block in tree.iter(*_BLOCK_TAGS):
        links = block.findall(".//a")
        if len(links) == 1 and _flat(links[0].text_content()) == _flat(block.text_content()):
            found.add(_flat(block.text_content()))
    for script in tree.iter("script"):
        for value in _script_json(script.text or ""):
            for node in _ld_nodes_deep(value):
                if node.get("type") not in _BLOCK_TAGS or not isinstance(node.get("children"), list):
                    continue
                children = [c for c in node["children"] if isinstance(c, dict)]
                if len(children) == 1 and children[0].get("type") == "a":
                    found.add(_flat(_json_text(children[0])))
    return {text for text in found if _words(text) >= LINK_HEADLINE_WORDS}


_SCRIPT_ASSIGN = re.compile(r"^\s*(?:(?:window|var|let|const)\b[\w$.\s]*=\s*)?(?=[\[{])")


def _paragraph_texts(tree: html.HtmlElement) -> set[str]:
    """Texts of the page's paragraphs, in the markup and in JSON copies of its DOM: where an
    ``articleBody`` that runs its paragraphs together is cut back into paragraphs."""
    found = {_flat(p.text_content()) for p in tree.iter("p")}
    for script in tree.iter("script"):
        for value in _script_json(script.text or ""):
            found.update(_flat(_json_text(n)) for n in _ld_nodes_deep(value) if n.get("type") == "p")
    return {text for text in found if _words(text) >= PARAGRAPH_START_WORDS}


def _split_at(text: str, paragraphs: set[str]) -> list[str]:
    """``text`` cut where one of ``paragraphs`` begins right after the end of a sentence."""
    flat = _flat(text)
    cuts = {0, len(flat)}
    for paragraph in paragraphs:
        at = flat.find(paragraph)
        if at > 1 and flat[at - 1] == " " and flat[at - 2] in _SENTENCE_ENDS:
            cuts.add(at)
    ordered = sorted(cuts)
    return [flat[a:b].strip() for a, b in pairwise(ordered)]


def _script_json(text: str) -> Iterator[object]:
    """The JSON value a script holds or assigns (``window.__STATE__ = {...}``), if any."""
    match = _SCRIPT_ASSIGN.match(text)
    if not match:
        return
    try:
        value, _ = json.JSONDecoder().raw_decode(text, match.end())
    except ValueError:
        return
    yield value


def _ld_nodes_deep(value: object) -> Iterator[dict]:
    """Every object inside a JSON value (iteratively: page states nest deeply)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _json_text(node: dict) -> str:
    if node.get("type") == "text" and isinstance(node.get("data"), str):
        return node["data"]
    children = node.get("children")
    if not isinstance(children, list):
        return ""
    return "".join(_json_text(c) for c in children if isinstance(c, dict))


def _without(text: str, headlines: set[str]) -> str:
    """``text`` less the headlines set inside it, each only where it stands between words."""
    flat = _flat(text)
    for headline in sorted(headlines, key=len, reverse=True):
        flat = re.sub(rf"(?<!\S){re.escape(headline)}(?!\S)", " ", flat)
    return flat


def _blocks(body: etree._Element) -> Iterator[ExtractedBlock]:
    """One block per paragraph-like element; line breaks inside a paragraph kept as newlines."""
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
                link_chars = sum(len(_flat(_text(ref))) for ref in target.iter(_LINK_TAG))
                yield ExtractedBlock(text, link_chars=link_chars, heading=target.tag == _HEADING_TAG)


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
