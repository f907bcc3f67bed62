"""Where a story says a person is dead: "the late Ann Ross", "the death of Ann Ross", "Ann Ross,
who died", "Ann Ross was killed", "Ann Ross (1920-1999)". Read from the article's own words."""

from __future__ import annotations

import re

# What the story says after a person's name ("Scalia, who died", "Nemtsov was shot dead",
# "Freddy was dead.") …
_AFTER = (
    r"(?:,\s*who\s+)?(?:has\s+|had\s+)?(?:died|passed\s+away|was\s+(?:killed|assassinated|murdered|executed|shot\s+dead)"
    r"|(?:was|is)\s+dead(?=[.,;]|\s+(?:at|by|in|when|of|after)\b)"
    r"|(?:\(|,\s*)(?:\d{4}|c\.\s*\d{4})\s*[-–]\s*\d{4}\)?)"
)
# … and before it ("the late Antonin Scalia", "the death of Boris Nemtsov").
# An editor's brackets may close before the surname: "deflated after [the late Sen. John] McCain
# gave the thumbs down" (j227).
_BEFORE = r"(?:\b[Tt]he\s+late|\b(?:death|killing|murder|assassination|funeral|memory)\s+of(?:\s+the\s+late)?)(?:\s+[A-Z][\w.'’-]*){0,3}\]?\s+"
_LATE_BEFORE = re.compile(_BEFORE)  # matched right up to a name
_NAME_ENDS = re.compile(r"(?!\w|['’]s)")  # "the late Ann Ross" but not "the late Ann Rossi's"
_DIED_AFTER = re.compile(rf"(?!['’])\s*{_AFTER}")  # matched right after a name
_WORD_START = re.compile(r"\b")
# Where every "the late …" starts (even inside another), and what every "… died" holds: a story
# with neither shows nobody dead.
BEFORE_STARTS = re.compile(r"(?=\b[Tt]he\s+late|\b(?:death|killing|murder|assassination|funeral|memory)\s+of)")
_AFTER_CUE = re.compile(
    r"died|passed\s+away|was\s+(?:killed|assassinated|murdered|executed|shot\s+dead)"
    r"|(?:was|is)\s+dead(?=[.,;]|\s+(?:at|by|in|when|of|after)\b)"
    r"|(?:\(|,\s*)(?:\d{4}|c\.\s*\d{4})\s*[-–]\s*\d{4}"
)


def cued_after(body: str) -> bool:
    """Whether ``body`` holds anything a name may be followed by to say it is dead."""
    return _AFTER_CUE.search(body) is not None


def shown_dead(body: str, name: str) -> bool:
    """Whether ``body`` says the person written ``name`` (in full, as given) is dead.

    >>> shown_dead("Ann Ross, who died in 2014, built it.", "Ann Ross"), shown_dead("Ann Ross built it.", "Ann Ross")
    (True, False)
    """
    before_starts = [m.start() for m in BEFORE_STARTS.finditer(body)]
    cued = cued_after(body)
    return bool(before_starts or cued) and said_dead(body, [name], before_starts, cued)


def said_dead(body: str, forms: list[str], before_starts: list[int], cued_after: bool) -> bool:
    """Whether ``body`` says a person of these ``forms`` (full name, surname) is dead: some
    place where a form is written has "the late …" ending right before it or "died …" right
    after it. The same as searching ``(?:BEFORE)(?:forms)(?!\\w|['’]s)`` or
    ``\\b(?:forms)(?!['’])\\s*AFTER``, without compiling those for every name of a deck."""
    for form in forms:
        at = body.find(form)
        while at != -1:
            end = at + len(form)
            if cued_after and _WORD_START.match(body, at) and _DIED_AFTER.match(body, end):
                return True
            if (
                before_starts
                and _NAME_ENDS.match(body, end)
                and any(start < at and _LATE_BEFORE.fullmatch(body, start, at) for start in before_starts)
            ):
                return True
            at = body.find(form, at + 1)
    return False
