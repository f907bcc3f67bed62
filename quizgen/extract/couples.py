"""Couples and siblings written with one surname ("Tom and Ann Reyes"), and the genders their
naming tells ("Mr. and Mrs. Khan"). Moved from ``extract.people``."""

from __future__ import annotations

import re
from collections.abc import Callable

from quizgen.extract.name_lists import known_first_names
from quizgen.facts.names import surname
from quizgen.facts.records import Mention

_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s+$")
_COUPLE = re.compile(r"\b([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][\w’'-]+)\b")


def couples_named(text: str, mentions: list[Mention]) -> list[tuple[str, int, str, int]]:
    """Both full names of a couple or siblings written with one surname ("Tom and Ann Reyes" →
    Tom Reyes, Ann Reyes), with where they are written: the surname is one a person the article
    names bears, and each first name is a known first name or tagged as a person ("Khizr and
    Ghazala Khan")."""
    surnames = {surname(m.name) for m in mentions if len(m.name.split()) > 1}
    tagged = {m.name for m in mentions}
    genders = known_first_names()
    found: list[tuple[str, int, str, int]] = []
    for m in _COUPLE.finditer(text):
        first, second, last = m.groups()
        if _NAME_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Hillary Clinton and Bernie Sanders": two people, not a "Clinton Sanders"
        if last in surnames and all(g.lower() in genders or g in tagged or f"{g} {last}" in tagged for g in (first, second)):
            found.append((f"{first} {last}", m.start(1), f"{second} {last}", m.start(2)))
    return found


def couple_genders(text: str, couples: list[tuple[str, int, str, int]], known: Callable[[str], str]) -> dict[str, str]:
    """Genders a couple's naming tells: "Khizr and Ghazala Khan" where the text also writes "Mr.
    and Mrs. Khan" are a man and a woman, named (as English news names a married couple) the
    man first; where one's gender is ``known`` otherwise, the other is of the other gender."""
    found: dict[str, str] = {}
    for first, _, second, _ in couples:
        last = surname(first)
        if not re.search(rf"\bMr\.? and (?:Mrs|Ms)\.? {re.escape(last)}\b", text):
            continue
        a, b = known(first), known(second)
        if a == b == "?":
            found.setdefault(first, "m")
            found.setdefault(second, "f")
        elif "?" in (a, b):
            other = {"m": "f", "f": "m"}[a if a != "?" else b]
            found.setdefault(first if a == "?" else second, other)
    return found
