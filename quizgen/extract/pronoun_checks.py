"""Checks on one pronoun before the reference resolver names it: an "it" of no referent ("it is
clear that …"), a he/she of either gender ("he or she"), a slip of the source ("after they boat
sank"), a "he said" that reports speech, a pronoun in a clause put before the main one, and the
people its own verb's subject or a pair ("Bush and Rubio") names, whom it cannot stand for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import SPEECH_VERBS
from quizgen.extract.sentence_subjects import SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from quizgen.facts.records import Mention

# Verbs of "it is clear that …", "it seems …", "it took years to …": an "it" of no referent.
_EXPLETIVE_HEADS = frozenset(["be", "seem", "appear", "remain", "take", "make", "become", "look", "sound", "feel", "happen", "matter", "cost"])
_CLAUSAL = frozenset(["ccomp", "xcomp", "csubj", "csubjpass"])

_NOMINATIVE = frozenset(["he", "she", "they"])


def _garbled(tok: Token) -> bool:
    """Whether a subject pronoun stands where the source slipped ("after they boat sank" for
    "their boat"): the parser hangs it on the next word, itself the subject of another verb,
    or makes it a possessor. A question copying the slip is not well formed."""
    if tok.tag_ != "PRP" or tok.lower_ not in _NOMINATIVE:
        return False
    if tok.dep_ in ("poss", "det"):
        return True
    nxt = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and nxt.i == tok.i + 1 and nxt.dep_ in ("nsubj", "nsubjpass")


def _reports_speech(tok: Token) -> bool:
    """Whether ``tok`` is the subject of a verb that reports words ("…, he said", "The goal, he
    said, is …", "she said she would"): the antecedent chooser's own case, where the last
    speaker is the safe bet; "He said no to the war" reports none."""
    verb = tok.head
    return verb.lemma_.lower() in SPEECH_VERBS and (
        verb.dep_ in ("parataxis", "ccomp") or any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
    )


def _fronted_clause(tok: Token, *, complements: bool = True) -> bool:
    """Whether ``tok`` sits in a clause put before its sentence's main clause ("Now that he
    is …, Trump said", "Before she left, …"); with ``complements`` False, not a complement or
    a clause set beside the main one ("He calls for …; she calls for …"), whose pronoun looks
    back, not ahead to the main clause's subject."""
    word = tok
    while word.head.head.i != word.head.i:  # up to the child of the sentence's root
        word = word.head
    root = word.head
    beside = () if complements else ("ccomp", "parataxis")
    return word is not tok and word.i < root.i and word.dep_ not in ("nsubj", "nsubjpass", "poss", *beside)


def _co_subject_tokens(tok: Token) -> set[int]:
    """The words of the subject of the verb whose object the pronoun ``tok`` is ("Joining him
    … was Dale Stovall"): a pronoun object never stands for its own verb's subject."""
    if tok.dep_ in SUBJECT_DEPS:
        return set()
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # the one a subject belongs to is no part of it ("Reagan’s willingness … could bring him", j231)
    owned = {t.i for c in subjects for p in c.children if p.dep_ == "poss" for t in p.subtree}
    return {t.i for c in subjects for t in c.subtree} - owned


def _described_by_who(noun: Token) -> bool:
    """Whether a relative clause with "who" describes the noun ("the physician who performed
    …"): a person, whatever the noun."""
    return any(
        c.dep_ == "relcl" and any(g.lower_ in ("who", "whom", "whose") for g in c.children) for c in noun.children
    )


def _coordinated(doc: Doc, m: Mention) -> bool:
    """Whether the person ``m`` is named as one of a pair or list joined by "and"/"or" ("Bush
    and Rubio"): the phrase means them together, which "he" or "she" cannot."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return (root.dep_ == "conj" and root.head.pos_ == "PROPN") or any(
        c.dep_ == "conj" and c.pos_ == "PROPN" for c in root.children
    )


def _co_argument(tok: Token, m: Mention) -> bool:
    """Whether the person ``m`` is named in the subject of the pronoun object ``tok``'s verb."""
    own = _co_subject_tokens(tok)
    return any(m.start <= tok.doc[i].idx < m.end for i in own)


def _thing_object(subject: Token) -> bool:
    """Whether the subject's verb also has a singular thing for an object ("launched an ad"):
    a later "it" may be either."""
    return any(c.dep_ == "dobj" and c.tag_ == "NN" and not c.ent_type_ for c in subject.head.children)


def _expletive(tok: Token) -> bool:
    """"It is clear that …", "it took years to …", "it's time": no referent."""
    if tok.dep_ == "expl":
        return True
    head = tok.head
    if head.lemma_.lower() == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() == "time" and any(g.dep_ in ("relcl", "acl") for g in c.children)
        for c in head.children
    ):
        return True  # "It was the first time that Ritter had been allowed …"
    if head.lemma_.lower() in _EXPLETIVE_HEADS and any(c.dep_ in _CLAUSAL for c in head.children):
        return True
    if head.lemma_.lower() != "be":
        return False
    complements = [c for c in head.children if c.dep_ == "acomp"]
    if any(c.lower_ == "worth" and any(g.dep_ in ("xcomp", "pcomp", "ccomp") for g in c.children) for c in complements):
        return True  # "it's worth pointing out that …" (the clause hangs on "worth")
    # "It was unclear if American authorities would …": the question the adjective is about,
    # parsed as an adverbial clause marked "if"/"whether" (not "It was unable to pay": no mark).
    return bool(complements) and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)
        for c in head.children
    )


_GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


def _either_gender(tok: Token) -> bool:
    """Whether a he/she is one of a pair of both genders ("he or she", "his or her", "him/her"):
    a generic person, whom no name stands for."""
    gender = _GENDERED.get(tok.lower_)
    if gender is None:
        return False
    doc = tok.doc
    for step in (1, -1):
        joiner, other = tok.i + step, tok.i + 2 * step
        if 0 <= other < len(doc) and doc[joiner].lower_ in ("or", "and", "/") and _GENDERED.get(doc[other].lower_) not in (None, gender):
            return True
    return False
