"""The words of a proper name as the reference resolver reads them: whether a word is a
name's, the run of name words a token heads ("First of America"), and a name's text bare of
"the" and a possessive "'s"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _name_word(word: str) -> bool:
    """A word of a name: capitalised, and no "-based" tail ("Mich.-based" is not)."""
    return word[:1].isupper() and not any(part[:1].islower() for part in word.split("-")[1:])


def _proper_chain(tok: Token) -> Span:
    """The proper name ``tok`` heads: its run of name words, with "of"/"&" inside it."""
    doc, sub = tok.doc, {t.i for t in tok.subtree}

    def inside(i: int) -> bool:
        t = doc[i]
        return i in sub and (_name_word(t.text) and t.pos_ == "PROPN" or t.lower_ in ("of", "&"))

    start, end = tok.i, tok.i + 1
    while start - 1 >= 0 and inside(start - 1):
        start -= 1
    while end < len(doc) and inside(end):
        end += 1
    while end - 1 > tok.i and doc[end - 1].lower_ in ("of", "&"):
        end -= 1
    return doc[start:end]


def _bare(text: str) -> str:
    text = text.strip()
    text = re.sub(r"^[Tt]he\s+", "", text)
    return re.sub(r"['’]s?$", "", text).strip()
