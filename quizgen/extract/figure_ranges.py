"""Ranges written with words: "150 to 175 pounds", "between 300 and 400 jobs", "$50 million to
$60 million", "$1.5-$2.0 billion", "three or four percent". A range is one figure — its two ends are one fact — so
the two numbers the figure pattern finds are read together, as "10-17 soldiers" already is.

"from 40% to 55%" and "from the current $7.25 to $12" are changes (two figures, before and after),
"by 0.5 pct to 10 pct" a change and the level it reaches,
"voted 7 to 2" is a score and "$12 or $15" two alternatives: none is a range.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from quizgen.constants import NUMBER_SCALES
from quizgen.extract.number_words import number_value

_TO = re.compile(r"\s+to\s+")
_AND = re.compile(r"\s+and\s+")
# a dash between two sums each written with its currency ("$1.5-$2.0 billion"); the figure
# pattern reads a dash between bare numbers ("10-17 soldiers") itself
_DASH = re.compile(r"\s*[-–—]\s*([$£€¥])?")
# "from" a few words before the first number: "from the current $7.25 to $12" is a change
_FROM_BEFORE = re.compile(r"\bfrom(?:\s+[\w'’.-]+){0,3}\s+$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$", re.IGNORECASE)
# "by" right before the first number: "raising the ratio by 0.5 pct to 10 pct" is a change and
# the level it reaches, when each number carries its own unit (j118: offered "0.6 pct to 20 pct");
# "rose by two to three pct" stays a range
_BY_BEFORE = re.compile(r"\bby\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)


class NumberRange(NamedTuple):
    """Two matches of the figure pattern read as one range; answers ``start``, ``end`` and
    ``group`` as a match with a second number ("num2") does."""

    low: re.Match
    high: re.Match

    def start(self) -> int:
        return self.low.start()

    def end(self) -> int:
        return self.high.end()

    def group(self, name: str) -> str | None:
        if name == "num":
            return self.low.group("num")
        if name == "num2":
            return self.high.group("num")
        if name == "cur":
            return self.low.group("cur") or self.high.group("cur")
        return self.high.group(name)  # scale and percent are written after the range's end

    def low_scale(self) -> float | None:
        """The low end's own scale ("500,000 to 1 million"), or None when the high end's serves
        both ("2 to 3 million")."""
        return _scale(self.low) if self.low.group("scale") else None


def _scale(m: re.Match) -> float:
    scale = m.group("scale")
    return NUMBER_SCALES.get(scale.lower(), 1.0) if scale else 1.0


def with_ranges(text: str, matches: list[re.Match]) -> list[re.Match | NumberRange]:
    """``matches`` (in text order) with each pair of numbers that writes a range merged into one
    NumberRange."""
    out: list[re.Match | NumberRange] = []
    i = 0
    while i < len(matches):
        low = matches[i]
        high = matches[i + 1] if i + 1 < len(matches) else None
        if high is not None and _is_range(text, low, high):
            out.append(NumberRange(low, high))
            i += 2
        else:
            out.append(low)
            i += 1
    return out


def _is_range(text: str, low: re.Match, high: re.Match) -> bool:
    if low.group("num2") or high.group("num2"):
        return False
    gap = text[low.end() : high.start()]
    before = text[: low.start()]
    if _AND.fullmatch(gap):
        written = bool(_BETWEEN_BEFORE.search(before))
    elif (dash := _DASH.fullmatch(gap)) is not None:
        # "$1.5-$2.0 billion" (j176: a card blanked its high end): both ends sums of one currency
        written = bool(low.group("cur")) and (dash.group(1) or high.group("cur")) == low.group("cur")
    else:
        written = bool(_TO.fullmatch(gap)) and not _FROM_BEFORE.search(before)
    if not written:
        return False
    if _BY_BEFORE.search(before) and (low.group("pct") or low.group("cur") or low.group("scale")):
        return False
    if low.group("pct") and not high.group("pct"):
        return False  # "50% to 60 seats": not one measure
    if low.group("cur") and high.group("cur") and low.group("cur") != high.group("cur"):
        return False
    low_value = number_value(low.group("num")) * _scale(low if low.group("scale") else high)  # "2 to 3 million"
    return low_value < number_value(high.group("num")) * _scale(high)  # "voted 7 to 2", "won 21 to 14": a score
