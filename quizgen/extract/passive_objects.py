"""A reduced passive given an object: a slip of the article ("warnings issued just the storms
that …", where "after" was dropped).

A past participle that modifies the noun before it with no subject, auxiliary or mark of its
own ("warnings issued …", ``acl``) is a passive whose object became that noun, so none is
left; a direct object the parse gives it is the article's slip (``extract.garble`` makes no
card from the sentence). Verbs of two objects keep one ("families given a new home",
``constants.TWO_OBJECT_VERBS`` from VerbNet), naming verbs a predicate ("a law dubbed …",
``NAMING_VERBS``); the other exclusions are where the parse misreads a sound sentence.

A demonstrative standing as a pronoun takes the same shape (round 43): "arrest those carried
out kidnappings" ("who" dropped) — a participle on "those" that the parse gives an object, bare
or determined, since a pronoun's phrase has no other place for it; "those given a chance" keeps
its second object. A verb with its particle ("carried out", "handed over") is a phrasal verb
of one object, never one of two.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import COLLECTIVE_NOUNS, GROUP_NOUNS, NAMING_VERBS, TWO_OBJECT_VERBS
from quizgen.extract.org_descriptions import PERSON_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Where a noun stands in its clause when a participle after it modifies it: an argument of a
# verb or preposition, beside another noun, or joined to one ("conj" under a noun)
_NOUN_PLACES = frozenset(["nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "oprd", "appos", "npadvmod"])
_CLAUSE_DEPS = frozenset(["nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass", "mark"])
_RECIPIENT_ENTITIES = frozenset(["PERSON", "ORG", "NORP", "GPE"])


def passive_object(t: Token) -> Token | None:
    """The direct object the parse gives a past participle that modifies the noun before it as
    a reduced passive ("warnings issued just the storms that hit": "after" dropped), else None.
    A passive's object became its subject, so none is left — but a verb of two objects keeps
    one ("students given a chance", "a man named chairman")."""
    noun = t.head
    if t.dep_ != "acl" or t.tag_ not in ("VBN", "VBD") or not t.is_lower or t.i < noun.i:
        return None
    pronoun = _demonstrative_pronoun(noun)
    if not (noun.pos_ in ("NOUN", "PROPN") or pronoun) or any(c.dep_ in _CLAUSE_DEPS for c in t.children):
        return None
    if t.i > 0 and t.nbor(-1).text == "-" and not t.nbor(-1).whitespace_:
        return None  # "co-authored": the parse split the word
    if not (noun.dep_ in _NOUN_PLACES or (noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"))):
        return None  # "but that report concerned the e-mails": a main verb read as a modifier
    if t.sent.root.pos_ not in ("VERB", "AUX") or any(c.dep_ == "mark" for c in noun.children):
        # "cases that have led to charges included …" (no main verb but the participle's);
        # "proposing that a coalition put in place …" (a clause whose verb it is)
        return None
    objects = [
        c for c in t.children
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
        and (any(g.dep_ in ("det", "poss") for g in c.children) or (pronoun and c.pos_ == "NOUN"))
    ]
    if not objects or any(c.dep_ == "nummod" or c.like_num for c in objects[0].children):
        return None  # "a rifle buried one foot below ground": a measure, no object
    if objects[0].ent_type_ in ("DATE", "TIME"):
        return None  # "trades made that day": a time the parse took for an object
    lemma = t.lemma_.lower()
    if lemma in NAMING_VERBS:
        return None
    phrasal = any(c.dep_ == "prt" for c in t.children)  # "carried out": one object, no recipient
    if lemma in TWO_OBJECT_VERBS and not phrasal and (pronoun or _may_receive(noun)):
        return None
    return objects[0]


def _demonstrative_pronoun(noun: Token) -> bool:
    """A demonstrative standing as a noun phrase ("arrest those …"): tagged a determiner, read
    as a pronoun, determining nothing."""
    return noun.tag_ == "DT" and noun.pos_ == "PRON" and noun.dep_ != "det"


def _may_receive(noun: Token) -> bool:
    """Whether a noun may name who receives (a person, a people, a body, a group or a
    collective of people),
    itself or through "of" ("a lot of people given …")."""
    nouns = [noun, *(g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")]
    return any(
        n.ent_type_ in _RECIPIENT_ENTITIES
        or n.pos_ == "PROPN"
        or n.lemma_.lower() in PERSON_HEADS
        or n.lemma_.lower() in GROUP_NOUNS
        or n.lemma_.lower() in COLLECTIVE_NOUNS  # "families given a new home"
        for n in nouns
    )
