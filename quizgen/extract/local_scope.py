"""A subject placed by "local" in a sentence that names no place: "Local government lavished
____ yuan on the concert" — which town's? "Local" means the place the text before named (the
city, the county of the story), so the card read alone asks about nowhere.

With a place in the sentence ("Local officials in Harbin said …", "Flooding hit Harbin, and
local police said …") the sentence says where, and nothing leans outside. The other words of
place that lean on the text before ("here", "the state", "the city") are ``context_mentions``'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import PLACE_RELATIVE_MODIFIERS
from quizgen.facts.records import Reference

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Entities that say where: a place, a people, a building, an organisation of a place.
_PLACE_LABELS = frozenset(["GPE", "LOC", "FAC", "NORP", "ORG"])


def unplaced_local(tok: Token, sent: Span) -> Reference | None:
    """A reference without a name (no card) at ``tok`` when it is "local" before the noun of a
    subject ("Local government", "local police") and neither that subject ("the town's local
    council", "local officials in Harbin", "a local pastor, Tom Reed,") nor its sentence names
    a place or the one it describes; else None."""
    noun = tok.head
    if tok.lower_ not in PLACE_RELATIVE_MODIFIERS or tok.dep_ not in ("amod", "compound") or noun.i < tok.i:
        return None
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if any(c.dep_ in ("poss", "nmod", "appos") for c in noun.children):
        return None  # "Harbin's local council": whose, said; "A local pastor, Tom Reed, …": who, said
    if any(
        t.ent_type_ in _PLACE_LABELS or (t.pos_ == "PROPN" and t.ent_type_ not in ("PERSON", "DATE", "TIME", "MONEY"))
        for t in sent
    ):
        return None  # the sentence names a place "local" may mean
    end = tok.idx + len(tok.text)
    return Reference(text=tok.text, start=tok.idx, end=end, name=None, kind="place")
