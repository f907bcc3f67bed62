"""The deck's events: each event fact with its actor spelt as the deck spells it (read against
its own article), and the day or the period the sentence gives its verb. Moved from
``items.events``."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from quizgen.constants import ADDRESS_HONORIFICS, PERIOD_NOUNS, ROLE_NOUNS
from quizgen.facts.names import surname
from quizgen.facts.places import is_country
from quizgen.facts.records import DateFact, EventFact
from quizgen.facts.resolve import entity_key
from quizgen.ingest.articles import Article
from quizgen.items.distractors import fold
from quizgen.items.entity_names import ampersand
from quizgen.items.org_kinds import org_kind
from quizgen.items.wording import spell_date


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


def person_aware(
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
                if (
                    not in_article and any(o.split()[0] == written and len(o.split()) > 1 for o in orgs)
                    and not titled_in(written, articles[article].body if article in articles else "")
                ):
                    return written, "ORG"  # "Kellogg" of "Kellogg Co.", not "President Reagan" of "Reagan Administration" (j122)
                if len(name.split()) > 1 and not named_in_article(name, article):
                    return (next(iter(in_article)) if len(in_article) == 1 else written), kind
            elif name == written:
                # "Wasserman Schultz": a double surname the deck knows only whole ("Debbie
                # Wasserman Schultz"), the one full name of the article that ends with it
                fuller = {n for n in people if n.endswith(f" {written}") and named_in_article(n, article)}
                if len(fuller) == 1:
                    return next(iter(fuller)), kind
            return name, kind
        if kind == "ORG" and is_country(name):
            return name, "GPE"  # "Slovakia won the Cup" tagged an organisation (j66): "Which country …?"
        if kind == "ORG" and len(name.split()) == 1 and org_kind(name) is None:
            people_here = {n for n in surnames.get(fold(name), set()) if named_in_article(n, article)}
            if len(people_here) == 1:
                return next(iter(people_here)), "PERSON"
        return name, kind

    return spelt


def titled_in(name: str, body: str) -> bool:
    """Whether an article writes a one-word name after a person's title or honorific ("President
    Reagan", "Mr. Kellogg"): a person, whatever organisation bears the name."""
    for m in re.finditer(rf"\b([A-Z][a-z]+)\.?\s+{re.escape(name)}\b", body):
        word = m.group(1).lower()
        if word in ROLE_NOUNS or word in ADDRESS_HONORIFICS:
            return True
    return False


# A year, or a month and year, as a question can say it after "in" ("Who won North Carolina in
# 1988?": without it the card asks about every election).
PERIOD = re.compile(r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:1[89]|20)\d\d")


# Prepositions that put the act around a time, not at it ("since 1962", "until 2011", "by 2020").
NOT_AT_A_TIME = frozenset(["since", "until", "till", "before", "after", "by", "through", "from", "to", "throughout"])


def _period(fact: EventFact, articles: dict[str, Article], months: Sequence[DateFact] = ()) -> str | None:
    """The year or month the verb's time names ("in 1988", "in March 2016"), or the month a
    date of the sentence resolves that time to ("In January, Taiwan cut import tariffs …" →
    "January 1987", j124: "What did Taiwan cut?" asked every cut of the story)."""
    if fact.time_start is None or fact.time_end is None or fact.article_id not in articles:
        return None
    body = articles[fact.article_id].body
    text = body[fact.time_start : fact.time_end].strip()
    before = body[max(0, fact.time_start - 12) : fact.time_start].split()
    if before and before[-1].lower() in NOT_AT_A_TIME:
        return None  # "has hosted the event since 1962": not "in 1962"
    if PERIOD.fullmatch(text):
        return text
    month = next((d for d in months if fact.time_start <= d.start < fact.time_end and d.end <= fact.time_end), None)
    return spell_date(month.value)[0] if month is not None else None


def spelt_events(facts: list[EventFact], dates: list[DateFact], spell, articles: dict[str, Article]) -> list[Event]:
    days_of: dict[tuple[str, int], list[DateFact]] = defaultdict(list)
    months_of: dict[tuple[str, int], list[DateFact]] = defaultdict(list)
    for d in sorted(dates, key=lambda d: (d.article_id, d.start)):
        if len(d.value) == 10:
            days_of[(d.article_id, d.sent_start)].append(d)
        elif len(d.value) == 7:
            months_of[(d.article_id, d.sent_start)].append(d)
    out, seen = [], set()
    for f in sorted(facts, key=lambda f: (f.article_id, f.start, f.verb)):
        actor, label = spell(f.actor, f.actor_label, f.article_id)
        actor = ampersand(actor)
        key = (f.article_id, f.sent_start, f.verb, f.answer)
        if key not in seen:
            seen.add(key)
            day = _day(f, days_of[(f.article_id, f.sent_start)], articles)
            out.append(Event(f, actor, label, day, None if day else _period(f, articles, months_of[(f.article_id, f.sent_start)])))
    return out


def _day(fact: EventFact, days: list[DateFact], articles: dict[str, Article]) -> str | None:
    """The day of the date the parse gave this event's verb (not any date of its sentence:
    "officials said Wednesday that Kopp fired the shots last October"), unless the day ends a
    period the time names ("in the week ended April 13", j75): the act fell somewhere in it."""
    if fact.time_start is None or fact.time_end is None:
        return None
    day = next((d for d in days if fact.time_start <= d.start < fact.time_end), None)
    if day is None:
        return None
    body = articles[fact.article_id].body if fact.article_id in articles else ""
    if any(w.strip(",") in PERIOD_NOUNS for w in body[fact.time_start : day.start].lower().split()):
        return None
    return day.value

