"""What every event card shares: the actor and the object as a question says them, the
evidence sentence, the item and its id, and the score of each kind of question. Moved from
``items.events``."""

from __future__ import annotations

import re

from quizgen.extract.name_articles import takes_the
from quizgen.ingest.articles import Article
from quizgen.items.deck_events import Event
from quizgen.items.evidence import evidence_for, stable_id
from quizgen.models import EventItem
from quizgen.nlp import english_stop_words

ASK_SCORE = {"what": 2.0, "who": 1.8, "why": 1.5}


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def actor_phrase(event: Event, articles: dict[str, Article] | None = None) -> str:
    """The actor inside a question: "the Rail Authority" keeps the article it was written with.
    An acronym the deck spells for a name its sentence writes out and brackets ("The North
    Atlantic Treaty Organization (NATO) has decided …") is asked by the sentence's own name: an
    acronym said as a word takes no article ("the NATO"), one spelt out does ("the FBI"), and the
    name written out takes one either way."""
    if event.label != "GROUP" and event.fact.actor.startswith("the ") and not event.actor.lower().startswith("the "):
        spelt_out = _bracketed_acronym(event, articles) if articles is not None else None
        return spelt_out or f"the {event.actor}"
    article = articles.get(event.fact.article_id) if articles is not None else None
    if (
        event.label == "ORG" and article is not None and not event.actor.lower().startswith("the ")
        and takes_the(event.actor, article.body)
    ):
        return f"the {event.actor}"  # "The court … invalidated" named "Supreme Court" (j204): as the article writes it
    first, _, rest = event.actor.partition(" ")
    if rest and first.lower() in OPENING_DETERMINERS and any(w[:1].islower() for w in rest.split()):
        # "What did one Beijing-based Asian diplomat say …?" (fresh99, tagged an organisation):
        # a description (a word of it in lower case, as no name has) opened its sentence, and its
        # capital went with it into the middle of the question
        return f"{first.lower()} {rest}"
    return event.actor


# Words that open a description and take a capital only at a sentence's start.
OPENING_DETERMINERS = frozenset([
    "a", "an", "one", "some", "many", "several", "two", "three", "four", "five", "both", "another", "most",
    "few", "other", "these", "those", "all",
])


_NAME_WORD = r"(?:[A-Z][\w&.'’-]*|of|and|for|on|&)"


def _bracketed_acronym(event: Event, articles: dict[str, Article]) -> str | None:
    """ "the North Atlantic Treaty Organization" when the event's sentence writes "the North
    Atlantic Treaty Organization (NATO)" and the deck spells the actor "NATO"; else None."""
    acronym = event.actor
    article = articles.get(event.fact.article_id)
    if article is None or not (acronym.replace(".", "").isalpha() and acronym.isupper()):
        return None
    sentence = article.body[event.fact.sent_start : event.fact.sent_end]
    found = re.search(rf"\b[Tt]he ((?:{_NAME_WORD}\s+){{1,8}})\({re.escape(acronym)}\)", sentence)
    if found is None or not found.group(1)[:1].isupper():
        return None
    return "the " + " ".join(found.group(1).split())


def event_evidence(event: Event, articles: dict[str, Article]):
    f = event.fact
    return [evidence_for(articles[f.article_id], f.sent_start, f.sent_end)]


# Words that may stand before a name in a description of it ("his running mate Donald Trump",
# "the former president Bill Clinton"): determiners and possessives; any other function word
# ("the alliance against the so-called Islamic State") makes the phrase more than a name.
DESCRIPTION_WORDS = frozenset(["the", "his", "her", "its", "their", "former"])


def bare_name(phrase: str) -> bool:
    """Whether ``phrase`` is a name and nothing more ("Trump", "to Hillary Clinton"), or a name
    with only a description of it before ("presidential candidate Donald Trump", "his running
    mate Donald Trump"): an act whose only detail is whom it was done to is one many may have
    done."""
    words = phrase.split()
    if words and words[0].islower() and len(words) > 1:
        words = words[1:]  # the preposition of "to Hillary Clinton"
    name = 0
    while name < len(words) and words[-1 - name][:1].isupper() and words[-1 - name].isalpha():
        name += 1
    if not 0 < name <= 3:
        return False
    described = words[: len(words) - name]
    return len(described) <= 4 and all(
        w.replace("-", "").isalpha() and w.islower() and (w in DESCRIPTION_WORDS or w not in english_stop_words())
        for w in described
    )


def object_phrase(event: Event) -> str:
    f = event.fact
    return f"{f.prep} {f.answer}" if f.prep else f.answer


def event_item(event: Event, asks: str, question: str, answer: str, articles, **extra) -> EventItem:
    f = event.fact
    return EventItem(
        id=stable_id("e", f"{asks} {event.actor} {f.verb} {f.answer}"),
        question=question,
        answer=answer,
        evidence=event_evidence(event, articles),
        actor=event.actor,
        verb=f.verb,
        verb_class=f.verb_class,
        asks=asks,
        reason=f.reason,
        tags=["event", asks],
        **extra,
    )

