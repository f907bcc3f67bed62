"""Quotations cut before the words that finish their phrase.

An article may quote part of a phrase and go on outside the marks: the ruling would have "a
chilling effect upon" the group's work; the vote was "long overdue and" fair; the group "has
been" careful. The quoted words alone ("a chilling effect upon", "has been") are no whole thing
anyone said, and "Who said: “… upon”?" asks a fragment. Read from the parse of the sentence,
the quotation's last piece is cut when it ends on a word, its closing mark runs straight into
more words, and

- a word of it that only introduces or specifies what follows has its head after the mark: a
  determiner, a possessive, an auxiliary, a subordinator ("the" city's artists, "its" way,
  "going to" fight), or a modifier whose phrase's determiner is quoted ("a chilling" moment);
- its last word's object or complement lies after the mark: a preposition's object ("upon"
  the group's work), a verb's object or complement ("has been" careful);
- it ends on a conjunction whose second conjunct lies after the mark ("overdue and" fair).

A stranded preposition or an elided verb ("a place worth fighting for", "more than we would
have liked to") takes nothing after it and is whole. Such a quotation is asked only with the
words after it (its sentence with the speaker blanked, or the reported clause holding them),
else not at all (``items.quotes.quote_prompt``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from quizgen.extract.quote_groups import Quotation

# Dependents that only lead into their head: a quotation ending on one stops before its head.
LEADING_DEPS = frozenset(["det", "predet", "poss", "aux", "auxpass", "mark", "nummod", "quantmod", "neg"])
# Modifiers that end a quotation whole unless the quotation also holds their phrase's determiner
# (a "cynical" ploy is a quoted word; "a chilling" moment, part of a noun phrase).
MODIFIER_DEPS = frozenset(["amod", "compound", "advmod", "npadvmod"])
# What a word takes after it: a preposition's object, a verb's object or complement.
COMPLEMENT_DEPS = frozenset(["pobj", "pcomp", "dobj", "dative", "attr", "acomp", "oprd", "xcomp", "ccomp"])
# A closing mark followed by a word (or an amount) of the same sentence, not by punctuation.
_RUNS_ON = re.compile(r"(?:[”\"’]|'')\s*[\w$]")


def cut_before_object(doc: Doc, quotation: Quotation, body: str) -> bool:
    """Whether the quotation stops before words outside its marks that finish its phrase."""
    piece = quotation.pieces[-1]
    quoted = body[piece.start : piece.end].rstrip()
    if not piece.closed or not quoted or not (quoted[-1].isalnum() or quoted[-1] in "'’"):
        return False  # the speaker's own stop, comma or dash ends it
    if _RUNS_ON.match(body, piece.end) is None:
        return False
    inside = [t for t in doc if piece.start <= t.idx < piece.end and not (t.is_punct or t.is_space)]
    if not inside:
        return False
    last = inside[-1]
    sentence = last.sent

    def after(t: Token) -> bool:
        return t.idx >= piece.end and sentence.start <= t.i < sentence.end

    if last.dep_ == "case" and last.head.dep_ == "poss":
        last = last.head  # "the city's" artists: the possessor waits for what it owns
    if last.dep_ in LEADING_DEPS | {"poss"} and after(last.head):
        return True
    if last.dep_ in MODIFIER_DEPS and after(last.head):
        # "a chilling" moment: the phrase's determiner is quoted, its noun is not
        return any(c.dep_ in ("det", "poss", "predet") and c in inside for c in last.head.children)
    if any(c.dep_ in COMPLEMENT_DEPS and after(c) for c in last.rights):
        return True
    if last.dep_ == "cc":
        return any(c.dep_ == "conj" and after(c) for c in last.head.rights)
    return False
