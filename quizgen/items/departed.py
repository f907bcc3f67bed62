"""People a story shows are no living voice of its time: dead, or figures of history.

A wrong "who" choice must be someone who could have said the words when they were said: readers
rule out at once a person the article says is dead ("the late Antonin Scalia", "Scalia, who died
in February") or a figure it places only in a past generation ("Abraham Lincoln said in 1858").
Read from the article's own words, never from a list of famous names.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache

from quizgen.facts.names import surname

HISTORY_YEARS = 40  # a person the story names only beside years this far back is history
# What the story says after a person's name ("Scalia, who died", "Nemtsov was shot dead") …
_AFTER = (
    r"(?:,\s*who\s+)?(?:has\s+|had\s+)?(?:died|passed\s+away|was\s+(?:killed|assassinated|murdered|executed|shot\s+dead)"
    r"|(?:\(|,\s*)(?:\d{4}|c\.\s*\d{4})\s*[-–]\s*\d{4}\)?)"
)
# … and before it ("the late Antonin Scalia", "the death of Boris Nemtsov").
_BEFORE = r"(?:\b[Tt]he\s+late|\b(?:death|killing|murder|assassination|funeral|memory)\s+of(?:\s+the\s+late)?)(?:\s+[A-Z][\w.'’-]*){0,3}\s+"
# What every match of the two above holds: when a story has neither, nobody in it is dead.
_BEFORE_CUE = re.compile(r"\b[Tt]he\s+late|\b(?:death|killing|murder|assassination|funeral|memory)\s+of")
_AFTER_CUE = re.compile(
    r"died|passed\s+away|was\s+(?:killed|assassinated|murdered|executed|shot\s+dead)"
    r"|(?:\(|,\s*)(?:\d{4}|c\.\s*\d{4})\s*[-–]\s*\d{4}"
)
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def departed_in(
    body: str,
    names: Iterable[str],
    *,
    published: dt.date | None = None,
    speakers: Iterable[str] = (),
) -> frozenset[str]:
    """The people of ``names`` the story shows dead or of history (a figure of history: named,
    not quoted, only beside years ``HISTORY_YEARS`` before ``published``; someone quoted may
    speak of old years: "Ann Ross recalled the 1968 riots").

    >>> sorted(departed_in("The late Ann Ross founded it. Ben Cole said so.", ["Ann Ross", "Ben Cole"]))
    ['Ann Ross']
    """
    out = set()
    speakers = set(speakers)
    sentences = _SENTENCE.findall(body) if published else []
    # Most stories hold no word of death at all: then no name needs its own patterns (which,
    # compiled per name, cost more than the rest of a deck's wrong choices).
    cued_before = _BEFORE_CUE.search(body) is not None
    cued_after = _AFTER_CUE.search(body) is not None
    for name in names:
        forms = [name] + ([surname(name)] if surname(name) != name else [])
        named = (cued_before or cued_after) and any(form in body for form in forms)
        dead = named and (
            (cued_before and _dead_before(tuple(forms)).search(body))
            or (cued_after and _dead_after(tuple(forms)).search(body))
        )
        history = (
            published is not None
            and name not in speakers
            and _of_history(name, sentences, published.year)
        )
        if dead or history:
            out.add(name)
    return frozenset(out)


@lru_cache(maxsize=4096)
def _dead_before(forms: tuple[str, ...]) -> re.Pattern[str]:
    """"The late NAME", "the death of NAME" for a person's name or surname (compiled once per
    name: a deck holds more names than ``re``'s own cache)."""
    said = "|".join(map(re.escape, forms))
    return re.compile(rf"(?:{_BEFORE})(?:{said})(?!\w|['’]s)")


@lru_cache(maxsize=4096)
def _dead_after(forms: tuple[str, ...]) -> re.Pattern[str]:
    """"NAME died", "NAME, who was killed", "NAME (1920-1999)"."""
    said = "|".join(map(re.escape, forms))
    return re.compile(rf"\b(?:{said})(?!['’])\s*{_AFTER}")


def _of_history(name: str, sentences: list[str], year: int) -> bool:
    """Whether every sentence naming the person in full that gives a year gives only years long
    past, and at least one does ("Abraham Lincoln said in 1858")."""
    years = [int(y) for s in sentences if name in s for y in _YEAR.findall(s)]
    return bool(years) and max(years) <= year - HISTORY_YEARS
