"""Sentences run together without their punctuation, read from the parse: a transcript's
"Chanting Helmut Kohl must go the unemployed took to the streets" (the quote marks and the comma
lost). The parse then hangs the second clause's tensed verb on the first with no word or mark
that joins them — no subordinator ("after", "because"), no conjunction, no comma — either
without its own subject (the parse took it for the first clause's object), or as the clause a
verb of no saying, knowing or finding would take ("must go the strikers took …"). Only a verb
whose form is a tense alone ("took", "says") is read so: "a station renovated with …" is a
participle the tagger may call a past tense. A card read from such a
sentence quotes a garble.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import COGNITION_VERBS, OPINION_VERBS, REPORTING_VERBS, SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

FINITE_TAGS = frozenset(["VBD", "VBZ", "VBP"])
JOINED_DEPS = frozenset(["advcl", "conj"])
CLAUSE_TAKING_VERBS = COGNITION_VERBS | OPINION_VERBS | REPORTING_VERBS | SPEECH_VERBS


def run_on(sent: Span) -> bool:
    """Whether ``sent`` holds a clause glued to another with nothing between them."""
    return any(_glued(t) for t in sent)


def _glued(verb: Token) -> bool:
    return (only_tensed(verb) and (_glued_clause(verb) or _glued_complement(verb))) or _unjoined_predicate(verb)


def _unjoined_predicate(verb: Token) -> bool:
    """Whether a tensed verb phrase follows another of the same subject after a comma alone,
    no "and", "or" nor "but" joining the two ("Shearson acted as co-manager in …, was also
    served with a subpoena, it said", j144: the wire lost its "which"): two predicates, one of
    them with no word that ties it to the sentence. A list of three or more ("came, saw, and
    conquered") and a clause with its own subject (a comma splice the parse reads) are left."""
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if not _tensed(verb) or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    first = verb.head
    if not _tensed(first):
        return False  # "Canada's airline industry, shaken up by …, has begun": a participle's aside, then the verb
    if [c for c in first.children if c.dep_ == "conj"] != [verb] or any(c.dep_ in ("cc", "preconj") for c in (*first.children, *verb.children)):
        return False
    # the comma right before the verb and its own auxiliaries and adverbs (", was also served")
    opening = verb.i
    while opening > 0 and verb.doc[opening - 1].head.i == verb.i and verb.doc[opening - 1].dep_ in ("aux", "auxpass", "advmod", "neg"):
        opening -= 1
    return opening > 0 and verb.doc[opening - 1].text == ","


def _tensed(verb: Token) -> bool:
    """Whether a verb carries a tense, itself or by a tensed auxiliary ("was served")."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children)


def only_tensed(verb: Token) -> bool:
    """Whether the verb's form is a tense and nothing else ("took", "says"): a form that is also
    a participle or a bare verb ("renovated", "burst", "go") hangs on a noun or a verb of seeing
    in good prose ("a station renovated with …", "watched the berry burst on …"), where the
    tagger's tense is a guess."""
    form = verb.lower_
    return form != verb.lemma_.lower() and not form.endswith(("ed", "en"))


def _glued_complement(verb: Token) -> bool:
    """A tensed clause with its own subject and no "that", after a verb that takes no clause:
    "… must go [the strikers took to the streets]"."""
    if verb.tag_ not in FINITE_TAGS or verb.dep_ != "ccomp" or verb.i <= verb.head.i:
        return False
    if verb.head.lemma_.lower() in CLAUSE_TAKING_VERBS or verb.head.pos_ != "VERB":
        return False
    if any(c.dep_ == "mark" for c in verb.children) or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    return verb.left_edge.i - 1 == verb.head.i  # "go [the strikers took]"; not "became clear [Trump was]"


def _glued_clause(verb: Token) -> bool:
    if verb.tag_ not in FINITE_TAGS or verb.dep_ not in JOINED_DEPS or verb.i <= verb.head.i:
        return False
    if any(c.dep_ in ("mark", "cc", "nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in verb.children):
        return False
    if verb.dep_ == "conj" and any(c.dep_ == "cc" for c in verb.head.children):
        return False  # "met, talked and agreed": the conjunction hangs on the first verb
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > verb.sent.start else None
    return before is not None and not (before.is_punct or before.pos_ in ("CCONJ", "SCONJ", "ADP"))
