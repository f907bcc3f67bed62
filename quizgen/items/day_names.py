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
the date card leaves it. A possessive day is written as a date modifying its noun, "Tuesday
night's contests" → "[the 8 March 2016] contests" ("[8 March 2016]'s contests" does not read);
one whose noun has a determiner of its own ("Saturday's another semifinal") or that falls after
the article's date is a reference without a name, so no cloze keeps it (round 38).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

from quizgen.extract.date_predicates import MODIFIER
from quizgen.facts.records import DateFact, Reference
from quizgen.items.wording import PREPOSITION_BEFORE, spell_date

RELATIVE_DAY_PATTERNS = frozenset(["weekday", "rel_day"])  # ``extract.dates``' rules for "Tuesday", "today"
_PART_OF_DAY = re.compile(r"\s+(night|morning|evening|afternoon)\b")
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
# A determiner or possessor before the day, with at most one word between that is no
# preposition, itself after at most one adverb in -ly: the day modifies a noun ("a Friday night
# vigil", "his Sunday night address", "an important Monday appearance", "the hugely popular
# Saturday night show"), and a date in its place would not read.
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|his|her|its|their|our|my|your|this|that)|['’]s?)\s+(?:[a-z]+ly\s+)?"
    r"(?:(?!(?:on|by|until|till|since|from|before|after|through|for|of|at|in|and|or)\b)[a-z][a-z-]*\s+)?$",
    re.IGNORECASE,
)
# A word after a possessive day that determines the noun itself ("Saturday's another
# semifinal", "Monday's two votes"): "the [date]" cannot go before it.
_DETERMINER_AFTER = re.compile(
    r"\s*(?:a|an|another|the|this|that|these|those|other|each|every|both|some|[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE,
)
# A preposition the article wrote before the day (``wording.PREPOSITION_BEFORE``): "until
# today" → "until [12 May 1998]". "late Friday or early Saturday": the day's edge stays before
# it, and "on" would split the two ("late [on 18 April 1997]", j40): "late [18 April 1997]";
# with a part of the day the edge goes inside: "[in the late afternoon of 15 November 2006]".
_EDGE_BEFORE = re.compile(r"\b(?:late|early)\s+$", re.IGNORECASE)


# What joins a day to the one before it: "Saturday and Sunday", "Monday or Tuesday", "Friday, Saturday".
_JOINED_BEFORE = re.compile(r"(?:\s+(?:and|or)|,)\s+$")


def day_references(dates: Iterable[DateFact], body: str, *, published: dt.date | None = None) -> Iterator[Reference]:
    """A named ``Reference`` for each day of ``dates`` written relative to the article's date.

    ``body`` is the article's text the facts' offsets point into; ``published`` its date. A
    possessive day after it ("Tuesday's primaries will force …") is a reference without a name
    (no cloze keeps it): the sentence's tense, which chose the week, need not be the possessed
    event's (those primaries were the Tuesday before)."""
    left: list[int] = []  # where the days left as written end
    for fact in sorted(dates, key=lambda f: f.start):
        if not fact.relative or fact.pattern not in RELATIVE_DAY_PATTERNS or fact.value.count("-") != 2:
            continue
        before = body[max(0, fact.start - 30) : fact.start]
        if _DETERMINER_BEFORE.search(before) or (fact.pattern == "weekday" and fact.occasion == MODIFIER):
            # "a Friday night vigil", "the Tuesday meeting", "during Sunday morning services" (j216:
            # a September shooting's, bracketed as the story's Sunday): left as the date card leaves it
            left.append(fact.end)
            continue
        joined = _JOINED_BEFORE.search(before)
        if joined is not None and fact.start - len(joined.group()) in left:
            # "The killings Saturday and Sunday" (j190): the first day is left as written, and so is
            # the second — "… Saturday and [4 August 2019]" told one day of two
            left.append(fact.end)
            continue
        day = spell_date(fact.value)[0]
        end = fact.end
        part = _PART_OF_DAY.match(body, end) if fact.pattern == "weekday" else None
        if part is not None:
            end = part.end()
        mark = _POSSESSIVE.match(body, end)
        if mark is not None:
            # "Tuesday night's debate" → "[the 4 October 2016] debate": the date goes before the
            # noun as a modifier ("[4 October 2016]'s debate" does not read). Not when the noun
            # has a determiner of its own ("Saturday's another semifinal"), nor a day after the
            # article's date (the possessed event may be the week before): no name, no card.
            after = _DETERMINER_AFTER.match(body, mark.end())
            later = published is None or fact.value > published.isoformat()
            name = None if after or later else f"the {day}"
            if name is not None and not body[fact.sent_start : fact.start].strip(" “\"‘'("):
                name = "The" + name[3:]
            yield Reference(text=body[fact.start : mark.end()], start=fact.start, end=mark.end(), name=name, kind="day")
            continue
        start = fact.start
        edge = _EDGE_BEFORE.search(before)
        if part is not None and edge is not None:
            # "late Wednesday afternoon" → "[in the late afternoon of 15 November 2006]", not
            # "late [the afternoon of …]"
            start -= len(before) - edge.start()
            name = f"in the {edge.group().strip().lower()} {part.group(1)} of {day}"
        elif part is not None:
            name = f"the {part.group(1)} of {day}"  # "on Tuesday night" → "on [the night of 8 March 2016]"
        else:
            name = day
        if not _POSSESSIVE.match(body, end) and not PREPOSITION_BEFORE.search(before) and edge is None and fact.bare:
            # "announced Tuesday", "today sought" → "[on 23 February 2016]"; not a day the clause is
            # about or acts on, which the parse read as its subject or object, as the date card
            # reads it: "Wednesday added one more twist" → "[27 April 2016] added …", "Clinton
            # spent Sunday speaking" → "Clinton spent [5 June 2016] speaking"
            name = f"on {name}"
        if not body[fact.sent_start : start].strip(" “\"‘'("):
            name = name[:1].upper() + name[1:]  # "Friday, Sanders told …" → "[On 1 April 2016], Sanders told …"
        yield Reference(text=body[start:end], start=start, end=end, name=name, kind="day")
