"""Which subjects before an "it" in its own sentence it may stand for.

The resolver (``reference_resolver._Resolver._it``) leaves an "it" unnamed, as needing
nothing, when its sentence has a subject before it ("The company said it would …"). The
subject of the clause the "it" reports as its source cannot be that "it" ("The average fee, it
says, would be …", "The plan would cost $5 billion, it said"): a thing reported on is not the
one reporting it. (A person or a plural as the subject before it is left as an antecedent: the
tagger calls many a business a person — "Nashua said it will buy back …" — and "The insurer's
earnings fell, while it lost …" has its antecedent in a possessor.)

And one that can be is not sure to be: an "it" in the clause a named subject's verb takes as
its complement ("The Harbor Institute estimates that it would cost …") right after a sentence
whose "it" stood for a thing the text does not name continues that thing as often as it means
the subject (``continues_a_thing``) — which one, the card cannot say.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import REPORTING_VERBS

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from spacy.tokens import Span, Token

_SUBJECTS = ("nsubj", "nsubjpass")


def sentence_antecedents(it: Token, earlier: Iterable[Token]) -> list[Token]:
    """The subjects among ``earlier`` (the words of the sentence before ``it``) that ``it`` may
    stand for: a noun or a name, not the subject of a clause ``it`` reports."""
    return [
        t for t in earlier
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in _SUBJECTS and not _reported_by(it, t) and not _bound_apart(it, t)
    ]


def _bound_apart(it: Token, subject: Token) -> bool:
    """Whether ``it`` is the subject of an infinitive that the verb of ``subject`` takes ("A
    biopsy found it to be a malignant tumor", j216): English says "itself" for the verb's own
    subject there, so "it" is something else, told before."""
    verb = it.head
    return (
        it.dep_ in _SUBJECTS and verb.tag_ == "VB" and verb.dep_ in ("ccomp", "xcomp", "oprd")
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        and subject.head.i == verb.head.i
    )


def _reported_by(it: Token, subject: Token) -> bool:
    """Whether ``subject`` is the subject of a clause that the verb of saying ``it`` is the
    subject of reports: within its complement ("The plan would cost $5 billion, it said"), or
    set beside the clause as its source ("The average fee, it says, would be $30")."""
    verb = it.head
    if it.dep_ not in _SUBJECTS or verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    if verb.dep_ == "parataxis" and subject.head.i == verb.head.i:
        return True
    return subject.i != it.i and verb.left_edge.i <= subject.i <= verb.right_edge.i and subject in verb.subtree


def continues_a_thing(
    it: Token, antecedents: list[Token], previous: Span | None, resolved: Mapping[int, str | None], *, lede: str
) -> bool:
    """Whether ``it`` is the subject of a clause that the verb of one of ``antecedents`` takes as
    its complement ("The Harbor Institute estimates that it would cost …") and the sentence just
    before (``previous``) has for a subject an "it" the resolver found no name for (a thing: "…
    it is not clear what effect it might have"): the "it" may continue that thing as well as
    mean the subject, and the sentence does not say which. A subject the article's first
    sentence (``lede``) names is what the story is about, and its "it" is its own ("Norwood said
    it may make an offer … Yesterday it [the stock] closed at $4 … Norwood said it's part of a
    group …")."""
    if previous is None or it.dep_ not in _SUBJECTS or it.head.dep_ != "ccomp":
        return False
    reporting = [a for a in antecedents if a.head.i == it.head.head.i]
    if not reporting or any(a.pos_ == "PROPN" and a.text in lede for a in reporting):
        return False
    return any(
        t.lower_ == "it" and t.dep_ in _SUBJECTS and t.i in resolved and resolved[t.i] is None for t in previous
    )
