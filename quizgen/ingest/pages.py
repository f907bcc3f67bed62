"""A web page's HTML → its article: text as blank-line-separated paragraphs, and metadata.

trafilatura finds the article among the page's furniture and reads its metadata (title,
publication date through htmldate, site name, author, canonical URL). Each paragraph, heading,
quotation, list item and table row it keeps becomes one block, separated by a blank line, so
that ``ingest.articles`` classifies prose as prose and short furniture lines as furniture.

Pages that render their article with JavaScript carry the text only in schema.org metadata
(``articleBody`` in JSON-LD); when that text is much longer than what trafilatura found in the
markup (or it is what trafilatura fell back on), it is used instead, cut into the page's own
paragraphs and less the headlines of related stories set between them (``ingest.scripted``).

Before trafilatura reads the page, two kinds of furniture are taken out by their HTML nature:
a paragraph that holds an image and only a few words (the image's caption or credit), and a
short paragraph made mostly of links (a "submit a letter via this form; read more" line).
trafilatura runs in its precision mode (the default when that finds nothing, or fewer words than
an article: it can settle on a box such as a reprint notice); a paragraph of the default's that
precision mode left out goes back when readability kept it too and jusText reads it as prose,
links making up to half of it (``_precision_drops``), and precision mode's cut-and-glued pieces of
it go. Text a page sets loose between its paragraphs is a paragraph of its own (``_blocks``). What it keeps
is judged once more, paragraph by paragraph, by ``ingest.boilerplate`` (jusText's classifier with
the page's language's stopwords, confirmed by readability-lxml, and the headings of lists of links). An editor's note boxed apart
just before the article's container ("This story first appeared in …") opens the article
(``ingest.notes``). Last, trafilatura's own default extraction is a floor (``ingest.floor``):
each of its paragraphs is in the article or was left out by one of the tests above, whose
reason ``PageArticle.dropped`` records; any other is put back where it stood.

>>> page = extract_page(html_bytes, url="https://example.org/news/1")  # doctest: +SKIP
>>> page.title, page.date, page.outlet
('Council approves budget', datetime.date(2024, 5, 2), 'Example News')
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass

import trafilatura
from lxml import etree, html
from trafilatura.settings import Document

from quizgen.errors import InputError
from quizgen.ingest.boilerplate import (
    LINK_LINE_DENSITY,
    ExtractedBlock,
    confirmed,
    furniture_reasons,
    link_list_headings,
    page_language,
    prose_indexes,
    readability_text,
)
from quizgen.ingest.credits import is_credit_line
from quizgen.ingest.floor import (
    COMMENTS,
    IMAGE_CAPTION,
    NOT_IN_ARTICLE_BODY,
    PRECISION_MODE,
    SHORT_LINK_LINE,
    DroppedBlock,
    restore_unexplained,
)
from quizgen.ingest.notes import notes_before_article
from quizgen.ingest.scripted import (
    ld_article_body,
    link_headlines,
    paragraph_texts,
    split_at,
    without_headlines,
)
from quizgen.ingest.statements import sentence_shaped

MIN_ARTICLE_WORDS = 40  # fewer words than this is a stub, a paywall or an index page
CAPTION_WORDS = 15  # a paragraph with an image and at most this many words is its caption
LINK_BLOCK_WORDS = 25  # a paragraph this short ...
LINK_BLOCK_SHARE = 0.3  # ... with two links or more making this share of its words is a link line
PIECE_SHARE = 0.5  # a block holding this share of a paragraph's characters, in order, is a cut piece of it
ARTICLE_BODY_RATIO = 2.0  # use JSON-LD articleBody when it has this many times the words
CJK_CHARS_PER_WORD = 2  # a Chinese or Japanese word runs to about two characters
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")  # kana and Han ideographs
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
    dropped: tuple[DroppedBlock, ...] = ()  # trafilatura's own blocks left out, and why


def extract_page(data: bytes | str, *, url: str | None = None, source: str | None = None) -> PageArticle:
    """Find the article on a page; raise InputError when there is no article text.

    ``source`` names the page in error messages (a URL or a file name).
    """
    shown = source or url or "page"
    try:
        tree = trafilatura.load_html(data)
    except (ValueError, etree.ParserError):
        tree = None
    headlines = link_headlines(tree) if tree is not None else set()
    link_list_titles = link_list_headings(tree) if tree is not None else frozenset()
    doc = reference = None
    reasons: dict[str, str] = {}  # why a paragraph of trafilatura's own article is left out
    second_opinion = readability_text(data)
    language = page_language(tree) if tree is not None else None
    rescued: list[str] = []  # prose precision mode left out, to be put back by the floor
    if tree is not None:
        reference = _trafilatura(tree, url=url, include_comments=True)  # trafilatura alone
        pruned = deepcopy(tree)
        reasons.update(_drop_furniture(pruned))
        recall = _trafilatura(pruned, url=url)
        doc = _trafilatura(pruned, url=url, favor_precision=True)
        if not _is_article(doc):  # precision mode found nothing, or chose a box (a reprint notice)
            doc = recall
        if doc is not recall and recall is not None and recall.body is not None:
            left_out, rescued = _precision_drops(
                _blocks_of(doc), _blocks_of(recall), second_opinion=second_opinion, language=language
            )
            reasons.update((t, PRECISION_MODE) for t in left_out)
    extracted = [b for b in _blocks_of(doc) if not _piece_of(b.text, rescued)]
    furniture = (
        furniture_reasons(
            extracted, second_opinion=second_opinion, link_list_titles=link_list_titles, language=language
        )
        if extracted
        else {}
    )
    reasons.update((_flat(extracted[i].text), why) for i, why in furniture.items())
    blocks = [b.text for i, b in enumerate(extracted) if i not in furniture]
    if blocks and tree is not None:  # an editor's note boxed apart, just before the article
        notes = notes_before_article(tree, blocks=blocks)
        blocks[:0] = [n for n in notes if n not in _flat(" ".join(blocks))]
    ld_body = ld_article_body(data)
    found = _flat(" ".join(blocks))
    if ld_body and (_words(ld_body) > ARTICLE_BODY_RATIO * _words(found) or found in _flat(ld_body)):
        # the markup holds too little, or trafilatura itself fell back on articleBody
        starts = paragraph_texts(tree) if tree is not None else set()
        pieces = (piece for line in ld_body.split("\n") for piece in split_at(line, starts))
        blocks = [p for p in (_flat(without_headlines(p, headlines)) for p in pieces) if p]
        reasons.update((t, NOT_IN_ARTICLE_BODY) for t in _texts(reference.body if reference else None))
    comments = _texts(reference.commentsbody) if reference is not None else []
    reasons.update((t, COMMENTS) for t in comments)
    floor = [b.text for b in _blocks_of(reference)] + comments
    blocks, dropped = restore_unexplained(blocks, floor, reasons=reasons)
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
        dropped=tuple(dropped),
    )


def _trafilatura(
    tree: html.HtmlElement, *, url: str | None, favor_precision: bool = False, include_comments: bool = False
) -> Document | None:
    """trafilatura's article and metadata, or None when it finds no article.

    ``favor_precision`` is trafilatura's own stricter pruning (teasers, page headers, link-classed
    boxes); it gives up on short pages, so it is tried first and the default after.
    ``include_links`` keeps link text marked: it is one of ``ingest.boilerplate``'s signs.
    With its defaults otherwise (``include_comments=True``) it is trafilatura alone, the floor.
    """
    try:
        doc = trafilatura.bare_extraction(
            deepcopy(tree),
            url=url,
            favor_precision=favor_precision,
            include_comments=include_comments,
            include_tables=True,
            include_links=True,
            with_metadata=True,
        )
    except (ValueError, etree.ParserError):
        return None
    return doc if isinstance(doc, Document) else None


def _is_article(doc: Document | None) -> bool:
    """Whether trafilatura's extraction holds an article's worth of words (``MIN_ARTICLE_WORDS``)."""
    return _words(" ".join(b.text for b in _blocks_of(doc))) >= MIN_ARTICLE_WORDS


def _precision_drops(
    precise: list[ExtractedBlock],
    default: list[ExtractedBlock],
    *,
    second_opinion: str | None,
    language: str | None = None,
) -> tuple[list[str], list[str]]:
    """The default extraction's paragraphs that precision mode left out: (those it left out for
    good reason, those it should have kept). A paragraph is kept when the two other readers agree
    it is article prose: readability kept it, and jusText, reading the default extraction, calls
    it prose (long, rich in stopwords, at most half of it link text: a sentence may link a name
    or two, where jusText's own limit is a fifth); and the article's credit line ("Reporting by
    …; Editing by …", ``ingest.credits``), the article's own, which cards do not read. Precision mode prunes by the markup
    around a paragraph (teaser and link-box classes) and so loses prose set inside such boxes,
    or cuts a paragraph at its links."""
    kept = {_flat(b.text) for b in precise}
    prose = prose_indexes(default, language=language, max_link_density=LINK_LINE_DENSITY)
    left_out: list[str] = []
    rescued: list[str] = []
    for i, block in enumerate(default):
        text = _flat(block.text)
        if text in kept:
            continue
        if (i in prose and sentence_shaped(block.text) and confirmed(text, second_opinion)) or is_credit_line(text):
            rescued.append(text)
        else:
            left_out.append(text)
    return left_out, rescued


def _piece_of(text: str, paragraphs: list[str]) -> bool:
    """Whether ``text`` is what precision mode left of one of ``paragraphs``: the paragraph with
    its links cut out, the pieces glued ("reportedthat"), so its characters, white space aside,
    run in order through at least ``PIECE_SHARE`` of the paragraph's."""
    bare = "".join(text.split())
    for paragraph in paragraphs:
        whole = "".join(paragraph.split())
        if _flat(text) != paragraph and len(bare) >= PIECE_SHARE * len(whole) and _runs_through(bare, whole):
            return True
    return False


def _runs_through(part: str, whole: str) -> bool:
    """Whether ``part``'s characters occur in ``whole`` in order (a subsequence)."""
    rest = iter(whole)
    return all(char in rest for char in part)


def _drop_furniture(tree: html.HtmlElement) -> dict[str, str]:
    """Remove image captions and short link lines, in place, before trafilatura reads the page;
    their texts, each with its reason."""
    removed: dict[str, str] = {}
    for para in list(tree.iter("p")):
        words = _words(para.text_content())
        if para.find(".//img") is not None and words <= CAPTION_WORDS:
            removed[_flat(para.text_content())] = IMAGE_CAPTION
            para.drop_tree()
            continue
        links = para.findall(".//a")
        link_words = sum(_words(a.text_content()) for a in links)
        if len(links) >= 2 and 0 < words <= LINK_BLOCK_WORDS and link_words >= LINK_BLOCK_SHARE * words:
            removed[_flat(para.text_content())] = SHORT_LINK_LINE
            para.drop_tree()
    return removed


def _blocks_of(doc: Document | None) -> list[ExtractedBlock]:
    return list(_blocks(doc.body)) if doc is not None and doc.body is not None else []


def _texts(body: etree._Element | None) -> list[str]:
    return [_flat(b.text) for b in _blocks(body)] if body is not None else []


def _blocks(body: etree._Element) -> Iterator[ExtractedBlock]:
    """One block per paragraph-like element, and one per run of loose text between them (text a
    page sets between its paragraphs without a tag of its own is the tail of the element before
    it; trafilatura keeps it, and its text output shows it); line breaks inside a paragraph kept
    as newlines."""
    for element in body:
        yield from _element_blocks(element)
        tail = "\n".join(line for line in (_flat(line) for line in (element.tail or "").split("\n")) if line)
        if tail:
            yield ExtractedBlock(tail)


def _element_blocks(element: etree._Element) -> Iterator[ExtractedBlock]:
    """The blocks of one element of trafilatura's output: itself, or its list items or table rows."""
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
    _collect_text(element, parts)
    return "".join(parts)


def _collect_text(element: etree._Element, parts: list[str]) -> None:
    """Append the text under ``element`` in document order: its text, then each child's text
    followed by that child's tail (a child's tail comes after the child's own children)."""
    if element.tag == "lb":
        parts.append("\n")
    elif element.text:
        parts.append(element.text)
    for child in element:
        _collect_text(child, parts)
        if child.tail:
            parts.append(child.tail)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _words(text: str) -> int:
    """Words of ``text``: space-separated tokens, but Chinese and Japanese, written without
    spaces, count ``CJK_CHARS_PER_WORD`` of their characters as a word (a whole paragraph would
    otherwise count as one)."""
    count = 0
    for token in text.split():
        cjk = len(_CJK.findall(token))
        count += max(1, -(-cjk // CJK_CHARS_PER_WORD)) if cjk else 1
    return count


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None



