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
from quizgen.items.ranking import ArticleSignals, content_words
from quizgen.items.side_dates import story_actor

# Dates have a finer test of their own (``items.side_dates``: the verb a date dates and who does
# it), which keeps the day a story's actor acts in a scene the lede does not mention.
SIDE_ITEM_KINDS = frozenset(["number", "event"])
# A figure's source, to the end of its phrase: "according to a 2014 Labor Department survey".
ATTRIBUTION = re.compile(r"\baccording to\b[^,;.]*")
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
