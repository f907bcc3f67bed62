"""Whether a candidate's titles match the answer's: the same title of the same country or body,
an office like it in the same story, and whether the question shows the title beside the
blank. Moved from ``items.person_choices``."""

from __future__ import annotations

import re

from quizgen.items.cast_members import CastMember
from quizgen.items.titles import TITLE_ABBREVIATIONS, title_head


def same_title(p: CastMember, head: str | None, body: frozenset[str], scope: str | None) -> bool:
    """Whether ``p`` held the answer's title elsewhere: the same office of the same country (named
    in their title: "Florida Governor" for "Massachusetts Governor"), or the same title in the same
    organisation ("American Bridge President" wants other presidents of American Bridge)."""
    return any(
        h == head and b == body and (bool(body) or (scope is not None and named == scope))
        for h, b, named in p.titles
    )


def same_office(p: CastMember, family: str | None, head: str | None, body: frozenset[str]) -> bool:
    """Whether ``p``, of the answer's story, held an office like the answer's: of the same title
    when the role has one ("governor of Ohio" wants the story's other governors — a senator or a
    president beside it is a giveaway), else of the same family; a country's office for a
    country's, a body's for a body's."""
    return any(
        bool(b) == bool(body) and (head_noun(h) == head_noun(head) if head else family in p.families)
        for h, b, _ in p.titles
    )


def shows_title(question: str, role: str | None) -> bool:
    """Whether the question shows the role's title noun in apposition to the blank ("____, New
    Jersey's sitting governor, …" for "New Jersey Gov.")."""
    head = title_head(role) if role else None
    apposition = re.search(r"____,\s*([^,.;:?]*)", question)
    if not head or apposition is None:
        return False
    nouns = {head_noun(head), *_SAME_TITLE.get(head_noun(head), ())}
    return any(re.search(rf"\b{re.escape(n)}\b", apposition.group(1), flags=re.IGNORECASE) for n in nouns)


# Title nouns the press writes for one title ("Rep. Don Young" … "Young, an Alaska congressman",
# j178: three who are no congressmen offered beside him).
_SAME_TITLE = {"representative": ("congressman", "congresswoman", "congressmember")}


def head_noun(head: str) -> str:
    """A title head's noun, spelt out: "governor of ohio" → "governor", "gov" → "governor"."""
    noun = head.split(" of ")[0]
    return TITLE_ABBREVIATIONS.get(noun, noun)

