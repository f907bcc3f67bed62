"""What an object event's answer must carry for its question to hold: a naming verb's second
predicate ("named senior executives [who were responsible for …]", "appointed Harlow [as …]")
and a ranked object's scope ("captured their first medal [in 20 years]"). Without it "Who has
the council named?" is open and "Which country captured their first medal?" is false."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import (
    PERSON_NOUNS,
    PREDICATE_NAMING_VERBS,
    RANK_SCOPE_PREPOSITIONS,
    RANKING_WORDS,
    ROLE_NOUNS,
)
from quizgen.extract.event_actors import names_people

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NAMED_PARTIES = frozenset(["PERSON", "ORG", "NORP", "GPE"])


def names_whom(verb: Token, span: Span) -> bool:
    """Whether the object is who a naming verb names (``PREDICATE_NAMING_VERBS``): people, a
    party, or holders of a post ("senior executives", "John Harlow", "Acme"). "named a new
    cabinet", "declared a state of emergency" name a thing, the act itself."""
    if verb.lemma_.lower() not in PREDICATE_NAMING_VERBS:
        return False
    root = span.root
    return (
        names_people(span)
        or root.ent_type_ in _NAMED_PARTIES
        or root.lemma_.lower() in ROLE_NOUNS | PERSON_NOUNS
    )


def ranked(noun: Token) -> bool:
    """Whether the noun is one of a ranked series: "their first medal", "its biggest win", "the
    highest-ever total", "the only team"."""
    if noun.ent_type_ == "ORDINAL" or noun.tag_ in ("JJS", "RBS"):
        return True
    return any(
        c.dep_ in ("amod", "advmod", "nummod", "compound")
        and (c.ent_type_ == "ORDINAL" or c.tag_ in ("JJS", "RBS") or c.lower_ in RANKING_WORDS
             or any(g.tag_ == "RBS" for g in c.children))
        for c in noun.children
    )


def _scoped(noun: Token, span: Span) -> bool:
    """Whether the ranked noun says its own scope: a phrase or clause after it ("first medal of
    the Games", "biggest bank in Asia", "the first team to win …"), a named owner ("Japan's
    largest bank") or "ever"."""
    for c in noun.children:
        if c.i >= span.end:
            continue  # "first medal | in 20 years": a phrase ``trim`` took off with its time
        if c.i > noun.i and c.dep_ in ("prep", "acl", "relcl"):
            return True
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return True
        if any(t.lower_ == "ever" for t in c.subtree):
            return True
    return False


def with_scope(verb: Token, span: Span) -> Span | None:
    """The object as the question must carry it: as it is when nothing in it ranks it or it
    says its own scope; with the verb's phrase right after it that bounds it ("their first
    medal" + "in 20 years", "its biggest win" + "since 1990", "ever"); None when the scope is
    nowhere next to it ("Which country captured their first medal?" is false as written)."""
    root = span.root
    if not ranked(root) or _scoped(root, span):
        return span
    doc = span.doc
    after = [c for c in (*verb.children, *root.children) if c.i == span.end]
    if after and after[0].dep_ == "advmod" and after[0].lower_ == "ever":
        return doc[span.start : after[0].i + 1]
    if after and after[0].dep_ == "prep" and after[0].lower_ in RANK_SCOPE_PREPOSITIONS and any(
        c.dep_ == "pobj" for c in after[0].children
    ):
        return doc[span.start : after[0].right_edge.i + 1]
    return None
