"""Where a sentence's subjects and organisations stand in the parse: the subjects of its main
verb, the entity a word is part of, and whether an organisation is named where the text is about
it (a subject or possessor) or inside someone else's reported news.

Shared by the reference resolver (``reference_resolver``) and its pronoun checks
(``pronoun_checks``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import ROLE_NOUNS

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


def reported_by_a_person(ent: Span) -> bool:
    """Whether the clause an organisation is the subject of is a person's report ("Middle South
    Utilities Inc is taking …, chairman Edwin Lupberger said"): its spokesman's news, not
    another business's ("Nashua said Reiss & Co. filed …")."""
    root = ent.root
    if root.dep_ in ("compound", "appos") and root.head.dep_ in SUBJECT_DEPS:
        root = root.head
    clause = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return False
    tellers = [c for c in clause.head.children if c.dep_ == "nsubj"]
    # a person with a post ("chairman Edwin Lupberger"): a name alone may be a company the
    # tagger took for a person ("Nashua, whose major business is selling copiers, said")
    return bool(tellers) and all(_a_person_with_a_post(teller) for teller in tellers)


def _a_person_with_a_post(teller: Token) -> bool:
    """A subject that names a person and their post, in the words before its head or an
    apposition ("chairman Edwin Lupberger", "Lupberger, the chairman"), not in a clause of its
    own ("Nashua, whose major business is …")."""
    words = [t for left in teller.lefts for t in left.subtree] + [teller]
    words += [t for c in teller.children if c.dep_ == "appos" for t in c.subtree]
    return any(t.ent_type_ == "PERSON" for t in words) and any(t.lower_ in ROLE_NOUNS and t.pos_ == "NOUN" for t in words)


def _salient(ent: Span) -> bool:
    """An organisation the text is about where it is named: a subject or a possessor, or the
    name in a subject ("Bethlehem officials said")."""
    root = ent.root
    owned = root.head
    if root.dep_ == "poss" and owned.dep_ == "pobj":
        # "for the unveiling of the Peninsula Hotel's new fleet": an owner inside a noun's own
        # phrase is a detail of that noun, not what the text is about (j50: "the company" then
        # read as the hotel in a story about Rolls-Royce); so is one inside an adjective's or a
        # verb's ("its software is available to Hewlett-Packard Co's salesforce", j103: "The
        # company lost 548,000 dlrs" read as Hewlett-Packard's in a story about Rapitech)
        return False
    if root.dep_ in SUBJECT_DEPS:
        return True
    return root.dep_ in ("compound", "appos") and root.head.dep_ in SUBJECT_DEPS
