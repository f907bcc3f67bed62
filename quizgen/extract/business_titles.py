"""A bare business title after a name ("Robert M. Price, chairman and chief executive, said")
says whose it is only from context: the company the story leads with, when it is the only
company named up to that sentence ("Control Data Corp. … thinks … Price, chairman and chief
executive") — then the role is "chairman and chief executive of Control Data"; with another
company named before, the title stays unassigned (no "Who is the chairman?" card)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.constants import CORPORATE_SUFFIXES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_TITLE = (
    r"(?:co-)?chairman|chairwoman|(?:executive\s+|senior\s+)?vice\s+president|president"
    r"|chief\s+(?:executive|operating|financial|investment)\s+officer|chief\s+executive|treasurer|general\s+counsel"
)
# ", chairman and chief executive," / ", president and chief operating officer," — no article,
# no "of …": the title alone.
_BARE_TITLE = re.compile(rf"^,\s+(?P<role>(?:{_TITLE})(?:(?:\s*,\s*|\s+and\s+)(?:{_TITLE}))*)\s*,")


def bare_business_title(after: str) -> tuple[str, int] | None:
    """The bare title in the words after a name, and where it ends; None without one."""
    m = _BARE_TITLE.match(after)
    return (" ".join(m.group("role").split()), m.end("role")) if m else None


def _firm_key(name: str) -> str:
    return name.split()[0].lower()


def _without_suffix(name: str) -> str:
    words = re.sub(r"['’]s$", "", name).split()
    while len(words) > 1 and words[-1].lower().rstrip(".,") in CORPORATE_SUFFIXES:
        words.pop()
    return " ".join(words)


def lede_company(doc: Doc, lede: Span) -> str | None:
    """The organisation that is the subject of the story's first sentence ("Control Data Corp.,
    which …, thinks …" → "Control Data"), without its corporate suffix; None otherwise."""
    for tok in lede:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT" and tok.ent_type_ == "ORG":
            ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
            return _without_suffix(ent.text) if ent is not None else None
    return None


def only_company_so_far(doc: Doc, company: str, end_char: int) -> bool:
    """Whether ``company`` is the only company (an ORG with a corporate suffix: "Seagate
    Technology Inc.") the text names before ``end_char``."""
    key = _firm_key(company)
    for ent in doc.ents:
        if ent.start_char >= end_char:
            break
        if ent.label_ == "ORG" and ent.text.split()[-1].lower().rstrip(".,") in CORPORATE_SUFFIXES and _firm_key(ent.text) != key:
            return False
    return True
