"""Numbers written in words: "nine", "Forty-one", "one million" — read as values and written back.

News spells small counts and the first word of a sentence ("Six people were killed", "Forty-one
percent would choose Sanders"); a figure card reads them as it reads digits, and writes its
wrong options the way the answer is written ("Thirty-eight percent" beside "Forty-one percent").
"""

from __future__ import annotations

import re

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
# Ordinals in words, by their number ("fourth" → 4; "the Fourth of July", "an eighth defeat").
ORDINAL_WORDS = {
    w: i + 1 for i, w in enumerate([
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth", "twentieth",
    ])
}
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}

_UNIT = "|".join(sorted(UNITS[1:], key=len, reverse=True))
_TEN = "|".join(TENS)
_DIGIT = "|".join(UNITS[1:10])
# "nine", "forty", "forty-one", "forty one", "one hundred", "three hundred twenty": up to 999
_BELOW_HUNDRED = rf"(?:(?:{_TEN})(?:(?:[-‐]|\s+)(?:{_DIGIT})\b)?|{_UNIT})"
# "Forty six": the tens and the unit written apart, as some copy does
_SPACED = re.compile(rf"\b(?:{_TEN})\s+(?:{_DIGIT})\b", re.IGNORECASE)
WORDS = rf"{_BELOW_HUNDRED}(?:\s+hundred(?:\s+(?:and\s+)?{_BELOW_HUNDRED})?)?"
_WORDS_ONLY = re.compile(rf"^{WORDS}$", re.IGNORECASE)


def is_spelled(text: str) -> bool:
    """Whether ``text`` is a number written in words below a thousand ("Forty-one")."""
    return _WORDS_ONLY.match(text.strip()) is not None


def words_value(text: str) -> int:
    """The value of a number in words below a thousand: "Forty-one" → 41, "two hundred and
    five" → 205."""
    total = 0
    for word in re.split(r"[\s\-‐]+", text.lower()):
        if word == "and" or not word:
            continue
        if word == "hundred":
            total = (total or 1) * 100
        elif word in TENS:
            total += 10 * (TENS.index(word) + 2)
        else:
            total += UNITS.index(word)
    return total


def number_value(text: str) -> float:
    """A number in digits or in words: "1,250" → 1250.0, "Forty-one" → 41.0."""
    return float(words_value(text)) if is_spelled(text) else float(text.replace(",", ""))


def spell(value: int, *, like: str = "") -> str:
    """``value`` (0-999) in words, capitalised as ``like`` is: spell(38, like="Forty-one") →
    "Thirty-eight"."""
    hundreds, rest = divmod(int(value), 100)
    parts = [f"{UNITS[hundreds]} hundred"] if hundreds else []
    if rest or not hundreds:
        if rest < 20:
            parts.append(UNITS[rest])
        else:
            tens, unit = divmod(rest, 10)
            joiner = " " if _SPACED.search(like) else "-"
            parts.append(TENS[tens - 2] + (f"{joiner}{UNITS[unit]}" if unit else ""))
    text = " ".join(parts)
    return text[:1].upper() + text[1:] if like[:1].isupper() else text
