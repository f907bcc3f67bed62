"""The "why" and "how" cards of an event: "Why did the Rail Authority announce that it will
close 40 rural lines?" → "because of …", the reason or the means the sentence states. Moved
from ``items.events``."""

from __future__ import annotations

from quizgen.items.deck_events import Event
from quizgen.items.event_cards import ASK_SCORE, actor_phrase, capital, event_item, object_phrase
from quizgen.items.evidence import stable_id
from quizgen.items.wording import contains
from quizgen.models import EventItem


def _adverbial_question(event: Event, wh: str, answer: str | None, articles) -> str | None:
    """ "Why/How did X do Y …?" for the reason or means the sentence states, or None when it
    states none or the question would give the answer away."""
    if not answer:
        return None
    f = event.fact
    question = capital(f"{wh} {f.question_aux} {actor_phrase(event, articles)} {f.question_verb} {object_phrase(event)}{event.on}?")
    return None if contains(question, [answer]) else question


def ask_why(event: Event, articles) -> tuple[EventItem | None, float]:
    question = _adverbial_question(event, "Why", event.fact.reason, articles)
    if question is None:
        return None, 0.0
    return event_item(event, "why", question, event.fact.reason, articles), ASK_SCORE["why"]


def ask_how(event: Event, articles) -> tuple[EventItem | None, float]:
    """ "How will NATO step up its commitment …?" → "by training Iraqi soldiers …": the means
    the sentence states. (Recorded as ``asks: what`` — the means is what the actor does — until
    the item model and ranking know a "how".)"""
    f = event.fact
    question = _adverbial_question(event, "How", f.means, articles)
    if question is None:
        return None, 0.0
    item = event_item(event, "what", question, f.means, articles)
    item = item.model_copy(update={"id": stable_id("e", f"how {event.actor} {f.verb} {f.answer}")})
    return item, ASK_SCORE["why"]


