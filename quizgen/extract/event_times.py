"""When an event happened: the sentence's date or time that belongs to its verb — not
to the verb of saying it is reported under, nor to a noun it dates — and whether a phrase
carries a time only the article's date makes a date ("on Friday", "last week")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.extract.date_predicates import saying_over

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

def time_of(token: Token, sent: Span) -> Span | None:
    """The sentence's date or time that belongs to this verb: its own, else that of the verb it
    is coordinated with when it shares that verb's subject ("paid tribute Tuesday and promised
    …"). Not the time of a verb the event is reported under ("officials said Wednesday that
    Kopp fired the shots last October": Wednesday is when they said it), nor of a coordinated
    clause with a subject of its own ("Rauner won in 2014; and Bevin won a few months ago":
    2014 is Rauner's). A verb's own vague time ("a few months ago") is still its time: it keeps
    another's from standing in for it."""
    times = [ent for ent in sent.ents if ent.label_ in ("DATE", "TIME") and not _reached(ent)]
    chain = [token]
    t = token
    while t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and not _own_subject(t):
        t = t.head
        chain.append(t)
    for verb in chain:  # the nearest verb's time first
        own = [ent for ent in times if _time_verb(ent) == verb.i]
        if len(own) > 1:
            # "The government Saturday condemned the attacks in Kenya Friday": the parse hangs
            # both days on the verb, but one right after the object may date the object (the
            # attacks were on Friday); the verb's day is then the other, or none is sure
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            own = [ent for ent in own if not any(ent.start == o.right_edge.i + 1 for o in objects)]
            return own[0] if len(own) == 1 else None
        if own:
            return own[0]
    return None


# Prepositions of a time an act reaches or sets, not the time it happened: "postponed until next
# Tuesday a meeting" (j120: the postponement, "earlier today", was dated the Tuesday), "extended
# to Friday", "must decide by June".
REACHED_TIME_PREPOSITIONS = frozenset(["until", "till", "til", "through", "to", "by"])


def _reached(ent: Span) -> bool:
    """Whether a time is the object of a preposition of a time reached ("until next Tuesday")."""
    head = ent.root.head
    return head.dep_ == "prep" and head.lower_ in REACHED_TIME_PREPOSITIONS and ent.root.dep_ == "pobj"


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _time_verb(ent: Span) -> int | None:
    """The index of the verb a time expression modifies, or None when it dates a noun ("as a
    result of an Aug. 10 agreement": the agreement's date, not the verb's)."""
    head = ent.root.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        if head.pos_ in ("NOUN", "PROPN"):
            return None
        head = head.head
    return saying_over(ent, head).i if head.pos_ in ("VERB", "AUX") else None


def relative_time_inside(span: Span) -> bool:
    """A time word inside the answer that only the article's date makes a date ("on Friday",
    "last week", "a few months ago"): a question or answer carrying it leans on a day the card
    does not show. ``trim`` takes one off the end; one inside stays, so no card."""
    for ent in span.ents:
        if ent.label_ in ("DATE", "TIME") and not any(t.like_num or t.is_digit for t in ent):
            return True
    return False

