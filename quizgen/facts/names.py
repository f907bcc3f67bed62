"""Name helpers every stage needs: the surname of a full name."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from quizgen.constants import REGNAL_TITLES

GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


@lru_cache(maxsize=65536)
def surname(name: str) -> str:
    parts = name.split()
    if len(parts) > 1 and parts[-1].rstrip(".,").lower() in GENERATIONS:
        parts = parts[:-1]
    return parts[-1] if parts else ""


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
