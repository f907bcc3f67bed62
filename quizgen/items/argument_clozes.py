"""The lede's slot-filling names → cloze cards: the sentence with the name blanked.

"Sen. Ted Cruz (R-Texas) won the Republican caucus." → "Sen. ____ (R-Texas) won the Republican
caucus." → "Ted Cruz". The lede's clauses say what the story is about; who fills their slots
(the doer, the one done to, where) is what a teacher asks first, whatever the verb — the event
cards ask only acts of the kinds they know. A cloze keeps the sentence as written, so it says
no more than the article (a hedge stays a hedge: "may have fled to ____"). Cards are event
cards asking "who" (``actor`` is the name asked), made only with ``--events``.

A name is asked once per story, from its first sentence that makes a card (an obituary names
its subject in every sentence). No card when the sentence gives the name away (named twice), when the blanked sentence leans
on a pronoun or description it cannot name (``wording.cloze``), or when another card already
asks the same name from the same sentence. Wrong choices are of the answer's kind: people of
the answer's side and standing (``person_choices.Cast``), or the story's own organisations,
places and peoples of the answer's label.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen.facts.names import introduced_as_family, surname
from quizgen.facts.nations import is_capital, people_of_country
from quizgen.facts.places import gone_by, is_country
from quizgen.facts.records import ArgumentFact, EventFact, Reference
from quizgen.ingest.articles import Article
from quizgen.items import distractors
from quizgen.items.blank_frames import fits_blank
from quizgen.items.country_distances import near, placed_by_compass
from quizgen.items.distractors import PeoplePool, fold
from quizgen.items.entity_index import EntityIndex
from quizgen.items.entity_names import (
    cut_phrase,
    debris,
    named_in,
    opening_word_only,
    place_class,
    plural,
    same_entity,
    shares_a_name_word,
)
from quizgen.items.evidence import evidence_for, stable_id
from quizgen.items.org_kinds import (
    is_alias,
    kind_word_only,
    org_kind,
    same_body,
    same_class,
    two_names,
)
from quizgen.items.place_names import (
    PLACE_LABELS,
    capital_named,
    city_or_region,
    country_implied,
    is_organisation,
    is_place,
    known_place,
    written_within,
)
from quizgen.items.question_stems import PARTIES
from quizgen.items.scopes import BODIES, country_name, main_scope, scopes_in
from quizgen.items.sides import CANDIDACY
from quizgen.items.wording import BLANK, cloze, contains, subject_references
from quizgen.models import EventItem, Item
from quizgen.nlp import english_stop_words

if TYPE_CHECKING:
    from quizgen.items.person_choices import Cast

THING = "THING"  # ``extract.lede_objects``' label for an object phrase
REASON = "reason"  # ``extract.lede_reasons``' slot: what a judgement of the lede was for
DOER_PRONOUNS = frozenset(["he", "she", "it", "they", "we", "i", "you", "who", "which", "this", "that", "these", "those"])
ARGUMENT_SCORE = 1.7  # below an event's "who" (1.8): the event card asks the same name better
# Content words a cloze must keep besides its blank (``MIN_CONTEXT_WORDS``, or
# ``MIN_UNNAMED_CONTEXT_WORDS`` when none of them is a name): fewer, and the sentence says
# nothing the answer could be told from ("Co-authored by ____.", "The effort is being led by
# ____.", "A bomb blast shocks ____."): a byline, a teaser or a sentence leaning on the one
# before it. "____ won the Iowa caucuses." names its contest and stays.
MIN_CONTEXT_WORDS = 3
TITLE_WORDS_BEFORE_BLANK = 4  # "the Republican presidential candidate ____": a party's title reads so far back
MIN_UNNAMED_CONTEXT_WORDS = 5
_WORD = re.compile(r"[\w'’.-]*\w[\w'’.-]*")


def argument_items(
    facts: list[ArgumentFact],
    *,
    articles: dict[str, Article],
    names: Mapping[str, str],
    people: PeoplePool,
    entities: dict[str, list[str]],
    cast: Cast | None = None,
    references: Mapping[str, Sequence[Reference]] | None = None,
    taken: Iterable[tuple[str, str]] = (),
    told: Iterable[tuple[str, int]] = (),
    owned: Iterable[tuple[str, int]] | None = None,
    index: EntityIndex | None = None,
) -> list[tuple[EventItem, float]]:
    """Cloze cards of the lede's slot-filling names. ``names`` maps a person's name as written
    to the deck's spelling; ``entities`` lists the deck's entities by label (and under
    ``"<label>@<article>"`` one article's), for wrong choices; ``taken`` holds the (article,
    answer) pairs other cards already ask "who" of ("Who won the caucus?"); ``told`` the
    (article, sentence start) of each sentence an event fact was read from: its doer and what
    was done are the event cards' to ask or to refuse (another country did the same: no one
    right answer), and a cloze of its names would take the place of their "who" card; ``owned``,
    when given, narrows that for names to the sentences whose names the event cards own
    (``sentences_events_own``) — what was done stays the event extractor's to refuse ("announced
    new regulations": no phrase that pins one act). ``index``
    (the deck's names, ``items.entity_index``) keeps an organisation's own vehicle from its choices."""
    made: dict[str, tuple[EventItem, float]] = {}
    asked: set[tuple[str, str]] = {(a, fold(name)) for a, name in taken}
    person_words = set(names) | {surname(n) for n in names.values()}
    events = set(told)
    names_owned = events if owned is None else set(owned)
    doers_asked: set[tuple[str, int]] = set()  # sentences whose doer a name cloze asks
    homes = {article_id: _home_of(a.body) for article_id, a in articles.items()}  # each story's country, read once
    readers_home = deck_home(homes.values())
    # what a judgement was for (``extract.lede_reasons``) is asked beside its doer's cloze only
    reasons = [f for f in facts if f.slot == REASON]
    for fact in [f for f in facts if f.slot != REASON] + reasons:
        if fact.slot == REASON and (fact.article_id, fact.sent_start) not in doers_asked:
            continue
        if (fact.article_id, fact.sent_start) in (events if fact.label == THING else names_owned):
            continue  # the event cards ask that sentence's doer and what was done (or refuse to)
        if fact.label != "PERSON" and fact.name in person_words:
            continue  # a person the tagger took for an organisation or a place ("Sanders", "Tywanza")
        home = readers_home if homes.get(fact.article_id) == readers_home else None  # a story about the readers' country
        item = _item(fact, articles, names, people, entities, cast, references, person_words, index, home)
        if item is None or (fact.article_id, fold(item.answer)) in asked:
            continue  # a name is asked once per story, from the first sentence that has a card for it
        asked.add((fact.article_id, fold(item.answer)))
        made[item.id] = (item, ARGUMENT_SCORE)
        if fact.slot == "subject" and fact.label != THING:
            doers_asked.add((fact.article_id, fact.sent_start))
    return list(made.values())


def sentences_events_own(events: Iterable[EventFact], cards: Iterable[Item]) -> set[tuple[str, int]]:
    """The (article, sentence start) of each sentence whose names the event cards own: one an
    event card was made from (it asks the doer or what was done), or one whose act others do
    too or the same verb to the same kind of object (``EventFact.seconds``: "Sanders raised more
    than $33million" beside Clinton's $37million; the doer's slot has no one right answer). A sentence whose event fact made no card
    ("Bear Stearns, Morgan Stanley and Oppenheimer joined PaineWebber in …": no "who" of a bare
    name's act, no "what" without a day) leaves its names to the clozes, which ask them as
    written. A sentence whose doer is an institution by its noun alone ("The court on Monday
    ordered …") stays theirs: they name it from the article or make nothing, and a cloze would
    show "the court" unnamed."""
    carded = {(e.source, e.start) for card in cards if card.kind == "event" for e in card.evidence}
    return {
        (e.article_id, e.sent_start)
        for e in events
        if e.others_too or e.seconds or e.actor == e.actor.lower() or (e.article_id, e.sent_start) in carded
    }


def _item(
    fact: ArgumentFact,
    articles: dict[str, Article],
    names: Mapping[str, str],
    people: PeoplePool,
    entities: dict[str, list[str]],
    cast: Cast | None,
    references: Mapping[str, Sequence[Reference]] | None,
    person_words: set[str],
    index: EntityIndex | None = None,
    readers_home: str | None = None,
) -> EventItem | None:
    """The cloze of one name, or None. ``readers_home`` is the deck's readers' country when the
    story is about it (``deck_home``)."""
    body = articles[fact.article_id].body
    question = cloze(
        body, fact.sent_start, fact.sent_end, fact.start, fact.end,
        references=subject_references(references, fact.article_id),
    )
    person = fact.label == "PERSON"
    thing = fact.label == THING  # an object phrase ("a multistate defense system"): asked "what"
    answer = _spelt(fact.name, names, body) if person else fact.name
    giveaways = [answer, fact.name] + ([surname(answer)] if person and " and " not in answer else [])
    # "showdown between ____ …" beside "Iraq's Saddam Hussein", "agreement between ____ …" beside
    # "the rival suitor for LIN": a coordinated answer's name, or its first word, given away
    giveaways += _conjuncts(fact.name)
    firsts = [c.split()[0] for c in _conjuncts(fact.name)]
    if question is not None and any(re.search(rf"(?<![\w']){re.escape(w)}(?!\w)", question) for w in firsts if w[:1].isupper()):
        return None
    if _name_goes_on(body, fact.end) and fact.name.split()[-1][:1].isupper():
        return None  # "The [Senate’s Gang] of Eight" (j180): the blank cuts a name that goes on after it
    if fact.label == "ORG" and _JOINED_NAME_BEFORE.search(body, 0, fact.start) and fact.name.split()[-1] in BODY_HEADS:
        return None  # "the Senate Homeland Security and ____" → "Governmental Affairs Committee" (j183): one name
    if not person and _fields_go_on(fact.name, body, fact.end):
        return None  # "the Senate Committee on Homeland Security" | "and Governmental Affairs" (j254): one name
    if not person and (_ORDINAL_BEFORE.search(body, 0, fact.start) or _DISTRICT_AFTER.match(body, fact.end)):
        return None  # "the 9th ____" → "Circuit", "____, D.C." → "Washington" (j183): a piece of one name
    if fact.label in ("GPE", "NORP", "LOC") and home_country(answer, body):
        return None  # "a majority of ____ still seem to have an open mind" → "Americans" in a U.S. story
    if fact.label == "GPE" and readers_home is not None and own_country(answer, readers_home):
        return None  # "the ____ will have allies" → "United States" in a deck of U.S. news
    doer = _doer(fact, names, subject_references(references, fact.article_id)) if thing else None
    if question is None or contains(question, [g for g in giveaways if g]) or (thing and not doer):
        return None
    if not says_enough(question):
        return None
    if person and cast is not None and role_gives_away(question, answer, fact.article_id, cast):
        return None  # "Republican presidential candidate ____" with one such candidate in the deck
    if not person and not thing and question is not None and _TITLE_BEFORE_BLANK.search(question.split(BLANK, 1)[0]):
        return None  # "President ____ has rescinded …" → "Trump's Department of Homeland Security" (j187): a title wants a person
    # "Sweden's competitive position was also seen at risk" (j123): the card drops the "also", and
    # whom it adds the answer to (Denmark, told just before) would be a second right choice
    added = not thing and _added_to(body[fact.end : fact.sent_end])
    key = stable_id("e", f"cloze {answer} {question}")
    sentence = body[fact.sent_start : fact.sent_end]
    if thing:
        choices: list[str] = []  # no other phrase of the story is a wrong answer the deck can vouch for
    elif person:
        choices = _people_choices(answer, key, question, sentence, fact.article_id, people, cast)
    else:
        choices = entity_choices(
            answer, fact.label, key, question, sentence, fact.article_id, entities, person_words, index, text=body,
            published=articles[fact.article_id].published,
        )
    if added:
        told_before = body[max(0, fact.sent_start - ADDED_TO_REACH) : fact.sent_start]
        kept = [c for c in choices if c == answer or not named_in(told_before, c)]
        choices = kept if len(kept) == len(choices) else []  # asked typed rather than with two right
    accept = [fact.name] if fold(fact.name) != fold(answer) else []
    return EventItem(
        id=key,
        question=question,
        answer=answer,
        accept=accept,
        choices=choices,
        style="cloze",
        evidence=[evidence_for(articles[fact.article_id], fact.sent_start, fact.sent_end)],
        actor=doer or answer,
        verb=fact.verb,
        verb_class=fact.slot,
        asks="what" if thing else "who",
        tags=_tags(fact),
    )


@lru_cache(maxsize=256)  # asked of each place or people blanked, per article
def _home_of(body: str) -> str | None:
    return main_scope([body])


def home_country(answer: str, body: str) -> bool:
    """Whether the answer is the people of the country the story is about ("a majority of ____
    still seem to have an open mind" → "Americans" in a story whose places and groups are mostly
    American, ``scopes.main_scope``): readers judged every such blank of the AllSides samples
    trivial (5 of 5). The country itself is kept, by any name: on the 1987 wire it is the
    story's actor ("____ will limit new loans …" → Venezuela, "____'s debt service ratio" →
    Burma, 47 cards of the 840-article deck), though "America" in a U.S. story was judged trivial
    too (4 of 4). A state or a body of the country ("California", "Congress") is not its people."""
    home = _home_of(body)
    if home is None or home in BODIES or scopes_in(answer) != [home]:
        return False
    name = country_name(home)
    return name is not None and people_of_country(answer, name)


# The deck's readers' own country: the one at least ``HOME_SHARE`` of its stories are about
# (``scopes.main_scope``), of ``HOME_STORIES`` stories or more. Of the AllSides samples' clozes
# blanking "United States", "America" or "U.S.", readers judged 15 of 19 not worth learning,
# 14 of them in a story about the United States; of clozes blanking another country, 4 of 48.
# The 1987 wire deck (840 stories, 38% about the United States) has no such country: its
# "____ will limit new loans" → Venezuela stays, as do the AllSides stories about another land.
HOME_SHARE = 0.5
HOME_STORIES = 5


def deck_home(story_homes: Iterable[str | None]) -> str | None:
    """The country most of the deck's stories are about (``HOME_SHARE``; ``story_homes``: each
    story's, ``scopes.main_scope``), if it is a country and that many stories are of it
    (``HOME_STORIES``); else None."""
    homes = Counter(story_homes)
    if not homes:
        return None
    (home, n), *_ = sorted(homes.items(), key=lambda hn: (-hn[1], str(hn[0])))
    if home is None or home in BODIES or n < HOME_STORIES or n < HOME_SHARE * sum(homes.values()):
        return None
    return home


def own_country(answer: str, readers_home: str) -> bool:
    """Whether the answer is the readers' own country by any name ("United States", "America",
    "U.S."): blanked in a story about it, a learner fills it in without the story."""
    return is_country(answer) and scopes_in(answer) == [readers_home]


# A person's title capitalised right before the blank: what fills it is a person, never a body.
_TITLE_BEFORE_BLANK = re.compile(
    r"(?:^|[\s(“\"])(?:President|Sen\.|Senator|Gov\.|Governor|Rep\.|Mayor|Chancellor|Premier|Pope|King|Queen"
    r"|Gen\.|General|Justice|Judge|Dr\.|Mr\.|Mrs\.|Ms\.|Secretary)\s+$"
)
# An ordinal right before the blank ("the 9th ____" for "Circuit", "the 1st ____"): it opens
# the name the blank would end. And "D.C." right after a comma after it: "Washington, D.C." is
# one name, and the rest of it gives the answer away.
_ORDINAL_BEFORE = re.compile(r"(?<![\w.])\d+(?:st|nd|rd|th)\s+$")
_DISTRICT_AFTER = re.compile(r",\s*D\.\s?C\.")
# A capitalised word and "and" right before a body's name ("the Senate Homeland Security and
# [Governmental Affairs Committee]", "the House Oversight and [Government Reform Committee]"):
# the tagger cut one committee's name in two, and the blank would hold its second half.
_JOINED_NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][\w’'-]+\s+(?:and|&)\s+$")
BODY_HEADS = frozenset(["Committee", "Subcommittee", "Commission", "Council", "Board", "Panel", "Caucus"])


# "of" and a capitalised word after the blank, and whether a comma follows it.
_OF_A_NAME = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'’-]*)(,?)")


# A body's name that lists its fields after "on", "of" or "for" ("Committee on Homeland Security",
# "Department of Health"), and the text's "and" and a capitalised word right after the blank.
_FIELDS_OF_A_BODY = re.compile(r"\b(?:" + "|".join(sorted(BODY_HEADS | {"Department", "Ministry", "Office", "Secretary"})) + r")\s+(?:on|of|for)\s+[A-Z]")
_AND_A_NAME_AFTER = re.compile(r"\s+(?:and|&)\s+[A-Z][\w’'-]+")


def _fields_go_on(name: str, body: str, end: int) -> bool:
    """Whether a body's name that lists its fields stops at the blank while the text goes on
    with "and" and another field: "A subcommittee of the ____ and Governmental Affairs" →
    "Senate Committee on Homeland Security" (j254), "the ____ and Human Services" →
    "Department of Health". A body named without its fields ("the House Judiciary Committee
    and Senate Democrats") ends at the blank."""
    return _FIELDS_OF_A_BODY.search(name) is not None and _AND_A_NAME_AFTER.match(body, end) is not None


def _name_goes_on(body: str, end: int) -> bool:
    """Whether the name the blank ends goes on after it: "of" and a capitalised word that is no
    place ("Gang of Eight"); "Toyota Motor Corp of Japan", "Sen. ____ of Texas" and "… Services
    Inc. of Southport, Conn." (a comma after it: a place the gazetteer lacks) end at the blank."""
    m = _OF_A_NAME.match(body, end)
    return m is not None and not m.group(2) and not known_place(m.group(1))


ADDED_TO_REACH = 600  # how far before its sentence the one an "also" adds to is looked for, in characters
# Words that add a clause's doer to another told before ("Sweden's position was also at risk").
# ("too" before an adjective is a degree, "too provocative"; "as well as" joins, it adds nothing)
_ADDITIVE = re.compile(r"\b(?:also|likewise|too(?=\s*(?:[,.;:]|$))|as well(?!\s+as\b))", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|while|said|says)\b")


def _added_to(after: str) -> bool:
    """Whether the words after the blanked name, up to the next clause ("and", "said", a comma),
    say "also", "too" or "as well": the card drops the word (the sentence before is not shown),
    and the one the clause adds the name to may answer as well ("Shares of ____ also fell"); or
    the "also" adds an act to the answer's own ("Cilcorp will also assume $22 million of debt")."""
    head = _CLAUSE_BREAK.split(after, maxsplit=1)[0]
    return _ADDITIVE.search(head) is not None


def _tags(fact: ArgumentFact) -> list[str]:
    if fact.slot == REASON:
        return ["event", "what", "lede-object", "lede-reason"]
    return ["event", "what", "lede-object"] if fact.label == THING else ["event", "who", "lede-name"]


def _conjuncts(name: str) -> list[str]:
    """The names of a coordinated answer ("Iraq and the United States" → "Iraq", "the United
    States"): one of them named elsewhere in the sentence gives half the answer away."""
    if " and " not in name:
        return []
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", name)]
    return [p.removeprefix("the ") for p in parts if p]


def role_gives_away(question: str, answer: str, article: str, cast: Cast) -> bool:
    """Whether the title written right before the blank is a party's candidacy ("Republican
    presidential candidate ____", "GOP nominee ____") that only the answer holds in the deck's
    reading of this story's contest (``Cast.running_for``): the role names the person, and the
    card tests nothing. A primary's field, with several of the party running, keeps its cards."""
    before = question.split(BLANK, 1)[0]
    words = [w.lower() for w in re.findall(r"[A-Za-z-]+", before)[-TITLE_WORDS_BEFORE_BLANK:]]
    if not words or words[-1] not in CANDIDACY or not before.endswith(" "):
        return False
    parties = {PARTIES[w] for w in words if w in PARTIES}
    if len(parties) != 1:
        return False
    return cast.running_for(parties.pop(), article) == {answer}


def says_enough(question: str) -> bool:
    """Whether a cloze keeps enough content words (no stop words) outside its blank to be
    answered: "The effort is being led by ____." keeps two ("effort", "led"), too few; "____
    won the Iowa caucuses." three, one a name ("Iowa"), enough."""
    stop = english_stop_words()
    words = [w for w in _WORD.findall(question.replace(BLANK, " ")) if w.lower() not in stop]
    first = question.lstrip("_ ").split(" ", 1)[0]
    named = any(w[:1].isupper() for w in words if not question.startswith(w) and w != first)
    return len(words) >= (MIN_CONTEXT_WORDS if named else MIN_UNNAMED_CONTEXT_WORDS)


def _doer(fact: ArgumentFact, names: Mapping[str, str], references: Sequence[Reference]) -> str | None:
    """Whose act an object phrase's clause tells, as the deck names them: a pronoun ("he is
    set to release …") by the reference that names it, else None."""
    if fact.doer.lower() not in DOER_PRONOUNS:
        return names.get(fact.doer, fact.doer) or None
    named = next((r.name for r in references if r.start == fact.doer_start and r.name and r.kind != "bound"), None)
    return names.get(named, named) if named else None


def _spelt(name: str, names: Mapping[str, str], body: str) -> str:
    """A person as the deck spells them, a surname as the one full name of the article that
    ends with it ("Delgado" → "Maria Delgado"); two coordinated people each so."""
    # a bare surname is spelt by its own article, never by the deck's other stories ("President
    # ____ is laying the groundwork …" → "Ivanka Trump", j214: a Trump of another story)
    parts = [names.get(p, p) if len(p.split()) > 1 else p for p in name.split(" and ")]
    for n, part in enumerate(parts):
        if len(part.split()) == 1:
            full = {v for v in names.values() if len(v.split()) > 1 and surname(v) == part and v in body}
            full = {v for v in full if not introduced_as_family(body, v)}
            if len(full) == 1:
                parts[n] = full.pop()
    return " and ".join(parts)


def _people_choices(
    answer: str, key: str, question: str, sentence: str, article: str, people: PeoplePool, cast: Cast | None
) -> list[str]:
    if " and " in answer:
        return []  # two people: no pair of others is a choice the deck can vouch for
    last = surname(answer)

    def same_person(option: str) -> bool:
        return surname(option) == last or named_in(sentence, option)

    if cast is not None:
        mine = cast.standing_of(answer)
        if mine is None:
            return []
        # of the answer's standing, as an event's "who" (``items.event_who``): no local official
        # or columnist for what a candidate or a president did
        return cast.who(
            answer, key=key, question=question, article=article,
            not_answer=lambda o: same_person(o) or cast.standing_of(o) != mine,
        )
    return people.choices(answer, key=key, question=question, article=article, same_person=same_person)


def entity_choices(
    answer: str, label: str, key: str, question: str, sentence: str, article: str, entities: dict[str, list[str]],
    person_words: set[str],
    index: EntityIndex | None = None,
    *,
    text: str | None = None,
    published: dt.date | None = None,
) -> list[str]:
    """Three others of the answer's label and kind the story names (a country for a country, a
    state for a state, an international body for one, a committee for a committee:
    ``entity_names.place_class``, ``org_kinds.org_kind`` and ``body_class``; a party for a
    party), or none: never a person the tagger mislabelled ("Kasich" among states), nor the
    answer's singular or plural ("Republican" beside "Republicans"), nor a kind word alone
    ("Network"), a person with their organisation, or two names joined by "and"; and each reads
    right after the blank's determiner as the article (``text``) writes it: no "the Hungary"
    beside "the Netherlands" (``blank_frames``)."""
    own = entities.get(f"{label}@{article}", [])
    known = set(own) | person_words
    if index is not None:
        known |= {n for n in own if index.known(n)}
    if two_names(answer, known.__contains__) or ("," in answer and " and " in answer):
        # "LIN and BellSouth", "Poland, Hungary and the Czech Republic": no pair or list of
        # others is a choice the deck can vouch for
        return []
    if label == "ORG" and (index.kind if index is not None else org_kind)(answer) is None:
        # A name that says nothing of its kind ("CNBC", "Westchester Reform Temple") has no
        # choices the deck can vouch for: names of no kind of the same story are a football
        # team, a league and a carmaker beside a broadcaster (``organisation_choices`` likewise).
        return []
    place = place_class(answer) if label == "GPE" else None
    # a city for a city ("Washington" may be a state's name: only a sure city narrows)
    city = "city" if place == "place" and city_or_region(answer) == "city" else None
    # a capital, which news writes for its government ("the summit with Pyongyang", j228: "New
    # York" had been offered), for a capital; a city no capital for a city
    capital = is_capital(answer) if place == "place" else None
    # An organisation's kind (a venue such as the United Nations is an international body: no
    # "Army" or "Air Force" beside it); a name of no known kind beside names of none.
    body = org_kind(answer) if label in ("ORG", "NORP") else None
    # a country the question places something in by a compass word ("the town of Mosul in
    # northern ____"): only countries near it (``country_distances``)
    compass = label == "GPE" and is_country(answer) and placed_by_compass(question)
    options: list[str] = []
    for e in own:
        if (
            not contains(question, [e])
            and not named_in(sentence, e)
            and not country_implied(question, e)  # "transferred to Chinese rule": China is no choice
            and not capital_named(question, e)  # "pressure from Japan and China": no Tokyo, no Beijing (j234)
            and not shares_a_name_word(question, e)  # "Security said it …": Security Pacific Corp. is the doer
            and not debris(e)
            and not cut_phrase(e)  # "A Better Time For": a headline's words, no name
            and (place is None or place_class(e) == place)
            and (city is None or city_or_region(e) != "region")  # no "Northern Ireland" beside "Beirut"
            and (capital is None or is_capital(e) == capital)
            and (label != "ORG" or same_class(e, answer))
            and (label != "NORP" or body is None or org_kind(e) == body)  # a party for a party: no "Cubans"
            and (label != "NORP" or plural(e) == plural(answer))  # "Serbs" for "Albanians", no "Serbian"
            and (len(e.split()) > 1 or len(e) > 3 or e.isupper())
            and not e.endswith(("'s", "’s", "'", "’"))  # "CP Hotels'": a possessive read as a name
            and not (label == "ORG" and text is not None and opening_word_only(e, text))  # "Consolidated 1987 capital spending …"
            and e not in person_words
            and not kind_word_only(e)
            and not two_names(e, known.__contains__)
            and (index is None or not (index.owned_by_another(e) or index.holds_a_person(e)))
            and (label not in PLACE_LABELS or is_place(e, index))  # no "Aliya" (a person) beside "Cairo"
            and (label != "ORG" or is_organisation(e, index))  # no "Angers" (a city) beside "EgyptAir"
            and fold(e).removesuffix("s") != fold(answer).removesuffix("s")
            and not any(same_entity(e, o) or is_alias(e, o) or same_body(e, o) for o in [answer, *options])
            and (text is None or fits_blank(e, answer, question, text))
            and not (label in PLACE_LABELS and text is not None and written_within(e, answer, text))
            and (not compass or near(answer, e))  # "Mosul in northern ____": a neighbour, not "China"
            and not (published and label in PLACE_LABELS and gone_by(e, published.isoformat()))  # no "Soviet Union" in 2020
        ):
            options.append(e)
    return distractors.full_choices(answer, options, key=key)

