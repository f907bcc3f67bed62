"""Acts named by a noun: "QVC said it completed its acquisition of CVN Cos." → an
``EventFact`` "QVC acquired CVN Cos." (actor QVC, verb "acquire", answer "CVN Cos."), asked as
any event ("What did QVC Network Inc. acquire?"). The noun is a nominalisation of
``constants.NOMINAL_EVENTS``; its "of" phrase is the verb's object (its "to" clause for
"decision"), its possessor or "by" phrase the doer. The act must be told as done: the noun is
the object of a verb of completion or announcement (``NOMINAL_DONE_VERBS``: "completed",
"announced"; not "sought", "blocked"), itself in the past, asserted and in a main or reported
clause; a noun with a modifier of a plan ("proposed", "planned", "possible") tells none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.constants import EVENT_VERBS, NOMINAL_DONE_VERBS, NOMINAL_EVENTS
from quizgen.extract.event_actors import actor_of, names_people, reporter, subject_of
from quizgen.extract.event_clauses import asserted, finite, main_or_told
from quizgen.extract.event_phrases import specific, stands_alone, trim
from quizgen.extract.event_times import relative_time_inside, time_of
from quizgen.extract.phrase_specificity import pins_a_fact
from quizgen.extract.quoted_text import Quoted
from quizgen.facts.records import EventFact
from quizgen.nlp import sentence_end, sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Modifiers that make the act a plan or a guess, not a thing done: "its proposed acquisition".
UNDONE_MODIFIERS = frozenset(["proposed", "planned", "possible", "potential", "pending", "expected", "rumored", "rumoured", "intended", "prospective", "failed", "attempted", "abortive"])


def nominal_event(noun: Token, sent: Span, article_id: str, quoted: Quoted) -> EventFact | None:
    """The act ``noun`` names, as an event of its doer, or None."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.lower() not in NOMINAL_EVENTS:
        return None
    verb, past = NOMINAL_EVENTS[noun.lemma_.lower()]
    done_by = _done_by(noun)
    if done_by is None:
        return None
    if any(c.lower_ in UNDONE_MODIFIERS for c in noun.children):
        return None
    actor_token = _actor_token(noun, done_by)
    if actor_token is None:
        return None
    actor = actor_of(actor_token)
    if actor is None:
        return None
    found = _answer(noun, verb)
    if found is None:
        return None
    answer_span, kind = found
    if any(t.idx in quoted for t in answer_span) or relative_time_inside(answer_span):
        return None
    if kind == "object" and not (specific(answer_span) and pins_a_fact(answer_span)):
        return None  # "the acquisition of the company": which one, the sentences before say
    if not stands_alone(answer_span, actor[1]):
        return None
    when = time_of(done_by, sent)
    actor_text = re.sub(r"\s*['’]s?$", "", " ".join(actor[0].split()))  # "the European Commission's" names the Commission
    return EventFact(
        article_id=article_id,
        actor=actor_text,
        actor_label=actor[1],
        verb=verb,
        verb_class=EVENT_VERBS[verb],
        verb_group=past,
        question_aux="did",
        question_verb=verb,
        answer=" ".join(answer_span.text.split()),
        answer_kind=kind,
        prep=None,
        start=min(actor_token.left_edge.idx, noun.left_edge.idx),
        end=answer_span.end_char,
        sent_start=sentence_start(sent),
        sent_end=sentence_end(sent),
        time_start=when.start_char if when is not None else None,
        time_end=when.end_char if when is not None else None,
        wh="Who" if names_people(answer_span) else "What",
    )


def _done_by(noun: Token) -> Token | None:
    """The verb that tells the act done ("completed", "announced"), when the noun is its
    object: past or perfect, asserted, in a main or reported clause."""
    head = noun.head
    if noun.dep_ != "dobj" or head.pos_ != "VERB" or head.lemma_.lower() not in NOMINAL_DONE_VERBS:
        return None
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)
    if head.tag_ != "VBD" and not perfect:
        return None  # "will complete its acquisition": not yet done
    if not main_or_told(head) or not asserted(head) or not finite(head):
        return None
    return head


def _actor_token(noun: Token, done_by: Token) -> Token | None:
    """Who did the act: the noun's "by" phrase, else its possessor ("Delmont's decision"),
    a possessive pronoun standing for the clause's subject ("QVC completed its acquisition")."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"):
        return next((c for c in prep.children if c.dep_ == "pobj"), None)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None  # "completed the acquisition of …": who acquired, the sentence may not say
    if owner.pos_ != "PRON":
        return owner
    subject = subject_of(done_by)
    if subject is None or subject.pos_ == "PRON" and owner.lower_ not in ("its", "their", "his", "her"):
        return None
    if subject.pos_ == "PRON":  # "QVC said it completed its acquisition …": QVC
        return reporter(done_by, subject)
    return subject


def _answer(noun: Token, verb: str) -> tuple[Span, str] | None:
    """What the act was done to: the noun's "of" object ("acquisition of CVN Cos."), or, for a
    decision, its "to" clause ("decision to close 40 lines")."""
    if verb == "decide":
        clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if clause is None:
            return None
        return trim(noun.doc[clause.left_edge.i : clause.right_edge.i + 1]), "infinitive"
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None:
        return None
    return trim(noun.doc[obj.left_edge.i : obj.right_edge.i + 1]), "object"
