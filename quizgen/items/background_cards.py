"""Whether a date, event, figure or quote card is the story's background rather than its news:
dated outside the story's time (its publication day and the days its headline and lede give),
or a year that only qualifies a noun. Moved from ``items.worth``."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right

from quizgen.extract.date_predicates import MODIFIER
from quizgen.items.ranking import ArticleSignals, content_words

# The story's time: from NEWS_DAYS_BEFORE days before an anchor (the publication day, a date of the
# headline or lede) to NEWS_DAYS_AFTER days after. Dev key-fact dates lie from 35 days before
# publication (an embassy bombing recalled five weeks on) to 7 days after; judged dev dates worth
# learning from 29 days before to 38 after (a redemption date in a lede); dates readers called
# background 142-606 days before (a book's year, an earlier gaffe's month, a rescue) or 99 days
# after (a scheduled caucus).
NEWS_DAYS_BEFORE = 45
NEWS_DAYS_AFTER = 60
# A date that only describes a place, thing or person the story names (a relative clause: "the
# nightclub, where 49 people were killed June 12") is background when it lies more than this
# many days before the story's time: the week's news can be told that way, the month before's not.
DESCRIPTION_DAYS_BEFORE = 7
# A date or event the lede itself gives is the story's news, unless it lies this many days or more
# before the story's time: "Mr. Lortie joined Provigo in 1985" beside the news of his resignation
# is how the lede introduces him (dev notes, j9). A year back, a lede recalls; it does not report.
LEDE_BACKGROUND_DAYS = 365  # (before only: a later date in the lede is what is to come)
# A figure whose sentence dates its event more than this many days before the story's time is of
# an earlier incident (``earlier_incident_figure``): a quake ten days before, a crash a year back.
EARLIER_INCIDENT_DAYS = DESCRIPTION_DAYS_BEFORE
# The occasions of a date that date an event of the figure's sentence (``DateFact.occasion``).
EVENT_OCCASIONS = frozenset(["", "description"])


def same_value(fact_value, item_value) -> bool:
    """A fact's value and an item's (a range is a tuple in one, a list in the other)."""
    if isinstance(fact_value, (tuple, list)) and isinstance(item_value, (tuple, list)):
        return list(fact_value) == list(item_value)
    return fact_value == item_value


def background_date(item, art: ArticleSignals, start: int, source: str) -> bool:
    """A date the story recalls or looks ahead to after its lede, outside its time window
    (``outside_the_story_s_time``): "in 1987", "in May 2014", "on Jan. 3" of years before; or
    one that only describes something the story names, over ``DESCRIPTION_DAYS_BEFORE`` days
    before its time ("the nightclub, where 49 people were killed June 12")."""
    if start < art.lede_end:
        return _recalled_in_the_lede(item.value, art)
    if outside_the_story_s_time(item.value, art):
        return True
    return occasions_of(item, art, source) == {"description"} and outside_the_story_s_time(
        item.value, art, before=DESCRIPTION_DAYS_BEFORE
    )


def occasions_of(item, art: ArticleSignals, source: str) -> set:
    """What the parse says a card's date is the date of in one article (its occasions), or
    for a number card whether it reads its figure as a comparison's baseline."""
    spans = [(e.start, e.end) for e in item.evidence if e.source == source]
    read = art.date_occasions if item.kind == "date" else art.figure_baselines
    return {
        occasion
        for at, value, occasion in read
        if same_value(value, item.value) and any(start <= at < end for start, end in spans) and occasion != MODIFIER
    }


def modifies(item, art: ArticleSignals, source: str) -> bool:
    """Whether a date card's value stands in one article only as a year qualifying a noun ("the
    2014 elections": the parse's occasion "modifier"), never as an event's date."""
    spans = [(e.start, e.end) for e in item.evidence if e.source == source]
    read = {occasion for at, value, occasion in art.date_occasions if value == item.value and any(s <= at < e for s, e in spans)}
    return read == {MODIFIER}


def background_event(item, art: ArticleSignals, source: str) -> bool:
    """An event after the lede that its own sentence dates outside the story's time ("In 2014,
    the United States began airstrikes"), or with no date of its own, a year qualifying one of
    its sentence's nouns ("in the run-up to the 2014 elections": ``DateFact.occasion`` "modifier"):
    the story's background, not its news. In the lede, a card whose verb stands in the present
    ("____ is accused of killing nine people … in June 2015") tells a state of the story's time:
    a date of another predicate (the killing) does not make it background (``_dates_its_act``)."""
    spans = [(e.start, e.end) for e in item.evidence if e.source == source]
    dated = [value for at, value in art.dates if any(start <= at < end for start, end in spans)] or [
        value for at, value, occasion in art.date_occasions if occasion == MODIFIER and any(start <= at < end for start, end in spans)
    ] or [year for at, year in art.event_decades if any(start <= at < end for start, end in spans)]
    if min(start for start, _ in spans) < art.lede_end:
        return bool(dated) and all(
            _recalled_in_the_lede(value, art) and _dates_its_act(item, value, art, spans) for value in dated
        )
    return bool(dated) and all(outside_the_story_s_time(value, art) for value in dated)


# A decade as a time ("in the early 1980s", "during the mid-1970s", "the '60s"), with the part of
# it the word before names: its last year is the decade's last year, or the third, sixth or ninth.
_DECADE = re.compile(r"(?:\b(early|mid|late)[\s-]+)?(?:(1[89]|20)(\d)0|[’'](\d)0)['’]?s\b", re.IGNORECASE)
_DECADE_PART_END = {"early": 3, "mid": 6, "late": 9, None: 9}


def decade_end(time: str) -> str | None:
    """The last year (ISO) of a decade an event's time names, or None when the time names none:
    "the early 1980s" → "1983", "the 1970s" → "1979". An event dated so before the story's time
    is its background ("Somalia opened its economy to private investment in the early 1980s",
    j91: no date fact reads a decade, so the card was taken for news)."""
    m = _DECADE.search(time)
    if m is None or m.group(4):
        return None  # "the '60s": which century, the year does not say
    part = m.group(1).lower() if m.group(1) else None
    return f"{m.group(2)}{m.group(3)}{_DECADE_PART_END[part]}"


def _dates_its_act(item, value: str, art: ArticleSignals, spans: list[tuple[int, int]]) -> bool:
    """Whether a lede date dates what an event card asks: not when the card's verb stands in the
    present in its sentence (``ArticleSignals.present_clauses``) and the parse ties every
    mention of the date in the card's sentence to another predicate ("is accused of [killing]
    … in June 2015"). "Lortie joined Provigo in 1985" dates the joining itself."""
    verb = getattr(item, "verb", None)
    if not verb or not any(start <= at < end and v == verb for at, v in art.present_clauses for start, end in spans):
        return True
    predicates = {p for at, v, p, _ in art.date_predicates if v == value and any(start <= at < end for start, end in spans)}
    return not predicates or verb in predicates


def recalled_figure(item, art: ArticleSignals, source: str) -> bool:
    """A figure the parse dates a year or more before the story's time (``_recalled``;
    ``extract.figure_times``: a date of its own clause or of the noun phrase it counts):
    "Hochsprung was one of 26 people killed in the December 2012 shooting" in a story of 2016,
    "had 6,000 crimes in 2014, including 80 murders": a toll or a count the story recalls to set
    its news against. A date of another clause does not date it ("joined when Paribas was
    denationalized in 1987, and now holds under 5%"); "in February" of the story's year is still
    its time, as is a date to come (a projection). A figure of what the headline is about is
    the story's, however old ("killing nine people in June 2015" under "Charleston Church Shooting
    Survivors …"): the figure's clause shares a content word with the headline (not merely its
    sentence: "Bin Laden and Kopp replace two agents charged in the 1988 bombing … that killed 259
    people" under "Bin Laden, Kopp on Most-Wanted List" recalls an old toll)."""
    spans = [(e.start, e.end) for e in item.evidence if e.source == source]
    if content_words(_figure_s_clauses(item, art, source)) & content_words(art.title):
        return False
    dated = []
    for at, value, dates in art.figure_dates:
        if not (same_value(value, item.value) and any(s <= at < e for s, e in spans)):
            continue
        for start, end, _text in dates:
            read = [v for offset, v in art.dates if start <= offset < end]
            # a year the date reader keeps as a modifier ("the December 2012 shooting") still dates it
            dated += read or [v for offset, v, occasion in art.date_occasions if occasion == MODIFIER and start <= offset < end]
    return bool(dated) and all(_recalled(value, art) for value in dated)


def earlier_incident_figure(item, art: ArticleSignals, source: str) -> bool:
    """A figure after the lede whose sentence dates its event between a week and a year before
    the story's time: "an aftershock of a strong quake on March 26, which injured ____ people"
    in a report of an April quake, "crashed on Dec. 6, 2005, killing ____ people" in a story of
    a crash in November 2006. The story's own incident is dated in its time (its publication
    day, its lede's days); an event its sentence dates well before that is another one, recalled
    beside the news, even when it is of the headline's kind (a quake, a crash), when the sentence
    introduces it as a new one (``FigureFact.new_occasion_dates``: "a strong quake on March 26",
    "An Iranian aircraft crashed on …"); told definite or bare, it is the story's own, recalled
    weeks on ("The bombings on Aug. 7 killed ____ people" under "… embassy bombings"). A year or more
    back is ``recalled_figure``'s (which keeps an old toll of what the headline is about). The
    sentence's dates are the days of events and descriptions (``DateFact.occasion`` "" or
    "description"; a year or a month is a period's: "profit in 2015"); a day the sentence gives in
    the story's time, whatever it dates ("said Tuesday"), keeps the figure, as does a period's
    end, a term or a report's day alone: "the quarter ended Sept. 30" dates the story's results."""
    spans = [(e.start, e.end) for e in item.evidence if e.source == source]
    if not spans or min(s for s, _ in spans) < art.lede_end:
        return False
    anchors = _anchors(art)
    if not anchors:
        return False
    read = [(at, value, occasion) for at, value, occasion in art.date_occasions if any(s <= at < e for s, e in spans)]
    new = [
        (start, end)
        for at, value, dates in art.figure_new_dates
        if same_value(value, item.value) and any(s <= at < e for s, e in spans)
        for start, end in dates
    ]
    # an incident's day, not a year's or a month's ("profit in 2015", "sales in September" are a
    # period's figures, which a story reports weeks after the period ends), told as a new one
    events = [
        value
        for at, value, occasion in read
        if occasion in EVENT_OCCASIONS and len(value) == 10 and any(start <= at < end for start, end in new)
    ]
    if not events or any(not _before(value, anchors, EARLIER_INCIDENT_DAYS) for _, value, _ in read):
        return False
    # a year or more back (of every anchor) is recalled_figure's; the headline's year is the story's
    return not any(value[:4] in art.title or _before(value, anchors, LEDE_BACKGROUND_DAYS) for value in events)


def _before(value: str, anchors: list[dt.date], days: int) -> bool:
    """Whether an ISO date ends more than ``days`` days before every anchor."""
    last = _span(value)[1]
    return all(last < anchor - dt.timedelta(days=days) for anchor in anchors)


def _figure_s_clauses(item, art: ArticleSignals, source: str) -> str:
    """The words of the clause each reading of a number card's figure stands in (its sentence
    when the parse gave none, or in the lede): "that killed 259 people on the plane" of "Bin Laden and Kopp
    replace two agents charged in the 1988 bombing of Pan Am Flight 103 that killed 259 people":
    the headline's names in the sentence's main clause do not make the old toll the story's."""
    words = []
    for e in item.evidence:
        if e.source != source:
            continue
        if e.start < art.lede_end:
            words.append(e.text)  # the lede's sentence is the story's news, whichever clause
            continue
        clauses = [c for at, value, c in art.figure_clauses if same_value(value, item.value) and e.start <= at < e.end]
        words += [e.text[max(s, e.start) - e.start : min(t, e.end) - e.start] for s, t in clauses] or [e.text]
    return " ".join(words)


def background_quote(item, art: ArticleSignals, source: str) -> bool:
    """A quote its attribution dates outside the story's time ("he said in 2012" in a story of
    2015): what a speaker said then is background to what the story reports now. The date is a
    remark's (``DateFact.occasion``) within the quotation's attribution or within the run of
    quotations of one speaker it continues ('… he said in 2012. "Conflicts continue."'), not
    within the quoted words; a quotation no such date stands by is the story's own."""
    spans = [(e.start, e.end) for e in item.evidence if e.source == source]
    runs = _quotation_runs(art.voices, art.paragraph_starts)
    dated = [
        value
        for start, end in runs
        if any(start <= s < end for s, _ in spans)
        for at, value, occasion in art.date_occasions
        if occasion == "remark" and start <= at < end
        # a date the speaker's words give ("reminds me of Reagan's trip in 1985") is not when they spoke
        and not any(q_start <= at < q_end for q_start, q_end in art.quotations)
    ]
    return bool(dated) and all(_recalled(value, art) for value in dated)


def _quotation_runs(voices, paragraph_starts: tuple[int, ...] = ()) -> list[tuple[int, int]]:
    """(start, end) of each run of one speaker's quotations in one paragraph, each beginning
    within a few characters of the last one's end (no one else's words between)."""
    runs: list[list] = []
    for start, end, speaker, _ in sorted(set(voices)):
        same_paragraph = runs and bisect_right(paragraph_starts, runs[-1][0]) == bisect_right(paragraph_starts, start)
        if same_paragraph and runs[-1][2] == speaker and 0 <= start - runs[-1][1] <= 3:
            runs[-1][1] = max(runs[-1][1], end)
        else:
            runs.append([start, end, speaker])
    return [(start, end) for start, end, _ in runs]


def _recalled_in_the_lede(value: str, art: ArticleSignals) -> bool:
    """Whether a date the lede gives lies ``LEDE_BACKGROUND_DAYS`` or more before the story's
    time and is not the headline's: the lede recalls it to introduce someone or something."""
    return _recalled(value, art)


def _recalled(value: str, art: ArticleSignals) -> bool:
    """Whether a date lies ``LEDE_BACKGROUND_DAYS`` or more before the story's time and is not
    the headline's year: a story recalls it, it does not report it."""
    if value[:4] in art.title:
        return False
    # only the past: a lede's later date is what is to come ("the tour will leave in 2017")
    return outside_the_story_s_time(value, art, before=LEDE_BACKGROUND_DAYS) and all(
        _span(value)[1] < anchor for anchor in _anchors(art)
    )


def outside_the_story_s_time(value: str, art: ArticleSignals, *, before: int = NEWS_DAYS_BEFORE) -> bool:
    """Whether an ISO date (``2014``, ``2014-05``, ``2014-05-03``) lies wholly outside every
    window around the story's anchors: its publication day and the dates its headline and
    lede give. An article without a date has no window: nothing is outside it."""
    anchors = _anchors(art)
    if not anchors:
        return False
    first, last = _span(value)
    earliest, after = dt.timedelta(days=before), dt.timedelta(days=NEWS_DAYS_AFTER)
    return all(last < anchor - earliest or first > anchor + after for anchor in anchors)


def _anchors(art: ArticleSignals) -> list[dt.date]:
    """The days the story's time is read around: its publication day and its lede's days (a
    year or a month in the lede is too coarse to anchor it). A lede day ``LEDE_BACKGROUND_DAYS``
    or more before the publication day is itself recalled ("the attacks of Sept. 11, 2001" in a
    2015 story): it anchors nothing, or every date it recalls beside it would be the story's time."""
    days = [_span(v)[0] for v in art.lede_dates if len(v) == 10]
    if not art.published:
        return days
    recent = art.published - dt.timedelta(days=LEDE_BACKGROUND_DAYS)
    return [day for day in days if day > recent] + [art.published]


def _span(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day an ISO date at its precision covers ("2014-05" → May 1-31)."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return dt.date(parts[0], parts[1], 1), following - dt.timedelta(days=1)
    day = dt.date(*parts)
    return day, day
