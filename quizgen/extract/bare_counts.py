"""A sentence whose subject is a bare count and that names nothing of its own: "Twenty people
were dead and six injured.", "A further 50 troops remained aboard in reserve." — dead in which
accident, aboard which ship? The sentence before named it; the card read alone asks about
nothing.

A sentence names its anchor when it holds a name or a date ("… in Shanxi on Sunday") or brings
in something new by an indefinite or described noun ("died in a blast at a coal mine"); a noun
with "the" ("in the blast") or a bare idiom ("in reserve", "in hospital") leans on the text
before or says nothing. The article's first sentence states the story and is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.records import Reference

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Entities that count or measure, not say what about.
_AMOUNT_LABELS = frozenset(["CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL"])
# Words a count's subject may carry and still say no more than how many ("A further 80 troops",
# "24 coal miners"): not an owner, a complement or a clause that says which.
_COUNT_DEPS = frozenset(["det", "amod", "nummod", "compound", "punct", "quantmod", "advmod"])
_MAX_WORDS = 15  # a longer sentence has room for what it is about


def bare_count(tok: Token, sent: Span, *, lede: bool) -> Reference | None:
    """A reference without a name (no card) at ``tok`` when it is the head of its sentence's
    main subject, counted by a number and nothing more, and the sentence — not the article's
    first — holds no name, no date and no noun that brings in something of its own; else None."""
    if lede or tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i != sent.root.i:
        return None
    if not any(c.dep_ == "nummod" and c.like_num for c in tok.children):
        return None
    if any(c.dep_ not in _COUNT_DEPS or (c.dep_ == "compound" and c.pos_ != "NOUN" and not c.like_num) for c in tok.children):
        return None  # "24 people from Shanxi", "the mine's 24 workers": says whose or which
    if len([t for t in sent if not t.is_punct and not t.is_space]) > _MAX_WORDS:
        return None
    subject = set(tok.subtree)
    for t in sent:
        if t.pos_ == "PROPN" or (t.ent_type_ and t.ent_type_ not in _AMOUNT_LABELS):
            return None  # a name or a date says what the sentence is about
        if t in subject or t.pos_ != "NOUN":
            continue
        if _brings_in(t):
            return None
    return Reference(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), name=None, kind="thing")


def _brings_in(noun: Token) -> bool:
    """Whether a noun outside the subject brings in a thing of its own ("in a blast", "in coal
    mine explosions", "of 15 houses"): an indefinite article or words that describe it; not
    "the blast" (told before) nor a bare idiom ("in reserve")."""
    dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
    if any(d.lower_ in ("a", "an", "another", "some") for d in dets):
        return True
    if dets:
        return False  # "the blast", "their ship": the text before told which
    return any(c.dep_ in ("amod", "compound", "nummod", "prep", "relcl", "acl") for c in noun.children)
