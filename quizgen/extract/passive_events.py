"""Events told in the passive without their agent, asked the other way round: "Lewandowski
was dismissed as campaign manager" → "Who was dismissed as campaign manager?". A complement of
the verb must say what was done; a bare passive ("three people were killed") pins nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import EVENT_VERBS
from quizgen.extract.event_actors import (
    actor_of,
    conjuncts_of,
    dangling_preposition,
    negative_subject,
    with_others,
)
from quizgen.extract.event_clauses import (
    asserted,
    finite,
    habitual,
    main_or_told,
    reported_future,
    written_out,
)
from quizgen.extract.event_peers import fellow_patients
from quizgen.extract.event_phrases import specific, stands_alone, trim, without_vague_adjunct
from quizgen.extract.event_times import relative_time_inside, time_of
from quizgen.extract.quoted_text import Quoted
from quizgen.facts.records import EventFact
from quizgen.nlp import sentence_end, sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PASSIVE_PREPS = frozenset(["as", "with", "of", "to", "for", "from", "over"])


def passive_event(token: Token, verb: str, sent: Span, article_id: str, quoted: Quoted) -> EventFact | None:
    """Who had it done to them, when a complement of the verb says what ("Lewandowski was
    dismissed as campaign manager", "Roof is accused of killing nine people"): the subject, an
    entity, is the answer of a "who" card; no "what" card (the doer is not named). A bare
    passive ("three people were killed") pins nothing to ask about."""
    if not main_or_told(token) or not asserted(token, passive=True) or not finite(token) or habitual(token):
        return None
    present = all(c.tag_ in ("VBZ", "VBP") for c in token.children if c.dep_ in ("aux", "auxpass"))
    if present and EVENT_VERBS[verb] != "legal":
        return None  # "is met with relief": a simple present tells a state; "is accused of" a charge standing
    if any(c.dep_ in ("oprd", "attr") for c in token.children):
        return None  # "was named commander of …": the role given is the news, not a complement
    subject = next(c for c in token.children if c.dep_ == "nsubjpass")
    if subject.i > token.i or conjuncts_of(subject) or negative_subject(subject) or dangling_preposition(token, subject):
        return None
    actor = actor_of(subject)
    if actor is None or actor[1] not in ("PERSON", "ORG"):
        return None
    preps = [c for c in token.children if c.dep_ == "prep" and c.i > token.i and c.lower_ in PASSIVE_PREPS]
    objects = [c for c in preps[0].children if c.dep_ in ("pobj", "pcomp")] if preps else []
    if not objects:
        return None
    answer_span = without_vague_adjunct(trim(token.doc[preps[0].i : preps[0].right_edge.i + 1]))
    if len(answer_span) < 2 or not specific(answer_span[1:]) or not stands_alone(answer_span, actor[1]):
        return None
    if any(t.idx in quoted for t in answer_span) or relative_time_inside(answer_span):
        return None
    auxes = sorted((c for c in token.children if c.dep_ in ("aux", "auxpass") and c.i < token.i), key=lambda t: t.i)
    when = time_of(token, sent)
    return EventFact(
        article_id=article_id,
        actor=actor[0],
        actor_label=actor[1],
        verb=verb,
        verb_class=EVENT_VERBS[verb],
        verb_group=" ".join([*("will" if reported_future(a) else written_out(a).lower() for a in auxes), token.lower_]),
        question_aux="will" if reported_future(auxes[0]) else auxes[0].lower_,
        question_verb=" ".join([*(a.lower_ for a in auxes[1:]), token.lower_]),
        answer=answer_span.text,
        answer_kind="passive",
        prep=None,
        start=subject.left_edge.idx,
        end=answer_span.end_char,
        sent_start=sentence_start(sent),
        sent_end=sentence_end(sent),
        time_start=when.start_char if when is not None else None,
        time_end=when.end_char if when is not None else None,
        wh="Who",
        others_too=with_others(token),
        rivals=fellow_patients(token, actor[0], actor[1]),
    )

