"""The "what" card of an event: "What did the Rail Authority announce on 3 June 2024?" → "that
it will close 40 rural lines", asked only when actor, verb and time pin one act, with other
actors' answers of the same verb class and form as wrong choices. Moved from ``items.events``."""

from __future__ import annotations

import re

from quizgen.constants import (
    ACTOR_PRONOUNS,
    CLAIMED_CLASS,
    JUDGED_CLASS,
    OBJECT_PLUS_COMPLEMENT,
    SUPPORT_NOUNS,
)
from quizgen.facts.records import EventFact
from quizgen.items import distractors
from quizgen.items.deck_events import Event
from quizgen.items.distractors import fold
from quizgen.items.event_cards import ASK_SCORE, actor_phrase, capital, event_item
from quizgen.items.evidence import stable_id
from quizgen.items.wording import contains
from quizgen.models import EventItem

AGENT_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "NORP": "group", "GROUP": "group", "PEOPLE": "people"}
TOPICLESS_CLASSES = frozenset(["state"])  # verb classes whose "what" question names no topic


def ask_what(event: Event, events: list[Event], articles, related: dict[str, set[str]]) -> tuple[EventItem | None, float]:
    f = event.fact
    if f.answer_kind == "passive":
        return None, 0.0  # "Lewandowski was dismissed as …": who did it is not said; "who" asks it
    if f.answer_kind == "amount":
        return None, 0.0  # "What did the Dow lose?" → "5% of its value": a figure's card asks the amount (j69)
    complement = OBJECT_PLUS_COMPLEMENT.get(f.verb)
    persuaded = _persuaded(f) if complement == "to" else None
    if f.answer_kind == "object" and complement and f" {complement} " in f" {f.answer} " and persuaded is None:
        # "accused the committee of sabotage": "What did X accuse?" asks nothing; "who" asks it
        return None, 0.0
    if f.verb_class in TOPICLESS_CLASSES:
        # "What did the FBI say?" names no topic: whoever says one thing in a story says
        # others, so no one answer is right. The statement is asked the other way ("Who said
        # that Kopp is wanted as a material witness?"), where the clause pins it.
        return None, 0.0
    if not event.on and not f.place and (f.answer_kind in ("clause", "infinitive") or event.label in ("NORP", "GROUP", "PEOPLE")):
        # A question names actor and verb; it pins one fact only when the verb acts on a thing
        # ("What did Lawrence Insurance acquire?") and the actor is one named party. A verb
        # framing another act ("What did the United States begin doing?", "agree to do") or a
        # party of many ("What did Republicans denounce?", "the police") needs a time or place
        # of its own. The fact is still asked the other way, where the answer pins it — and the
        # framed act's own object by the framed act ("What did RJR Nabisco agree to sell to
        # Nestle for $370 million?"), where the inner verb pins it.
        if f.inner is not None and f.answer_kind == "infinitive" and event.label in INNER_LABELS:
            return _ask_inner(event, events, articles, f.inner)
        return None, 0.0
    if event.label == "PERSON" and not event.on and not f.place and f.verb_class not in (JUDGED_CLASS, CLAIMED_CLASS):
        # A person acts all through a career: "What did Barack Obama establish?", "Who did
        # Trump meet?" with no time or place in the question pins no one act (a company's one
        # deal in its story does). The fact is still asked the other way, where the thing done
        # pins it. A judgement's question names whom it judged ("What did Sanders accuse the
        # Clinton campaign of?"), a claim's the clause it made ("What did Sanders say Clinton
        # is taking?"), which pins it.
        return None, 0.0
    if f.actor_again and not event.date:
        return None, 0.0  # "What did X announce?" when X announced two things in the article
    # Did the actor do the same thing otherwise elsewhere (unless both are dated, apart)?
    if any(
        _same_question(o, event)
        and fold(o.fact.answer) != fold(f.answer)
        and (o.date is None or event.date is None or o.date == event.date)
        for o in events
    ):
        return None, 0.0
    prep = f" {f.prep}" if f.prep else ""
    answer, doing = _doing(f)
    aimed = _aimed(event) if persuaded is None else None
    if aimed is not None:
        # "What did the council impose?" → "sanctions on Tehran" has countless answers: with no
        # time or place to pin it, the question names whom it was aimed at ("What did the
        # council impose on Tehran?" → "sanctions", round 47)
        answer, prep = aimed[0], f" {aimed[1]}"
    if persuaded is not None:
        # "called on all states to cooperate with …": the act asked for is the answer ("What
        # did the Security Council call on all states to do?"), whom it was asked of the question's
        prep, (answer, doing) = f" {persuaded[0]}", (persuaded[1], " to do")
    place = f" {f.place}" if f.place else ""
    question = f"{f.wh} {f.question_aux} {actor_phrase(event, articles)} {f.question_verb}{prep}{doing}{place}{event.on}?"
    question = capital(question)
    if contains(question, [answer]):
        return None, 0.0
    form = "to" if persuaded is not None else _form(f)
    if aimed is not None:
        # no other act's object is known wrong for this target: the card is asked without choices
        return event_item(event, "what", question, answer, articles, choices=[]), ASK_SCORE["what"]
    key = stable_id("e", f"what {event.actor} {f.verb} {answer}")
    # Other actors' answers of the same verb class, form and people-ness, done by an actor of
    # the same kind ("it invaded Kuwait" is no choice for the FBI), in the same story or one
    # about the same things (an unrelated article's dividend gives itself away).
    story = related.get(f.article_id, set()) | {f.article_id}
    others = [
        o
        for o in events
        if o.fact.article_id in story
        and AGENT_KINDS.get(o.label, o.label) == AGENT_KINDS.get(event.label, event.label)
        and o.fact.verb_class == f.verb_class
        and _form(o.fact) == form
        and _pronoun_kind(o.fact.answer) == _pronoun_kind(f.answer)
        and _pronouns(o.fact.answer) <= _pronouns(f.answer)  # "… in his home state" beside Clinton's
        and o.fact.wh == f.wh
        and o.key[0] != event.key[0]
        and fold(o.fact.answer) != fold(f.answer)
        and not contains(question, [o.fact.answer])
        and not _overlapping(o.fact.answer, f.answer)  # "North Carolina" beside "Ohio, Florida and North Carolina"
    ]
    # the same story's first, then the deck's, in a seeded order
    candidates = sorted(
        {_doing(o.fact)[0]: o.fact.article_id != f.article_id for o in others}.items(),
        key=lambda kv: (kv[1], stable_id("c", key + kv[0])),
    )
    choices = distractors.full_choices(answer, [c for c, _ in candidates], key=key)
    return event_item(event, "what", question, answer, articles, choices=choices), ASK_SCORE["what"]


def _aimed(event: Event) -> tuple[str, str] | None:
    """The object and its target phrase ("sanctions", "on Tehran") when an object answer closes
    with whom the act was aimed at and the question has no time or place of its own."""
    f = event.fact
    if f.target is None or f.answer_kind != "object" or event.on or f.place or f.prep:
        return None
    if fold(f.target[0]) in SUPPORT_NOUNS:
        return None  # "started work on its strategy": "work" alone asks nothing; the whole does
    return f.target


def _same_question(other: Event, event: Event) -> bool:
    """Whether ``other`` is asked by ``event``'s question: the same actor and verb; for a
    judgement, the same one judged too ("accuse Brisco"), and not the same sentence's own object
    fact ("accused | Brisco of misusing funds"), which is the same act."""
    if event.fact.verb_class == CLAIMED_CLASS or other.fact.verb_class == CLAIMED_CLASS:
        # a claim's question holds its clause: only the same clause is the same question
        return (
            other.fact.verb_class == event.fact.verb_class and other.key == event.key
            and fold(other.fact.question_verb) == fold(event.fact.question_verb)
        )
    if other.key != event.key:
        return False
    if event.fact.verb_class != JUDGED_CLASS:
        return True
    if other.fact.verb_class != JUDGED_CLASS:
        return (other.fact.article_id, other.fact.sent_start) != (event.fact.article_id, event.fact.sent_start)
    return fold(other.fact.question_verb) == fold(event.fact.question_verb)


# Actors whose framed act's object is asked: one named organisation or country. A person acts
# all through a career (as for the plain "what" card below), a party of many is no one actor.
INNER_LABELS = frozenset(["ORG", "GPE"])


def _ask_inner(event: Event, events: list[Event], articles, inner: tuple[str, str, str, str]) -> tuple[EventItem | None, float]:
    """"What has NATO decided to admit?" → "Poland, Hungary and the Czech Republic": the object
    of the act an infinitive answer frames ("decided to admit …", "agreed to sell …"), asked
    with the framed verb and the words after its object. Not when the actor does the same verb
    again in the article, or with another answer elsewhere in the deck (as the plain card)."""
    f = event.fact
    before, answer, after, wh = inner
    if f.actor_again or any(o.key == event.key and fold(o.fact.answer) != fold(f.answer) for o in events):
        return None, 0.0
    tail = f" {after}" if after else ""
    question = capital(f"{wh} {f.question_aux} {actor_phrase(event, articles)} {f.question_verb} {before}{tail}?")
    if contains(question, [answer]):
        return None, 0.0
    key = stable_id("e", f"inner {event.actor} {f.verb} {answer}")
    # other actors' framed objects of the same verb class, in the same or a related story
    others = sorted(
        {o.fact.inner[1] for o in events if o.fact.inner is not None and o.fact.verb_class == f.verb_class
         and o.key[0] != event.key[0] and o.fact.article_id == f.article_id
         and fold(o.fact.inner[1]) != fold(answer) and not contains(question, [o.fact.inner[1]])
         and not _overlapping(o.fact.inner[1], answer)},
        key=lambda c: stable_id("c", key + c),
    )
    choices = distractors.full_choices(answer, others, key=key)
    return event_item(event, "what", question, answer, articles, choices=choices), ASK_SCORE["what"]


def _persuaded(f: EventFact) -> tuple[str, str] | None:
    """Whom an actor asked, urged or called on, and what to do ("all states", "cooperate with
    authorities"), from an object answer "all states to cooperate with authorities"; None when
    the answer is not one such pair."""
    if f.answer_kind != "object":
        return None
    whom, to, act = f.answer.partition(" to ")
    if not to or not whom or not act or " to " in whom or len(act.split()) < 2:
        return None
    return whom, act


def _overlapping(a: str, b: str) -> bool:
    """Whether one answer's content words are all among the other's: a part of the answer is
    also right."""
    wa = {w for w in re.findall(r"\w+", fold(a)) if len(w) > 2}
    wb = {w for w in re.findall(r"\w+", fold(b)) if len(w) > 2}
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def _doing(f: EventFact) -> tuple[str, str]:
    """The answer and the question's tail for a verb phrase: "What did Iraq agree to do?" →
    "withdraw its troops" (not "What has Iraq agreed?" → "to withdraw …"), "What has Trump
    begun doing?" → "calling out …"."""
    if f.answer_kind != "infinitive":
        return f.answer, ""
    if f.answer.startswith("to "):
        return f.answer[3:], " to do"
    first = f.answer.split(" ", 1)[0]
    return f.answer, (" doing" if first.endswith("ing") else "")  # "whether to join …" asks itself


def _pronoun_kind(answer: str) -> str | None:
    """Whom the answer's leading pronoun points back at ("[that] he tends …" → "person"): a
    choice saying "he" for what a country said gives itself away."""
    words = answer.lower().replace("’", "'").split()
    if words and words[0] in ("that", "whether"):
        words = words[1:]
    first = words[0].split("'")[0] if words else ""
    return next((kind for kind, pronouns in ACTOR_PRONOUNS.items() if first in pronouns), None)


def _pronouns(answer: str) -> set[str]:
    """The personal pronouns an answer holds ("his", "her", "their"): another actor's answer with
    one the answer lacks points at someone the question is not about."""
    return {w for w in re.findall(r"[a-z]+", answer.lower()) if w in ("he", "she", "his", "her", "him", "they", "their", "them")}


def _form(f: EventFact) -> str:
    """The shape of an answer, so that choices read alike: "that …", "to …", a noun phrase."""
    first = f.answer.split(" ", 1)[0].lower()
    if f.answer_kind in ("clause", "infinitive") and first in ("that", "whether", "to"):
        return first
    return f.answer_kind if f.answer_kind != "prep" else f"prep {f.prep}"


