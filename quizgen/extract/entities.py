"""Organisations and places named in an article, and the acronyms it defines for them."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING

from quizgen.facts.records import Alias, EntityMention
from quizgen.ingest.articles import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

ENTITY_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|the|on|de|du)?\s*[A-Z][\w&'’.-]*){1,7}"
_LONG_THEN_SHORT = re.compile(rf"(?:the\s+)?({_NAME})\s+\(([A-Z][A-Za-z.&]{{1,9}})\)")
_SHORT_THEN_LONG = re.compile(rf"\b([A-Z][A-Z.&]{{1,9}})\s+\((?:the\s+)?({_NAME})\)")


def entity_mentions(doc: Doc, *, article: Article) -> Iterator[EntityMention]:
    """ORG, GPE, NORP, LOC and FAC entities in the article's prose."""
    blocks = sorted((b.start, b.end) for b in article.text_blocks())
    starts = [s for s, _ in blocks]
    for ent in doc.ents:
        at = bisect_right(starts, ent.start_char) - 1  # the block that starts last at or before it
        if ent.label_ in ENTITY_LABELS and at >= 0 and ent.start_char < blocks[at][1]:
            text = ent.text.strip()
            if text[:1].isupper():
                yield EntityMention(text=text, label=ent.label_, start=ent.start_char, end=ent.end_char)


def defined_aliases(article: Article) -> Iterator[Alias]:
    """Acronyms defined in the prose: "Long Name (ACR)" and "ACR (the Long Name)"."""
    for block in article.text_blocks():
        for m in _LONG_THEN_SHORT.finditer(block.text):
            if _initials_match(m.group(2), m.group(1)):
                yield Alias(short=m.group(2), long=m.group(1))
        for m in _SHORT_THEN_LONG.finditer(block.text):
            if _initials_match(m.group(1), m.group(2)):
                yield Alias(short=m.group(1), long=m.group(2))


def _initials_match(short: str, long: str) -> bool:
    """NATO ↔ North Atlantic Treaty Organization: the acronym's letters are the long name's
    initials, in order (small words may be skipped)."""
    letters = [c for c in short.upper() if c.isalpha()]
    initials = [w[0].upper() for w in long.split() if w[:1].isalpha()]
    it = iter(initials)
    return len(letters) >= 2 and all(any(c == i for i in it) for c in letters) and initials[0] == letters[0]
