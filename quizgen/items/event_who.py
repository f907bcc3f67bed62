"""The "who" card of an event: "Which organisation announced that it will close 40 rural lines
on 3 June 2024?" → "Rail Authority", asked only when no other actor did the very same, with
other actors of the answer's kind (organisations, countries, people) as wrong choices. Moved
from ``items.events``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.constants import (
    CLAIMED_CLASS,
    INCIDENT_NOUNS,
    JUDGED_CLASS,
    PARTY_WORDS,
    TAKEOVER_VERBS,
)
from quizgen.facts import places
from quizgen.facts.names import surname
from quizgen.facts.nations import is_capital
from quizgen.facts.resolve import entity_key
from quizgen.items import distractors
from quizgen.items.deck_events import Event
from quizgen.items.distractors import PeoplePool, fold
from quizgen.items.entity_index import EntityIndex, is_facility
from quizgen.items.entity_names import (
    cut_phrase,
    debris,
    named_alone,
    named_in,
    place_class,
    plural,
    same_entity,
    shares_a_name_word,
)
from quizgen.items.event_cards import (
    ASK_SCORE,
    bare_name,
    capital,
    event_evidence,
    event_item,
    object_phrase,
)
from quizgen.items.evidence import stable_id
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
    country_implied,
    is_organisation,
    is_place,
)
from quizgen.items.wording import contains
from quizgen.models import EventItem

if TYPE_CHECKING:
    from quizgen.items.person_choices import Cast

WEIGHED_STORIES = 10  # stories from which names are weighed by rarity to relate two of them
# "PEOPLE": several people named together ("Martin O'Malley and Mike Huckabee announced …"),
# asked typed: no pair of others is a choice the deck can vouch for
WHO_WORDS = {"PERSON": "Who", "ORG": "Which organisation", "GPE": "Which country", "NORP": "Which group", "PEOPLE": "Who"}


def ask_who(
    event: Event, events: list[Event], articles, people: PeoplePool, entities, related: dict[str, set[str]],
    cast: Cast | None = None,
    index: EntityIndex | None = None,
) -> tuple[EventItem | None, float]:
    f = event.fact
    if f.verb_class in (JUDGED_CLASS, CLAIMED_CLASS):
        # the charge's fact, or what a claim's clause acts on, asks "what"; who judged or
        # claimed, the sentence's other facts (its quote, its subject claim) ask
        return None, 0.0
    who = WHO_WORDS.get(event.label)
    if who is None:
        return None, 0.0
    kind = places.place_kind(event.actor) if event.label == "GPE" else None
    if kind == "place":
        who = "Which place"  # a city or a state ("Havana said"), not a country
    if f.others_too:
        return None, 0.0  # another actor in the article does the same ("France also conducted airstrikes")
    if f.seconds:
        # another actor the article shows doing the same verb to the same kind of object ("the
        # $37million raised by Hillary Clinton" beside "Sanders raised more than $33million"):
        # "Who raised more than $33million?" has a second right answer, typed or chosen
        return None, 0.0
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
    place = f" {f.place}" if f.place and "," not in object_phrase(event) else ""
    if not (place or event.on) and f.verb_class != "win" and not _takes_over(f.verb, object_phrase(event)) and bare_name(object_phrase(event)):
        # "Who endorsed Trump?", "Who met Obama?": many did, no time or place says which (a
        # contest has one winner: "Who won Iowa?" stays; a business one buyer: "Who agreed to
        # buy Trustcorp?", ``constants.TAKEOVER_VERBS``)
        return None, 0.0
    question = f"{who} {f.verb_group} {object_phrase(event)}{place}{event.on}?"
    if event.on and (re.search(r",| [-–—] ", object_phrase(event)) or _dated_happening(object_phrase(event))):
        # "… travel to Kenya, whose economy relies on foreign visitors on 14 August 1998?" reads
        # as the visitors' date: after a clause or a dash's list, the time goes first
        question = f"{capital(event.on.strip())}, {who[:1].lower()}{who[1:]} {f.verb_group} {object_phrase(event)}?"
    if contains(question, [event.actor, f.actor]):
        return None, 0.0
    if event.label in ("PERSON", "PEOPLE") and shares_a_name_word(question, event.actor):
        # "Who carried a message from Iraq's Saddam?" → "Saddam Hussein": the question names
        # someone by a word of the answer's name, so the answer is that person (a giveaway) or
        # another the deck confused with them (King Hussein read as Saddam)
        return None, 0.0
    key = stable_id("e", f"who {event.actor} {f.verb} {f.answer}")
    sentence = " ".join(e.text for e in event_evidence(event, articles))
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
                and not shares_a_name_word(question, e)  # "Paribas" for who joined Paribas's core
                and not named_in(sentence, e)  # "Poland and Hungary signed": both are right
                and not country_implied(question, e)  # "… under Chinese rule": China is no choice
                and not capital_named(question, e)  # "… consultations with Tokyo": nor Japan (j70)
                and (kind is None or place_class(e) == place_class(event.actor))  # a state for a state
                and (kind is None or is_capital(e) == is_capital(event.actor))  # a capital, for its government
                and named_alone(e)
                and not debris(e)
                and not cut_phrase(e)  # "A Better Time For": a headline's words, no name
                and not e.endswith(("'s", "’s", "'", "’"))  # "Hewlett-Packard's": a possessive read as a name
                and _same_kind(event, e, index)
                and _a_whole_name_of_its_label(event.label, e, index)
                and not any(same_entity(e, o) or is_alias(e, o) or same_body(e, o) for o in [event.actor, f.actor, *options])
                and not any(same_entity(e, d) for d in also_did)  # did it too, in another story
                and not any(same_entity(e, r) for r in f.rivals)  # the article shows it doing the like
            ):
                options.append(e)
        choices = distractors.full_choices(event.actor, options, key=key)
    written = f.actor.removeprefix("the ")
    accept = [written] if fold(written) != fold(event.actor) else []  # "Stoltenberg", "Nato"
    return event_item(event, "who", question, event.actor, articles, choices=choices, accept=accept), ASK_SCORE["who"]


def _dated_happening(phrase: str) -> bool:
    """Whether the object names a happening of its own ("President Reagan's retaliatory strike
    against Iranian targets", j81): a time after it reads as the happening's, not the act's."""
    return any(w in INCIDENT_NOUNS or w.removesuffix("s") in INCIDENT_NOUNS for w in re.findall(r"[a-z]+", phrase.lower()))


def _a_whole_name_of_its_label(label: str, option: str, index: EntityIndex | None) -> bool:
    """Whether a wrong choice is of its label by the deck's own reading: a place a place
    (``items.place_names``: the gazetteer or the deck's tags, no person's name), an
    organisation no city or country; an organisation's or a group's choice, moreover, no road
    or plant ("Catholic Garvaghy Road"), no name the deck's mentions mostly call a person,
    place or product ("Cheerios"), no piece of a longer name ("Post" of "Washington
    Post", "Adams" of "Gerry Adams"), no company written after its owner's name as one
    ("Columbia Acquisition Corp." of "Sony Columbia Acquisition Corp.")."""
    if label in PLACE_LABELS:
        return is_place(option, index)  # "Aliya" (a person read as a town) is no place beside "Cairo"
    if label == "ORG" and not is_organisation(option, index):
        return False  # "Angers" (a city) beside "EgyptAir"
    if label not in ("ORG", "NORP") or index is None:
        return True
    if is_facility(option) or not index.agrees(option, label) or index.owned_by_another(option):
        return False
    if kind_word_only(option) or index.holds_a_person(option) or two_names(option, index.known):
        return False  # "Network"; "Meenakshi Ganguly of Human Rights Watch"; "Reno and INS"
    return label != "ORG" or not index.fragment(option)


def _same_kind(event: Event, option: str, index: EntityIndex | None = None) -> bool:
    """Whether ``option`` is a wrong answer of the answer's kind. Organisations: of the same
    ``org_kind`` (a company for a company, an outlet for an outlet; a government body of the
    same ``body_class``: a committee for a committee), read from the name or from
    a longer name of the deck it opens ("Kellogg" of "Kellogg Co."); when neither says a kind,
    none (names of no kind are anything: a team, a league, a carmaker beside a broadcaster).
    Groups: a plural noun for a plural noun
    ("Democrats" for "Republicans", never the adjective "Democratic")."""
    kind_of = index.kind if index is not None else org_kind
    if event.label == "ORG":
        kind = kind_of(event.actor)
        if kind is not None:
            # a government body of the same class: no "Congress" for who chairs a committee
            return same_class(option, event.actor, kind_of)
        return False  # no kind: "Honda" or "NFL" beside "CNBC"; asked typed (``organisation_choices``)
    if event.label == "NORP":
        # "Republicans" are a party: no "Muslims" beside them; nor a party beside a people
        # ("Democrats" for "Hispanics voted for Mr. Obama", j236: a party's voters did the same)
        if _party_people(option) != _party_people(event.actor):
            return False
        return plural(event.actor) == plural(option) and option[:1].isupper()
    return True


def _party_people(group: str) -> bool:
    """Whether a group is a party or its members ("Republicans", "Dems", "Libertarians", "the
    Greens"): by ``org_kind``, or a party member's word made plural (``PARTY_WORDS``)."""
    word = group.lower().removeprefix("the ").strip()
    return org_kind(group) == "party" or word in PARTY_WORDS or word.removesuffix("s") in PARTY_WORDS | {"green"}


def _takes_over(verb: str, phrase: str) -> bool:
    """Whether the act is buying or selling a business ("bought Trustcorp", "agreed to buy
    Trustcorp"): a named company has one buyer, so the "who" card has one answer."""
    words = phrase.split()
    return verb in TAKEOVER_VERBS or (len(words) > 1 and words[0] == "to" and words[1] in TAKEOVER_VERBS)
