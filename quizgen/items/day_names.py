"""Days a card would name only by their article's date: "on Tuesday", "today", "Friday night".

A card shows one sentence, read long after the article: "NBC announced on Tuesday", "there
are ____ delegates at stake in Tuesday night's contests", "Saddam today sought peace" say no
day at all once the dateline is gone. The date extractor (``extract.dates``) has already
resolved each such day against the publication date — the same value a date card asks for —
and only where it is sure (no "last Tuesday", nothing in quoted words, no weekday in a
sentence about another year). Each resolved day becomes a ``Reference`` that every cloze
writes out in brackets, as the relative years are ("[in 1988]"):

>>> # "NBC announced Tuesday" → "NBC announced [on 23 February 2016]"

A day that modifies a noun after an article ("a Friday night vigil") is left as written, as
the date card leaves it. A possessive day ("in Tuesday night's contests", "Saturday's vote")
is a reference without a name: "[8 March 2016]'s contests" does not read, and how a date
could go in its place depends on the possessed noun's words, so no cloze keeps it (round 38).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

from quizgen.facts.records import DateFact, Reference
from quizgen.items.wording import spell_date

RELATIVE_DAY_PATTERNS = frozenset(["weekday", "rel_day"])  # ``extract.dates``' rules for "Tuesday", "today"
_PART_OF_DAY = re.compile(r"\s+(night|morning|evening|afternoon)\b")
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
# A determiner or possessor before the day, with at most one word between that is no
# preposition: the day modifies a noun ("a Friday night vigil", "his Sunday night address",
# "an important Monday appearance"), and a date in its place would not read.
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|his|her|its|their|our|my|your|this|that)|['’]s?)\s+"
    r"(?:(?!(?:on|by|until|till|since|from|before|after|through|for|of|at|in|and|or)\b)[a-z][a-z-]*\s+)?$",
    re.IGNORECASE,
)
# A preposition the article wrote before the day: "until today" → "until [12 May 1998]".
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|by|until|till|since|from|before|after|through|for|of)\s+$", re.IGNORECASE)


def day_references(dates: Iterable[DateFact], body: str, *, published: dt.date | None = None) -> Iterator[Reference]:
    """A named ``Reference`` for each day of ``dates`` written relative to the article's date.

    ``body`` is the article's text the facts' offsets point into; ``published`` its date
    (kept for callers; a possessive day, which once depended on it, is now named by none). A
    possessive day ("Tuesday's primaries will force …") is a reference without a name: no
    cloze keeps it."""
    for fact in dates:
        if not fact.relative or fact.pattern not in RELATIVE_DAY_PATTERNS or fact.value.count("-") != 2:
            continue
        before = body[max(0, fact.start - 30) : fact.start]
        if _DETERMINER_BEFORE.search(before):
            continue  # "a Friday night vigil", "the Tuesday meeting": left as the date card leaves it
        day = spell_date(fact.value)[0]
        end = fact.end
        part = _PART_OF_DAY.match(body, end) if fact.pattern == "weekday" else None
        if part is not None:
            end = part.end()
        if _POSSESSIVE.match(body, end):
            # "Tuesday night's contests" → "[8 March 2016]'s contests" does not read, and the
            # words around the possessed noun decide how a date could go there ("the contests
            # of …", "in another semifinal on …"): no name, so no card keeps the day
            yield Reference(text=body[fact.start : end], start=fact.start, end=end, name=None, kind="day")
            continue
        if part is not None:
            name = f"the {part.group(1)} of {day}"  # "on Tuesday night" → "on [the night of 8 March 2016]"
        else:
            name = day
        if not _POSSESSIVE.match(body, end) and not _PREPOSITION_BEFORE.search(before) and fact.bare:
            # "announced Tuesday", "today sought" → "[on 23 February 2016]"; not a day the clause is
            # about or acts on, which the parse read as its subject or object, as the date card
            # reads it: "Wednesday added one more twist" → "[27 April 2016] added …", "Clinton
            # spent Sunday speaking" → "Clinton spent [5 June 2016] speaking"
            name = f"on {name}"
        if not body[fact.sent_start : fact.start].strip(" “\"‘'("):
            name = name[:1].upper() + name[1:]  # "Friday, Sanders told …" → "[On 1 April 2016], Sanders told …"
        yield Reference(text=body[fact.start : end], start=fact.start, end=end, name=name, kind="day")
