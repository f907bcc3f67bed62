"""Wrong dates a reader of the story cannot rule out by their pattern.

- a year of a recurring event (a presidential primary, the Olympics, a census) gets other years
  of its cycle: "the 2008 New Hampshire presidential primary" → 2004, 2012, 2000, never 2011 —
  when the year is one the event is held in (``constants.CYCLE_PHASES``): "the Census Bureau
  says Millennials surpassed Boomers in 2015" dates no census, and gets near years, not 1985.
  The cycle comes from ``constants.RECURRING_EVENTS`` (a word of the sentence's parse), or for
  a word whose cycle depends on the country ("election") from the deck's other years of the same
  event: 2008, 2012 and 2016 elections in one deck → a four-year cycle; an election of the US
  Congress (an election word beside "Senate", "Sen.", "House" or "Congress") in an even year →
  two years (``constants.CONGRESS_ELECTION_WORDS``);
- a day on a working day (Monday–Friday: trading, votes, announcements) gets working days, so
  that no option falls on a Sunday the stock market was shut;
- no option is a month, year or day the question itself names ("fell during ____ and November"
  offers no November), and a year the sentence pairs with another ("late ____ or early 2008",
  "between 2003 and ____", "from ____ to 2010") gets options on its side of that year; when the
  pair says the year outright ("late ____ or early 2008" is 2007), no card;
- in a story with no publication date, a past event's options never fall after the last year
  the story gives (``future_wording`` tells a future event by its words);
- the answer's place among its options is drawn, not left to the bounds (``balanced``): a past
  event told "last month" may have one option after it and many before, and three before it
  made the answer the latest of four every time (j88: "February 1987" among three 1986 months).
"""

from __future__ import annotations

import datetime as dt
import math
import random
import re
from collections.abc import Iterable

from quizgen.constants import (
    CONGRESS_ELECTION_WORDS,
    CYCLE_PHASES,
    ELECTION_WORDS,
    RECURRING_EVENTS,
)
from quizgen.extract.dates import find_candidates, resolve_all
from quizgen.extract.number_words import ORDINAL_WORDS
from quizgen.items.wording import BLANK

MAX_CYCLE = 10  # a deck-read cycle longer than this is no cycle but chance


def sentence_words(fact, body: str) -> set[str]:
    """The words of a date's sentence and the lemmas of its parse ("primaries" → "primary"), and
    the cycle names of two words it writes ("the World Cup in ____")."""
    text = " ".join(body[fact.sent_start : fact.sent_end].lower().split())
    phrases = {p for p in _CYCLE_PHRASES if re.search(rf"\b{re.escape(p)}\b", text)}
    if "white house" in phrases and not _RACE_FOR_THE_WHITE_HOUSE.search(text):
        phrases.discard("white house")  # "former White House aides" (j208): the executive, no race for it
    return set(re.findall(r"[a-z][a-z\-]*", text)) | {w.lower() for w in fact.event} | phrases


_CYCLE_PHRASES = frozenset(k for k in RECURRING_EVENTS if " " in k)
# The White House as what a presidential race is for ("win the White House in 2016", "the race for
# the White House"), not the executive that sits there ("White House aides", "told the White House").
_RACE_FOR_THE_WHITE_HOUSE = re.compile(
    r"\b(?:win|wins|won|winning|take|takes|took|taking|retake|retaking|reclaim|reclaiming|capture|capturing|keep|keeping|"
    r"kept|hold|holding|held|retain|retaining|retained|lose|losing|lost|race for|run for|running for|bid for|campaign for|"
    r"path to|road to|return to|back to|occupy)\s+the\s+white house\b"
)


def cycle_of(words: Iterable[str], answer: int, deck_years: dict[str, set[int]]) -> int | None:
    """Years between two holdings of the event the sentence names (``words``: its words and
    lemmas), or None. ``deck_years``: cycle word → the years the deck's sentences date it to."""
    words = sorted(set(words))
    fixed = [RECURRING_EVENTS[w] for w in words if RECURRING_EVENTS.get(w) and in_phase(w, answer)]
    if fixed:
        return max(fixed)
    if answer % 2 == 0 and ELECTION_WORDS.intersection(words) and CONGRESS_ELECTION_WORDS.intersection(words):
        return 2
    for word in words:
        if word in RECURRING_EVENTS:
            gaps = [abs(y - answer) for y in deck_years.get(word, ()) if y != answer]
            period = math.gcd(*gaps) if len(gaps) >= 2 else 0
            if 2 <= period <= MAX_CYCLE:
                return period
    return None


def in_phase(word: str, year: int) -> bool:
    """Whether the event a cycle word names is held in ``year`` (``CYCLE_PHASES``; a word of no
    known phase: any year)."""
    every, remainder = CYCLE_PHASES.get(word, (1, 0))
    return year % every == remainder


def cycle_years(answer: int, period: int, rng: random.Random, *, not_after: str | None, not_before: str | None) -> list[str]:
    """Years of the cycle around ``answer``, the nearest first (each pair in seeded order),
    within the publication bounds (ISO dates at any precision)."""
    out = []
    for k in range(1, 7):
        pair = [answer - k * period, answer + k * period]
        rng.shuffle(pair)
        out += [str(y) for y in pair if 1000 <= y <= 2999]
    low = int(not_before[:4]) if not_before else None
    high = int(not_after[:4]) if not_after else None
    return [y for y in out if (low is None or int(y) >= low) and (high is None or int(y) <= high)]


def deck_cycle_years(facts: Iterable, bodies: dict[str, str]) -> dict[str, set[int]]:
    """Cycle word → the years (year-precision dates) of the deck's sentences naming it."""
    out: dict[str, set[int]] = {}
    for f in facts:
        if len(f.value) == 4 and f.value.isdigit():
            for w in sentence_words(f, bodies[f.article_id]) & RECURRING_EVENTS.keys():
                out.setdefault(w, set()).add(int(f.value))
    return out


def same_kind_of_day(answer: str, options: Iterable[str]) -> list[str]:
    """Options of a working-day answer that are working days too (others as they are)."""
    options = list(options)
    if answer.count("-") != 2 or dt.date.fromisoformat(answer).weekday() >= 5:
        return options
    return [o for o in options if o.count("-") != 2 or dt.date.fromisoformat(o).weekday() < 5]


_DEADLINE_BEFORE_BLANK = re.compile(
    r"\b(?:by|until|till|through|before|ended|ending|(?:quarter|half|year|month)\s+end(?:\s+on)?)\s+" + re.escape(BLANK), re.IGNORECASE
)


def month_end_deadline(answer: str, question: str) -> bool:
    """Whether the answer is a deadline or a period's close on the last day of its month ("by
    ____" for "by December 31, 1989"), whose alternatives are other months' ends, not the days
    around it (j75: "2 January 1990" is no deadline anyone sets). A day of an act that happens
    to end a month ("began on ____" for a Tuesday, 31 October) keeps the days around it."""
    if answer.count("-") != 2 or not _DEADLINE_BEFORE_BLANK.search(question):
        return False
    day = dt.date.fromisoformat(answer)
    return (day + dt.timedelta(days=1)).day == 1


# The period a close on the blank ends ("in the quarter ended ____", "the year ending ____", "the
# quarter end ____"), and how many months apart two of its closes fall.
_PERIOD_BEFORE_BLANK = re.compile(
    r"\b(quarter|half|half-year|year|month)\s+(?:that\s+|which\s+)?(?:end|ends|ended|ending)(?:\s+on)?\s+" + re.escape(BLANK),
    re.IGNORECASE,
)
_PERIOD_MONTHS = {"quarter": 3, "half": 6, "half-year": 6, "year": 12, "month": 1}


def period_step(question: str) -> int:
    """How many months apart the closes of the period the blank ends lie: a quarter's end is
    three months from another's ("the quarter end ____" for 31 December 1986: 30 September or 30
    June, never 24 December or 6 January, j91), a year's twelve; 1 for any other month's end."""
    m = _PERIOD_BEFORE_BLANK.search(question)
    return _PERIOD_MONTHS[m.group(1).lower()] if m else 1


def period_months(answer: str, step: int, rng: random.Random) -> list[str]:
    """ISO months ``step`` months apart from the answer's (a multiple of it), the nearer half first
    (each half in seeded order), as ``distractors.perturb_date`` orders months."""
    year, month = (int(p) for p in answer[:7].split("-"))
    spread = {6: 4}.get(step, 6)  # up to a year and a half of quarters, two years of halves, six years
    near = [k for k in range(-spread, spread + 1) if k]
    rng.shuffle(near)
    near.sort(key=lambda k: abs(k) > spread // 2)
    out = []
    for k in near:
        total = year * 12 + month - 1 + k * step
        out.append(f"{total // 12:04d}-{total % 12 + 1:02d}")
    return out


# The period that opens on the blank ("the year, which starts ____", "the quarter beginning ____").
_PERIOD_OPENING_ON_BLANK = re.compile(
    r"\b(quarter|half|half-year|year|month|season)\b[^.;]{0,25}?\b(?:starts|begins|started|began|starting|beginning)"
    r"(?:\s+on)?\s+" + re.escape(BLANK),
    re.IGNORECASE,
)


def period_start(answer: str, question: str) -> int:
    """How many months apart the openings of the period the blank opens lie, or 0 when the blank
    opens none: a year or a quarter opens on a quarter's first day ("the year, which starts on
    ____" for 1 April 1987: 1 January or 1 July, never 26 or 31 March, j92), a half on a half's,
    a month on any month's."""
    if answer.count("-") != 2 or not answer.endswith("-01"):
        return 0
    m = _PERIOD_OPENING_ON_BLANK.search(question)
    if m is None:
        return 0
    return {"half": 6, "half-year": 6, "month": 1}.get(m.group(1).lower(), 3)


def month_starts(months: Iterable[str], *, not_after: str | None = None, not_before: str | None = None) -> list[str]:
    """The first day of each ISO month, in order, inside the bounds (ISO, any precision)."""
    out = []
    for m in months:
        first = f"{m}-01"
        if not_after and first[: len(not_after)] > not_after or not_before and first[: len(not_before)] < not_before:
            continue
        out.append(first)
    return out


def month_ends(months: Iterable[str], *, not_after: str | None = None, not_before: str | None = None) -> list[str]:
    """The last day of each ISO month, in order, inside the bounds (ISO, any precision)."""
    out = []
    for m in months:
        year, month = (int(p) for p in m.split("-"))
        last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()
        if not_after and last[: len(not_after)] > not_after or not_before and last[: len(not_before)] < not_before:
            continue
        out.append(last)
    return out


_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)


def month_said(question: str, month: int) -> bool:
    """Whether the question writes the month (its name or its abbreviation with a dot, "Nov."),
    capitalised and not as its first word ("May" opening a sentence may be the verb)."""
    name = _MONTHS[month - 1]
    forms = [name] + ([name[:3] + ".", name[:4] + "."] if len(name) > 4 else [])
    return any(m.start() > 0 for f in forms for m in re.finditer(rf"(?<![\w.]){re.escape(f)}(?!\w)", question))


def named_by_question(question: str, option: str, answer: str) -> bool:
    """Whether the question's own words name ``option`` (ISO) where the answer's are not: a
    month's name ("during ____ and November": November is no alternative to October), a year's
    digits ("late ____ or early 2008": no 2008), a day's month and number ("November 3")."""
    parts = option.split("-")
    said = question.replace(BLANK, " ")
    if len(parts) == 1:
        return re.search(rf"(?<![\d.,]){parts[0]}(?![\d])", said) is not None
    month, answer_month = int(parts[1]), int(answer.split("-")[1]) if answer.count("-") >= 1 else 0
    if len(parts) == 2:
        return month != answer_month and month_said(said, month)
    day = int(parts[2])
    name = _MONTHS[month - 1]
    # "the 4th of July", "the Fourth of July" (j227: "after a recess for the 4th of July holiday"
    # offered 4 July) as well as "July 4" and "4 July"
    ordinal = "|".join([rf"{day}(?:st|nd|rd|th)", *(w for w, n in ORDINAL_WORDS.items() if n == day)])
    return re.search(
        rf"\b(?:{name}|{name[:3]}\.?)\s+{day}\b|\b{day}\s+(?:{name}|{name[:3]}\.?)\b|\b(?i:{ordinal})\s+of\s+{name}\b",
        said,
    ) is not None


# Words a year pair is written with, either side of "or"/"and"/"to" ("late 2007 or early
# 2008", "the end of 2007 or the beginning of 2008"): the pair is two adjacent years.
_SEASON = r"(?:(?:late|early|mid|the\s+(?:end|start|beginning|middle)\s+of)[\s-]+)?"
_LINK = r"(?:or|and|to|through|until|till|-|–|—)"
_YEAR = r"(1\d{3}|2\d{3})"
_LATE = r"(?:late|the\s+end\s+of)\s+"
_EARLY = r"(?:early|the\s+(?:start|beginning)\s+of)\s+"
# Words that set the blank's figure against an earlier one ("down from 12.3% in 2003").
_COMPARED = r"(?:compared\s+(?:with|to)|down\s+from|up\s+from|against|after)"


def paired_year(question: str, answer: int) -> tuple[int | None, int | None, bool]:
    """(low, high, told) for a year blanked beside another year the sentence pairs it with:
    "between 2003 and ____", "from 2003 to ____", "____ … down from 12.3% in 2003" → low 2003
    (options after it); "____ or early 2008", "between ____ and 2010", "from ____ to 2010",
    "____-2010" → high (options before it).
    ``told``: the pair's words name the blank ("late ____ or early 2008" is 2007, "late 2007
    or early ____" 2008), so the question answers itself."""
    low = high = None
    blank = re.escape(BLANK)
    after = re.search(rf"{blank}\s*{_LINK}\s*{_SEASON}{_YEAR}\b", question)
    if after and int(after.group(1)) > answer:
        high = int(after.group(1))
    before = re.search(rf"\b(?:between|from)\s+{_SEASON}{_YEAR}\s*{_LINK}\s*{_SEASON}{blank}", question) or re.search(
        rf"{_LATE}{_YEAR}\s+or\s+{_EARLY}{blank}", question
    )
    if before and int(before.group(1)) < answer:
        low = int(before.group(1))
    compared = re.search(rf"{blank}(?:[^.;]|\.\d)*?\b{_COMPARED}\b(?:[^.;]|\.\d){{0,60}}?\bin\s+{_YEAR}\b", question)
    if low is None and compared and int(compared.group(1)) < answer:
        # "growth for the whole of ____ was 1.6%, after a year of contraction in 2003", "… was 11.5%,
        # down from 12.3% in 2003" (j66, j67): the blank's year is the later one; options after 2003
        low = int(compared.group(1))
    told = bool(
        (high == answer + 1 and re.search(rf"{_LATE}{blank}\s+or\s+{_EARLY}{high}\b", question))
        or (low == answer - 1 and re.search(rf"{_LATE}{low}\s+or\s+{_EARLY}{blank}", question))
    )
    return low, high, told


_MONTH_NAME = "(" + "|".join(_MONTHS) + r")"


def paired_month(question: str, answer: str) -> tuple[str | None, str | None]:
    """(low, high) as "YYYY-MM" for a month blanked beside another month the sentence pairs it
    with: "between August and ____", "from August 2001 to ____", "January through ____", "rose in
    ____ from January" → low (options after it); "between ____ and November", "from ____ to November 2001" → high
    (options before it). A month written without a year is of the answer's year."""
    low = high = None
    blank = re.escape(BLANK)
    year = answer[:4]

    def iso(month: str, written_year: str | None) -> str:
        return f"{written_year or year}-{_MONTHS.index(month) + 1:02d}"

    before = re.search(rf"\b(?:between|from)\s+{_SEASON}{_MONTH_NAME}(?:\s+{_YEAR})?\s*{_LINK}\s*{_SEASON}{blank}", question)
    # "for January through ____" (j80), "January-____": a run of months needs no "from"
    before = before or re.search(rf"\b{_MONTH_NAME}(?:\s+{_YEAR})?\s*(?:through|thru|–|-)\s*{blank}", question)
    if before:
        low = iso(before.group(1), before.group(2))
    after = re.search(rf"\b(?:between|from)\s+{_SEASON}{blank}\s*{_LINK}\s*{_SEASON}{_MONTH_NAME}(?:\s+{_YEAR})?", question)
    if after:
        high = iso(after.group(1), after.group(2))
    compared = re.search(
        rf"{blank}[^;]{{0,120}}?\b(?:from|{_COMPARED})\b[^;]{{0,60}}?\b{_MONTH_NAME}(?:\s+{_YEAR})?\b", question
    )
    if low is None and compared:
        # "rose 1.4 pct in ____ … from January", "fell to 2.41 mln in ____ from 2.49 mln in
        # February" (Reuters, j73): the month set against the blank's is the earlier one
        low = iso(compared.group(1), compared.group(2))
    return (low if low and low < answer[:7] else None), (high if high and high > answer[:7] else None)


def within(options: Iterable[str], low: int | None, high: int | None) -> list[str]:
    """Year options strictly between ``low`` and ``high`` (either may be None)."""
    return [o for o in options if (low is None or int(o[:4]) > low) and (high is None or int(o[:4]) < high)]


# Words that put a dated act in the future ("will start talks in ____", "is due to", "plans to").
_FUTURE = re.compile(
    r"\b(?:will|would|’ll|'ll|shall|next|upcoming|is to|are to|scheduled|plans? to|expected to|set to"
    # "due to" + a verb ("due to open in ____"), never the cause's "due to" + a noun phrase ("slipped
    # 11% during ____, mainly due to the weakness of the dollar")
    r"|due to (?!(?:the|a|an|its|his|her|their|our|this|that|these|those|some|strong|weak|weaker|poor|high|higher|low|lower|rising|falling)\b)[a-z]+(?<!s)(?<!ing)(?<!ed)"
    # forecasts and expectations look ahead ("has forecast growth of 1.9% in ____", "analysts
    # expect it to debut in ____", "is projecting a 15% rise for ____")
    r"|forecast|forecasting|expects?|expecting|predicts?|predicting|projecting|projected)\b",
    re.IGNORECASE,
)


def balanced(values: list[str], answer: str, rng: random.Random, *, wrong: int) -> list[str]:
    """``values`` (ISO, the answer's precision, best first) reordered so that the first
    ``wrong`` hold a drawn number of options after the answer (each side's best first): the
    answer is as likely to be any place of the four as the options on each side allow."""
    after = [v for v in values if v > answer]
    before = [v for v in values if v < answer]
    low, high = max(0, wrong - len(before)), min(wrong, len(after))
    if low > high:
        return values
    k = rng.randint(low, high)
    first = after[:k] + before[: wrong - k]
    return first + [v for v in values if v not in first]


def future_wording(question: str) -> bool:
    """Whether a date card's question words its act as to come ("will start accession talks in ____")."""
    return _FUTURE.search(question) is not None


def undated_bound(value: str, latest_year_end: str | None) -> str | None:
    """The last day a past event's date options may reach in a story with no publication date:
    the end of the last year the story gives ("2004-12-31" for a story of 2004's results), or of
    the year after when the answer is that last year ("targets for 2005" may look ahead)."""
    if latest_year_end is None:
        return None
    if value[:4] == latest_year_end[:4]:
        return f"{int(latest_year_end[:4]) + 1}-12-31"
    return latest_year_end


def dates_told(question: str, answer: str, published: Iterable[dt.date]) -> set[str]:
    """The days or months (as precise as ``answer``) the question's own words give, resolved as
    the extractor resolves them, beside the blank: "After launching … in early February, Searle
    recalled them in ____" gives 1987-02 (j110: every wrong month fell before February, so only
    the answer could follow the launch). The extractor may make no card of such a date (an
    "early" month is no date to ask), but it orders the options all the same."""
    tense = "past" if any(answer <= p.isoformat()[: len(answer)] for p in published) else "future"
    told = set()
    for candidate in find_candidates(question):
        if BLANK in question[max(0, candidate.start - 1) : candidate.end + 1]:
            continue
        value = resolve_all(candidate, list(published), tense)
        if value and len(value) == len(answer) and value != answer:
            told.add(value)
    return told
