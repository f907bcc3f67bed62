"""Long articles parsed in paragraph-aligned pieces.

Parsing one long text costs memory in proportion to its length (about 3 GB for 900 KB of
prose in one ``Doc``), spaCy refuses texts over 1,000,000 characters (E088), and several
extraction passes compare every quotation with every name in a ``Doc``. A body longer than
``WHOLE_ARTICLE_CHARS`` is therefore cut at paragraph starts into pieces of about
``CHUNK_CHARS``; each piece is parsed and its facts extracted as an article of its own, then
the facts' offsets are shifted back onto the whole body. Only one piece's ``Doc`` is alive at
a time in each process, and cost grows linearly with the article. Articles up to
``WHOLE_ARTICLE_CHARS`` (every article of the reference corpora) are parsed whole, as before.

A paragraph longer than ``MAX_CHUNK_CHARS`` (a text without blank lines) is cut inside, at a
line break, else a sentence end, else a space.

Every offset a fact holds moves with its piece (``shift``; a test fails when a fact gains an
offset field not listed here), and the lede's facts (events, lede arguments) come from the
first piece only. One difference remains: a reference that leans on an earlier mention ("the
town hall" after the town hall was named) is not found in a piece's first paragraphs when the
mention lies in the piece before, so such a sentence there can still make a card.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import fields, replace
from typing import TypeVar

from quizgen.extract import ArticleFacts, FailedFacts
from quizgen.ingest.articles import Article, Block

WHOLE_ARTICLE_CHARS = 100_000
CHUNK_CHARS = 50_000
MAX_CHUNK_CHARS = 100_000

# Facts' fields that hold offsets into the body: plain offsets; offsets that may be None (no
# such place); offsets where -1 means none; tuples of offsets (or None); and tuples of
# (start, end, text) spans.
OFFSET_FIELDS = frozenset({
    "start", "end", "quote_start", "quote_end", "sent_start", "sent_end", "antecedent_start", "antecedent_end",
})
OPTIONAL_OFFSET_FIELDS = frozenset({"time_start", "time_end", "cut_at"})
MINUS_ONE_OFFSET_FIELDS = frozenset({"doer_start"})
OFFSET_TUPLE_FIELDS = frozenset({"cloze_span", "owner", "clause_span"})
SPAN_TUPLE_FIELDS = frozenset({"dated_by"})
# tuples of (start, end) pairs: ``FigureFact.new_occasion_dates``, ``FigureFact.side_clauses``
PAIR_TUPLE_FIELDS = frozenset({"new_occasion_dates", "side_clauses"})
# (offset, label) pairs: ``FigureFact.measure`` (the start of its measure's first figure, a role)
LABELLED_OFFSET_FIELDS = frozenset({"measure"})
# Facts read from the lede only (``extract.events``, ``extract.lede_arguments``): the first
# piece holds the lede (a piece is tens of thousands of characters).
LEDE_FIELDS = frozenset({"events", "arguments", "blanks"})
_PARAGRAPH_START = re.compile(r"\n[ \t]*\n\s*")
# A paragraph that opens with a quotation mark may continue the quotation before it: not a
# good place to cut.
_OPENING_MARKS = ("“", '"', "''", "``", "„")


def chunk_spans(body: str, *, size: int | None = None, most: int | None = None) -> list[tuple[int, int]]:
    """Consecutive ``(start, end)`` spans covering ``body``, cut at paragraph starts, each
    about ``size`` characters (default ``CHUNK_CHARS``) and at most ``most`` unless a
    paragraph that long must be kept whole (default ``MAX_CHUNK_CHARS``).

    >>> chunk_spans("aaaa\\n\\nbbbb\\n\\ncccc", size=8)
    [(0, 6), (6, 12), (12, 16)]
    """
    size = size or CHUNK_CHARS
    most = most or MAX_CHUNK_CHARS
    starts = [m.end() for m in _PARAGRAPH_START.finditer(body) if m.end() < len(body)]
    spans: list[tuple[int, int]] = []
    pos = 0
    while len(body) - pos > size:
        cut = _cut(body, starts, pos, size, most)
        spans.append((pos, cut))
        pos = cut
    spans.append((pos, len(body)))
    return spans


def _cut(body: str, starts: list[int], pos: int, size: int, most: int) -> int:
    limit = pos + size
    lo, hi = bisect_right(starts, pos), bisect_right(starts, limit)
    if hi > lo:  # a paragraph start within reach: the last one that opens no quotation
        for i in range(hi - 1, lo - 1, -1):
            if starts[i] < pos + size // 2:
                break
            if not body.startswith(_OPENING_MARKS, starts[i]):
                return starts[i]
        return starts[hi - 1]
    if hi < len(starts) and starts[hi] - pos <= most:
        return starts[hi]  # one long paragraph: keep it whole
    for sep in ("\n", ". ", " "):  # a paragraph too long to keep whole
        at = body.rfind(sep, pos + size // 2, limit)
        if at != -1:
            return at + len(sep)
    return limit


def article_chunks(article: Article, spans: list[tuple[int, int]]) -> Iterator[Article]:
    """``article`` restricted to each span of its body in turn, blocks clipped and moved to
    match (``spans`` in order, as ``chunk_spans`` gives them)."""
    blocks = article.blocks
    first = 0
    for start, end in spans:
        while first < len(blocks) and blocks[first].end <= start:
            first += 1
        clipped = []
        for b in blocks[first:]:
            if b.start >= end:
                break
            s, e = max(b.start, start), min(b.end, end)
            clipped.append(Block(s - start, e - start, b.kind, article.body[s:e]))
        yield replace(article, body=article.body[start:end], blocks=tuple(clipped))


F = TypeVar("F")


def shift(fact: F, offset: int) -> F:
    """``fact`` with every offset moved by ``offset``."""
    moved = {}
    for f in fields(fact):  # type: ignore[arg-type]
        value = getattr(fact, f.name)
        if f.name in OFFSET_FIELDS or f.name in OPTIONAL_OFFSET_FIELDS and value is not None or f.name in MINUS_ONE_OFFSET_FIELDS and value != -1:
            moved[f.name] = value + offset
        elif f.name in OFFSET_TUPLE_FIELDS and value is not None:
            moved[f.name] = tuple(v + offset for v in value)
        elif f.name in LABELLED_OFFSET_FIELDS and value is not None:
            moved[f.name] = (value[0] + offset, *value[1:])
        elif f.name in SPAN_TUPLE_FIELDS and value:
            moved[f.name] = tuple((start + offset, end + offset, text) for start, end, text in value)
        elif f.name in PAIR_TUPLE_FIELDS and value:
            moved[f.name] = tuple((start + offset, end + offset) for start, end in value)
    return replace(fact, **moved) if moved else fact  # type: ignore[type-var]


def merge_chunk_facts(article: Article, parts: list[tuple[int, ArticleFacts]]) -> ArticleFacts:
    """One article's facts from its pieces' facts (each with the offset of its piece). Facts
    read only from an article's first paragraphs (``LEDE_FIELDS``) come from the first piece:
    a later piece's first paragraphs are no lede."""
    merged: dict[str, list] = {f.name: [] for f in fields(ArticleFacts) if f.name != "article"}
    failed = next((facts for _, facts in parts if isinstance(facts, FailedFacts)), None)
    if failed is not None:
        return FailedFacts(article=article, failure=failed.failure)  # a piece failed: the article's facts are not whole
    for number, (offset, facts) in enumerate(parts):
        for name, found in merged.items():
            if number and name in LEDE_FIELDS:
                continue
            found.extend(shift(fact, offset) for fact in getattr(facts, name))
    return ArticleFacts(article=article, **merged)
