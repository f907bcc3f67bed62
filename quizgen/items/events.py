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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from quizgen.constants import ACTOR_PRONOUNS, OBJECT_PLUS_COMPLEMENT
from quizgen.facts import places
from quizgen.facts.names import surname
from quizgen.facts.records import DateFact, EventFact, Reference
from quizgen.facts.resolve import entity_key
from quizgen.ingest.articles import Article
from quizgen.items import distractors
from quizgen.items.distractors import PeoplePool, fold
from quizgen.items.entity_index import EntityIndex, is_facility
from quizgen.items.evidence import evidence_for, stable_id
from quizgen.items.org_kinds import is_alias, org_kind, same_body
from quizgen.items.wording import contains, spell_date
from quizgen.models import EventItem

if TYPE_CHECKING:
    from quizgen.items.person_choices import Cast

AGENT_KINDS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "NORP": "group", "GROUP": "group", "PEOPLE": "people"}
RELATED_SHARED = 2  # entities two articles share to be about the same things
WEIGHED_STORIES = 10  # stories from which names are weighed by rarity to relate two of them
# "PEOPLE": several people named together ("Martin O'Malley and Mike Huckabee announced …"),
# asked typed: no pair of others is a choice the deck can vouch for
WHO_WORDS = {"PERSON": "Who", "ORG": "Which organisation", "GPE": "Which country", "NORP": "Which group", "PEOPLE": "Who"}
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
    cast: Cast | None = None,
    references: Mapping[str, Sequence[Reference]] | None = None,
    index: EntityIndex | None = None,
) -> list[tuple[EventItem, float]]:
    """Items for the deck's events. ``spell(actor, label, article)`` gives the deck's spelling of an
    actor and its kind (a person the deck knows is a PERSON whatever the tagger said);
    ``entities`` lists the deck's entities by label, most mentioned first, for choices;
    ``cast`` (when given) draws a person's wrong choices by side, standing and story
    (``items.sides``); ``references`` name the definite descriptions an actor or answer leans on
    ("the academy" → "Islamic Saudi Academy"), and an event leaning on one left unnamed is no card;
    ``index`` (the deck's names, ``items.entity_index``) keeps an organisation's choices to names
    the deck's mentions call organisations, whole names, of the answer's kind."""
    known_people = [*people.known, *(cast.by_name if cast is not None else ())]
    speller = _person_aware(spell, known_people, entities, articles)
    resolved = [r for f in facts if (r := _resolved(f, references)) is not None and asked_well(r)]
    events = _events(resolved, dates, speller, articles)
    related = related_articles(entities)
    made: dict[str, tuple[EventItem, float]] = {}
    for event in events:
        if _cut_before_of(event, articles):
            continue
        how = _how(event, articles)
        # the means is the more telling "what" ("How will NATO step up …?" → "by training Iraqi
        # soldiers …"), and a sentence gets one card of each ``asks``
        what = how if how[0] is not None else _what(event, events, articles, related)
        who = _who(event, events, articles, people, entities, related, cast, index)
        for item, score in (what, who, _why(event, articles)):
            if item is not None and item.id not in made and _checkable(item, articles):
                made[item.id] = (item, score)
    return list(made.values())


CAPTION_MARK = re.compile(r"\s*\((?:left|right|center|centre|top|bottom|above|below|pictured|far left|far right|L|R|C)\)", re.IGNORECASE)
PRONOUN_WORDS = frozenset(w for ws in ACTOR_PRONOUNS.values() for w in ws) | {"his", "her", "its", "their", "he", "she", "it", "they"}


def _resolved(f: EventFact, references: Mapping[str, Sequence[Reference]] | None) -> EventFact | None:
    """The event with a definite description for an actor or an answer named as the article
    names it ("the academy" → "Islamic Saudi Academy"), or None when one it leans on has no
    safe name: "What did the academy announce?" and "Who won the caucus?" name nothing a
    reader of the card can pin. Pronouns inside the answer ("its stake") point at the actor
    (``extract.event_phrases.stands_alone``) and are left as written."""
    answer_start = f.end - len(f.answer)
    if CAPTION_MARK.search(f.answer):
        # "Trayvon Martin (right)": a photo's caption run into the sentence
        f = replace(f, answer=CAPTION_MARK.sub("", f.answer).strip())
    refs = [r for r in (references or {}).get(f.article_id, ()) if r.text.split()[:1] and r.text.split()[0].lower() not in PRONOUN_WORDS]
    actor_refs = [r for r in refs if r.start == f.start]
    words = f.actor.split()
    if len(words) == 2 and words[0] == "the" and (f.actor_label == "GROUP" or words[1].islower()):
        # "the court", "the academy": an institution named by its kind alone
        named = [r.name for r in actor_refs if r.name]
        if not named:
            return None
        f = replace(f, actor=named[0].removeprefix("the ").removeprefix("The "), actor_label="ORG")
    inside = [r for r in refs if answer_start <= r.start < f.end]
    if not inside:
        return f
    if len(inside) == 1 and inside[0].name and (inside[0].start, inside[0].end) == (answer_start, f.end):
        return replace(f, answer=inside[0].name.strip("[]"))
    return None


def asked_well(f: EventFact) -> bool:
    """Whether the event makes a question at all: not a question asked ("asked whether he was
    glad": a finite clause, speech, and the parse often inverts who asked whom; "weighing
    whether to join" is a decision under way), not an appeal to a bare person
    ("Boyle asked Trump": what was asked, the sentence's quotation says), no name cut by markup
    ("Dow Jones amp Co.")."""
    if f.verb_class == "seek" and f.answer_kind == "object" and f.wh == "Who":
        return False
    if f.answer_kind == "clause" and f.answer.split(" ", 1)[0].lower() in ("whether", "if", "what", "who", "why", "how", "which", "when", "where"):
        return False
    if f.question_aux == "to":
        return False  # "U.S. to increase overtime eligibility": a headline's infinitive, no event
    return not (_debris(ampersand(f.actor)) or _debris(f.answer))


_LOST_AMPERSAND = re.compile(r"\b([A-Z][\w.'’-]*) (?:amp|&amp;) (?=[A-Z])")


def ampersand(name: str) -> str:
    """A name whose "&" the corpus lost to its markup ("Reiss amp Co. B.V.", "Dow Jones &amp;
    Co.") spelt with it again: "Reiss & Co. B.V."."""
    return _LOST_AMPERSAND.sub(r"\1 & ", name)


def _person_aware(
    spell: Callable[[str, str], tuple[str, str]],
    known_people: Iterable[str],
    entities: dict[str, list[str]],
    articles: dict[str, Article],
):
    """``spell``, read against the event's own article: a one-word name the deck spells as a
    person's is that person only when the article names them in full ("Bush" in a 1990 story
    is not the Jeb Bush of another); a one-word "organisation" that is the surname of a person
    the article names in full is that person ("Trump" tagged ORG → "Donald Trump": a company's
    choices for a candidate give the card away); a "person" whose name says an organisation
    ("State Department") or that the article names as an organisation ("Kellogg" of "Kellogg
    Co.") is an organisation, asked "Which organisation …?" with organisations as choices."""
    surnames: dict[str, set[str]] = defaultdict(set)
    people = set(known_people)
    for name in dict.fromkeys([*people, *entities.get("PERSON", [])]):
        if len(name.split()) > 1:
            surnames[fold(surname(name))].add(name)

    def named_in_article(name: str, article: str) -> bool:
        body = articles[article].body if article in articles else ""
        return fold(name) in fold(body)

    def spelt(actor: str, label: str, article: str) -> tuple[str, str]:
        name, kind = spell(actor, label, article)
        written = actor.removeprefix("the ")
        if kind == "PERSON":
            if name not in people and org_kind(name) is not None:
                return name, "ORG"  # "State Department" tagged a person
            if len(written.split()) == 1:
                orgs = entities.get(f"ORG@{article}", [])
                in_article = {n for n in surnames.get(fold(written), set()) if named_in_article(n, article)}
                if not in_article and any(o.split()[0] == written and len(o.split()) > 1 for o in orgs):
                    return written, "ORG"  # "Kellogg" of "Kellogg Co."
                if len(name.split()) > 1 and not named_in_article(name, article):
                    return (next(iter(in_article)) if len(in_article) == 1 else written), kind
            return name, kind
        if kind == "ORG" and len(name.split()) == 1 and org_kind(name) is None:
            people_here = {n for n in surnames.get(fold(name), set()) if named_in_article(n, article)}
            if len(people_here) == 1:
                return next(iter(people_here)), "PERSON"
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
        actor, label = spell(f.actor, f.actor_label, f.article_id)
        actor = ampersand(actor)
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


def _bare_name(phrase: str) -> bool:
    """Whether ``phrase`` is a name and nothing more ("Trump", "to Hillary Clinton"): an act
    whose only detail is whom it was done to is one many may have done."""
    words = phrase.split()
    if words and words[0].islower() and len(words) > 1:
        words = words[1:]  # the preposition of "to Hillary Clinton"
    return 0 < len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)


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
        # of its own. The fact is still asked the other way, where the answer pins it.
        return None, 0.0
    if event.label == "PERSON" and not event.on and not f.place:
        # A person acts all through a career: "What did Barack Obama establish?", "Who did
        # Trump meet?" with no time or place in the question pins no one act (a company's one
        # deal in its story does). The fact is still asked the other way, where the thing done
        # pins it.
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
    if persuaded is not None:
        # "called on all states to cooperate with …": the act asked for is the answer ("What
        # did the Security Council call on all states to do?"), whom it was asked of the question's
        prep, (answer, doing) = f" {persuaded[0]}", (persuaded[1], " to do")
    place = f" {f.place}" if f.place else ""
    question = f"{f.wh} {f.question_aux} {_actor_phrase(event)} {f.question_verb}{prep}{doing}{place}{event.on}?"
    question = _capital(question)
    if contains(question, [answer]):
        return None, 0.0
    form = "to" if persuaded is not None else _form(f)
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
    return _item(event, "what", question, answer, articles, choices=choices), ASK_SCORE["what"]


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


def _who(
    event: Event, events: list[Event], articles, people: PeoplePool, entities, related: dict[str, set[str]],
    cast: Cast | None = None,
    index: EntityIndex | None = None,
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
    if not (place or event.on) and f.verb_class != "win" and _bare_name(_object(event)):
        # "Who endorsed Trump?", "Who met Obama?": many did, no time or place says which (a
        # contest has one winner: "Who won Iowa?" stays)
        return None, 0.0
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

        def same_person(option: str) -> bool:
            # "Ted Cruz" for "Cruz"; nobody the sentence names (who may have done it too)
            return (
                surname(option) == last or named_in(sentence, option)
                or any(same_entity(option, d) for d in also_did)
                or any(surname(option) == surname(r) for r in f.rivals)  # did the like (``EventFact.rivals``)
            )

        if cast is not None:
            # people who could have done it: of the answer's side, standing and story (a
            # Democrat's rival for a Democratic primary, no Republican; no senator for a voter).
            # An act is done by someone of the doer's standing: no activist chooses a running
            # mate, no candidate subpoenas a witness (a quote's words may be anyone's).
            mine = cast.standing_of(event.actor)
            # whose standing the deck does not know (a bare "Clinton" it could not name in full)
            # has no choices it can vouch for: the card is asked typed
            choices = [] if mine is None else cast.who(
                event.actor, key=key, question=question, article=f.article_id,
                not_answer=lambda o: same_person(o) or (mine is not None and cast.standing_of(o) != mine),
                prefer=f.fellows,
            )
        else:
            choices = people.choices(event.actor, key=key, question=question, article=f.article_id, same_person=same_person)
    else:
        # the story's own organisations (countries, groups) first, then those of stories about
        # the same things: a company of an unrelated story gives itself away ("Nestle" for who
        # acquired a reinsurer); with fewer than three the card is asked typed
        # (stories "about the same things" by the cast's weighing of rarer names: two stories
        # sharing "U.S." and "Iraq" are not one; in a deck of a few stories every name is rare
        # or shared by all, and two names in common say it)
        weighed = cast is not None and len(cast.topics.names) >= WEIGHED_STORIES
        kin = cast.topics.related_to(f.article_id) if weighed else related.get(f.article_id, set())
        story = sorted(kin)
        own = entities.get(f"{event.label}@{f.article_id}", [])
        pool = own + [e for a in story for e in entities.get(f"{event.label}@{a}", [])]
        options: list[str] = []
        for e in dict.fromkeys(pool):
            if (
                not contains(question, [e])
                and not _shares_a_name_word(question, e)  # "Paribas" for who joined Paribas's core
                and not named_in(sentence, e)  # "Poland and Hungary signed": both are right
                and (kind is None or places.place_kind(e) == kind)  # a country for a country
                and _named_alone(e)
                and not _debris(e)
                and not e.endswith(("'s", "’s", "'", "’"))  # "Hewlett-Packard's": a possessive read as a name
                and _same_kind(event, e, own, index)
                and _a_whole_name_of_its_label(event.label, e, index)
                and not any(same_entity(e, o) or is_alias(e, o) or same_body(e, o) for o in [event.actor, f.actor, *options])
                and not any(same_entity(e, d) for d in also_did)  # did it too, in another story
                and not any(same_entity(e, r) for r in f.rivals)  # the article shows it doing the like
            ):
                options.append(e)
        choices = distractors.full_choices(event.actor, options, key=key)
    written = f.actor.removeprefix("the ")
    accept = [written] if fold(written) != fold(event.actor) else []  # "Stoltenberg", "Nato"
    return _item(event, "who", question, event.actor, articles, choices=choices, accept=accept), ASK_SCORE["who"]


def _a_whole_name_of_its_label(label: str, option: str, index: EntityIndex | None) -> bool:
    """Whether an organisation's or a group's wrong choice is one by the deck's own reading:
    no road or plant ("Catholic Garvaghy Road"), no name the deck's mentions mostly call a
    person, place or product ("Cheerios"), no piece of a longer name ("Post" of "Washington
    Post", "Adams" of "Gerry Adams")."""
    if label not in ("ORG", "NORP") or index is None:
        return True
    if is_facility(option) or not index.agrees(option, label):
        return False
    return label != "ORG" or not index.fragment(option)


def _same_kind(event: Event, option: str, own: list[str], index: EntityIndex | None = None) -> bool:
    """Whether ``option`` is a wrong answer of the answer's kind. Organisations: of the same
    ``org_kind`` (a company for a company, an outlet for an outlet), read from the name or from
    a longer name of the deck it opens ("Kellogg" of "Kellogg Co."); when neither says a kind,
    only names of no known kind from the same story. Groups: a plural noun for a plural noun
    ("Democrats" for "Republicans", never the adjective "Democratic")."""
    kind_of = index.kind if index is not None else org_kind
    if event.label == "ORG":
        kind = kind_of(event.actor)
        if kind is not None:
            return kind_of(option) == kind
        return kind_of(option) is None and option in own
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


def _cut_before_of(event: Event, articles: dict[str, Article]) -> bool:
    """Whether the event's answer stops where its sentence goes on with "of" ("has won a series
    | of primaries", "released an excerpt | of the book"): the parse hung the phrase elsewhere,
    and neither "What has Clinton won?" → "a series" nor "Who has won a series?" says anything."""
    f = event.fact
    if OBJECT_PLUS_COMPLEMENT.get(f.verb) == "of":
        return False  # "accused Paribas | of planning …": the frame's own complement
    body = articles[f.article_id].body if f.article_id in articles else ""
    text = body[f.sent_start : f.sent_end]
    at = text.find(f.answer)
    return at >= 0 and re.match(r"\s+of\b", text[at + len(f.answer) :]) is not None


def _checkable(item: EventItem, articles: dict[str, Article]) -> bool:
    """Whether a reader finds the answer in the evidence sentence (the actor by any of the
    deck's spellings of it), or, for a definite description named from the text before
    (``_resolved``: "the academy" → "Islamic Saudi Academy"), in the article up to it."""
    text = " ".join(e.text for e in item.evidence)
    if contains(text, [item.answer]) or fold(item.answer) in fold(text):
        return True
    if item.asks == "who" and any(fold(a) in fold(text) for a in item.accept):
        return True
    names = re.split(r", | and ", item.answer)
    if item.asks == "who" and len(names) > 1 and all(fold(n) in fold(text) for n in names):
        return True  # people named together ("Martin O'Malley and Mike Huckabee"), each in the sentence
    ev = item.evidence[0]
    article = articles.get(ev.source)
    return article is not None and fold(item.answer) in fold(article.body[: ev.start])


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
