"""The text's stretches inside quotation marks: words in quotes are a speaker's, not the
article's own telling, so no event is read from them (``extract_events`` skips a quoted token)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_MARKS = re.compile(r"``|''|[“”«»\"]|\n\n")


class Quoted:
    """The text's stretches inside quotation marks, as sorted (start, end) pairs: ``offset in
    quoted`` tells whether a character is quoted. A quotation may run over several sentences
    ("writing “Feels great … The band offered to pay …”"), so marks are paired over each
    paragraph, not each sentence; a paragraph's end closes any left open. A straight mark shaped
    as an opening one (a space before it, a letter after: ``… police. "Democrats …``) while a
    quotation is open leaves it open: the writer opened it twice, and the words after it are
    still quoted (j190: a correspondent's quoted report was read as the article's telling)."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        opened: int | None = None
        for m in _MARKS.finditer(text):
            mark = m.group()
            if mark == '"' and opened is not None and _opening_shape(text, m.start()):
                continue
            if mark == "\n\n" or mark in ("”", "»", "''") or (mark == '"' and opened is not None):
                if opened is not None:
                    self.starts.append(opened)
                    self.ends.append(m.start())
                opened = None
            elif opened is None:  # “, «, ``, or a straight mark opening
                opened = m.end()
        if opened is not None:
            self.starts.append(opened)
            self.ends.append(len(text))

    def __contains__(self, offset: int) -> bool:
        i = bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ends[i]


def _opening_shape(text: str, at: int) -> bool:
    """Whether the straight mark at ``at`` opens by its place: after a space, before a letter."""
    return (at == 0 or text[at - 1].isspace()) and at + 1 < len(text) and text[at + 1].isalpha()


def quoted_chars(doc: Doc) -> Quoted:
    return Quoted(doc.text)


def in_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` of one sentence's ``text`` lies inside quotation marks opened before it
    in that sentence (a quick test within a sentence; ``Quoted`` pairs marks over paragraphs)."""
    before = text[:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1 or before.count("``") > before.count("''")

