"""Whether a card is worth studying at all: cards that are not are never made.

Ranking (``ranking.importance``) orders what a teacher would ask first; this module says what
a teacher would never ask, whatever its rank. Readers of judged samples marked as not worth
learning three families of cards, and each has a sign we can read:

- a card of a kind of trivia (``trivia.trivia_kind``, or ``occasion_kind`` from the parse): the
  day a paper reported something or someone spoke, commented or issued a statement (after the
  lede: in it, that day is the news), the day of a state rather than an act ("On Friday, Trump
  was still miffed"), the day an accounting period ended, a share price's daily move, a date the story only looks back to ("last
  year"), a poll's margin of error, a figure given only to compare ("the year-ago quarter")
  or a running tally ("so far"), a figure that describes a place rather than the news (how far
  it lies, how many live there: ``items.place_figures``);
- a quote or person card of an aside (``ranking.is_aside``: a passer-by quoted once, a
  commentator quoted once or twice, after the lede) or a person card about a **peripheral
  person** (``peripheral_person``): an outside voice (an analyst, a professor, a spokeswoman)
  the story names or quotes once or twice, or an office-holder it names only in passing (a
  world leader in a comparison, a minister "also present");
- a dated role card ("Who was the Italian dictator (March 2016)?") of a person the story shows
  dead or of history (``ArticleSignals.departed``, ``items.departed``): the role is not theirs at
  the story's time;
- a date or event the story recalls after its lede from before its time window, or one its lede
  recalls from a year or more before (``LEDE_BACKGROUND_DAYS``: "joined Provigo in 1985"), or one
  that only modifies a noun ("the ____ campaign"), or a card whose importance is below
  ``MIN_IMPORTANCE``;
- a date after the lede of a side event (``items.side_dates``): a predicate the headline and lede
  do not report, done by none of the story's actors ("a list issued on ____ included …").
- a figure after the lede of an earlier incident (``background_cards.earlier_incident_figure``):
  its sentence dates its event between a week and a year before the story's time ("an aftershock
  of a strong quake on March 26, which injured ____ people" in a report of an April quake);
- a figure after the lede that its sentence sets in another occasion ("In the other semifinal, …",
  "In another attack, …": ``side_items.another_occasion_figure``);
- a figure after the lede of another organisation (``items.side_items.side_figure``): its clause is
  about an organisation none of the story's actors, in a sentence naming none of them ("Separately,
  America West reported profit rose to ____" beside Delta's results).

A person is peripheral *to one article*: named in its headline, or often enough to be one of
the people the story is about (``ArticleSignals.centrality``), they are not.

The signs live in their own modules: ``items.peripheral_people`` (outside, one-scene, minor and
side voices, passing mentions), ``items.voxpop_cards`` (vox-pop voices and their scenes) and
``items.background_cards`` (dates, events, figures and quotes outside the story's time).
"""

from __future__ import annotations

from quizgen.items.background_cards import (
    background_date,
    background_event,
    background_quote,
    earlier_incident_figure,
    modifies,
    occasions_of,
    recalled_figure,
    same_value,
)
from quizgen.items.peripheral_people import (
    minor_voice,
    peripheral_person,
    side_voice,
    speaks_for_others,
)
from quizgen.items.place_figures import place_figure
from quizgen.items.ranking import MIN_IMPORTANCE, MODIFYING_BLANK, ArticleSignals, is_aside
from quizgen.items.side_dates import side_date
from quizgen.items.side_items import another_occasion_figure, side_figure, side_item
from quizgen.items.trivia import trivia_kind
from quizgen.items.voxpop_cards import card_in_voxpop_scene, voxpop_card

# Kinds of trivia that are the story's own in its lede (a market report leads on the day's move).
NEWS_IN_THE_LEDE = frozenset(["remark date", "market move", "speaker's date"])
# The trivia kind of a date's occasion (``DateFact.occasion``, read from the parse).
# (A figure's "occasion" is whether the parse reads it as a comparison's baseline.)
OCCASION_KINDS = {
    "report": "report date",
    "remark": "remark date",
    "period end": "period end",
    "speaker description": "speaker's date",  # "said Ana Ruiz, a nurse who spent Sunday night …"
    "baseline": "comparison date",  # "fell to 3.85 pct from five pct yesterday": the earlier level's day
    "day of writing": "day of writing",  # "Tuesday marks four weeks since …": the article's own day
    "state": "state's date",
    "term": "instrument term",  # "debentures due Oct. 15, 1999", "The record date is Nov. 9": a contract's schedule  # "On Friday, Trump was still miffed": how things stood, no act
    True: "comparison figure",
}


def worth_a_card(item, value: float, signals: dict[str, ArticleSignals] | None = None) -> bool:
    """Whether a card is worth studying at all (``not_worth`` gives no reason and its
    importance ``value`` reaches ``MIN_IMPORTANCE``)."""
    return not_worth(item, signals or {}) is None and value >= MIN_IMPORTANCE


def not_worth(item, signals: dict[str, ArticleSignals]) -> str | None:
    """Why a card is not worth studying ("trivia: market day", "peripheral: outside voice",
    "modifying date"), or None."""
    found = list(_articles(item, signals))
    if item.kind == "date" and (MODIFYING_BLANK.search(item.question) or (found and all(modifies(item, art, s) for s, art in found))):
        return "modifying date"
    kind = trivia_kind(item) or occasion_kind(item, found) or _the_story_s_year(item, found)
    # the day someone spoke is the news when the lede says it ("Paribas said ____ that it will
    # bid"), unless it is only the report's own day: "the minister said on Saturday" in
    # Saturday's report asks the date on the page, not a news event
    in_lede = any(_start(item, source) < art.lede_end for source, art in found)
    if kind == "remark date" and _the_report_s_day(item, found):
        return f"trivia: {kind}"
    if kind and not (kind in NEWS_IN_THE_LEDE and in_lede):
        return f"trivia: {kind}"
    shape = figure_shape(item, found)
    if shape:
        return f"trivia: {shape}"
    place = place_figure(item, [art.title for _, art in found])
    if place:
        return f"trivia: {place}"
    if item.kind == "date" and found and all(background_date(item, art, _start(item, source), source) for source, art in found):
        return "background date"
    if item.kind == "date" and found and all(side_date(item, art, source) for source, art in found):
        return "side event"
    if found and all(side_item(item, art, source) for source, art in found):
        return "side item"
    if item.kind == "number" and found and all(side_figure(item, art, source) for source, art in found):
        return "side figure"
    if item.kind == "number" and found and all(another_occasion_figure(item, art, source) for source, art in found):
        return "side figure: another occasion"
    if item.kind == "event" and found and all(background_event(item, art, source) for source, art in found):
        return "background event"
    if item.kind == "number" and found and all(recalled_figure(item, art, source) for source, art in found):
        return "background figure"
    if item.kind == "number" and found and all(earlier_incident_figure(item, art, source) for source, art in found):
        return "background figure: an earlier incident"
    if item.kind == "quote" and found and all(background_quote(item, art, source) for source, art in found):
        return "background quote"
    if item.kind == "person" and getattr(item, "as_of", None) and found and all(item.person in art.departed for _, art in found):
        return "departed: a role the story's time does not hold"
    if item.kind == "person" and _asks_a_bare_top_title(item):
        return "trivia: the top office's bare title"
    if item.kind in ("quote", "person") and found and all(voxpop_card(item, art, s) for s, art in found):
        return "peripheral: vox-pop"
    if item.kind in ("date", "number") and found and all(card_in_voxpop_scene(item, art, s) for s, art in found):
        return "peripheral: vox-pop scene"
    if item.kind in ("quote", "person") and found and all(speaks_for_others(item, art) for _, art in found):
        return "peripheral: spokesperson"
    if item.kind in ("quote", "person") and found and all(is_aside(item, art, _start(item, s)) for s, art in found):
        return "peripheral: aside"
    if item.kind == "quote" and found and all(side_voice(item, art, _start(item, s)) for s, art in found):
        return "peripheral: side voice"
    if item.kind in ("quote", "person") and found and all(minor_voice(item, art, _start(item, s)) for s, art in found):
        return "peripheral: minor voice"
    if item.kind == "person":
        reasons = [peripheral_person(item, art, _start(item, source)) for source, art in found]
        if reasons and all(reasons):
            return f"peripheral: {reasons[0]}"
    return None


# A country's top offices as a bare title, with no country or body named: what every reader of
# the news knows its holder by.
BARE_TOP_TITLES = frozenset(["president", "prime minister"])


def _asks_a_bare_top_title(item) -> bool:
    """Whether a role card asks the bare title of the office its person holds at the top of a
    state ("In April 2014, Barack Obama was the ____." → "President", j193 and j195: four readers
    of five called it general knowledge, its evidence any sentence that writes "President Obama").
    A title that says whose ("Prime Minister of India"), and a card asking who held it, stay."""
    role = getattr(item, "role", None)
    return bool(role) and item.answer == role and role.lower() in BARE_TOP_TITLES


def occasion_kind(item, found: list[tuple[str, ArticleSignals]]) -> str | None:
    """The kind of trivia a date card's parse shows: "report date" when the date is that of a
    publication in every report of it ("USA Today reported in October", "according to a report
    Tuesday"), "remark date" when it is that of another communication act ("said on Tuesday",
    "declined to comment on Monday", "in a statement issued Friday"), "period end" when it ends
    an accounting period or a tally ("the quarter ended Sept. 30", "through Oct. 19"); for a
    number card, "comparison figure" when the parse reads the figure as what the news is compared
    with ("In the year-earlier period, Norton Co. had net of ____", "up 39% from ____"); None for a date of an event, or a card that is no date.
    The occasion is read from each article's parse (``ArticleSignals.date_occasions``)."""
    if item.kind not in ("date", "number") or not found:
        return None
    kinds = set()
    for source, art in found:
        occasions = occasions_of(item, art, source)
        if not occasions or "" in occasions:
            return None  # an event's date in this report
        kinds |= {OCCASION_KINDS.get(o) for o in occasions}
    if None in kinds:
        return None
    # every reading is trivia ("On Friday, Trump was still miffed. Trump said Friday …": a
    # state's and a remark's day); one that is trivia even in the lede says it
    return min(kinds, key=lambda k: (k in NEWS_IN_THE_LEDE, k))


def _the_story_s_year(item, found: list[tuple[str, ArticleSignals]]) -> str | None:
    """"story's own year" for a date card answered by a year alone that is the publication
    year of every article it is read from ("profits were squeezed in ____" → 1989 in a 1989
    report): as "this year" is (``trivia.OWN_YEAR``), whatever the article wrote, the card asks
    the year the article appeared; else None."""
    if item.kind != "date" or len(item.value) != 4 or not found:
        return None
    same = all(art.published is not None and art.published.year == int(item.value) for _, art in found)
    return "story's own year" if same else None


def _the_report_s_day(item, found: list[tuple[str, ArticleSignals]]) -> bool:
    """Whether a date card's day is the publication day of every article it is read from."""
    return bool(found) and all(art.published is not None and item.value == art.published.isoformat() for _, art in found)


def figure_shape(item, found: list[tuple[str, ArticleSignals]]) -> str | None:
    """For a number card, "range end", "breakdown" or "inventory" when every report of its figure gives it as
    one bound of a range or a list's minor entry (``items.figure_shapes``), else None."""
    if item.kind != "number" or not found:
        return None
    shapes = set()
    for source, art in found:
        spans = [(e.start, e.end) for e in item.evidence if e.source == source]
        here = {
            shape
            for at, value, shape in art.figure_shapes
            if same_value(value, item.value) and any(s <= at < e for s, e in spans)
        }
        if len(here) != 1:
            return None
        shapes |= here
    return shapes.pop() if len(shapes) == 1 else None



def _articles(item, signals: dict[str, ArticleSignals]):
    for source in sorted({e.source for e in item.evidence}):
        if source in signals:
            yield source, signals[source]


def _start(item, source: str) -> int:
    return min(e.start for e in item.evidence if e.source == source)
