"""Wrong dates a reader of the story cannot rule out by their pattern.

- a year of a recurring event (a presidential primary, the Olympics, a census) gets other years
  of its cycle: "the 2008 New Hampshire presidential primary" → 2004, 2012, 2000, never 2011 —
  when the year is one the event is held in (``constants.CYCLE_PHASES``): "the Census Bureau
  says Millennials surpassed Boomers in 2015" dates no census, and gets near years, not 1985.
  The cycle comes from ``constants.RECURRING_EVENTS`` (a word of the sentence's parse), or for
  a word whose cycle depends on the country ("election") from the deck's other years of the same
  event: 2008, 2012 and 2016 elections in one deck → a four-year cycle;
- a day on a working day (Monday–Friday: trading, votes, announcements) gets working days, so
  that no option falls on a Sunday the stock market was shut.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import re
from collections.abc import Iterable

from quizgen.constants import CYCLE_PHASES, RECURRING_EVENTS

MAX_CYCLE = 10  # a deck-read cycle longer than this is no cycle but chance


def sentence_words(fact, body: str) -> set[str]:
    """The words of a date's sentence and the lemmas of its parse ("primaries" → "primary")."""
    return set(re.findall(r"[a-z][a-z\-]*", body[fact.sent_start : fact.sent_end].lower())) | {
        w.lower() for w in fact.event
    }


def cycle_of(words: Iterable[str], answer: int, deck_years: dict[str, set[int]]) -> int | None:
    """Years between two holdings of the event the sentence names (``words``: its words and
    lemmas), or None. ``deck_years``: cycle word → the years the deck's sentences date it to."""
    words = sorted(set(words))
    fixed = [RECURRING_EVENTS[w] for w in words if RECURRING_EVENTS.get(w) and in_phase(w, answer)]
    if fixed:
        return max(fixed)
    for word in words:
        if word in RECURRING_EVENTS:
            gaps = [abs(y - answer) for y in deck_years.get(word, ()) if y != answer]
            period = math.gcd(*gaps) if len(gaps) >= 2 else 0
            if 2 <= period <= MAX_CYCLE:
                return period
    return None


def in_phase(word: str, year: int) -> bool:
    """Whether the event a cycle word names is held in ``year`` (``CYCLE_PHASES``; a word of no
    known phase: any year)."""
    every, remainder = CYCLE_PHASES.get(word, (1, 0))
    return year % every == remainder


def cycle_years(answer: int, period: int, rng: random.Random, *, not_after: str | None, not_before: str | None) -> list[str]:
    """Years of the cycle around ``answer``, the nearest first (each pair in seeded order),
    within the publication bounds (ISO dates at any precision)."""
    out = []
    for k in range(1, 7):
        pair = [answer - k * period, answer + k * period]
        rng.shuffle(pair)
        out += [str(y) for y in pair if 1000 <= y <= 2999]
    low = int(not_before[:4]) if not_before else None
    high = int(not_after[:4]) if not_after else None
    return [y for y in out if (low is None or int(y) >= low) and (high is None or int(y) <= high)]


def deck_cycle_years(facts: Iterable, bodies: dict[str, str]) -> dict[str, set[int]]:
    """Cycle word → the years (year-precision dates) of the deck's sentences naming it."""
    out: dict[str, set[int]] = {}
    for f in facts:
        if len(f.value) == 4 and f.value.isdigit():
            for w in sentence_words(f, bodies[f.article_id]) & RECURRING_EVENTS.keys():
                out.setdefault(w, set()).add(int(f.value))
    return out


def same_kind_of_day(answer: str, options: Iterable[str]) -> list[str]:
    """Options of a working-day answer that are working days too (others as they are)."""
    options = list(options)
    if answer.count("-") != 2 or dt.date.fromisoformat(answer).weekday() >= 5:
        return options
    return [o for o in options if o.count("-") != 2 or dt.date.fromisoformat(o).weekday() < 5]
