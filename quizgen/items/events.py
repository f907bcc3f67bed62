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

The parts live in their own modules: ``items.deck_events`` (the deck's events, actors spelt as
the deck spells them), ``items.event_gates`` (which facts make cards), ``items.event_what``,
``items.event_who`` and ``items.event_why`` (each question), ``items.event_cards`` (what the
cards share), ``items.entity_names`` (comparing names) and ``items.story_entities`` (the
deck's entities by article, related stories).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from quizgen.facts.records import DateFact, EventFact, Reference
from quizgen.ingest.articles import Article
from quizgen.items.deck_events import person_aware, spelt_events
from quizgen.items.distractors import PeoplePool
from quizgen.items.entity_index import EntityIndex
from quizgen.items.event_gates import (
    asked_well,
    checkable,
    complement_left_out,
    cut_before_of,
    resolved_fact,
)
from quizgen.items.event_what import ask_what
from quizgen.items.event_where import ask_where
from quizgen.items.event_who import ask_who
from quizgen.items.event_why import ask_how, ask_why
from quizgen.items.story_entities import related_articles
from quizgen.models import EventItem

if TYPE_CHECKING:
    from quizgen.items.person_choices import Cast


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
    speller = person_aware(spell, known_people, entities, articles)
    resolved = [r for f in facts if (r := resolved_fact(f, references)) is not None and asked_well(r)]
    events = spelt_events(resolved, dates, speller, articles)
    related = related_articles(entities)
    made: dict[str, tuple[EventItem, float]] = {}
    for event in events:
        if cut_before_of(event, articles) or complement_left_out(event, articles):
            continue
        where = ask_where(event, articles, entities, index)
        if event.fact.answer_kind == "setting":  # a verb of no known act: only where (``extract.setting_events``)
            asked = [where]
        else:
            how = ask_how(event, articles)
            # the means is the more telling "what" ("How will NATO step up …?" → "by training Iraqi
            # soldiers …"), and a sentence gets one card of each ``asks``
            what = how if how[0] is not None else ask_what(event, events, articles, related)
            who = ask_who(event, events, articles, people, entities, related, cast, index)
            asked = [what, who, ask_why(event, articles), where]
        for item, score in asked:
            if item is not None and item.id not in made and checkable(item, articles):
                made[item.id] = (item, score)
    return list(made.values())
