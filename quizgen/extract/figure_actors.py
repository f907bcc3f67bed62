"""Whose doing a figure reports, read from the parse of its sentence: the subject of its clause.

A figure is the story's when its clause is about the story's subject ("Delta posted net income
of ____"), and a side detail when it is about somebody else the story only mentions ("Separately,
America West Airlines reported third-quarter profit jumped 45% to ____" in a story about Delta;
"AbbVie and Shire called off a ____ inversion deal" in a story about Pfizer). ``figure_actor``
gives that somebody as written, for ``items.side_items.side_figure`` to compare with the story's
actors. It is the date reader's clause actor (``date_predicates.clause_actor``) of the verb or
noun the figure hangs from, with two steps the figure's clause needs:

- a subject that is an account of somebody's and names nobody ("profit" in "X reported profit
  jumped 45%"): the owner is whoever reports it, the subject of the verb of saying above;
- a pronoun subject of a reported clause ("Milunovich said he is cutting his estimate to ____"):
  the name of the one who says it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import RELATIONAL_NOUNS, REPORTING_VERBS
from quizgen.extract.date_predicates import NAME_TYPES, clause_actor, governing_predicate

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# a pronoun that stands for the one who says the clause it is the subject of
REPORTED_PRONOUNS = frozenset(["he", "she", "it", "they"])
MAX_CLIMB = 6
SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass"])
SHARED_SUBJECT_DEPS = frozenset(["xcomp", "conj", "advcl"])  # clauses whose subject is their head's


def figure_actor(span: Span) -> str:
    """Who the figure's clause is about, as written: a name, a pronoun, or "" (no one named:
    "22 people were killed")."""
    predicate = governing_predicate(span)
    actor = _a_name(span, clause_actor(span, predicate))
    if predicate is None or (actor and actor.lower() not in REPORTED_PRONOUNS):
        return actor
    verb = _subject_verb(predicate)
    if verb is None:
        return actor
    subject = next(c for c in verb.children if c.dep_ in SUBJECT_DEPS)
    if actor or subject.lemma_.lower() in RELATIONAL_NOUNS:
        return _a_name(span, _reporter(verb)) or actor
    return actor


def _a_name(span: Span, actor: str) -> str:
    """The actor, or "" when its words are part of a date, a time or a number the tagger read
    ("The Friday explosions … killed ____": "Friday" names nobody)."""
    words = actor.split()
    for e in span.sent.ents:
        inside = e.text.split()
        if e.label_ not in NAME_TYPES and words and any(inside[i : i + len(words)] == words for i in range(len(inside))):
            return ""
    return actor


def _subject_verb(predicate: Token) -> Token | None:
    """The verb whose subject is the figure's clause's: the predicate's own verb, or the verb
    it shares its subject with ("continued to deliver", "rose and closed")."""
    tok = predicate
    for _ in range(MAX_CLIMB):
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECT_DEPS for c in tok.children):
            return tok
        if tok.head is tok or (tok.pos_ in ("VERB", "AUX") and tok.dep_ not in SHARED_SUBJECT_DEPS):
            return None
        tok = tok.head
    return None


def _reporter(verb: Token) -> str:
    """The name of whoever says the clause of ``verb`` ("America West" of "America West reported
    profit jumped …"), through clauses that share their head's subject ("said he continued to
    deliver …"); "" when no verb of saying with a named subject is above it."""
    tok = verb
    for _ in range(MAX_CLIMB):
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORTING_VERBS:
            said = clause_actor(tok.head.doc[tok.head.i : tok.head.i + 1], tok.head)
            return said if said[:1].isupper() else ""
        if tok.dep_ not in ("xcomp", "conj", "advcl", "ccomp") or tok.head is tok:
            return ""
        tok = tok.head
    return ""
