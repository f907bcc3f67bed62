"""Names only a line in title capitals gives: no names.

A headline set in title capitals ("Union Leaders Rip Harold Vance As A ‘Dangerous Fool’",
"Student Visa Program Up for Renewal Amid Allegations of Fraud"), often repeated as the body's
first line, capitalises every word, and the tagger's spans there are fragments of the
headline, not names: "Union Leaders Rip Harold Vance" tagged a person, "New Mitt Dorrance" (of
"… As The New Mitt Dorrance") read as one, "Student Visa Program" an organisation. Read as
names, they become a quote's speaker ("… I finished it,” Vance said." → the fullest name ending
in "Vance"), the person a "her" stands for, the organisation bracketed for "the program".

A title-capitals line is a sentence set in title capitals (``events.headline_case``) or a text
block that repeats the headline (``events.repeats_headline``) with every longer word
capitalised. A name the tagger found there stands only when the prose outside such lines
supports it:

- a person: the prose names the same person (the same name), or — for a name that starts with
  a known first name ("Dana Whitfield") — the prose names them by the surname; never when the
  prose's name is a part of the headline's span ("Harold Vance" in "Union Leaders Rip Harold
  Vance"): the span is the headline's words run into the name;
- an organisation or place the resolver brackets for "the program", "it": the prose writes
  the name as the line does, capitals and all ("Student Visa Program" is not "a costly visa
  program").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from quizgen.extract.events import headline_case, repeats_headline
from quizgen.extract.name_lists import is_first_name
from quizgen.facts.names import surname

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from quizgen.facts.records import Mention
    from quizgen.ingest.articles import Article

_LONG_WORD = re.compile(r"[^\W\d_][\w’'-]{3,}")


class TitleLines:
    """The character spans of an article's lines in title capitals, and whether a name is
    written outside them."""

    def __init__(self, doc: Doc, article: Article):
        spans = [(s.start_char, s.end_char) for s in doc.sents if headline_case(s)]
        for block in article.text_blocks():
            if repeats_headline(block.text, article.title) and _title_capitals(block.text):
                spans.append((block.start, block.end))
        self.spans = _merged(spans)
        self._starts = [s for s, _ in self.spans]
        self.text = doc.text

    def holds(self, offset: int) -> bool:
        """Whether the character at ``offset`` lies in a title-capitals line."""
        at = bisect_right(self._starts, offset) - 1
        return at >= 0 and offset < self.spans[at][1]

    def written_outside(self, name: str) -> bool:
        """Whether the text writes ``name`` (as a whole word run, case and all) outside the
        title-capitals lines."""
        pattern = re.compile(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w-])")
        return any(not self.holds(m.start()) for m in pattern.finditer(self.text))

    def names(self, start: int, name: str) -> bool:
        """Whether an organisation's or a place's ``name`` found at ``start`` stands: found
        outside the title-capitals lines, or written as found outside them too."""
        return not self.holds(start) or self.written_outside(name)

    def people(self, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` without the people only a title-capitals line names."""
        if not self.spans:
            return mentions
        prose = {m.name for m in mentions if not self.holds(m.start)}
        return [m for m in mentions if not self.holds(m.start) or _supported(m.name, prose)]


def _supported(name: str, prose: set[str]) -> bool:
    """Whether a person named in a title-capitals line is one the prose names (``prose``: the
    names of the prose's mentions)."""
    if name in prose:
        return True
    words = name.split()
    if any(_part_of(p.split(), words) for p in prose if len(p.split()) > 1):
        return False  # "Black Lawmakers Rip Donald Trump" around the prose's "Donald Trump"
    return len(words) > 1 and is_first_name(words[0]) and surname(name) in prose


def _part_of(part: list[str], words: list[str]) -> bool:
    """Whether ``part`` is a run of ``words`` shorter than all of them."""
    n = len(part)
    return n < len(words) and any(words[i : i + n] == part for i in range(len(words) - n + 1))


def _title_capitals(text: str) -> bool:
    """Whether every word of four letters or more is capitalised ("Visa Program Up for
    Renewal Amid Allegations of Fraud"), as a headline set in title capitals writes them."""
    words = _LONG_WORD.findall(text)
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
