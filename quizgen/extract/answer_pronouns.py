"""Words of an event's answer that lean on its sentence outside the card (round 48).

An answer may keep a pronoun only when it points back at what the card shows: "What did Acme
say? — that it would close its plant" (its = Acme). ``event_phrases.stands_alone`` lets a
pronoun of the actor's kind stand, taking it for the actor; but "Norway called the vote on
autonomy a turning point and urged Sweden and Finland not to underestimate its importance"
asks "What did Norway urge Sweden and Finland not to do? — underestimate its importance", and
"its" is the vote, which neither question nor answer names. ``points_outside`` finds such a
pronoun. When the subject of its own clause (or the controller of its infinitive: "urged
Sweden to strengthen its borders") agrees with it and the card shows that subject, it is taken
to stand for it ("The strike began after Delmont closed its plant"); else, and for he/she
after that subject ("Reyes praised Lee and vowed to block her nomination"), a noun phrase of
its agreement before it in its sentence that the card does not show (not the actor, not a word
of the answer, not the verb's own subject or object the question keeps; not a preposition's
object, a date or a number) means the reader cannot tell what it stands for: no card.
Gender is not compared, and a lone shown controller ("urged Sweden not to underestimate its
importance") is taken for the pronoun's antecedent even when the text meant another.

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
    own = _clause_subject(verb)  # "it would close … and suspend …": the pronoun the actor stands for
    if own is not None:
        shown.add(own.i)
    for pronoun in answer:
        if pronoun.tag_ not in ("PRP", "PRP$"):
            continue
        kind = _kind(pronoun)
        if kind is None:
            continue
        local = _local_subject(pronoun)
        if local is not None and (local.i in shown or answer.start <= local.i < answer.end) and _subject_agrees(local, pronoun, kind):
            if kind != "person":
                continue  # "Delmont closed its plant", "urged Sweden to strengthen its borders"
            lo = local.i  # "Reyes praised Lee and vowed to block her …": her may be Lee
        else:
            lo = sent.start
        holders = {a.i for a in pronoun.ancestors}  # "the importance of its …": not its own phrase
        for t in doc[lo : pronoun.i]:
            if t.i in holders or t.i in shown or answer.start <= t.i < answer.end:
                continue
            if _agrees(t, kind):
                return True
    return False


def _local_subject(pronoun: Token) -> Token | None:
    """The subject of the clause holding ``pronoun``: its verb's own, a conjoined verb's
    ("it would close … and suspend its …"), or the controller of an infinitive (the object of
    "urged Sweden to …", else the subject of "vowed to …")."""
    return _clause_subject(next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None))


def _clause_subject(verb: Token | None) -> Token | None:
    for _ in range(6):
        if verb is None:
            return None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if verb.dep_ == "conj":
            verb = verb.head
        elif verb.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            controller = next((c for c in verb.head.children if c.dep_ in ("dobj", "dative")), None)
            if controller is not None:
                return controller
            verb = verb.head
        else:
            return None
    return None


def _subject_agrees(subject: Token, pronoun: Token, kind: str) -> bool:
    if subject.pos_ == "PRON":
        return _kind(subject) == kind
    if subject.conjuncts:
        return kind == "plural"
    if kind == "person":
        return subject.ent_type_ == "PERSON"
    if kind == "plural":
        return subject.tag_ in ("NNS", "NNPS") or subject.ent_type_ in ("ORG", "NORP")
    return subject.tag_ in ("NN", "NNP") and subject.ent_type_ != "PERSON"


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
