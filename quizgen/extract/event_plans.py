"""Plans: an act its subject is set, scheduled or planning to do ("Harbor Foods is set to
release new pricing rules", "Acme plans to build a plant in Dayton", "is scheduled to open").
The framed act's verb is an event verb the lexicon knows, and its infinitive is the frame's
own complement, with no subject or object of its own between (subject control: who plans is
who acts). The act is asked with the frame, in the frame's tense and aspect ("What is Harbor
Foods set to release?", "What does Acme plan to build?"), never as done."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import (
    DESCRIPTION_VERBS,
    EVENT_VERBS,
    LIGHT_OBJECT_VERBS,
    OPINION_VERBS,
    PLAN_FRAMES,
)
from quizgen.extract.event_clauses import present_state
from quizgen.nlp import verb_lemmas

if TYPE_CHECKING:
    from spacy.tokens import Token


def plan_frame(token: Token) -> Token | None:
    """The verb that frames ``token``'s act as its subject's plan, or None: ``token`` is the
    "to" infinitive right after a verb of ``PLAN_FRAMES`` ("set to release", "plans to build"),
    the frame has no object of its own ("set the board to vote": another's act) and the
    infinitive no subject of its own. A frame that is itself an event verb asked on its own
    ("is planning to build": "What is Acme planning to build?", ``event_answers.inner_object``)
    frames nothing here, unless its simple present keeps it from being asked ("plans to")."""
    if token.dep_ != "xcomp" or token.tag_ != "VB":
        return None
    to = next((c for c in token.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < token.i), None)
    if to is None or any(t.pos_ != "ADV" for t in token.doc[to.i + 1 : token.i]):
        return None  # "plans to build", "plans to aggressively discount …"
    frame = token.head
    if frame.pos_ != "VERB" or frame.lemma_.lower() not in PLAN_FRAMES or frame.i > token.i:
        return None
    if any(c.dep_ in ("dobj", "dative", "ccomp", "oprd") for c in frame.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
        return None
    if any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in token.children):
        return None  # "plans not to renew …": what will not be done
    if frame.lemma_.lower() in EVENT_VERBS and not present_state(frame):
        return None
    return frame


def frame_subject(frame: Token) -> Token | None:
    """The subject of a plan's frame: "Acme plans to …" (nsubj) or "Acme is set to …",
    "The plant is scheduled to …" (the passive's subject)."""
    return next((c for c in frame.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def frame_auxiliaries(frame: Token) -> list[Token]:
    """The frame's auxiliaries before it, passive ones too ("is set", "will be set")."""
    return sorted((c for c in frame.children if c.dep_ in ("aux", "auxpass") and c.i < frame.i), key=lambda t: t.i)


# The class a planned act outside the event lexicon takes: the frame's own ("plan", "propose":
# ``EVENT_VERB_CLASSES["seek"]``), so a "what" card's wrong choices are other plans' objects.
PLANNED_CLASS = EVENT_VERBS["plan"]


def planned_act(token: Token) -> str | None:
    """The lemma of a planned act the event lexicon does not hold ("plans to purchase 1.4
    million shares", "planned to ship a computer"), when a plan frames it and the lemmatizer's
    WordNet table knows it as a verb: the frame makes it an act to come whatever the verb. Not
    a verb of being, having or a line of business, nor a light verb whose object says little
    ("plans to use …", "plans to have …"), nor a view, nor a phrasal verb the lexicon lacks."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma in EVENT_VERBS or plan_frame(token) is None:
        return None
    if any(c.dep_ == "prt" for c in token.children) or not act_verb(lemma):
        return None
    return lemma


def act_verb(lemma: str) -> bool:
    """Whether a verb the event lexicon may not hold can tell an act: the lemmatizer's WordNet
    table knows it as a verb, and it is no verb of being, having or a line of business ("is",
    "owns", "publishes"), no light verb whose object says little ("use", "take", "make") and
    no view ("believes"). A planned act (``planned_act``) and a lede's own act outside the
    lexicon (``extract.lede_acts``) are both read with it."""
    if lemma in DESCRIPTION_VERBS or lemma in LIGHT_OBJECT_VERBS or lemma in OPINION_VERBS:
        return False
    return lemma in verb_lemmas()
