"""A verb of meeting that lost its other party: a slip of the article ("The governor will meet
Friday for talks", where "the mayor and" or "with the mayor" was dropped).

A verb of ``constants.RECIPROCAL_VERBS`` (VerbNet's meet and correspond classes) takes a
second party as its object ("met the mayor"), after "with" or "between", or inside a plural or
coordinated subject ("the two leaders met", "Roe and Doe met"). One person as its subject and
none of these leaves the meeting with one side: ``extract.garble`` makes no card from the
sentence. A group ("the committee met"), a passive, a relative clause ("a man she met": the
man is met), a question word and an object of any kind ("meet demands", "meet each other") are
left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import RECIPROCAL_VERBS
from quizgen.extract.org_descriptions import PERSON_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Token

_PARTNER_DEPS = frozenset(["dobj", "dative"])  # "met the mayor", "met him"
_PARTNER_PREPOSITIONS = frozenset(["with", "between", "among", "alongside"])
_ONE_PERSON_PRONOUNS = frozenset(["he", "she"])


def lost_partner(verb: Token) -> Token | None:
    """The subject of a verb of meeting whose other party the sentence never names, else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RECIPROCAL_VERBS:
        return None
    if verb.dep_ in ("relcl", "acl") or any(c.tag_ in ("WP", "WDT", "WRB") for c in verb.children):
        return None  # "a man she met", "whom she will meet": the noun or the "who" is the partner
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        # "Kovac is scheduled to meet Friday", "plans to meet": the subject of the verb above;
        # "asked the mayor to meet": the mayor meets the one who asked
        above = list(verb.head.children)
        if any(c.dep_ in ("dobj", "dative") for c in above):
            return None
        subjects = [c for c in above if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return None  # a passive or a subject the parse left elsewhere
    subject = subjects[0]
    if not _one_person(subject) or any(c.dep_ in ("conj", "cc") for c in subject.children):
        return None
    for child in verb.children:
        if child.dep_ in _PARTNER_DEPS:
            return None
        if child.dep_ == "prep" and child.lower_ in _PARTNER_PREPOSITIONS:
            return None
        if child.dep_ == "prt" and any(g.dep_ == "prep" and g.lower_ in _PARTNER_PREPOSITIONS for g in child.children):
            return None  # "meet up with": the partner hangs on the particle
    return subject


def _one_person(subject: Token) -> bool:
    """A singular subject that is one person: a name, a person's role noun, "he" or "she"."""
    if subject.tag_ in ("NNS", "NNPS"):
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in _ONE_PERSON_PRONOUNS
    if subject.ent_type_:
        return subject.ent_type_ == "PERSON"
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in PERSON_HEADS
