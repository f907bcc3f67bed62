"""What every item kind shares: stable ids from content, and evidence sentences.

Item ids hash the fact's normalised key, never its position, so regenerating a deck keeps the
ids and the learners' review history.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections.abc import Iterable

from quizgen.ingest.articles import Article
from quizgen.models import Evidence


def stable_id(prefix: str, key: str) -> str:
    """``prefix-`` + 12 hex digits of the SHA-256 of the normalised key."""
    normal = " ".join(re.findall(r"\w+", key.casefold()))
    return f"{prefix}-{hashlib.sha256(normal.encode('utf-8')).hexdigest()[:12]}"


def evidence_for(article: Article, start: int, end: int) -> Evidence:
    """The span as evidence, kept inside one prose block: a fact's sentence may run on, for the
    parser, past its paragraph into captions, links or the next paragraph; the card shows only
    the paragraph where it starts."""
    start, end = within_block(article, start, end)
    return Evidence(source=article.id, start=start, end=end, text=article.body[start:end])


def within_block(article: Article, start: int, end: int) -> tuple[int, int]:
    """``start``–``end`` cut to the first prose block it overlaps (unchanged when none does)."""
    index = article.text_block_ends
    if index is not None:  # ordered blocks: the first ending after ``start`` is the only candidate
        ends, blocks = index
        at = bisect_right(ends, start)
        if at < len(blocks) and blocks[at].start < end:
            return max(start, blocks[at].start), min(end, blocks[at].end)
        return start, end
    for block in article.text_blocks():
        if block.start < end and start < block.end:
            return max(start, block.start), min(end, block.end)
    return start, end


def sentence_evidence(facts: Iterable, articles: dict[str, Article]) -> list[Evidence]:
    """Each distinct sentence that reports a merged fact, in article order."""
    spans = sorted({(f.article_id, f.sent_start, f.sent_end) for f in facts})
    return [evidence_for(articles[a], s, e) for a, s, e in spans]
