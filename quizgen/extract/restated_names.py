"""A name the sentence restates in another form beside it: the blank's answer is then written
in the question ("The value of the ____ (RMB) …", "the World Trade Organization (____)", "the
____ … at 7.8 yuan to the dollar" for the renminbi).

- its abbreviation in brackets right after it ("the ____ (RMB)", "the ____ (WTO)"), or the name
  itself in brackets right after the words it abbreviates ("the World Trade Organization
  (____)");
- a currency by another word of its ISO 4217 name or by its code (pycountry's table: "Yuan
  Renminbi", CNY): the renminbi with "yuan" or "CNY" in its sentence.

``extract.lede_arguments`` makes no card of such a name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

_ABBREVIATION = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Z.&]{1,7}")  # two capitals at least: "RMB", "U.N.", not "R."
_NOT_CURRENCIES = frozenset(["GPE", "LOC", "NORP", "PERSON"])


def restated_beside(ent: Span) -> bool:
    """Whether a name stands beside its own abbreviation in brackets, or in brackets after the
    name it abbreviates."""
    doc = ent.doc
    if ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
        return bool(_ABBREVIATION.fullmatch(doc[ent.end + 1].text))  # "the ____ (RMB)"
    if ent.start >= 1 and ent.end < len(doc) and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")":
        # "the World Trade Organization (____)": the abbreviation of the words before it
        return ent.start >= 2 and doc[ent.start - 2].text[:1].isupper() and bool(_ABBREVIATION.fullmatch(ent.text))
    return False


@lru_cache(maxsize=1)
def _currency_words() -> dict[str, frozenset[str]]:
    """Each word of a currency's ISO name (lower case) → the other words and the code that say
    the same currency ("renminbi" → {"yuan", "cny"})."""
    import pycountry

    out: dict[str, set[str]] = {}
    for c in pycountry.currencies:
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", c.name)]
        for w in words:
            out.setdefault(w, set()).update(x for x in words if x != w)
            out[w].add(c.alpha_3.lower())
    return {w: frozenset(v) for w, v in out.items()}


def currency_restated(ent: Span) -> bool:
    """Whether a one-word name that is a word of a currency's name (not a place or a people:
    "Mexican" of "Mexican Peso") has another word of that name, or its code, in its sentence
    ("the ____ … 7.8 yuan to one dollar": the renminbi)."""
    if ent.label_ in _NOT_CURRENCIES or len(ent) != 1:
        return False
    others = _currency_words().get(ent.text.lower())
    if not others:
        return False
    return any(t.lower_ in others for t in ent.sent if not ent.start <= t.i < ent.end)
