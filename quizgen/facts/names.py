"""Name helpers every stage needs: the surname of a full name."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from quizgen.constants import REGNAL_TITLES

GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


# Particles that belong to the surname after them ("Marine Le Pen" is Ms. Le Pen, "Bill de
# Blasio" Mr. de Blasio, "Ursula von der Leyen"): the surname alone is never "Pen" or "Blasio".
# Written capitalised they may open a surname; the Arabic ones only lower case ("Al Gore").
NAME_PARTICLES = frozenset({"le", "la", "de", "del", "della", "di", "da", "du", "van", "von", "der", "den", "ter", "dos", "das"})
_LOWER_CASE_PARTICLES = frozenset({"al", "el", "bin", "ibn"})


@lru_cache(maxsize=65536)
def surname(name: str) -> str:
    """The surname of a full name, with its particles: "Marine Le Pen" → "Le Pen", "Donald
    Trump Jr." → "Trump"."""
    parts = name.split()
    if len(parts) > 1 and parts[-1].rstrip(".,").lower() in GENERATIONS:
        parts = parts[:-1]
    if not parts:
        return ""
    start = len(parts) - 1
    while start > 0 and (parts[start - 1].lower() in NAME_PARTICLES or parts[start - 1] in _LOWER_CASE_PARTICLES):
        start -= 1
    return " ".join(parts[start:])


def generation(name: str) -> str:
    """The generational suffix ending a full name ("jr" for "Donald Trump Jr."), else "": a
    father and his namesake son share every other word of their names."""
    parts = name.split()
    last = parts[-1].rstrip(".,").lower() if len(parts) > 1 else ""
    return last if last in GENERATIONS else ""


# Typographic apostrophes and quotation marks fold to the typewriter ones: one article spells
# "O’Brien", another "O'Brien", and a choice must not differ from the answer by its apostrophe.
_TYPEWRITER_MARKS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'})


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive form used to compare options (remembered: a
    deck folds the same names and questions again and again)."""
    decomposed = unicodedata.normalize("NFKD", text).translate(_TYPEWRITER_MARKS)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def regnal(role: str | None) -> bool:
    """Whether a role is a monarch's or a cleric's title that goes with one given name
    ("King", "Crown Prince", "Pope", "Sheikh")."""
    return bool(role) and any(w.lower().rstrip(".") in REGNAL_TITLES for w in role.split())
