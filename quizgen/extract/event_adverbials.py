"""What else a sentence says of its event, beside the thing done: where ("deployed
troops in Syria"), in what capacity ("chose Kaine as her running mate"), how ("by training
Iraqi soldiers …") and why ("because of …", "in response to …")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import MOTION_VERBS, REASON_MARKERS, TO_RECIPIENT_VERBS
from quizgen.extract.event_phrases import lower_common, plural_beside_singular, stands_alone, trim

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PLACE_PREPS = frozenset(["in", "at", "across", "throughout", "to", "into"])

PLACE_LABELS = frozenset(["GPE", "LOC", "FAC"])


def place_of(token: Token, answer: Span) -> str | None:
    """Where the verb happened or went, when an adverbial of its own names the place ("deployed
    troops in Syria" → "in Syria", "sent troops to Saudi Arabia" → "to Saudi Arabia"): a
    question may carry it to say which act it asks about."""
    verb_lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "as" and child.i == answer.end and (role := _capacity(child)):
            return role  # "chose Kaine as her running mate": in what capacity, which pins the act
        if child.dep_ not in ("prep", "dative") or child.lower_ not in PLACE_PREPS or answer.start <= child.i < answer.end:
            continue
        span = token.doc[child.i : child.right_edge.i + 1]
        pobj = [c for c in child.children if c.dep_ == "pobj"]
        if not pobj or pobj[0].ent_type_ not in PLACE_LABELS or len(span) > 6:
            continue
        if child.lower_ in ("to", "into") and verb_lemma not in TO_RECIPIENT_VERBS | MOTION_VERBS and child.i == answer.end:
            continue  # "would back a 500 mln dlr bridge loan | to Argentina" (j122): the loan's, not where it was backed
        if any(t.ent_type_ in ("DATE", "TIME") or t.is_punct and t.text != "." for t in span):
            continue
        if span.end < len(span.doc) and span.doc[span.end].tag_ in ("MD", "VBD", "VBZ", "VBP"):
            continue  # "in the U.S. and Novopharm | will sell …": the next clause's subject swallowed
        return child.lower_ + span.text[len(child.text) :]  # "In Washington today, …" → "in Washington"
    return None


def _capacity(prep: Token) -> str | None:
    """An "as" phrase naming a role or a thing, short and whole: "as her running mate", "as
    chief executive" (not "as soon as …", "as part of …" with a clause); what hangs on its noun
    after it ("as her running mate, a man who …", "… on Friday") is left out."""
    pobj = [c for c in prep.children if c.dep_ == "pobj"]
    if not pobj or pobj[0].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = pobj[0]
    spans = [prep.doc[prep.i : prep.right_edge.i + 1]]
    after = [c for c in noun.children if c.i > noun.i]
    if all(c.dep_ in ("appos", "punct", "advmod") or (c.dep_ == "prep" and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)) for c in after):
        # an aside ("…, a man who …") or a time: the noun says the capacity alone; not a clause
        # of its own ("as evidence | that members are not doing enough": evidence of what)
        spans.append(prep.doc[prep.i : noun.i + 1])
    for span in spans:
        if span.end < len(span.doc) and span.doc[span.end].lower_ == "of":
            continue  # "as the result [of a 1985 audit]": the noun's complement, wherever the parse hung it
        if len(span) <= 6 and not any(
            (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("compound", "amod")) or (t.is_punct and t.text != "-")
            or t.ent_type_ in ("DATE", "TIME")
            for t in span
        ):
            return span.text
    return None


def means_of(token: Token, label: str, answer: Span) -> str | None:
    """How the actor does it, when the sentence says so with "by" and a gerund ("will step up
    its commitment … by training Iraqi soldiers to disarm explosives")."""
    for child in token.children:
        if child.dep_ != "prep" or child.lower_ != "by" or answer.start <= child.i < answer.end:
            continue
        if not any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in child.children):
            continue
        span = trim(token.doc[child.i : child.right_edge.i + 1])
        if plural_beside_singular(span, token):
            return None  # "tightening its credit policy for commercial banks by raising [their] reserve ratio" (j118)
        if stands_alone(span, label):
            return span.text
    return None



def reason_of(token: Token, label: str, answer: Span | None) -> tuple[int, int, str] | None:
    """An explicit cause of the event ("because …", "after the attack", "in response to …"): its
    token start and end and its text. "after" with a clause or a gerund tells when, not why:
    "Reid rejected a move to Southampton after Forest accepted an offer", "will win his third
    cap after coming on twice last year" (j67, both asked "Why …?" and both wrong); so does
    "after" with a span of time or a date ("after several months of delicate negotiations")."""
    doc = token.doc
    for child in token.children:
        if child.dep_ not in ("advcl", "prep") or (answer is not None and answer.start <= child.i < answer.end):
            continue
        span = trim(doc[child.left_edge.i : child.right_edge.i + 1])
        if child.dep_ == "advcl":
            marks = [c for c in child.children if c.dep_ == "mark"]
            if child.lower_ != "following" and (not marks or marks[0].lower_ != "because"):
                continue
            if marks:
                span = trim(doc[marks[0].i : child.right_edge.i + 1])
        lower = span.text.lower()
        if child.lower_ == "after" and any(c.dep_ == "pcomp" or c.tag_ == "VBG" for c in child.children):
            continue  # "after coming on twice …": a time
        if child.lower_ == "after" and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in child.children):
            continue  # "after several months of delicate negotiations" (j79), "after March 1": a time
        if len(span) > 2 and span[0].lower_ == "due" and span[1].lower_ == "to" and span[2].tag_ == "VB":
            continue  # "due to come into force on …" (j84): scheduled, no cause
        if span.end < len(doc) and doc[span.end].lower_ == "that" and doc[span.end].tag_ == "IN":
            continue  # "because of its expectations | that world interest rates will rise" (j124): cut before its content
        if any(lower.startswith(m + " ") for m in REASON_MARKERS) and stands_alone(span, label):
            if _noun_adjunct_between(token, child, answer):
                return None  # "vowed …, despite Beijing's rebuttal of a visit, following criticism": whose cause?
            return span.start, span.end, lower_common(span)
    return None


def _noun_adjunct_between(token: Token, reason: Token, answer: Span | None) -> bool:
    """Whether another adjunct of ``token`` with a noun of its own ("despite Beijing's rebuttal
    of a visit") stands between the act and its ``reason``: a cause written after it may as well
    be that noun's ("the rebuttal followed criticism") as the act's, and the parse's attachment
    cannot say which (j48). A time ("on Tuesday", "last week") hosts no cause."""
    after = answer.end if answer is not None else token.i + 1
    for other in token.children:
        if other is reason or other.dep_ not in ("prep", "advcl", "npadvmod") or not after <= other.i < reason.i:
            continue
        phrase = list(other.subtree)
        if any(t.ent_type_ in ("DATE", "TIME") for t in phrase):
            continue
        if any(t.pos_ in ("NOUN", "PROPN") and t.i != other.i for t in phrase):
            return True
    return False

