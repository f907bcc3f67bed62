"""A noun that is always somebody's ("revenue", "shares") standing as a subject with no owner
written ("Revenue was ____"): whether one does, and whether a name before such a noun owns it
("Twitter shares")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import RELATIONAL_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of a stretch of time ("Sales in the latest period", "for the full year").
PERIOD_NOUNS = frozenset(["period", "quarter", "year", "half", "month", "months", "week", "season", "term", "fiscal"])


def _says_when(prep: Token) -> bool:
    """Whether a prepositional phrase only says when ("in the latest period", "for the full
    year", "for the third quarter"): its object a date or a period noun, no name or
    possessor other than a date's."""
    if prep.lower_ == "as":  # "Assets as of Sept. 30": "as of" + a date says when
        inner = list(prep.children)
        if len(inner) != 1 or inner[0].lower_ != "of":
            return False
        prep = inner[0]
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ not in ("in", "for", "during", "of") or len(objects) != 1 or (prep.lower_ == "of" and prep.head.lower_ != "as"):
        return False
    obj = objects[0]
    period = obj.ent_type_ == "DATE" or obj.lemma_.lower() in PERIOD_NOUNS
    named = any(
        (t.pos_ == "PROPN" or t.ent_type_ or t.dep_ == "poss") and t.ent_type_ not in ("DATE", "TIME")
        for t in obj.subtree
    )
    return period and not named


def _ownerless(tok: Token) -> bool:
    """Whether ``tok`` is a noun that is always somebody's ("revenue", "shares") standing as
    a subject with no owner written: no determiner but "the", no possessor, "of …" or name
    before it."""
    # "Net rose …": the tagger may call a sentence-opening "Net" an adjective, or a proper noun
    # for its capital ("Net advanced to $94.2 million"): the first word of its sentence
    opening_capital = tok.pos_ == "PROPN" and tok.i == tok.sent.start and tok.ent_type_ == ""
    if (tok.pos_ not in ("NOUN", "ADJ") and not opening_capital) or tok.dep_ not in ("nsubj", "nsubjpass") or tok.ent_type_ not in ("", "DATE"):
        return False
    if tok.lower_ in BARE_ONLY_NOUNS:
        # "Prices rose 8.3 pct last year" (j101): Spain's, the story before said; "bond prices",
        # "food prices", "prices on the exchange" say which
        return all(c.dep_ == "punct" or (c.dep_ == "det" and c.lower_ == "the") for c in tok.children)
    if tok.lower_ not in RELATIONAL_NOUNS and tok.lemma_.lower() not in RELATIONAL_NOUNS:
        return False
    for c in tok.children:
        if c.dep_ == "det" and c.lower_ == "the" and c.i == tok.left_edge.i:
            continue  # "The average daily turnover was ____": still nobody's named
        if c.dep_ in ("det", "poss", "relcl", "acl", "appos", "nmod", "predet"):
            return False
        if c.dep_ == "prep" and not _says_when(c):
            return False  # "Sales of cars", "Revenue at the unit", "Volume on the exchange"
        if c.dep_ in ("compound", "amod") and any(
            t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") for t in c.subtree
        ):
            return False  # "IBM shares", "Japanese output"
        if c.dep_ in ("compound", "amod") and any(t.ent_type_ in ("NORP", "GPE", "ORG") for t in c.subtree):
            return False
        if c.dep_ in ("compound", "amod", "nmod") and any(t.lower_ in WHOLE_MARKET_WORDS for t in c.subtree):
            return False  # "world music sales declined": a market's, not the business the text is about
    return True


# Nouns that are somebody's only when bare: "Prices rose", "Reserves had dipped" (whose?), not
# "bond prices rose", "gold reserves".
BARE_ONLY_NOUNS = frozenset(["prices", "reserves"])


# Modifiers that make a relational noun a whole market's or region's ("world music sales",
# "global output", "industry revenue"), never one business's.
WHOLE_MARKET_WORDS = frozenset([
    "world", "global", "worldwide", "international", "industry", "market", "national", "overall", "total",
    "domestic", "regional", "nationwide",
])


def _owns_relational(tok: Token) -> bool:
    """A name the tagger calls a person's standing before a noun only a business has
    ("Twitter shares", "Acme revenue"): an organisation's name there, whatever the label."""
    head = tok.head
    return tok.dep_ == "compound" and head.pos_ == "NOUN" and (
        head.lemma_.lower() in RELATIONAL_NOUNS or head.lower_ in RELATIONAL_NOUNS
    )
