"""Check a typed answer against an item's ``answer`` and ``accept`` list, forgivingly.

Forgiven: case, accents, punctuation, leading titles ("President", "Dr", ...), a leading
"the", number words ("twenty-two" == "22") and small typos (one edit for 4-7 characters,
two for longer; a transposition counts as one edit).

>>> check_answer("jens stoltenbreg", "Jens Stoltenberg").verdict
'close'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

Verdict = Literal["correct", "close", "wrong"]

# Leading words dropped before comparing; data, not if-chains. Longest phrases first.
TITLES: tuple[str, ...] = (
    "nato secretary general",
    "un secretary general",
    "secretary general",
    "deputy secretary general",
    "prime minister",
    "foreign minister",
    "defence minister",
    "defense minister",
    "defence secretary",
    "defense secretary",
    "secretary of state",
    "vice president",
    "president",
    "chancellor",
    "minister",
    "secretary",
    "senator",
    "general",
    "gen",
    "admiral",
    "adm",
    "colonel",
    "col",
    "lieutenant",
    "lt",
    "captain",
    "capt",
    "ambassador",
    "king",
    "queen",
    "prince",
    "princess",
    "sheikh",
    "pope",
    "sir",
    "dame",
    "lord",
    "lady",
    "professor",
    "prof",
    "doctor",
    "dr",
    "mr",
    "mrs",
    "ms",
    "miss",
    "rev",
    "the",
)
_TITLE_WORDS = sorted((t.split() for t in TITLES), key=len, reverse=True)

_UNITS = {
    w: i
    for i, w in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    )
}
_TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


@dataclass(frozen=True)
class AnswerCheck:
    """The verdict on a typed answer; ``accepted`` is True for correct and close."""

    verdict: Verdict
    typed: str
    expected: str
    matched: str | None = None  # which accepted form it matched, if any
    edits: int = 0

    @property
    def accepted(self) -> bool:
        return self.verdict != "wrong"

    @property
    def message(self) -> str:
        if self.verdict == "correct":
            return f"Correct: {self.expected}"
        if self.verdict == "close":
            return f"Close enough (check the spelling): {self.expected}"
        return f"Not quite. The answer is {self.expected}"


def normalise(text: str) -> str:
    """Fold case and accents, drop punctuation and leading titles, spell numbers as digits."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"(?<=\d)[,\u00a0 ](?=\d{3}\b)", "", text)  # 1,000 -> 1000
    text = re.sub(r"[^\w\s.]|_", " ", text)
    text = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", text)  # keep decimal points only
    words = text.split()
    words = _drop_titles(words)
    return " ".join(_numbers_to_digits(words))


def _drop_titles(words: list[str]) -> list[str]:
    changed = True
    while changed and len(words) > 1:
        changed = False
        for title in _TITLE_WORDS:
            if len(words) > len(title) and words[: len(title)] == title:
                words = words[len(title) :]
                changed = True
                break
    return words


def _numbers_to_digits(words: list[str]) -> list[str]:
    """Replace runs of number words ("twenty two thousand") with digits ("22000")."""
    out: list[str] = []
    total = current = 0
    in_number = False

    def flush() -> None:
        nonlocal total, current, in_number
        if in_number:
            out.append(str(total + current))
        total = current = 0
        in_number = False

    for word in words:
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES and in_number:
            scale = _SCALES[word]
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0
        elif word == "and" and in_number:
            continue
        else:
            flush()
            out.append(word)
            continue
        in_number = True
    flush()
    return out


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment): transpositions cost one."""
    if a == b:
        return 0
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def allowed_edits(length: int) -> int:
    """Typos forgiven for an answer of ``length`` characters: 0 below 4, 1 up to 7, else 2."""
    if length < 4:
        return 0
    return 1 if length <= 7 else 2


def check_answer(typed: str, answer: str, accept: Sequence[str] = ()) -> AnswerCheck:
    """Compare ``typed`` with the answer and each accepted form; the best match wins."""
    got = normalise(typed)
    if not got:
        return AnswerCheck("wrong", typed, answer)
    best: AnswerCheck | None = None
    for form in (answer, *accept):
        want = normalise(form)
        if not want:
            continue
        if got == want:
            return AnswerCheck("correct", typed, answer, matched=form)
        # Digits must match exactly: "1999" is not a typo of "1998".
        if any(ch.isdigit() for ch in want + got):
            continue
        edits = edit_distance(got, want)
        if edits <= allowed_edits(len(want)) and (best is None or edits < best.edits):
            best = AnswerCheck("close", typed, answer, matched=form, edits=edits)
    return best or AnswerCheck("wrong", typed, answer)
