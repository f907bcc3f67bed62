"""Times counted from an event the text before told: "Three days later, Snyder remains in
office", "The day before, at a rally in Beaumont, Mr. Trump …", "When Fiorina a month later
announced …", "The next day, the board voted …".

A card shows one sentence; "three days later" than what, "the day before" what, it no longer
says. A length of time the parse hangs on "later", "earlier", "before", "after" or
"afterward" (its ``npadvmod``: "three days", "a month"), or a time noun with "the" and an
adjective of sequence ("the next day", "the following week"), that modifies a verb counts
from something outside its sentence — unless the sentence writes another date or time
(named entity DATE or TIME: "A week later, on 3 March, …", "a loss …, versus income of $5
million a year earlier" of "the third quarter") that it can count from. Such a time is a
``Reference`` without a name: ``items.wording`` makes no card of its sentence.

A length of time that modifies a noun ("CNN's debate four days earlier") counts from the
sentence's own event, and one after a preposition ("up 31% from a year earlier") from the
sentence's own figure: both are left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.records import Reference

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Adverbs that place an event a length of time from another one ("three days later").
_RELATIVE_ADVERBS = frozenset(["later", "earlier", "before", "after", "afterward", "afterwards"])
# Adjectives of sequence on a time noun ("the next day", "the previous week").
_SEQUENCE_ADJECTIVES = frozenset(["next", "following", "previous", "prior", "preceding"])
_TIME_LABELS = frozenset(["DATE", "TIME"])
# Units of calendar time, for the phrases the entity recogniser leaves unmarked ("The day before").
_TIME_UNITS = frozenset(["minute", "hour", "day", "night", "week", "month", "year", "decade", "morning", "afternoon", "evening"])


def unanchored_time(tok: Token, sent: Span) -> Reference | None:
    """The time counted from an event outside ``sent`` that ``tok`` ("later" of "three days
    later", "day" of "the next day") ends or heads, as a reference without a name; None for
    any other word, or when the sentence writes a date or time it can count from."""
    phrase = _relative_length(tok) or _sequence_day(tok)
    if phrase is None:
        return None
    first, last = phrase
    if any(t.ent_type_ in _TIME_LABELS and not (first.i <= t.i <= last.i) for t in sent):
        return None  # "A week later, on 3 March, …": the sentence says when
    start, end = first.idx, last.idx + len(last.text)
    return Reference(text=tok.doc.text[start:end], start=start, end=end, name=None, kind="time")


def _relative_length(tok: Token) -> tuple[Token, Token] | None:
    """"three days later", "a month earlier", "the day before": the words from the length to
    the adverb, when the adverb modifies a verb and has no "than …" of its own."""
    if tok.lower_ not in _RELATIVE_ADVERBS or tok.pos_ != "ADV" or tok.dep_ != "advmod":
        return None
    on_time = _time_noun(tok.head) and tok.head.i < tok.i and tok.head.dep_ in ("npadvmod", "nsubj")
    if tok.head.pos_ not in ("VERB", "AUX") and not on_time:
        return None  # "CNN's debate four days earlier": counted from the sentence's own event
    lengths = [c for c in tok.children if c.dep_ == "npadvmod" and c.i < tok.i and _time_noun(c)]
    if on_time:
        lengths.append(tok.head)  # "The day before,": the parse hangs "before" on "day" (at times its verb's subject)
        if tok.head.head.pos_ not in ("VERB", "AUX"):
            return None
    than = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "than"
    if len(lengths) != 1 or than or any(c.dep_ == "prep" for c in tok.children):
        return None  # "later than planned", "after the vote" say from when
    return lengths[0].left_edge, tok


def _sequence_day(tok: Token) -> tuple[Token, Token] | None:
    """"the next day", "the following week" as an adverbial of a verb."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("npadvmod", "tmod") or not _time_noun(tok):
        return None
    if tok.head.pos_ not in ("VERB", "AUX"):
        return None
    modifiers = [c for c in tok.children if c.i < tok.i]
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in modifiers):
        return None
    if not any(c.dep_ == "amod" and c.lower_ in _SEQUENCE_ADJECTIVES for c in modifiers):
        return None
    if any(c.dep_ in ("prep", "relcl", "acl") for c in tok.children if c.i > tok.i):
        return None  # "the next day of trading", "the following week, when …"
    return tok.left_edge, tok


def _time_noun(tok: Token) -> bool:
    """A noun of a length of time ("days", "a month"): the entity recogniser's, or a unit."""
    return tok.pos_ == "NOUN" and (tok.ent_type_ in _TIME_LABELS or tok.lemma_.lower() in _TIME_UNITS)
