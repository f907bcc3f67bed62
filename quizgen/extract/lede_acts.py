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
    EVENT_VERB_REFUSALS,
    EVENT_VERBS,
    INTENTION_VERBS,
    JUDGEMENT_FRAMES,
    JUDGING_FOR_VERBS,
    MOTION_VERBS,
    PLACING_VERBS,
    PUBLISHING_VERBS,
    QUESTION_VERBS,
    REPORTING_VERBS,
    SEEMING_VERBS,
    SPEECH_VERBS,
    STATE_VERBS,
    TIME_OBJECT_VERBS,
)
from quizgen.extract.event_answers import answer_of
from quizgen.extract.event_clauses import event_verb, particle
from quizgen.extract.event_phrases import trim
from quizgen.extract.event_plans import act_verb, plan_frame

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Verbs that tell no act of their own on a thing (the lexicons of ``constants``).
NOT_ACTS = (
    REPORTING_VERBS | SPEECH_VERBS | CLAIM_VERBS | QUESTION_VERBS | ADDRESSEE_VERBS | CALLING_VERBS
    | COGNITION_VERBS | SEEMING_VERBS | INTENTION_VERBS | JUDGING_FOR_VERBS | frozenset(JUDGEMENT_FRAMES)
    | PUBLISHING_VERBS | TIME_OBJECT_VERBS | STATE_VERBS | MOTION_VERBS | EVENT_VERB_REFUSALS
)
# Entities that make an object a figure ("earned $46.9 million", "gained a 2% share"): the
# figures' cards ask those, and "What did Sony pay?" says not for what.
FIGURE_LABELS = frozenset(["MONEY", "PERCENT", "QUANTITY", "CARDINAL"])
# Prepositions of a second complement beside the object ("put X on the list", "attributed the
# gain to …", "succeeded Taylor as chairman"): the act is the object and the complement
# together, and neither alone answers "What did X put?".
COMPLEMENT_PREPOSITIONS = frozenset(["to", "into", "onto", "on", "as", "with", "from"])
# Words that say which thing a noun is by themselves, beside an owner ("LIN's new plan").
OWN_MODIFIERS = frozenset(["amod", "compound", "nummod", "prep", "acl", "relcl", "appos"])
# Pronouns of people: in an answer they point back at the sentence ("rented a house in [his]
# native Tanzania"), and a "who" question holding one names the answer's sex or no one.
PERSONAL_PRONOUNS = frozenset(["he", "she", "him", "his", "her", "hers", "they", "them", "their", "theirs"])


def lede_act(token: Token) -> str | None:
    """The verb ("strengthen", "pull out") of an act the event lexicon does not hold, or None:
    the token is a verb whose lemma ``act_verb`` admits and no verb of ``NOT_ACTS``, with its
    particle when it has one ("pulled out of …" is "pull out", not the lexicon's "pull"); not
    a plan's framed act (``event_plans.planned_act`` reads those)."""
    if token.pos_ != "VERB" or event_verb(token) is not None or plan_frame(token) is not None:
        return None
    if not done(token) or anothers_claim(token):
        return None
    lemma = token.lemma_.lower()
    if lemma in NOT_ACTS or not act_verb(lemma):
        return None
    part = particle(token)
    if part is None and lemma in PLACING_VERBS:
        return None  # "put X [on the list]": the object alone is no act
    verb = f"{lemma} {part.lower_}" if part is not None else lemma
    return None if verb in EVENT_VERBS else verb


def lede_answer(token: Token, verb: str) -> tuple[Span, str, str | None] | None:
    """What a lede's act was done to: its phrasal verb's own preposition's object ("pulled out
    of [the debate]") or its lone object ("unearthed [a rifle]", ``lone_object``); never a
    clause, an infinitive ("tried to …", "failed to …": a try, a failure) or an adverbial
    ("rolled into Hialeah [for a rally]")."""
    place = particle_place(token)
    if place is not None:
        return place
    phrase = answer_of(token, verb)
    if phrase is None or phrase[1] != "object" or not lone_object(token, phrase[0]):
        return None
    return phrase


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
    if figure(span):
        return None  # "won out [with 22 percent]": a share, not what the act was done to
    return span, "prep", prep.lower_


def figure(answer: Span) -> bool:
    """Whether an answer is an amount ("$46.9 million", "22 percent", "an estimated 2% share"):
    its head or a word on it is a number's entity."""
    root = answer.root
    return any(t.ent_type_ in FIGURE_LABELS for t in [root, *root.children] if t.dep_ != "prep")


def done(token: Token) -> bool:
    """Whether the verb tells a thing already done: a simple past ("unearthed") or a perfect
    ("has authorized"), its own or the one its conjunct shares. A verb outside the lexicon in
    the present or the future ("is facing attack ads", "is heading for Mexico", "will remain")
    tells a state, a course or a forecast more often than an act."""
    holder = token
    while holder.dep_ == "conj" and not any(c.dep_ in ("aux", "auxpass") for c in holder.children) and holder.tag_ == token.tag_:
        holder = holder.head
    auxes = [c for c in holder.children if c.dep_ in ("aux", "auxpass") and c.i < holder.i]
    if token.tag_ == "VBD":
        return not auxes
    return token.tag_ == "VBN" and [a.lemma_.lower() for a in auxes] == ["have"]


def lone_object(token: Token, answer: Span) -> bool:
    """Whether an object answer is the act's whole complement and no figure: no clause or
    infinitive beside it ("persuaded donors [that he …]"), no second complement of the verb's or
    one the parse hung on the object ("put X [on the list]", "attributed the gain [to …]"), no
    bare singular noun ("turned [television star]") nor an owner's bare noun ("forced [LIN's
    hand]"), no amount ("earned [$46.9 million]"), no person's pronoun, and the verb's only
    object."""
    root = answer.root
    if any(c.dep_ in ("ccomp", "xcomp", "oprd", "dative") for c in token.children):
        return False
    if sum(c.dep_ == "dobj" for c in token.children) > 1:
        return False  # "persuaded [donors], [elders] … that he …": the parse lost the clause's head
    if any(t.lower_ in PERSONAL_PRONOUNS for t in answer):
        return False  # "politics until the final moments of [his] speech": whose, the question gives away or leaves open
    holders = [c for c in token.children if c.i > root.i] + list(root.children)
    for prep in (c for c in holders if c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPOSITIONS):
        if not all(t.ent_type_ in ("DATE", "TIME") for p in prep.children if p.dep_ == "pobj" for t in p.subtree):
            return False
    if root.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod", "predet") for c in root.children):
        return False
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in root.children) and not any(c.dep_ in OWN_MODIFIERS for c in root.children):
        return False  # "forced [LIN's hand]", "won [Iowa's heart]": an owner's bare noun, an idiom as often as a thing
    return not figure(answer)


def anothers_claim(token: Token) -> bool:
    """Whether the verb's clause is what a speaker says of someone else ("Harlow said that
    Brisco had misled voters"): a claim, which ``claim_events`` asks, not a thing the story
    tells as done. A speaker's own act ("Octel said it acquired …") is told."""
    clause = token
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ != "ccomp":
        return False
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    subject = subject or next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is None or subject.pos_ != "PRON"
