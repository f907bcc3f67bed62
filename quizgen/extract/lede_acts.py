"""A lede's act told by a verb the event lexicon lacks: "Nashua strengthened its poison-pill
plan", "Police unearthed a rifle near the house", "The GOP pulled out of the NBC debate". No
list of verbs holds the next story's act, so the verb is read by the test planned acts pass
(``event_plans.act_verb``: a verb WordNet knows, no verb of being, having, a line of
business, no light verb, no view), narrowed to verbs that do something to a thing: none of
saying, asking or naming (quotes and claims ask those), of knowing or seeming, of intending
(plans frame another act) or of judging someone (``judged_acts``), nor of publishing ("ran an
ad", "carried Iowa": the same words tell other things). The act is asked only by its object
or its phrasal verb's preposition ("pull out of"), with every gate an event of the lexicon
passes (``extract.events``); its class is ``LEDE_ACT_CLASS``, so a "what" card's wrong
choices are other such acts' objects."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import (
    ADDRESSEE_VERBS,
    CALLING_VERBS,
    CLAIM_VERBS,
    COGNITION_VERBS,
    EVENT_VERBS,
    INTENTION_VERBS,
    JUDGEMENT_FRAMES,
    JUDGING_FOR_VERBS,
    PUBLISHING_VERBS,
    QUESTION_VERBS,
    REPORTING_VERBS,
    SEEMING_VERBS,
    SPEECH_VERBS,
    TIME_OBJECT_VERBS,
)
from quizgen.extract.event_clauses import event_verb, particle
from quizgen.extract.event_phrases import trim
from quizgen.extract.event_plans import act_verb, plan_frame

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The class of these acts: one of its own, so that choices come only from other such acts.
LEDE_ACT_CLASS = "act"
# Answer kinds such an act is asked by: what it was done to ("unearthed a rifle") or its
# phrasal verb's place ("pulled out of the debate"), never a clause or an infinitive, which
# verbs outside the lexicon frame as a try, a failure or a manner ("tried to", "failed to").
LEDE_ACT_KINDS = frozenset(["object", "prep"])
# Verbs that tell no act of their own on a thing (the lexicons of ``constants``).
NOT_ACTS = (
    REPORTING_VERBS | SPEECH_VERBS | CLAIM_VERBS | QUESTION_VERBS | ADDRESSEE_VERBS | CALLING_VERBS
    | COGNITION_VERBS | SEEMING_VERBS | INTENTION_VERBS | JUDGING_FOR_VERBS | frozenset(JUDGEMENT_FRAMES)
    | PUBLISHING_VERBS | TIME_OBJECT_VERBS
)


def lede_act(token: Token) -> str | None:
    """The verb ("strengthen", "pull out") of an act the event lexicon does not hold, or None:
    the token is a verb whose lemma ``act_verb`` admits and no verb of ``NOT_ACTS``, with its
    particle when it has one ("pulled out of …" is "pull out", not the lexicon's "pull"); not
    a plan's framed act (``event_plans.planned_act`` reads those)."""
    if token.pos_ != "VERB" or event_verb(token) is not None or plan_frame(token) is not None:
        return None
    lemma = token.lemma_.lower()
    if lemma in NOT_ACTS or not act_verb(lemma):
        return None
    part = particle(token)
    verb = f"{lemma} {part.lower_}" if part is not None else lemma
    return None if verb in EVENT_VERBS else verb


def particle_place(token: Token) -> tuple[Span, str, str] | None:
    """What a phrasal act was done to by the preposition right after its particle ("pulled out
    of [an NBC debate]": prep "of", asked "Which debate did the RNC pull out of?"): the
    particle and the preposition make one verb, whose object is the preposition's."""
    part = particle(token)
    if part is None:
        return None
    holders = [token, part]
    prep = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.i == part.i + 1), None)
    objects = [c for c in prep.children if c.dep_ == "pobj"] if prep is not None else []
    if not objects:
        return None
    span = trim(token.doc[objects[0].left_edge.i : objects[0].right_edge.i + 1])
    if span.end <= span.start or span[-1].pos_ in ("VERB", "ADP"):
        return None  # "an NBC debate scheduled [for February]": the trimmed time leaves a phrase hanging
    return span, "prep", prep.lower_
