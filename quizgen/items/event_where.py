"""The "where" card of an event: "Where did Acme open a plant?" → "Fairfield, Iowa"; "At which summit did NATO invite the three countries?" → "the Madrid
summit": the setting a preposition of the verb names (``extract.event_settings``).

Asked only when the thing done is pinned by the question's own words — an object, a clause or
a prepositional object that passed the event gates — and the answer is not in the question.
A place's wrong choices are the story's places of its kind (a city for a city, a state for a
state: ``argument_clozes``'s entity choices); a named occasion is asked typed (the deck names no
other conferences to vouch for). Recorded as ``asks: what`` (the item model knows no "where"),
tagged "where", with an id of its own."""

from __future__ import annotations

import re

from quizgen.items.argument_clozes import entity_choices
from quizgen.items.deck_events import Event
from quizgen.items.event_cards import ASK_SCORE, actor_phrase, capital, event_item, object_phrase
from quizgen.items.evidence import stable_id
from quizgen.items.wording import contains
from quizgen.models import EventItem, Item

# "will also stop in Hong Kong", "as well", "too": the act happened in other places the story
# names, each a right answer. Not a sentence's opening "Also today, …", which links it to the
# news before.
_ALSO = re.compile(r"\b(?:also|as well)\b|\btoo[,.]")


def ask_where(event: Event, articles, entities: dict[str, list[str]], index=None) -> tuple[EventItem | None, float]:
    f = event.fact
    if f.setting is None:
        return None, 0.0
    wh, answer, label = f.setting
    if f.answer_kind not in ("object", "clause", "infinitive", "prep", "setting") or f.wh == "Where":
        return None, 0.0  # "Where will X travel?": the destination is the answer already
    words = [wh, f.question_aux, actor_phrase(event, articles), f.question_verb, object_phrase(event)]
    question = capital(" ".join(w for w in words if w) + f"{event.on}?")
    if contains(question, [answer]) or (f.place and f.place.lower() in question.lower()):
        return None, 0.0
    article = articles.get(f.article_id)
    sentence = article.body[f.sent_start : f.sent_end] if article is not None else ""
    if _ALSO.search(sentence):
        return None, 0.0  # "Baldrige will also stop in Hong Kong" (j105): one of several places, each a right answer
    key = f"where {event.actor} {f.verb} {f.answer}"
    choices = (
        entity_choices(
            answer, label, key, question, sentence, f.article_id, entities, set(), index,
            published=article.published if article is not None else None,
        )
        if label
        else []
    )
    item = event_item(event, "what", question, answer, articles, choices=choices)
    item = item.model_copy(update={"id": stable_id("e", key), "tags": ["event", "where"]})
    return item, ASK_SCORE["why"]


def where_yielding(made: list[tuple[Item, float]]) -> list[tuple[Item, float]]:
    """``made`` without the "where" cards whose sentence an event card already asks (the act's own
    "what" or "who", a claim's cloze): the setting is a detail of the sentence, and a card beside
    it would show its answer. Called before the lede's name clozes are made: a sentence whose
    "where" card stands leaves them its names (``argument_clozes``). A date or a figure of the
    sentence keeps its card (one of them may yield later, to another card of its date):
    siblings."""

    others = [e for i, _ in made if i.kind == "event" and "where" not in i.tags for e in i.evidence]

    def asked(item: Item) -> bool:
        return any(o.source == e.source and o.start < e.end and e.start < o.end for e in item.evidence for o in others)

    return [(i, s) for i, s in made if "where" not in i.tags or not asked(i)]
