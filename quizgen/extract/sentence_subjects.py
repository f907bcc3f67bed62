"""Where a sentence's subjects and organisations stand in the parse: the subjects of its main
verb, the entity a word is part of, and whether an organisation is named where the text is about
it (a subject or possessor) or inside someone else's reported news.

Shared by the reference resolver (``reference_resolver``) and its pronoun checks
(``pronoun_checks``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass", "poss"])


def _main_subjects(sent: Span) -> list[Token]:
    """Subjects of the sentence's main verb and of verbs joined to it, in order."""
    root = sent.root
    verbs = [root, *(c for c in root.children if c.dep_ == "conj")]
    return sorted((c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), key=lambda t: t.i)


def _entity(tok: Token, ents: list[Span]) -> Span | None:
    for e in ents:
        if e.start <= tok.i < e.end:
            return e
    return None


def _reported_subject(ent: Span) -> bool:
    """Whether an organisation is named as the subject of a reported or subordinate clause
    ("Nashua said Reiss & Co. filed a request"): someone else's news about it."""
    root = ent.root
    if root.dep_ in ("compound", "appos") and root.head.dep_ in SUBJECT_DEPS:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.dep_ in ("ccomp", "advcl", "relcl", "acl")


def _salient(ent: Span) -> bool:
    """An organisation the text is about where it is named: a subject or a possessor, or the
    name in a subject ("Bethlehem officials said")."""
    root = ent.root
    owned = root.head
    if root.dep_ == "poss" and owned.dep_ == "pobj" and owned.head.head.pos_ in ("NOUN", "PROPN"):
        # "for the unveiling of the Peninsula Hotel's new fleet": an owner inside a noun's own
        # phrase is a detail of that noun, not what the text is about (j50: "the company" then
        # read as the hotel in a story about Rolls-Royce)
        return False
    if root.dep_ in SUBJECT_DEPS:
        return True
    return root.dep_ in ("compound", "appos") and root.head.dep_ in SUBJECT_DEPS
