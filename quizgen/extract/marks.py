"""Quotation marks: find the quoted stretches of an article, paragraph by paragraph.

Handles curly (“ ”) and straight (") marks, the NYT's doubled apostrophes (''), and
multi-paragraph quotations that reopen at each paragraph without closing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.constants import REPORTING_VERB_FORMS

# One token per mark; '' before ' so that the doubled apostrophe wins.
_MARK = re.compile(r"“|”|„|\"|''|``")
_OPENERS = {"“": "”", "„": "”", '"': '"', "''": "''", "``": "''"}
# Markup left in a text (<tweet author="x" date="…">): its attribute values are not quotations.
_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")


@dataclass(frozen=True)
class Piece:
    """Quoted text ``body[start:end]`` (marks excluded) within one paragraph."""

    start: int
    end: int
    block: int  # index of the paragraph in the list given
    closed: bool  # a closing mark ends it (else the paragraph ended first)


def find_pieces(body: str, spans: list[tuple[int, int]]) -> list[Piece]:
    """Quoted pieces in each paragraph span; an unclosed quote runs to its paragraph's end."""
    pieces: list[Piece] = []
    for index, (b_start, b_end) in enumerate(spans):
        text = _TAG.sub(lambda m: " " * len(m.group()), body[b_start:b_end])
        open_mark: str | None = None
        open_at = 0
        marks = list(_MARK.finditer(text))
        inner = _inner_straight_marks(text, marks)
        for at, m in enumerate(marks):
            mark = m.group()
            if at in inner:
                continue
            if open_mark is None:
                if mark in _OPENERS and not _is_inch_or_apostrophe(text, m.start(), mark):
                    open_mark, open_at = mark, m.end()
                continue
            closer = _OPENERS[open_mark]
            # Mixed marks close too: “A" and "A” (a curly and a straight mark).
            if (
                mark == closer
                or (open_mark in ("“", "„") and mark == '"' and _ends_word(text, m.start()))
                or (open_mark == '"' and mark == "”")
            ):
                if m.start() > open_at:
                    pieces.append(Piece(b_start + open_at, b_start + m.start(), index, True))
                open_mark = None
            elif mark == open_mark == "“" and _misprinted_closer(text, m.start(), m.end()):
                # “abhorrent“ in a tweet: an opening mark glued to the word before it closes.
                if m.start() > open_at:
                    pieces.append(Piece(b_start + open_at, b_start + m.start(), index, True))
                open_mark = None
            elif mark == open_mark == "“":
                # A new opening before any close: the earlier quote was never closed.
                if m.start() > open_at:
                    pieces.append(Piece(b_start + open_at, b_start + m.start(), index, False))
                open_at = m.end()
        if open_mark is not None and len(text) > open_at:
            pieces.append(Piece(b_start + open_at, b_end, index, False))
    return [_trim(body, p) for p in pieces if body[p.start : p.end].strip()]


_INNER_MAX = 40  # characters of a quoted term inside a quotation ('the concept of "B" shares')


def _inner_straight_marks(text: str, marks: list[re.Match[str]]) -> set[int]:
    """The indexes of straight marks that quote a short term inside a straight-quoted quotation
    ('said: "I don't like the concept of "B" shares because …."', j105): while a straight mark
    is open, one that opens a word (a space before it, a letter after) and the next, which
    closes one (glued to the word before), are the inner pair, when a closing straight mark
    still follows for the outer quotation. Without this the quotation ended at "of"."""
    inner: set[int] = set()
    open_straight = False
    at = 0
    while at < len(marks):
        m = marks[at]
        if m.group() != '"':
            at += 1
            continue
        if not open_straight:
            open_straight = not _is_inch_or_apostrophe(text, m.start(), '"')
            at += 1
            continue
        nxt = marks[at + 1] if at + 1 < len(marks) else None
        later = marks[at + 2] if at + 2 < len(marks) else None
        if (
            _opens_word(text, m)
            and nxt is not None and later is not None
            and nxt.group() == later.group() == '"'
            and _ends_word(text, nxt.start()) and not _opens_word(text, nxt)
            and nxt.start() - m.end() <= _INNER_MAX
            and _ends_word(text, later.start())
        ):
            inner.update((at, at + 1))
            at += 2
            continue
        open_straight = False
        at += 1
    return inner


def _opens_word(text: str, m: re.Match[str]) -> bool:
    return m.start() > 0 and text[m.start() - 1].isspace() and m.end() < len(text) and text[m.end()].isalnum()


def _is_inch_or_apostrophe(text: str, at: int, mark: str) -> bool:
    # 6'2" or 12" (inches): a straight mark right after a digit opens nothing.
    return mark in ('"', "''") and at > 0 and text[at - 1].isdigit()


def _misprinted_closer(text: str, start: int, end: int) -> bool:
    return _ends_word(text, start) and (end == len(text) or text[end].isspace() or text[end] in ".,;:?!")


def _ends_word(text: str, at: int) -> bool:
    return at > 0 and not text[at - 1].isspace()


# An attribution the wire set inside the closing mark ("“Our progress will determine …, he
# said.”", j79): a pronoun or a name of up to four capitalised words, then a verb of saying.
_INSIDE_ATTRIBUTION = re.compile(
    r",\s+(?:he|she|they|we|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+(?P<verb>[a-z]+)\.?\s*$"
)


# An attribution inside a quotation the wire never closed ("“I don't see any reason to change
# estimates, said Frederick Meinke, analyst at E.F. Hutton Co. He thinks …", j116): after a
# comma, a verb of saying and a name of up to four capitalised words, or a pronoun or such a
# name and the verb, then a comma or a stop. The speaker's comma ends the words.
_UNCLOSED_ATTRIBUTION = re.compile(
    r",\s+(?:(?P<first>[a-z]+)\s+(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]*"
    r"|(?:he|she|(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]*)\s+(?P<after>[a-z]+))(?=[,.])"
)


def _trim(body: str, p: Piece) -> Piece:
    start, end = p.start, p.end
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    inside = _INSIDE_ATTRIBUTION.search(body, start, end) if p.closed else None
    if inside is not None and inside.group("verb") in REPORTING_VERB_FORMS and inside.start() > start:
        end = inside.start()  # the words end before the attribution the marks took in by mistake
    if not p.closed:
        for m in _UNCLOSED_ATTRIBUTION.finditer(body, start, end):
            if m.start() > start and (m.group("first") or m.group("after")) in REPORTING_VERB_FORMS:
                return Piece(start, m.start(), p.block, True)  # the speaker's comma closes the words
    return Piece(start, end, p.block, p.closed)
