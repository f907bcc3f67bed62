"""Whether a card's fact is a side item: a figure or event the story tells after its lede
about someone its headline and lede never name, in a sentence that shares no word of substance
with them.

A teacher asks about the story's news, the things its headline and lede report and the parties
they name. A market roundup about program trading on Nasdaq goes on to a takeover offer for
another company ("LIN now plans to dole out $42 a share"); a story about Twitter suspending
accounts mentions what YouTube did ("YouTube has given more than 200 organizations …"). Such a
sentence is right and may be news elsewhere, but here it is an aside: nothing in it is what the
story is about.

How central a card's sentence is to its story is read from two things the deck already has:

- the content words it shares with the headline and lede (``ArticleSignals.lede_words``), read
  from the card's sentence and its question (whose brackets name who a pronoun is: "[George W.
  Bush's] net favorability" is about the story's candidate), its answer left out;
- the parties it names (the people and organisations the article names,
  ``ArticleSignals.mentions``, ``quotes``, ``organisations``): a side item names one, and none of
  them is one of the story's actors (``side_dates.story_actor``: named in the headline or lede,
  or about as often as its main actor).

A sentence naming no one is left alone: "The rate for adult women rose 0.4 percent" in a jobs
report continues the lede's subject without naming it, and words alone cannot tell.
"""

from __future__ import annotations

import re

from quizgen.facts.names import surname
from quizgen.items.background_cards import same_value
from quizgen.items.ranking import ArticleSignals, content_words
from quizgen.items.side_dates import side_party, story_actor

# Dates have a finer test of their own (``items.side_dates``: the verb a date dates and who does
# it), which keeps the day a story's actor acts in a scene the lede does not mention.
SIDE_ITEM_KINDS = frozenset(["number", "event"])
# A figure's source, to the end of its phrase: "according to a 2014 Labor Department survey".
ATTRIBUTION = re.compile(r"\baccording to\b[^,;.]*")
# A name of capitals that may stand for a longer one: "GMAC", "EDS".
ACRONYM = re.compile(r"[A-Z]{2,6}")
# Words shared with the lede at most this many: a side item's sentence shares none.
MAX_SHARED_WORDS = 0


def side_item(item, art: ArticleSignals, source: str) -> bool:
    """Whether a number or event card's fact, in one article, is a side item: told after its
    lede, in a sentence that shares no content word with the headline and lede and names a
    person or organisation, none of whom the headline or lede names or the story names about as
    often as its main actor."""
    if item.kind not in SIDE_ITEM_KINDS or not art.lede_text:
        return False
    spans = [e for e in item.evidence if e.source == source]
    if not spans or min(e.start for e in spans) < art.lede_end:
        return False
    text = " ".join(e.text for e in spans)
    said = f"{text} {item.question.replace('____', ' ')}"
    shared = (content_words(said) - content_words(item.answer)) & art.lede_words
    if len(shared) > MAX_SHARED_WORDS:
        return False
    named = parties_named(said, art)
    return bool(named) and not any(story_actor(name, art) for name in named)


def side_figure(item, art: ArticleSignals, source: str) -> bool:
    """Whether a number card's figure, in one article, is another organisation's: told after the
    lede, in a clause about an organisation (``FigureFact.actor``: the clause's subject, or who
    reports an account or says a pronoun's clause; a name that is none of the article's people or
    places) that is none of the story's actors, in a sentence that names none of them ("Separately, America West Airlines
    reported third-quarter profit jumped 45% to ____" in a story about Delta; "AbbVie and Shire
    called off a ____ inversion deal" in a story about Pfizer's). Words the sentence shares with
    the lede do not make it the story's: another company's profit shares "profit" with it.
    A place is no party ("Iowa went for Dukakis by ____ points"): it sets a scene of the story."""
    if item.kind != "number":
        return False
    spans = [e for e in item.evidence if e.source == source]
    if not spans or min(e.start for e in spans) < art.lede_end:
        return False
    actors = [
        actor
        for at, value, actor in art.figure_actors
        if same_value(value, item.value) and any(e.start <= at < e.end for e in spans)
    ]
    if not actors or not all(_another_organisation(actor, art) for actor in actors):
        return False
    said = " ".join(e.text for e in spans) + " " + item.question.replace("____", " ")
    return not any(story_actor(name, art) for name in parties_named(said, art))


def another_occasion_figure(item, art: ArticleSignals, source: str) -> bool:
    """Whether a number card's figure, in one article, is told after the lede in a clause its
    sentence frames as another occasion (``FigureFact.other_occasion``: "In the other semifinal,
    Spain held Italy to ____ shooting" in a story about the first; "In another attack, a car bomb
    killed ____ people" after the story's main one). In the lede such a sentence is the news:
    "Another bomb killed 20 people on Tuesday" is the latest of a series."""
    spans = [e for e in item.evidence if e.source == source]
    if not spans or min(e.start for e in spans) < art.lede_end:
        return False
    return any(same_value(value, item.value) and any(e.start <= at < e.end for e in spans) for at, value in art.figure_others)


def _another_organisation(actor: str, art: ArticleSignals) -> bool:
    """Whether a figure's actor is an organisation that is none of the story's actors: a name,
    none of its people or places, not the story's actor nor the initials of a name its lede
    gives ("GMAC" after "General Motors Acceptance Corp.")."""
    return (
        side_party(actor, art)
        and not _a_place(actor, art)
        and not _a_place_s_organ(actor, art)
        and not _a_person(actor, art)
        and not _initials_in_lede(actor, art)
    )


def _a_place_s_organ(name: str, art: ArticleSignals) -> bool:
    """Whether a name opens on a place the article names on its own more often than in names
    built on it, and so is that state's or city's organ ("The U.S. Navy" in a story of the
    United States and Iraq: the place's side, which the story may name as a country). A company
    named after a place is named so as often as the place alone, or more ("America West
    Airlines", "America West", each once tagged "America"), and stays an organisation."""
    words = _without_article(name).split()
    for n in range(1, len(words)):
        place = " ".join(words[:n])
        built = sum(count for e, count in art.entities.items() if _without_article(e).startswith(f"{place} "))
        if _tagged_place(place, art) and art.entities[place] > built:
            return True
    return False


def _without_article(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def _initials_in_lede(name: str, art: ArticleSignals) -> bool:
    """Whether a name of capitals is the initials of capitalised words the headline or lede
    gives in a row ("GMAC": "General Motors Acceptance Corp.")."""
    if not ACRONYM.fullmatch(name):
        return False
    return re.search(r"\b" + r"\w*\.?,?\s+".join(name) + r"\w*", art.lede_text) is not None


def _a_person(name: str, art: ArticleSignals) -> bool:
    """Whether a name is one of the article's people, by full name or surname. A person's figure
    is left to ``side_item``: a poll story's candidates each have their figures, and one its lede
    leaves unnamed ("Johnson supported by an average of 13 percent") is still its own."""
    last = name.split()[-1] if name else ""
    return any(name == p or last == (surname(p) or "") for p in art.mentions | art.quotes)


def _a_place(name: str, art: ArticleSignals) -> bool:
    """Whether the article knows a name only as a place ("Ohio", "Iowa"); a name that begins an
    organisation's the article names is that organisation's short name ("America West" of
    "America West Airlines"), whatever the tagger read it as."""
    return _tagged_place(name, art) and not any(org.startswith(f"{name} ") for org in art.organisations)


def _tagged_place(name: str, art: ArticleSignals) -> bool:
    """Whether the tagger read a name as a place and never as an organisation."""
    return name in art.entities and name not in art.organisations


def parties_named(text: str, art: ArticleSignals) -> list[str]:
    """The people and organisations of the article that a text names (a person by full name or
    surname). Places and nationalities are left out: "German police" in a story about Germany,
    "Cologne" where its news happened, set a scene of the story rather than name a side party.
    Nor does a figure's source count ("according to a Labor Department survey"): it says who
    counted, not whom the figure is about."""
    text = ATTRIBUTION.sub(" ", text)
    people = [
        p for p in art.mentions | art.quotes if _names(text, p) or _names(text, surname(p) or "")
    ]
    # a name the tagger also read as a place somewhere in the article is a place ("Cologne police")
    organisations = [e for e, n in art.organisations.items() if art.entities[e] <= n]
    return people + [e for e in organisations if _names(text, e)]


def _names(text: str, name: str) -> bool:
    return bool(name) and name in text and bool(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text))
