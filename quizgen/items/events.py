"""Event facts → event items, asked both ways and, where the sentence says so, why.

"The Rail Authority announced on 3 June 2024 that it will close 40 rural lines because of
falling passenger numbers." →
- what: "What did the Rail Authority announce on 3 June 2024?" → "that it will close 40 rural lines"
- who: "Which organisation announced that it will close 40 rural lines on 3 June 2024?" → "Rail Authority"
- why: "Why did the Rail Authority announce that it will close 40 rural lines?" → "because of …"

A card is made only when it has one right answer: no "what" card when the actor did the same
thing twice in the deck with other answers, no "who" card when another actor did the very
same. Wrong choices are of the answer's kind: other events' answers of the same verb class
and form for "what", other actors of the same kind (organisations, countries, people) for "who".
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from quizgen.constants import ACTOR_PRONOUNS, OBJECT_PLUS_COMPLEMENT
from quizgen.facts import places
from quizgen.facts.names import surname
from quizgen.facts.records import DateFact, EventFact
from quizgen.facts.resolve import entity_key
from quizgen.ingest.articles import Article
from quizgen.items import distractors
from quizgen.items.distractors import PeoplePool, fold
from quizgen.items.evidence import evidence_for, stable_id
from quizgen.items.org_kinds import is_alias, org_kind
from quizgen.items.wording import contains, spell_date
from quizgen.models import EventItem

AGENT_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "NORP": "group", "GROUP": "group"}
RELATED_SHARED = 2  # entities two articles share to be about the same things
WHO_WORDS = {"PERSON": "Who", "ORG": "Which organisation", "GPE": "Which country", "NORP": "Which group"}
ASK_SCORE = {"what": 2.0, "who": 1.8, "why": 1.5}
TOPICLESS_CLASSES = frozenset(["state"])  # verb classes whose "what" question names no topic


@dataclass(frozen=True)
class Event:
    """An event fact with its actor spelt as the deck spells it, and its date if the sentence
    gives one to the day."""

    fact: EventFact
    actor: str
    label: str
    date: str | None
    period: str | None = None  # "1988", "March 2016": the verb's time when it is no day

    @property
    def on(self) -> str:
        if self.date:
            return f" on {spell_date(self.date)[0]}"
        return f" in {self.period}" if self.period else ""

    @property
    def key(self) -> tuple[str, str]:
        return entity_key(self.actor), self.fact.verb


def event_items(
    facts: list[EventFact],
    *,
    articles: dict[str, Article],
    dates: list[DateFact],
    spell: Callable[[str, str], tuple[str, str]],
    people: PeoplePool,
    entities: dict[str, list[str]],
) -> list[tuple[EventItem, float]]:
    """Items for the deck's events. ``spell(actor, label)`` gives the deck's spelling of an
    actor and its kind (a person the deck knows is a PERSON whatever the tagger said);
    ``entities`` lists the deck's entities by label, most mentioned first, for choices."""
    events = _events(facts, dates, _person_aware(spell, entities), articles)
    related = related_articles(entities)
    made: dict[str, tuple[EventItem, float]] = {}
    for event in events:
        how = _how(event, articles)
        # the means is the more telling "what" ("How will NATO step up …?" → "by training Iraqi
        # soldiers …"), and a sentence gets one card of each ``asks``
        what = how if how[0] is not None else _what(event, events, articles, related)
        for item, score in (what, _who(event, events, articles, people, entities, related), _why(event, articles)):
            if item is not None and item.id not in made and _checkable(item):
                made[item.id] = (item, score)
    return list(made.values())


def _person_aware(spell: Callable[[str, str], tuple[str, str]], entities: dict[str, list[str]]):
    """``spell``, with a one-word "organisation" that is the surname of a person the deck names
    taken for that person ("Trump" tagged ORG → "Donald Trump", a PERSON): a company's choices
    for a candidate give the card away."""
    surnames: dict[str, set[str]] = defaultdict(set)
    for name in entities.get("PERSON", []):
        if len(name.split()) > 1:
            surnames[fold(surname(name))].add(name)

    def spelt(actor: str, label: str) -> tuple[str, str]:
        name, kind = spell(actor, label)
        if kind == "ORG" and len(name.split()) == 1 and org_kind(name) is None:
            people = surnames.get(fold(name), set())
            if len(people) == 1:
                return next(iter(people)), "PERSON"
        return name, kind

    return spelt


# A year, or a month and year, as a question can say it after "in" ("Who won North Carolina in
# 1988?": without it the card asks about every election).
PERIOD = re.compile(r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:1[89]|20)\d\d")


def _period(fact: EventFact, articles: dict[str, Article]) -> str | None:
    if fact.time_start is None or fact.time_end is None or fact.article_id not in articles:
        return None
    text = articles[fact.article_id].body[fact.time_start : fact.time_end].strip()
    return text if PERIOD.fullmatch(text) else None


def _events(facts: list[EventFact], dates: list[DateFact], spell, articles: dict[str, Article]) -> list[Event]:
    days_of: dict[tuple[str, int], list[DateFact]] = defaultdict(list)
    for d in sorted(dates, key=lambda d: (d.article_id, d.start)):
        if len(d.value) == 10:
            days_of[(d.article_id, d.sent_start)].append(d)
    out, seen = [], set()
    for f in sorted(facts, key=lambda f: (f.article_id, f.start, f.verb)):
        actor, label = spell(f.actor, f.actor_label)
        key = (f.article_id, f.sent_start, f.verb, f.answer)
        if key not in seen:
            seen.add(key)
            day = _day(f, days_of[(f.article_id, f.sent_start)])
            out.append(Event(f, actor, label, day, None if day else _period(f, articles)))
    return out


def _day(fact: EventFact, days: list[DateFact]) -> str | None:
    """The day of the date the parse gave this event's verb (not any date of its sentence:
    "officials said Wednesday that Kopp fired the shots last October")."""
    if fact.time_start is None or fact.time_end is None:
        return None
    return next((d.value for d in days if fact.time_start <= d.start < fact.time_end), None)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _actor_phrase(event: Event) -> str:
    """The actor inside a question: "the Rail Authority" keeps the article it was written with."""
    if event.label != "GROUP" and event.fact.actor.startswith("the ") and not event.actor.lower().startswith("the "):
        return f"the {event.actor}"
    return event.actor


def _evidence(event: Event, articles: dict[str, Article]):
    f = event.fact
    return [evidence_for(articles[f.article_id], f.sent_start, f.sent_end)]


def _object(event: Event) -> str:
    f = event.fact
    return f"{f.prep} {f.answer}" if f.prep else f.answer


def _item(event: Event, asks: str, question: str, answer: str, articles, **extra) -> EventItem:
    f = event.fact
    return EventItem(
        id=stable_id("e", f"{asks} {event.actor} {f.verb} {f.answer}"),
        question=question,
        answer=answer,
        evidence=_evidence(event, articles),
        actor=event.actor,
        verb=f.verb,
        verb_class=f.verb_class,
        asks=asks,
        reason=f.reason,
        tags=["event", asks],
        **extra,
    )


def _what(event: Event, events: list[Event], articles, related: dict[str, set[str]]) -> tuple[EventItem | None, float]:
    f = event.fact
    if f.answer_kind == "passive":
        return None, 0.0  # "Lewandowski was dismissed as …": who did it is not said; "who" asks it
    complement = OBJECT_PLUS_COMPLEMENT.get(f.verb)
    if f.answer_kind == "object" and complement and f" {complement} " in f" {f.answer} ":
        # "accused the committee of sabotage": "What did X accuse?" asks nothing; "who" asks it
        return None, 0.0
    if f.verb_class in TOPICLESS_CLASSES:
        # "What did the FBI say?" names no topic: whoever says one thing in a story says
        # others, so no one answer is right. The statement is asked the other way ("Who said
        # that Kopp is wanted as a material witness?"), where the clause pins it.
        return None, 0.0
    if not event.on and not f.place and (f.answer_kind in ("clause", "infinitive") or event.label in ("NORP", "GROUP")):
        # A question names actor and verb; it pins one fact only when the verb acts on a thing
        # ("What did Lawrence Insurance acquire?") and the actor is one named party. A verb
        # framing another act ("What did the United States begin doing?", "agree to do") or a
        # party of many ("What did Republicans denounce?", "the police") needs a time or place
        # of its own. The fact is still asked the other way, where the answer pins it.
        return None, 0.0
    if f.actor_again and not event.date:
        return None, 0.0  # "What did X announce?" when X announced two things in the article
    # Did the actor do the same thing otherwise elsewhere (unless both are dated, apart)?
    if any(
        o.key == event.key
        and fold(o.fact.answer) != fold(f.answer)
        and (o.date is None or event.date is None or o.date == event.date)
        for o in events
    ):
        return None, 0.0
    prep = f" {f.prep}" if f.prep else ""
    answer, doing = _doing(f)
    place = f" {f.place}" if f.place else ""
    question = f"{f.wh} {f.question_aux} {_actor_phrase(event)} {f.question_verb}{prep}{doing}{place}{event.on}?"
    question = _capital(question)
    if contains(question, [answer]):
        return None, 0.0
    form = _form(f)
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
    return _item(event, "what", question, answer, articles, choices=choices), ASK_SCORE["what"]


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


def _form(f: EventFact) -> str:
    """The shape of an answer, so that choices read alike: "that …", "to …", a noun phrase."""
    first = f.answer.split(" ", 1)[0].lower()
    if f.answer_kind in ("clause", "infinitive") and first in ("that", "whether", "to"):
        return first
    return f.answer_kind if f.answer_kind != "prep" else f"prep {f.prep}"


def _who(
    event: Event, events: list[Event], articles, people: PeoplePool, entities, related: dict[str, set[str]]
) -> tuple[EventItem | None, float]:
    f = event.fact
    who = WHO_WORDS.get(event.label)
    if who is None:
        return None, 0.0
    kind = places.place_kind(event.actor) if event.label == "GPE" else None
    if kind == "place":
        who = "Which place"  # a city or a state ("Havana said"), not a country
    if f.others_too:
        return None, 0.0  # another actor in the article does the same ("France also conducted airstrikes")
    others = [o for o in events if o.fact.verb == f.verb and fold(o.fact.answer) == fold(f.answer)]
    if any(entity_key(o.actor) != entity_key(event.actor) for o in others):
        return None, 0.0  # two actors did the same: no one right answer
    # the same act by others elsewhere in the deck ("Britain condemned the bombings" in another
    # article): in the same story no one answer is right; in another they are never choices
    doers = [
        o
        for o in events
        if f.act and o.fact.act == f.act and entity_key(o.actor) != entity_key(event.actor)
        and not same_entity(o.actor, event.actor)  # "NATO members" beside "NATO": one party
    ]
    story = related.get(f.article_id, set()) | {f.article_id}
    if any(o.fact.article_id in story for o in doers):
        return None, 0.0
    also_did = [o.actor for o in doers]
    place = f" {f.place}" if f.place and "," not in _object(event) else ""
    question = f"{who} {f.verb_group} {_object(event)}{place}{event.on}?"
    if event.on and "," in _object(event):
        # "… travel to Kenya, whose economy relies on foreign visitors on 14 August 1998?" reads
        # as the visitors' date: after a clause, the time goes first
        question = f"{_capital(event.on.strip())}, {who[:1].lower()}{who[1:]} {f.verb_group} {_object(event)}?"
    if contains(question, [event.actor, f.actor]):
        return None, 0.0
    key = stable_id("e", f"who {event.actor} {f.verb} {f.answer}")
    sentence = " ".join(e.text for e in _evidence(event, articles))
    if event.label == "PERSON":
        last = surname(event.actor)
        choices = people.choices(
            event.actor,
            key=key,
            question=question,
            article=f.article_id,
            # "Ted Cruz" for "Cruz"; nobody the sentence names (who may have done it too)
            same_person=lambda option: surname(option) == last
            or named_in(sentence, option)
            or any(same_entity(option, d) for d in also_did),
        )
    else:
        # the story's own organisations (countries, groups) first: a company for a company
        own = entities.get(f"{event.label}@{f.article_id}", [])
        pool = own + entities.get(event.label, [])
        options: list[str] = []
        for e in dict.fromkeys(pool):
            if (
                not contains(question, [e])
                and not _shares_a_name_word(question, e)  # "Paribas" for who joined Paribas's core
                and not named_in(sentence, e)  # "Poland and Hungary signed": both are right
                and (kind is None or places.place_kind(e) == kind)  # a country for a country
                and _named_alone(e)
                and not _debris(e)
                and _same_kind(event, e, own)
                and not any(same_entity(e, o) or is_alias(e, o) for o in [event.actor, f.actor, *options])
                and not any(same_entity(e, d) for d in also_did)  # did it too, in another story
            ):
                options.append(e)
        choices = distractors.full_choices(event.actor, options, key=key)
    written = f.actor.removeprefix("the ")
    accept = [written] if fold(written) != fold(event.actor) else []  # "Stoltenberg", "Nato"
    return _item(event, "who", question, event.actor, articles, choices=choices, accept=accept), ASK_SCORE["who"]


def _same_kind(event: Event, option: str, own: list[str]) -> bool:
    """Whether ``option`` is a wrong answer of the answer's kind. Organisations: of the same
    ``org_kind`` (a company for a company, an outlet for an outlet); when the answer's name
    says no kind, only names of no known kind from the same story. Groups: a plural noun for a
    plural noun ("Democrats" for "Republicans", never the adjective "Democratic")."""
    if event.label == "ORG":
        kind = org_kind(event.actor)
        if kind is not None:
            return org_kind(option) == kind
        return org_kind(option) is None and option in own
    if event.label == "NORP":
        kind = org_kind(event.actor)  # "Republicans" are a party: no "Muslims" beside them
        if kind is not None and org_kind(option) != kind:
            return False
        return _plural(event.actor) == _plural(option) and option[:1].isupper()
    return True


def _debris(name: str) -> bool:
    """A name carrying markup left in the corpus ("Goldman, Sachs amp Co.")."""
    return bool(re.search(r"\bamp\b|&amp;|_", name))


def _plural(name: str) -> bool:
    """ "Republicans", "Jews", "Britons" name people; "Republican", "Islamic", "Muslim" qualify."""
    last = name.split()[-1] if name.split() else ""
    return last.endswith("s") and not last.endswith("ss")


CORPORATE_WORDS = frozenset(["the", "inc", "co", "corp", "corporation", "company", "group", "ltd", "plc", "llc", "amp"])


def same_entity(a: str, b: str) -> bool:
    """Whether two names may be one organisation: "Norton" and "Norton Co.", "QVC" and "QVC
    Network Inc." (one's words within the other's, or the same first word), or one country
    ("U.S." and "United States")."""
    code = places.country_code(a)
    if code and code == places.country_code(b):
        return True
    wa = [w for w in re.split(r"[\s.\-]+", fold(a)) if w and w not in CORPORATE_WORDS]
    wb = [w for w in re.split(r"[\s.\-]+", fold(b)) if w and w not in CORPORATE_WORDS]
    if not wa or not wb:
        return fold(a) == fold(b)
    return set(wa) <= set(wb) or set(wb) <= set(wa) or wa[0] == wb[0]


def named_in(sentence: str, name: str) -> bool:
    """Whether the sentence names ``name`` (a country by any of its names): a co-actor ("X and
    Y signed") or the object is no wrong answer."""
    names = [name]
    code = places.country_code(name)
    if code:
        names += places.names_of_country(code)
    folded = fold(sentence)
    return any(re.search(rf"(?<!\w){re.escape(fold(n))}(?!\w)", folded) for n in names if n)


def _shares_a_name_word(question: str, name: str) -> bool:
    """Whether a word of the name (not "Corp.", "the", "de") is in the question: "Cie. Financiere
    de Paribas" is no choice for who joined Paribas's core."""
    words = {w for w in re.split(r"[\s.\-]+", fold(name)) if len(w) > 3 and w not in CORPORATE_WORDS}
    asked = set(re.findall(r"\w+", fold(question)))
    return bool(words & asked)


def _named_alone(name: str) -> bool:
    """Whether a name reads as a whole name: "Allianz", "NATO", "Navigation Mixte", not "Cie"
    (a fragment of "Cie. de Navigation Mixte")."""
    return len(name.split()) > 1 or (name.isupper() and len(name) > 1) or len(name) > 3


def _adverbial_question(event: Event, wh: str, answer: str | None) -> str | None:
    """ "Why/How did X do Y …?" for the reason or means the sentence states, or None when it
    states none or the question would give the answer away."""
    if not answer:
        return None
    f = event.fact
    question = _capital(f"{wh} {f.question_aux} {_actor_phrase(event)} {f.question_verb} {_object(event)}{event.on}?")
    return None if contains(question, [answer]) else question


def _why(event: Event, articles) -> tuple[EventItem | None, float]:
    question = _adverbial_question(event, "Why", event.fact.reason)
    if question is None:
        return None, 0.0
    return _item(event, "why", question, event.fact.reason, articles), ASK_SCORE["why"]


def _how(event: Event, articles) -> tuple[EventItem | None, float]:
    """ "How will NATO step up its commitment …?" → "by training Iraqi soldiers …": the means
    the sentence states. (Recorded as ``asks: what`` — the means is what the actor does — until
    the item model and ranking know a "how".)"""
    f = event.fact
    question = _adverbial_question(event, "How", f.means)
    if question is None:
        return None, 0.0
    item = _item(event, "what", question, f.means, articles)
    item = item.model_copy(update={"id": stable_id("e", f"how {event.actor} {f.verb} {f.answer}")})
    return item, ASK_SCORE["why"]


def _checkable(item: EventItem) -> bool:
    """Whether a reader finds the answer in the evidence sentence (the actor by any of the
    deck's spellings of it)."""
    text = " ".join(e.text for e in item.evidence)
    if contains(text, [item.answer]) or fold(item.answer) in fold(text):
        return True
    return item.asks == "who" and any(fold(a) in fold(text) for a in item.accept)


def related_articles(entities: dict[str, list[str]]) -> dict[str, set[str]]:
    """Article id → the other articles that name at least ``RELATED_SHARED`` of its entities."""
    named: dict[str, set[str]] = defaultdict(set)
    for key, names in entities.items():
        article = key.partition("@")[2]
        if article:
            named[article] |= {fold(n) for n in names}
    return {
        a: {b for b in named if b != a and len(named[a] & named[b]) >= RELATED_SHARED} for a in named
    }


def entities_by_label(mentions: list[tuple[str, str, str]]) -> dict[str, list[str]]:
    """(canonical text, label, article id) mentions → the deck's entities by label, most
    mentioned first; and under ``"<label>@<article id>"`` those of one article."""
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for text, label, article in mentions:
        for key in (label, f"{label}@{article}"):
            counts[key][text] = counts[key].get(text, 0) + 1
    return {
        key: [t for t, _ in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))] for key, c in counts.items()
    }
