"""Checks on a noun that may describe an organisation ("the company", "the Rockford, Ill., maker
of fasteners", "Thrift officials"): whether it names a kind of organisation, whether its
modifiers say which one or only its trade, and whether its sentence names something before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import (
    ANAPHORIC_ROLES,
    ORG_HEAD_NOUNS,
    PERSON_NOUNS,
    ROLE_WORDS,
    TRADE_HEAD_NOUNS,
    UNNAMED_SPEAKERS,
)
from quizgen.extract.context_mentions import set_off
from quizgen.extract.ownerless_nouns import _owns_relational

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PERSON_HEADS = PERSON_NOUNS | ANAPHORIC_ROLES | UNNAMED_SPEAKERS | ROLE_WORDS


def org_head(lemma: str) -> bool:
    """Whether a noun names a kind of organisation ("company", "automaker")."""
    return lemma in ORG_HEAD_NOUNS or lemma in TRADE_HEAD_NOUNS or (lemma.endswith("maker") and len(lemma) > 5)


def _common_entity(tok: Token) -> bool:
    """Whether the tagger's entity around ``tok`` is a description, not a name: "the
    academy" tagged an organisation is all common words, and says no more than its kind."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and ent.root.i == tok.i and all(t.is_lower or t.lower_ == "the" for t in ent)


def _says_which(child: Token) -> bool:
    """Whether a modifier of "the company" says which one: a relative clause not set off by
    a comma, dash or bracket ("the company that …"), an apposition, a possessor, or a name among the words
    before it ("the Bethlehem unit") — not a description of its trade ("the consumer-products
    and newsprint company", "the brewing giant") nor an aside (", which is 61%-owned by …")."""
    if child.dep_ in ("appos", "poss"):
        return True
    if child.dep_ in ("relcl", "acl"):
        return not set_off(child)
    if child.dep_ in ("compound", "amod", "nmod"):
        return any(t.pos_ == "PROPN" or t.ent_type_ for t in child.subtree)
    return False


# Entity types a trade noun's modifier may carry and still only say where the business is:
# a place ("the Rockford, Ill., maker") or a nationality ("the British chemical company").
_WHERE_TYPES = frozenset(["GPE", "NORP"])


def _trade_words(child: Token) -> bool:
    """Whether a modifier of a trade noun only says where or what it trades: a place or a
    nationality before it ("the Rockford, Ill., maker", "the British paper concern") or "of" +
    common nouns after it ("maker of fasteners")."""
    if child.dep_ in ("compound", "amod", "nmod", "npadvmod") and child.i < child.head.i:
        return all(
            t.ent_type_ in _WHERE_TYPES or (not t.ent_type_ and t.pos_ != "PROPN") for t in child.subtree
        )
    if child.dep_ == "prep" and child.lower_ == "of" and child.i > child.head.i:
        return all(not t.ent_type_ and t.pos_ != "PROPN" for t in child.subtree)
    return False


def _trade_list_head(tok: Token) -> bool:
    """Whether ``tok``, an organisation's kind noun with no determiner, is parsed as the
    apposition of a common noun with "the" just before it in one phrase ("The giant foods,
    tobacco and brewing company": "foods" took "the", "company" hangs on it; "The British paper,
    packaging and publishing concern": "paper" did)."""
    head = tok.head
    if tok.dep_ != "appos" or head.i >= tok.i or head.pos_ != "NOUN" or head.tag_ not in ("NN", "NNS") or head.ent_type_:
        return False
    if any(c.dep_ != "det" and c.i < head.i and not _trade_words(c) for c in head.children):
        return False  # "The Acme paper, …": a name among the first trade's words says which
    if any(c.dep_ in ("det", "poss") for c in tok.children) or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    between = tok.doc[head.i + 1 : tok.i]
    return all(t.pos_ in ("NOUN", "ADJ", "CCONJ", "PUNCT") and t.text not in ("(", "-", "--", "—", "–") for t in between)


def _staff_of_a_kind(tok: Token) -> bool:
    """Whether ``tok`` is a kind of organisation before a plural role noun with nothing else
    saying whose ("Thrift officials said …", "company executives expect …"): the people of an
    organisation the text named before, which a card read alone does not say."""
    head = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "compound" or head.tag_ != "NNS" or head.lemma_.lower() not in PERSON_HEADS:
        return False
    if not org_head(tok.lemma_.lower()) or tok.ent_type_ or any(True for _ in tok.children):
        return False
    return not any(
        c.dep_ in ("det", "poss", "appos", "prep", "relcl", "acl", "nmod") or (c.dep_ in ("compound", "amod") and c.i != tok.i)
        for c in head.children
    )


def _proper_noun_before(tok: Token, sent: Span, *, ignore: set[int] = frozenset()) -> bool:
    """Whether the sentence names something before ``tok`` the tagger may not have labelled
    an organisation ("Acme chief executive …"): a proper noun outside people's names and dates."""
    for t in sent.doc[sent.start : tok.i]:
        if t.i in ignore or t.ent_type_ in ("DATE", "TIME"):
            continue
        if t.ent_type_ == "PERSON" and not _owns_relational(t):
            continue
        if t.pos_ == "PROPN":
            return True
        # A capitalised first word the tagger took for a verb or an adjective ("Acme chief
        # executive …"): a name, as news sentences do not open with those.
        if t.i == sent.start and t.is_title and t.pos_ in ("VERB", "ADJ", "X") and not t.is_stop:
            return True
    return False
