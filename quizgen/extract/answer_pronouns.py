"""Words of an event's answer that lean on its sentence outside the card (round 48).

An answer may keep a pronoun only when it points back at what the card shows: "What did Acme
say? — that it would close its plant" (its = Acme). ``event_phrases.stands_alone`` lets a
pronoun of the actor's kind stand, taking it for the actor; but "Norway called the vote on
autonomy a turning point and urged Sweden not to underestimate its importance" asks "What did
Norway urge Sweden not to do? — underestimate its importance", and "its" is the vote, which
neither question nor answer names. ``points_outside`` finds such a pronoun: its sentence has,
before it, a noun phrase of its agreement that the card does not show (not the actor, not a
word of the answer, not the verb's own object the question keeps) — then the reader cannot
tell what it stands for, and there is no card.

``reduced_clause_start`` finds the other leak of round 48: a subjectless clause opened by
"when", "while", "after" … ("Ruiz met Haas, when pressed by reporters, but …") that the parse
hung on the answer's noun as a relative clause: it says when the report was made, not which
person was met, and must not close the answer (nor the "who" question that shows it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# third-person pronouns, by what they agree with
_THING = frozenset(["it", "its"])
_PLURAL = frozenset(["they", "their", "them"])
_PERSON = frozenset(["he", "his", "him", "she", "her"])
# noun phrases a pronoun may take up: arguments and possessors, not a preposition's object
# ("said in a statement it would …", "on Monday")
_ARGUMENTS = frozenset(["nsubj", "nsubjpass", "dobj", "dative", "attr", "oprd", "appos", "poss", "conj"])
_NO_REFERENT = frozenset(["DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"])
_SHOWN_DEPS = frozenset(["nsubj", "nsubjpass", "dobj", "dative"])


def points_outside(answer: Span, verb: Token, subject: Token) -> bool:
    """Whether a third-person pronoun of ``answer`` may stand for a noun phrase of its sentence
    that the card leaves out: one before it, of its agreement, neither in the answer, nor the
    actor (``subject``'s words), nor an argument of ``verb`` the question keeps."""
    doc = answer.doc
    sent = answer.sent
    shown = {t.i for t in subject.subtree}
    for child in verb.children:
        if child.dep_ in _SHOWN_DEPS and not (answer.start <= child.i < answer.end):
            shown.update(t.i for t in (child, *child.conjuncts))
    for pronoun in answer:
        if pronoun.tag_ not in ("PRP", "PRP$"):
            continue
        kind = _kind(pronoun)
        if kind is None:
            continue
        holders = {a.i for a in pronoun.ancestors}  # "the importance of its …": not its own phrase
        for t in doc[sent.start : pronoun.i]:
            if t.i in holders or t.i in shown or answer.start <= t.i < answer.end:
                continue
            if _agrees(t, kind):
                return True
    return False


def _kind(pronoun: Token) -> str | None:
    lower = pronoun.lower_
    if lower in _THING:
        return "thing"
    if lower in _PLURAL:
        return "plural"
    if lower in _PERSON:
        return "person"
    return None


def _agrees(t: Token, kind: str) -> bool:
    """Whether ``t`` heads a noun phrase a pronoun of ``kind`` may take up."""
    if t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in _ARGUMENTS or t.ent_type_ in _NO_REFERENT:
        return False
    if t.dep_ == "conj" and t.head.dep_ not in _ARGUMENTS:
        return False  # "in Paris and Rome": a preposition's objects still
    if kind == "person":
        return t.ent_type_ == "PERSON"
    if kind == "plural":
        return t.tag_ in ("NNS", "NNPS") and t.ent_type_ != "PERSON"
    return t.tag_ in ("NN", "NNP") and t.ent_type_ != "PERSON"


_REDUCED_MARKS = frozenset(["when", "while", "after", "before", "once", "if", "unless", "though", "although", "until"])


def reduced_clause_start(answer: Span) -> int | None:
    """Where a subjectless clause opened by "when", "while", "after" … set off by a comma
    starts inside ``answer`` (``doc`` index of the comma), when the parse hung it on one of the
    answer's nouns: "Foreign Minister Karl Haas[, when pressed by reporters]". A true relative
    "when" has a subject ("the day when the talks began"); None when there is no such clause."""
    for t in answer:
        if t.dep_ not in ("relcl", "acl", "advcl") or t.tag_ not in ("VBN", "VBG") or t.i == answer.start:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children):
            continue
        first = t.left_edge
        if first.lower_ not in _REDUCED_MARKS or first.i <= answer.start:
            continue
        before = answer.doc[first.i - 1]
        if before.text == ",":
            return before.i
    return None
