"""Dates: temporal expressions in article prose, normalised to ISO 8601 at their precision.

Rule-based over regular expressions, with spaCy for sentences, tense and (for bare years)
its DATE entities. Precision first: an expression we cannot resolve for sure gives no fact.

Relative expressions ("on Monday", "last year", "in April") are resolved against the
publication date. A date taken from a photo caption is only a lower bound (the photo was
taken that day or earlier), so such an expression is resolved against every day from the
caption's date to ``CAPTION_WINDOW_DAYS`` later and kept only when all agree: "on Monday"
in the past tense with a Tuesday caption is the day before, but "said Wednesday" could be
a week earlier or the next day, so it gives no fact.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from quizgen.constants import (
    DATE_SKIP_BEFORE,
    FORECAST_VERBS,
    FREQUENCY_ADVERBS,
    INTENTION_VERBS,
    PROSPECT_NOUNS,
    VAGUE_DATE_WORDS,
    WEEKDAY_NAMES,
)
from quizgen.extract.bare_dates import bare_time
from quizgen.extract.date_context import UNCERTAIN, context_year, years_ago
from quizgen.extract.date_predicates import (
    BASELINE,
    MODIFIER,
    clause_actor,
    governing_predicate,
    modifying_year,
    occasion,
)
from quizgen.extract.quoted_text import in_quote, quoted_chars
from quizgen.extract.weekday_tense import weekday_tense
from quizgen.facts.records import DateFact
from quizgen.ingest.articles import MONTHS, Article
from quizgen.nlp import after_speaker_label, sentence_end, sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CAPTION_WINDOW_DAYS = 3
MAX_MD_DAYS = 100  # "Dec. 7" without a year: the nearest one, if this close to publication
MAX_DAYS_BACK = 5  # a bare weekday in the past tense means at most this many days before
# A bare weekday six days ahead is the day before the story's recorded date: a web page dated by
# its last update or in UTC ("scheduled to appear in court Friday" in an AP "The Latest" dated
# Saturday, written Friday, j168) as likely as a week on: doubtful, as six days back is.
MAX_DAYS_AHEAD = 5
# "April 7 of next year": a month and day in the year the words name
_OF_A_NEAR_YEAR = re.compile(r",?\s+of\s+(last|this|next)\s+year\b", re.IGNORECASE)
# "on Monday or Tuesday next week": weekdays of next week, however far ahead
_NEXT_WEEK_AFTER = re.compile(r"(?:\s+or\s+[A-Z][a-z]+day)?\s+next\s+week\b")
MAX_MONTHS_AWAY = 8  # a month without a year means one at most this many months away
MIN_YEAR, MAX_YEAR = 1800, 2099

# "present": a present that is no "now" (``weekday_tense``: "The vote is Saturday"), today or ahead
Tense = Literal["past", "future", "present", "unknown"]

WEEKDAYS = {d: i for i, d in enumerate(WEEKDAY_NAMES)}
_MONTH_NAMES = "|".join(sorted({m.capitalize() for m in MONTHS}, key=len, reverse=True))
# A day of the month written in words ("April one", "March twenty-first").
_DAY_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty(?:-\w+)?|thirty(?:-\w+)?|first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth)"
)
_MONTH = r"(?P<month>" + _MONTH_NAMES + r")\.?"
_WEEKDAY = r"(?:(?P<weekday>" + "|".join(d.capitalize() for d in WEEKDAY_NAMES) + r"),?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"

# Patterns, most specific first; an earlier match wins any overlap.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy", re.compile(rf"\b{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}\b")),
    ("mdy", re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b")),
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("my", re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b")),
    # "January last year", "January of this year" (j191: "January" was asked apart from its year,
    # "in ____ of [2019]", the bracket giving the answer's year away)
    ("m_rel", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?(?P<which>last|this|next)\s+year\b")),
    # "in February a year ago" (j92: read as this February), "March a year earlier": the month a
    # year before the latest such month
    ("m_ago", re.compile(rf"\b{_MONTH}\s+a\s+year\s+(?:ago|earlier|before)\b")),
    # not "April 1/10" (j98: a shipping period, the 1st to the 10th, in a wire price table)
    # not "Mar 25.1" (j136: a table's figure for March, "Feb 61.5, Mar 25.1, Apr 14.5")
    ("md", re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY}\b(?!\s*(?:,\s*)?\d)(?![-–/.]\d)")),
    ("weekday", re.compile(r"\b(?:(?P<which>[Tt]his|[Nn]ext)\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’]?s?\s+(?:[A-Z]|\d))")),
    # the preposition may open the sentence ("In January, Taiwan cut …", j124)
    # not "by April one" (j138: a day written in words, blanked "by ____ one")
    ("month", re.compile(rf"\b(?P<prep>(?i:in|since|until|by|during|early|late|mid-|mid|last|this|next))\s+(?:(?:early|late|mid-)\s*)?{_MONTH}(?!\s*[-–]?\s*\d)\b(?!\s+{_DAY_WORD}\b)")),
    ("rel_day", re.compile(r"\b(?P<word>today|yesterday|tomorrow)\b", re.IGNORECASE)),
    # "the last month" is a span up to now (as "the past month" is), not the calendar month
    # before publication, and "over the next year" the twelve months from now: no date
    ("rel_unit", re.compile(r"\b(?P<which>(?<!\bthe\s)last|(?<!\bthe\s)next|this|past)\s+(?P<unit>year|month)\b", re.IGNORECASE)),
    ("year", re.compile(rf"(?<![$£€\d.,/-]){_YEAR}(?![-–/]\d|\d|s\b|['’]s\b|,\d|\.\d)")),
]


# A year written across two calendar years ("the financial year 1987/8", "1986-87"), or the
# financial year of Commonwealth budgets, which straddles two: a text that counts such years
# means one of them by "this year", not the calendar year of writing. ("Fiscal 1988" alone
# does not count: an American story's "this year" stays the calendar year.)
# So does a year the text says ends in another month than December ("the fiscal year ended January
# 31", "the year ending March 31", j90): its "last year" is the fiscal year before, not [1986].
_YEAR_TO_A_MONTH = r"year (?:ended|ending|ends|to end) (?:January|February|March|April|May|June|July|August|September|October|November)\b"
_SLASHED_YEAR = r"(?:19|20)\d\d/(?:\d{1,2}|\d{4})"
SPLIT_YEAR = re.compile(
    rf"\b(?:financial year|{_SLASHED_YEAR}\b|(?:19|20)\d\d-\d\d\b|{_YEAR_TO_A_MONTH})",
    re.IGNORECASE,
)


# A text that counts its years as fiscal ones, by name: "the financial year", "the current
# 1986/87 year", "the year ending June 30". Its "next year" or "last year" is one of those, no
# calendar year (j98: Westpac's "next year" is 1987/88, to June 1988), and dates nothing. A crop
# year written "1987-88" beside them is not enough: an American story's "next year" stays 1988.
_FISCAL_YEARS = re.compile(
    rf"\b(?:financial year|{_SLASHED_YEAR}\s+(?:(?:financial|fiscal|budget)\s+)?year\b|{_YEAR_TO_A_MONTH})",
    re.IGNORECASE,
)


# A span counted back or on right before a deictic date ("one year ago this month", "two weeks
# earlier on Monday"): the date is that far from the one the words name, which no card can write
# ("earlier Wednesday" alone is that Wednesday).
_SPAN_BEFORE = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+few|several)\s+(?:years?|months?|weeks?|days?)\s+"
    r"(?:ago|earlier|before|later|hence)\s*,?\s*(?:in\s+|on\s+)?$"
)

# Roles in which a deictic date names a period as a thing rather than dating an event: it cannot
# be blanked into "in ____" ("In ____ is shaping up") and it dates nothing.
NAMING_ROLES = frozenset(["nsubj", "nsubjpass", "dobj", "attr", "csubj"])

# A deadline's preposition, with a time of day between it and the day ("until 5 p.m. EST Nov. 9",
# "by noon Friday"): the day ends a span a past act set, and may lie after publication.
_DEADLINE_BEFORE = re.compile(
    r"\b(?:until|till|by)\s+(?:(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|noon|midnight)\s+(?:[a-z]{2,4}\s+)?)?"
    r"(?:(?:the\s+)?(?:close|end)\s+of\s+(?:business|trading|the\s+day)\s+)?(?:on\s+)?$"
)  # "until 9 a.m. Tuesday", "until close of business on Thursday" (j113)
# A noun of a planned occasion, then "for" right before a weekday ("another test vote for Friday",
# "a hearing for Monday", "scheduled for Tuesday", "set for Thursday").
_PLANNED_FOR = re.compile(
    r"\b(?:vote|votes|hearing|meeting|session|debate|summit|talks|deadline|scheduled|set|planned|slated|called)\s+for\s+$"
)

_PERIOD_WORDS = re.compile(r"\b(?:quarters?|period|half|fiscal|nine months|six months|year-earlier|year-ago)\b")


def compared_with_its_own_month(sentence: str, month: str) -> bool:
    """Whether a "MONTH last year" compares with the same month named bare in its sentence:
    "grew 3.6 pct in December after … 4.04 pct in December last year" (j97) sets December
    against the December a year before it. Read from the date of writing, both would be the
    same month; the wire means the year-earlier one, which the date does not give. The month
    is compared with itself: "December last year" is the December a year before the latest one
    (as "December a year ago"), December 1985 in a story of February 1987."""
    bare = re.compile(rf"\b{re.escape(month)}\.?(?!\s+(?:last|this|next)\s+year|\s+a\s+year|\s*,?\s*\d)", re.IGNORECASE)
    return bare.search(sentence) is not None


@dataclass(frozen=True)
class Candidate:
    kind: str
    start: int  # absolute offsets of the expression
    end: int
    groups: dict[str, str | None]


# --- pure resolution -----------------------------------------------------------------------


def iso(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def resolve_weekday(weekday: int, published: dt.date, tense: Tense, *, bare: bool = True) -> dt.date | None:
    """The weekday a tensed sentence means: past → latest on or before, future → next after.
    A ``bare`` weekday ("Tuesday", not "next Tuesday") six days ahead is doubtful.

    >>> resolve_weekday(0, dt.date(2017, 5, 23), "past")   # Monday, from a Tuesday
    datetime.date(2017, 5, 22)
    """
    delta = (published.weekday() - weekday) % 7
    if tense == "past":
        # Six days back is as likely "next Tuesday" in an advance story: doubtful.
        return published - dt.timedelta(days=delta) if delta <= MAX_DAYS_BACK else None
    ahead = (weekday - published.weekday()) % 7
    if bare and ahead > MAX_DAYS_AHEAD:
        return None
    if tense == "future":
        return published + dt.timedelta(days=ahead) if ahead else None  # same day: doubtful
    if tense == "present":
        return published + dt.timedelta(days=ahead)  # "The vote is Saturday": today or the coming one
    return published if delta == 0 else None


def _deictic_tense(which: str, tense: Tense, weekday: int, published: dt.date) -> Tense:
    """"this Saturday" is the coming one unless its clause is past ("was arrested this Monday");
    "next Saturday" the coming one, whatever its clause (checked by ``_in_the_next_week``). A
    "this" day earlier in the story's own week than its day, in a clause whose tense tells
    nothing, is either the one just gone or the next ("had nursed hopes of winning four or five
    states on this Tuesday", a Wednesday's story, fresh108: the day before, read as a week on):
    the week is not told."""
    if not which:
        return tense
    if which == "this":
        if tense == "unknown" and weekday < published.weekday():
            return "unknown"
        return "past" if tense == "past" else "future"
    return "future" if tense != "past" else "unknown"


def _in_the_next_week(day: dt.date, published: dt.date) -> bool:
    """Whether a coming day lies in the week after publication's, weeks counted from Monday or
    from Sunday alike: "next Tuesday" from a Thursday is the coming Tuesday, but "next Saturday"
    from a Wednesday may be the coming one or the one after (readers differ), so no date."""
    def week(d: dt.date, first: int) -> int:
        return (d.toordinal() - first) // 7
    return all(week(day, first) == week(published, first) + 1 for first in (1, 0))  # ordinal 1 is a Monday


def resolve_month(month: int, published: dt.date, tense: Tense) -> tuple[int, int] | None:
    """A month without a year: past → the latest not after publication, future → the next.

    Only within ``MAX_MONTHS_AWAY``: "in September" in the past tense from August is more
    often a slip or a plan than last year's September, so it gives nothing.
    """
    if tense == "past":
        back = (published.month - month) % 12
        year, m = _shift_month(published.year, published.month, -back)
        return (year, m) if back <= MAX_MONTHS_AWAY else None
    if tense == "future":
        ahead = (month - published.month) % 12
        year, m = _shift_month(published.year, published.month, ahead)
        return (year, m) if ahead <= MAX_MONTHS_AWAY else None
    return (published.year, month) if month == published.month else None


def resolve_month_day(month: int, day: int, published: dt.date, tense: Tense) -> dt.date | None:
    """A month and day without a year: the nearest such day, if within ``MAX_MD_DAYS``.

    Tense does not help here ("payable Dec. 7", "effective June 1" in past-tense sentences),
    so a date far from publication, which could fall in either year, gives nothing.
    """
    options = [_safe(y, month, day) for y in (published.year - 1, published.year, published.year + 1)]
    near = [d for d in options if d is not None and abs((d - published).days) <= MAX_MD_DAYS]
    return near[0] if len(near) == 1 else None


def _safe(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def resolve(candidate: Candidate, published: dt.date | None, tense: Tense) -> str | None:
    """ISO value of one expression, or None when it cannot be resolved for sure."""
    g = candidate.groups
    kind = candidate.kind
    if kind in ("dmy", "mdy"):
        d = _safe(int(g["year"]), MONTHS[g["month"].lower()], int(g["day"]))
        if d is None or (g.get("weekday") and WEEKDAYS[g["weekday"].lower()] != d.weekday()):
            return None
        return d.isoformat()
    if kind == "iso":
        d = _safe(int(g["year"]), int(g["m"]), int(g["d"]))
        return d.isoformat() if d else None
    if kind == "my":
        return iso(int(g["year"]), MONTHS[g["month"].lower()])
    if kind == "year":
        return iso(int(g["year"]))
    if published is None:
        return None  # everything below is relative to the publication date
    if kind == "md":
        d = resolve_month_day(MONTHS[g["month"].lower()], int(g["day"]), published, tense)
        if d is None or (g.get("weekday") and WEEKDAYS[g["weekday"].lower()] != d.weekday()):
            return None
        return d.isoformat()
    if kind == "weekday":
        weekday, which = WEEKDAYS[g["weekday"].lower()], (g.get("which") or "").lower()
        d = resolve_weekday(weekday, published, _deictic_tense(which, tense, weekday, published), bare=not which)
        if which == "next" and tense != "past":
            if d is None and weekday == published.weekday():
                d = published + dt.timedelta(days=7)  # "next Thursday" on a Thursday: a week on
            if d is not None and not _in_the_next_week(d, published):
                return None  # "next Saturday" from a Wednesday: the coming one, or the one after?
        return d.isoformat() if d else None
    if kind == "month":
        prep = g["prep"].lower()
        month = MONTHS[g["month"].lower()]
        if prep in ("last", "next"):
            return None  # "last February": this year's or last year's? Annotators disagree too.
        if prep == "this":
            return iso(published.year, month)
        ym = resolve_month(month, published, tense)
        return iso(*ym) if ym else None
    if kind == "rel_day":
        offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[g["word"].lower()]
        return (published + dt.timedelta(days=offset)).isoformat()
    if kind == "rel_unit":
        step = {"last": -1, "past": -1, "this": 0, "next": 1}[g["which"].lower()]
        if g["which"].lower() == "past":
            return None  # "the past year" is a duration, not a date
        if g["unit"].lower() == "year":
            return iso(published.year + step)
        return iso(*_shift_month(published.year, published.month, step))
    if kind == "m_rel":
        step = {"last": -1, "this": 0, "next": 1}[g["which"]]
        return iso(published.year + step, MONTHS[g["month"].lower()])
    if kind == "m_ago":
        latest = resolve_month(MONTHS[g["month"].lower()], published, "past")
        return iso(latest[0] - 1, latest[1]) if latest else None
    return None


def publication_dates(article: Article) -> Sequence[dt.date]:
    """The days the article may have been published (several when only a caption dates it)."""
    if article.published is None:
        return ()
    if article.published_from == "caption":
        return [article.published + dt.timedelta(days=k) for k in range(CAPTION_WINDOW_DAYS + 1)]
    return [article.published]


def resolve_all(candidate: Candidate, published: Sequence[dt.date], tense: Tense) -> str | None:
    """The value every possible publication date agrees on, else None."""
    if candidate.kind in ("dmy", "mdy", "iso", "my", "year"):
        return resolve(candidate, None, tense)
    values = {resolve(candidate, p, tense) for p in published}
    if len(values) != 1:
        return None
    return values.pop()


# --- finding expressions -------------------------------------------------------------------


def find_candidates(text: str, offset: int = 0) -> list[Candidate]:
    """Temporal expressions in ``text`` (no resolution), earliest first, no overlaps."""
    taken: list[Candidate] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            if kind == "month":  # the month itself, not its preposition
                start = m.start("month")
            if any(c.start - offset < end and start < c.end - offset for c in taken):
                continue
            taken.append(Candidate(kind, start + offset, end + offset, m.groupdict()))
    return sorted(taken, key=lambda c: c.start)


_NOMINAL_DEPS = frozenset(["dobj", "nsubj", "nsubjpass", "pobj", "attr", "appos", "compound", "poss"])


def _governing_word(tokens: Sequence[Token]) -> Token:
    """The verb that governs an expression, climbing its heads (at most eight), or the root or
    the last head reached when no verb is met."""
    tok = tokens[0]
    for _ in range(8):
        if (tok.pos_ in ("VERB", "AUX") and tok.dep_ not in _NOMINAL_DEPS) or tok.dep_ == "ROOT":
            break  # a noun the tagger took for a verb ("saw the polling station [lines] … on Tuesday", j173) governs nothing
        if tok.head is tok:
            break
        tok = tok.head
    closing = _clause_closing_before(tokens[0])
    return closing if closing is not None and closing in tok.subtree and closing is not tok else tok


def _clause_closing_before(first: Token) -> Token | None:
    """The verb right before an expression when it ends a clause the parse set below the verb it
    hung the expression on: "who helped design the system the internet uses today" parsed with
    "today" on "design" (j251). A time written straight after a verb belongs to it (the
    nearest attachment); the parse's reach over a whole clause is its mistake."""
    if first.i == 0:
        return None
    before = first.doc[first.i - 1]
    if before.pos_ not in ("VERB", "AUX") or before.dep_ in _NOMINAL_DEPS or before.dep_ in ("aux", "auxpass"):
        return None
    return before if first not in before.subtree else None


def _nowadays(tokens: Sequence[Token]) -> bool:
    """Whether a "today" whose clause tells no tense means nowadays: its verb is a present that
    states how things are ("too many calls today still go unanswered", "Trump's support today is
    well below …"), or it has none. A verb that is no finite present — an infinitive, a base
    form under a modal or a past, a noun's day ("has offered to travel alone today", "would
    recommend to its board today", "a statement today by …", j85) — is the story's own day."""
    if _paired_with_a_day(tokens):
        return False  # "is meeting today and tomorrow", "must raise holdings … today and tomorrow": days
    tok = _governing_word(tokens)
    if tok.pos_ not in ("VERB", "AUX"):
        return tok.pos_ != "NOUN"  # "a statement today by …": the statement's day
    # an infinitive's "today" is its finite verb's: "what else you need to know today" (j164)
    while tok.dep_ == "xcomp" and tok.tag_ == "VB" and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    if tok.tag_ in ("VBZ", "VBP"):
        return True
    # A present in progress or a duty tells how things stand now, not a day's act: "Bush is being
    # assessed more generously today", "Today, … they are showing that Trumpism has its limits",
    # "is attacking Obama today", "should look today to the spirit of Johnson" (j164).
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass") and c.i < tok.i]
    progressive = tok.tag_ == "VBG" or (tok.tag_ == "VBN" and any(a.lower_ == "being" for a in auxes))
    if progressive and auxes and auxes[0].lemma_.lower() == "be" and auxes[0].tag_ in ("VBZ", "VBP"):
        return True
    return any(a.lower_ in ("should", "ought") for a in auxes)


def _today_against_then(tokens: Sequence[Token]) -> bool:
    """Whether "today" sets now against a time before: compared ("more likely to answer correctly
    today than a decade ago"), supposed ("could bring him under severe criticism today") or
    opening its sentence as a topic ("Today, Mr. Steele's dossier has been proven wrong", j165)
    over any verb but a simple past ("Today, the senate voted …" is the day's news)."""
    doc = tokens[0].doc
    last = tokens[-1].i
    if last + 1 < len(doc) and doc[last + 1].lower_ == "than":
        return True
    first = tokens[0]
    verb = _verb_above(first)
    if first.lower_ == "today" and verb is not None and any(c.dep_ == "aux" and c.lower_ in ("could", "might") for c in verb.children):
        # "Reagan’s willingness to deal with Democrats could bring him under severe criticism
        # today" (j231): what might happen now, against a time before, is no day's news ("would"
        # is reported speech's future as often: "said management would recommend … today")
        return True
    opens = first.i == first.sent.start or all(t.is_space or t.is_punct for t in doc[first.sent.start : first.i])
    if not (opens and last + 1 < len(doc) and doc[last + 1].text == ","):
        return False
    verb = first.sent.root
    return verb.tag_ != "VBD" and not any(c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") and c.lemma_ != "be" for c in verb.children)


_DAY_WORDS = frozenset(["today", "tomorrow", "yesterday", "tonight", *WEEKDAY_NAMES])
# A month's name that opens a name ("March for Trump", "March for Our Lives", "March for Life"):
# "for" and a capital straight after it, no year or day.
_NAME_AFTER_MONTH = re.compile(r"\s+for\s+(?!the\b|a\b|an\b)[A-Z]")


def _ago_today(tokens: Sequence[Token]) -> bool:
    """Whether "today" closes a span back from it ("Fifty years ago today, President Lyndon
    Johnson stood before Congress", j218): the day it names lies that span before the story's."""
    first = tokens[0]
    return first.i > 0 and first.doc[first.i - 1].lower_ == "ago"


def _a_class_today(tokens: Sequence[Token]) -> bool:
    """Whether "today" follows a bare plural subject it qualifies ("immigrants to the US today
    were more assimilated", j218): a class of people as they are now, not a day's act ("The Senate
    today voted …" keeps its day)."""
    first = tokens[0]
    verb = _governing_word(tokens)
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < first.i):
        if first.i in (subject.right_edge.i, subject.right_edge.i + 1) and subject.tag_ in ("NNS", "NNPS") and not any(
            c.dep_ in ("det", "poss", "nummod") for c in subject.children
        ):
            return True
    return False


def _paired_with_a_day(tokens: Sequence[Token]) -> bool:
    """Whether "today" is joined to another day by "and"/"or" ("today and tomorrow", "Monday or
    today"): a schedule of days, never nowadays."""
    doc = tokens[0].doc
    first, last = tokens[0].i, tokens[-1].i
    after = doc[last + 1 : last + 3]
    before = doc[max(0, first - 2) : first]
    return (len(after) == 2 and after[0].lower_ in ("and", "or") and after[1].lower_ in _DAY_WORDS) or (
        len(before) == 2 and before[1].lower_ in ("and", "or") and before[0].lower_ in _DAY_WORDS
    )


def tense_of(tokens: Sequence[Token]) -> Tense:
    """Past, future or unknown, from the verb that governs the expression."""
    tok = _governing_word(tokens)
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() in INTENTION_VERBS:
        return "unknown"  # "planned a rally on Saturday", "a summit set for April": time unclear
    if tok.lemma_.lower() in FORECAST_VERBS and not any(c.dep_ == "ccomp" for c in tok.children):
        return "unknown"  # "had projected commercial operation in September": the September ahead
    if _under_a_prospect(tokens[0], tok):
        return "unknown"  # "dismayed Republicans concerned about their prospects with voters in November"
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & {"will", "'ll", "shall", "wo"}:
        return "future"
    if tok.lower_ == "going" or any(c.lower_ == "going" for c in auxes):
        # "were going down on the Senate floor on Monday" (j205): the future of a past, whose week
        # the story's day does not tell; "is going to vote Monday" is ahead
        return "unknown" if any(a.lower_ in ("was", "were") for a in auxes) else "future"
    if words & {"would", "could", "might", "may", "should", "must", "can"}:
        return "unknown"
    if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if tok.tag_ == "VBN" and words & {"has", "have", "had"}:
        return "past"
    return "unknown"


def _under_a_prospect(first: Token, verb: Token) -> bool:
    """Whether a noun of what lies ahead (``PROSPECT_NOUNS``) stands between the expression and
    the verb that governs it, on the climb through its heads."""
    tok = first
    for _ in range(8):
        if tok.i == verb.i or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lower_ in PROSPECT_NOUNS:
            return True
    return False


def _is_year(doc: Doc, start: int, end: int) -> bool:
    """A bare four-digit number is a year only when spaCy agrees and no unit follows."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(t.ent_type_ != "DATE" for t in span):
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.tag_ in ("NNS",) and nxt.ent_type_ != "DATE":
        return False  # "2000 troops"
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
        return False  # "a 1987 Chevrolet"
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ in DATE_SKIP_BEFORE:
        return False
    if span.root.dep_ == "dobj" and span.root.head.pos_ == "VERB" and span.root.head.lemma_.lower() != "come":
        # "packed the park to welcome 2017" (j182): the year is what is welcomed, no time of an
        # act ("Come 2020, Japan could …" is a time: the year's coming)
        return False
    return not _names_a_year(span.root, prev)


def _qualifies_a_noun(doc: Doc, start: int, end: int) -> bool:
    """A year that qualifies a noun (``date_predicates.modifying_year``: "the 2014 elections"),
    not a fiscal year, a flight's number or a name's ("Expo 2020")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.lower_ in DATE_SKIP_BEFORE:
        return False
    return not _names_a_year(span.root, prev) and modifying_year(span)


# The parts of a day that may stand between a weekday and the noun it qualifies ("a Friday night vigil").
_PARTS_OF_DAY = frozenset(["morning", "afternoon", "evening", "night"])


def _day_qualifies_a_noun(span: Span) -> bool:
    """Whether a weekday, with its part of the day, qualifies a noun after it in the parse ("the
    national Sunday morning talk shows", "a Friday night vigil", "his Saturday rally"): a date in
    its place would not read, and it is no adverbial of a verb ("voted Monday night": the
    part of the day is the verb's, npadvmod)."""
    tok = span.root
    if tok.head.i > tok.i and tok.dep_ == "compound" and tok.head.lower_ in _PARTS_OF_DAY:
        tok = tok.head
    head = tok.head
    return (
        tok.dep_ in ("compound", "nmod", "amod")
        and head.i > tok.i
        and head.pos_ in ("NOUN", "PROPN")
        and head.ent_type_ not in ("DATE", "TIME")
        and head.lower_ not in _PARTS_OF_DAY
        # the noun phrase opens before the day ("the national …", "his surprise …", "a …"): a day
        # right after a verb the parser hung on the next noun is the verb's ("defended Saturday
        # author Karl Moberg's right")
        and span.start > 0
        and (
            span.doc[span.start - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or span.doc[span.start - 1].tag_ in ("PRP$", "POS")
            # "during Sunday morning services" (j216): the preposition's object is the noun, the day its modifier
            or (span.doc[span.start - 1].pos_ == "ADP" and head.dep_ == "pobj" and head.head.i == span.start - 1)
        )
    )


def _listed_with_things(span: Span) -> bool:
    """Whether a day is one of a list of things that are no times ("AIDS, Sept. 11 or terrorism"):
    the name of what happened that day, not a day the story dates anything by."""
    root = span.root
    joined = [c for c in root.children if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    return any(t.pos_ in ("NOUN", "PROPN") and not t.ent_type_ and not t.like_num for t in joined)


def _a_period_s_year(span: Span) -> bool:
    """Whether a year is that of a counted run of months ("the last three months of 2015", "the
    first six months of 2016"): in the parse the object of "of" under "months" with a number."""
    of = span.root.head
    if span.root.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() != "month":
        return False
    return any(c.dep_ == "nummod" for c in of.head.children)


def _names_a_year(tok: Token, prev: Token | None) -> bool:
    """Whether a year is part of a name: "Climate Action 2016", "Expo 2020" (the name's next
    word, a capitalised proper noun that is no month or weekday, holds it or is held by it)."""
    def naming(word: Token | None) -> bool:
        return (
            word is not None and word.pos_ == "PROPN" and word.text[:1].isupper()
            and word.lower_.rstrip(".") not in MONTHS and word.lower_ not in WEEKDAYS
        )
    head = tok.head
    return (naming(head) and head.i == tok.i - 1) or (naming(prev) and prev.head is tok)


# Entities whose names may hold a date word ("USA Today", the "Today" show, "Black Monday"
# is still a date, so EVENT is not among them).
NAME_ENTITIES = frozenset(["ORG", "WORK_OF_ART", "PERSON", "FAC", "PRODUCT", "GPE", "NORP", "LAW"])


def _part_of_a_name(span: Span, local: int) -> bool:
    """Whether a date word belongs to a name: inside a named entity that is no date, or a
    relative word capitalised inside a sentence ("told USA Today", "NBC's Today show")."""
    if any(t.ent_type_ in NAME_ENTITIES for t in span):
        return True
    if _ends_a_name(span):
        return True
    first = span[0]
    return first.lower_ in ("today", "tonight", "tomorrow", "yesterday") and first.text[:1].isupper() and local > 0


# A day joined to another day of the same month: "July 8 and 9", "8 and 9 July", "March 3-4".
_DAY_RUN_AFTER = re.compile(
    r"\s*(?:(?:and|or|to|through|until)\s+|[-–]\s*)(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*[-–:,.]?\s*\d)(?!\s*(?:%|percent|points?)\b)"
)
_DAY_RUN_BEFORE = re.compile(r"(?P<before>\S*)\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:(?:and|or|to|through|until)\s+|[-–]\s*)$")


# A weekday joined to another by a range's word: "open Monday to Friday", "from Monday through
# Thursday", "Monday-Friday", "between Tuesday and Thursday".
_WEEKDAY_NAMES = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?"
_WEEKDAY_RUN_AFTER = re.compile(rf"\s*(?:(?:to|through|thru|till|until)\s+|[-–—]\s*){_WEEKDAY_NAMES}\b")
_WEEKDAY_RUN_BEFORE = re.compile(
    rf"(?:\bbetween\s+(?P<between>{_WEEKDAY_NAMES})\s+and|\b{_WEEKDAY_NAMES}\s*(?:to|through|thru|till|until|[-–—]))\s*$"
)
_EVERY_WEEKDAY_AND = re.compile(rf"\b(?:every|each)\s+{_WEEKDAY_NAMES}\s*(?:,\s*|\s+(?:and|or)\s+)$", re.IGNORECASE)
_BETWEEN_WEEKDAYS = re.compile(rf"\s+and\s+{_WEEKDAY_NAMES}\b")
# A weekday listed after one a deictic word governs ("last Monday and Tuesday", "next Friday,
# Saturday or Sunday"): the word governs the whole list, and "last Tuesday" may mean the week
# before, so the later day is as doubtful as the first (round 44)
_DEICTIC_WEEKDAY_AND = re.compile(
    rf"\b(?:last|next|previous|following|past)\s+{_WEEKDAY_NAMES}(?:\s*,\s*{_WEEKDAY_NAMES})*\s*(?:,\s*|,?\s+(?:and|or)\s+)$",
    re.IGNORECASE,
)
# What joins a weekday to a date of a list it stands in ("on Nov. 6 and Tuesday", "Tuesday and
# Nov. 8"): nothing but a comma, "and" or "or" and a repeated "on"
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:on\s+)?", re.IGNORECASE)
MAX_LIST_DAYS = 6  # a weekday listed beside a date lies in the same run of days


def _one_end_of_a_weekday_run(text: str, start: int, end: int) -> bool:
    """Whether a weekday is one end of a run of weekdays ("open Monday to Friday", "from
    Tuesday through Thursday", "Monday-Friday", "between Monday and Friday") or the second of
    days "every" governs ("every Monday and Thursday"): a weekly schedule or a span, no one
    day to ask; blanked, "open for trade from Monday to ____"."""
    if _WEEKDAY_RUN_AFTER.match(text, end):
        return True
    if re.search(r"\bbetween\s+$", text[max(0, start - 10) : start]) and _BETWEEN_WEEKDAYS.match(text, end):
        return True
    before = text[max(0, start - 24) : start]
    # "every Monday and Thursday": the second day is as recurring as the first
    return _WEEKDAY_RUN_BEFORE.search(before) is not None or _EVERY_WEEKDAY_AND.search(before) is not None


_MONTH_WORD = re.compile(r"\b(?:" + _MONTH_NAMES + r")\b\.?")
# each month may carry its part ("late April/early July shipment", j123)
_MONTH_PART = r"(?:(?i:early|mid|late|end)[- ]?)?"
_MONTH_PAIR_BEFORE = re.compile(r"\b(?:" + _MONTH_NAMES + r")\.?(?:\s+\d{1,2})?\s*[/–-]\s*" + _MONTH_PART + r"$")
_MONTH_PAIR_AFTER = re.compile(r"\s*[/–-]\s*" + _MONTH_PART + r"(?:" + _MONTH_NAMES + r")\b")


def _one_month_of_a_pair(text: str, start: int, end: int) -> bool:
    """Whether a date is one month of two written as one span with a slash or a dash
    ("Jan/Feb 1987", "March-April", j75), or one end of such a window of days ("for April
    10/May 25 shipments", j116): the figure belongs to both, and the blank would split them
    ("during Jan/____", "for ____/May 25 shipments")."""
    month = _MONTH_WORD.search(text, start, end)
    if month is None:
        return False
    return (
        _MONTH_PAIR_BEFORE.search(text, 0, month.start()) is not None
        or _MONTH_PAIR_AFTER.match(text, month.end()) is not None
        or _MONTH_PAIR_AFTER.match(text, end) is not None
    )


# The start of a run of days written before its end: "between September 1 and", "from Sept. 1 to".
_RANGE_START_BEFORE = re.compile(
    r"\b(?:between|from)\s+(?P<month>" + _MONTH_NAMES + r")\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*(?:and|to|through|until|till|-|–)\s*$",
    re.IGNORECASE,
)


def _after_its_range_start(before: str, value: str, published: Sequence[dt.date], tense: Tense) -> str | None:
    """A month and day that ends a run of days ("for delivery between September 1 and December
    20", j80) in the year that puts it after the run's start: the start's own year when it is
    earlier in the calendar, the next one otherwise; None when the start's year is not told (the
    end, alone near the publication date, may have been put in the wrong year). ``value`` when
    no run leads to it."""
    m = _RANGE_START_BEFORE.search(before)
    if m is None:
        return value
    start = resolve_all(Candidate("md", 0, 0, {"month": m.group("month"), "day": m.group("day")}), published, tense)
    if start is None:
        return None
    end = dt.date.fromisoformat(value)
    first = dt.date.fromisoformat(start)
    year = first.year if (end.month, end.day) >= (first.month, first.day) else first.year + 1
    fixed = _safe(year, end.month, end.day)
    return fixed.isoformat() if fixed is not None else None


def _an_ordinal(tok: Token) -> bool:
    """An ordinal or a count in words before a weekday ("the first Tuesday", "the 2nd Monday",
    "one Tuesday in May"), not a figure ("fell 7/8 Thursday")."""
    return tok.ent_type_ == "ORDINAL" or (tok.like_num and (tok.is_alpha or re.fullmatch(r"\d+(?:st|nd|rd|th)", tok.lower_) is not None))


def _one_day_of_a_run(text: str, start: int, end: int, day: str | None) -> bool:
    """Whether a month and day is one end of a run of days the blank would split ("in Orlando
    July 8 and 9" → "in Orlando ____ and 9", "on 8 and 9 July" → "on 8 and ____"): no one date.
    "from Aug. 26 to Oct. 20" is two dates."""
    after = _DAY_RUN_AFTER.match(text, end)
    if after and day and int(day) < int(after.group("day")) <= 31:
        return True  # a later day of the month ("from 40 percent on July 14 to 46 percent" is none)
    before = _DAY_RUN_BEFORE.search(text[max(0, start - 24) : start])
    # "from Aug. 26 to Oct. 20": the first day has its own month, the second date stands whole
    return before is not None and before.group("before").lower().rstrip(".") not in MONTHS


def _ends_a_name(span: Span) -> bool:
    """Whether a weekday or month is the last word of a longer name ("Super Tuesday", "Black
    Friday", "Good Friday", "Cyber Monday"): a capitalised word inside the sentence just before
    it that the parse makes its modifier (or a modifier of what it modifies), an entity other
    than a date that began before it, or a word the article writes only before this day (the
    tagger may call "Super" a place). Blanked, the name reads "the Super ____ contest". A
    subject before a bare day ("Iran Saturday condemned") is no such word."""
    first = span[0]
    if first.lower_ not in WEEKDAYS and first.lower_.rstrip(".") not in MONTHS:
        return False
    if first.i == 0 or first.is_sent_start:
        return False
    doc = first.doc
    prev = doc[first.i - 1]
    if prev.is_sent_start or not prev.is_alpha or not prev.text[:1].isupper():
        return False
    if prev.lower_ in WEEKDAYS or prev.lower_ in MONTHS or prev.dep_ in ("nsubj", "nsubjpass"):
        return False
    if prev.ent_type_ == "TIME":
        return False  # "until 5 p.m. EST Nov. 9": a time of day's zone, not a name's first word
    if first.ent_iob_ == "I" and first.ent_type_ not in ("DATE", "TIME"):
        return True  # "Cyber Monday" read as one EVENT however the parse hangs it
    if prev.ent_type_ not in NAME_ENTITIES and prev.dep_ in ("compound", "amod") and prev.head.i in (first.i, first.head.i):
        return True
    return all(t.i + 1 < len(doc) and doc[t.i + 1].lower_ == first.lower_ for t in doc if t.text == prev.text)


def event_words(sent: Span, start: int, end: int) -> tuple[str, ...]:
    """Content lemmas of a sentence outside the date: what the date is the date of."""
    words = {
        t.lemma_.lower()
        for t in sent
        if t.pos_ in ("NOUN", "PROPN", "VERB") and not (start <= t.idx < end) and t.is_alpha
        and t.lower_ not in WEEKDAYS and t.lower_ not in MONTHS
    }
    return tuple(sorted(words))


def prose_sentences(doc: Doc, article: Article) -> Iterator[Span]:
    """Sentences of the article's text blocks, trimmed of the blanked furniture around them
    and of a transcript's speaker label opening a paragraph ("JAKE TAPPER: Donald Trump
    released a video …" is the sentence "Donald Trump released a video …")."""
    blocks = sorted((b.start, b.end) for b in article.text_blocks())
    starts = [s for s, _ in blocks]
    for sent in doc.sents:
        first, last = sent.start, sent.end - 1
        while first <= last and doc[first].is_space:
            first += 1
        while last >= first and doc[last].is_space:
            last -= 1
        if first <= last:
            first = _after_speaker_label(doc, first, last)
        if first > last:
            continue
        start = doc[first].idx
        at = bisect_right(starts, start) - 1  # the block that starts last at or before it
        if at >= 0 and start < blocks[at][1]:
            yield doc[first : last + 1]


def _after_speaker_label(doc: Doc, first: int, last: int) -> int:
    """The sentence's first token after a speaker label opening its paragraph ("TAPPER: …",
    ``nlp.after_speaker_label``), or ``first`` when it opens with none."""
    words = after_speaker_label(doc, first)
    i = first
    while i <= last and doc[i].idx < words:
        i += 1
    return i


EXPLICIT_KINDS = ("dmy", "mdy", "iso", "my", "year")
PARTIAL_KINDS = ("month", "md", "weekday")  # a date without a year, resolved from the context


def stated_years(doc: Doc, sent: Span, candidates: list[Candidate], published: Sequence[dt.date]) -> list[tuple[int, Token]]:
    """The years a sentence states (a year, a month and year, a full date, "eight years ago"),
    each with a token of its expression."""
    found = []
    for cand in candidates:
        if cand.kind not in EXPLICIT_KINDS or (cand.kind == "year" and not _is_year(doc, cand.start, cand.end)):
            continue
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is not None and not _part_of_a_name(span, cand.start - sent.start_char):
            found.append((int(cand.groups["year"]), span.root))
    if len(published) == 1:
        found += years_ago(sent, doc, published[0].year)
    return found


_SPLIT_YEAR_CLOSED = re.compile(
    r"\b(?P<first>(?:19|20)\d\d)\s*[/-]\s*(?P<second>\d\d(?:\d\d)?)\b[^.;\d]{0,30}?\b(?:ending|ended|ends|to|through)\s+(?:on\s+)?$"
)


def _split_year_closed(before: str) -> int | None:
    """The later year of a split year ("1987/88", "2015-16", fiscal and crop years) whose close
    the words before a day or month name ("1987/88 ending March 31"), or None."""
    m = _SPLIT_YEAR_CLOSED.search(before)
    if m is None:
        return None
    first, second = int(m.group("first")), m.group("second")
    later = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if later < first:
        later += 100  # "1999/00"
    return later if later - first == 1 else None


# A sentence that counts the years since its day ("April 24 marked 101 years since the start of
# the Armenian genocide"): its day is this year's anniversary, not the one the story dates in full.
_ANNIVERSARY = re.compile(r"\banniversar|\byears (?:since|ago|after|to the day)\b|\bcommemorat", re.IGNORECASE)


def _days_written_with_years(text: str) -> dict[tuple[int, int], set[int]]:
    """(month, day) → the years the text writes that day with ("June 6, 1944", "6 June 1944")."""
    out: dict[tuple[int, int], set[int]] = {}
    for cand in find_candidates(text):
        if cand.kind in ("dmy", "mdy"):
            out.setdefault((MONTHS[cand.groups["month"].lower()], int(cand.groups["day"])), set()).add(int(cand.groups["year"]))
    return out


def _with_year(cand: Candidate, value: str, year: int) -> str | None:
    """A partial date's value in the year its context gives ("early March" → 2008-03)."""
    if cand.kind == "month":
        return iso(year, int(value[5:7]))
    if cand.kind == "md":
        d = _safe(year, int(value[5:7]), int(value[8:10]))
        weekday = cand.groups.get("weekday")
        return d.isoformat() if d and not (weekday and WEEKDAYS[weekday.lower()] != d.weekday()) else None
    return None  # a bare weekday in a sentence about another year: no telling which week


def _paragraph_sentences(doc: Doc, article: Article) -> Iterator[tuple[Span, Span | None]]:
    """Prose sentences, each with the previous sentence of its paragraph (or None)."""
    starts = sorted(b.start for b in article.text_blocks())
    previous, previous_block = None, None
    for sent in prose_sentences(doc, article):
        block = bisect_right(starts, sent.start_char) - 1
        yield sent, previous if block == previous_block else None
        previous, previous_block = sent, block


_SUPPOSING_VERBS = frozenset(["mean", "imagine", "suppose", "pretend"])
_SUPPOSING_MARKS = frozenset(["if", "unless"])


def _supposed(span: Span, *, marks_only: bool = False) -> bool:
    """Whether a relative day is said of a clause the text does not tell as happening: one
    under a denied verb or a verb of supposing ("doesn't mean Sanders closes up shop
    tomorrow", "imagine he quits today") or opened by "if"/"unless". In an argument "tomorrow"
    means "right away", and a card would date something that never happened. With
    ``marks_only``, only a clause opened by "if"/"unless" counts (``_conditional``)."""
    tok = span.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            children = list(tok.children)
            if not marks_only and (tok.lemma_.lower() in _SUPPOSING_VERBS or any(c.dep_ == "neg" for c in children)):
                return True
            if any(c.dep_ == "mark" and c.lower_ in _SUPPOSING_MARKS for c in children):
                return True
        if tok.head is tok:
            break
        tok = tok.head
    return False


def _conditional(span: Span) -> bool:
    """Whether any date, stated in full or relative, stands in a clause opened by "if" or
    "unless" ("But if confirmations do hit a wall until 2017, …", "asked if he met her on
    Monday"): the text supposes or asks about that event, it does not tell it, and a card
    would date what may never happen. A deadline after "by" is a term someone set, and stays."""
    if span.root.dep_ == "pobj" and span.root.head.lower_ == "by":
        return False  # "said if they mail an offer by Nov. 22, it will pay": a deadline the story sets
    return _supposed(span, marks_only=True)


# A fiscal year's first or last day told after the year it bounds: "fiscal 1987, starting April
# 1", "fiscal 1988, ending January 31", "fiscal 1987/88 ending March 31". A named fiscal year ends
# in the calendar year it is named by (its second, written with a slash); where it starts, the
# convention says: Japan's fiscal 1987 starts on 1 April 1987, the U.S. government's on 1 October
# 1986. An unnamed one ("the fiscal year beginning April 1") is the coming or current one.
_FISCAL_BOUND_BEFORE = re.compile(
    r"(?:fiscal|financial|budget)(?:\s+year)?\s+(?:19|20)?(?P<first>\d\d)(?:/(?:19|20)?(?P<second>\d\d))?(?:\s+year)?\s*,?\s*"
    r"(?:(?P<start>starting|beginning|commencing|which\s+(?:starts|begins|started|began))"
    r"|(?P<end>ending|ended|which\s+(?:ends|ended)))\s+(?:on\s+)?$"
)


def _fiscal_bound_year(before: str) -> int | None:
    """The year a named fiscal year's bound told right after it falls in: its last day is in
    the year it is named by (0 when its first day is asked: the convention decides); None
    when no named fiscal year comes right before."""
    m = _FISCAL_BOUND_BEFORE.search(before)
    if m is None:
        return None
    if m.group("start"):
        return 0
    named = m.group("second") or m.group("first")
    return (1900 if int(named) > 50 else 2000) + int(named)


_DEICTIC_WORDS = frozenset(["last", "next", "this", "previous", "following", "same", "every", "each"])


def _deictic_modifier(span: Span) -> bool:
    """Whether a weekday's own phrase says which week by "next", "last", "this" … with nouns or
    adjectives between ("the next expiration Friday", "last trading Monday"; the word right
    before it is read already): the day is not the coming or the last one by its name."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].pos_ in ("NOUN", "ADJ", "DET") and doc[i].sent == span.root.sent:
        if doc[i].lower_ in _DEICTIC_WORDS:
            return True
        if doc[i].pos_ == "DET":
            break
        i -= 1
    return False


_DAY_KINDS = frozenset(["md", "dmy", "mdy", "iso", "weekday"])  # candidates that name one day


def _after_a_dated_noun(span: Span) -> bool:
    """Whether a date follows, with nothing between, a noun whose own words hold another day
    ("should have been agreed by an April 1 deadline tomorrow"): blanked, "an April 1 deadline
    on ____" reads as the deadline's day, whichever verb the parse gave it. A noun's year or
    length is no other day ("the 1987 planting report next Tuesday", "a three-day meeting
    today")."""
    if span.start == 0:
        return False
    noun = span.doc[span.start - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ == "DATE":
        return False
    before = span.doc[noun.left_edge.i : noun.i]
    return before.start < noun.i and any(c.kind in _DAY_KINDS for c in find_candidates(before.text))


def _after_a_from_figure(span: Span) -> bool:
    """Whether a date with no preposition of its own follows, with nothing between, a "from"
    phrase holding a figure ("Call money fell to 3.85/95 pct from five pct yesterday", j135):
    the day is the earlier level's, but blanked, "from five pct on ____" reads as the fall's."""
    if span.start == 0:
        return False
    last = span.doc[span.start - 1]
    for tok in (last, *last.ancestors):
        if tok.lower_ == "from" and tok.dep_ == "prep":
            words = [t for t in tok.subtree if not span.start <= t.i < span.end]
            between = [t for t in words if t.i > tok.i]
            # "from 3.8 billion in December": the day has its own "in", and reads as the figure's
            # "from January 20 next year": a day's number is no figure
            figure = any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in between)
            return words[-1].i == last.i and figure and not any(t.pos_ == "ADP" for t in between)
    return False


def extract_dates(doc: Doc, *, article: Article) -> Iterator[DateFact]:
    """Dates stated in the article's prose, resolved where the publication date allows."""
    published = publication_dates(article)
    quoted = quoted_chars(doc)
    years_before: list[tuple[int, Token]] = []
    days_with_years = _days_written_with_years(doc.text)
    for sent, previous in _paragraph_sentences(doc, article):
        text = sent.text
        lower = text.lower()
        candidates = find_candidates(text, sent.start_char)
        years_here = stated_years(doc, sent, candidates, published)
        if previous is None:
            years_before = []
        listed = _relative_series(candidates, doc.text)
        for cand in candidates:
            local = cand.start - sent.start_char
            relative = cand.kind not in ("dmy", "mdy", "iso", "my", "year")
            if relative and (in_quote(text, local) or cand.start in quoted):
                continue  # speech has its own time, also when its quotation opened sentences before
            if cand.start in listed:
                continue  # "ready to die today, die tomorrow, die next week" (j232): any time at all
            # a year qualifying a noun is kept as a modifier: it dates no event, but says how far
            # back its sentence looks ("in the run-up to the 2014 elections")
            modifier = cand.kind == "year" and _qualifies_a_noun(doc, cand.start, cand.end)
            if cand.kind == "year" and not modifier and not _is_year(doc, cand.start, cand.end):
                continue
            if cand.kind == "year" and published and int(cand.groups["year"]) > published[-1].year + 10:
                continue
            before = lower[max(0, local - 24) : local]
            if any(before.rstrip().endswith(w) for w in VAGUE_DATE_WORDS):
                continue  # "around 2014"
            if relative and _SPAN_BEFORE.search(before):
                continue  # "One year ago this month" (j177: read as this month): a time that far from it
            if cand.kind in ("year", "rel_unit") and _PERIOD_WORDS.search(
                lower if cand.kind == "rel_unit" else lower[max(0, local - 30) : local + 30]
            ):
                continue  # "the 1988 quarter", "last year's period": a fiscal period, not a year
            if cand.kind == "rel_unit" and re.match(r"['’]s\b", text[cand.end - sent.start_char :]):
                continue  # "last year's $2.3 billion": the year-earlier period
            if cand.kind == "weekday" and before.rstrip().endswith(
                ("last", "next", "this", "every", "each", "previous", "following", "same")
            ):
                continue  # "last Tuesday" may mean the week before; "every Tuesday" is no date
            if cand.kind == "weekday" and _DEICTIC_WEEKDAY_AND.search(lower[max(0, local - 60) : local]):
                continue  # "last Monday and Tuesday": "last" governs Tuesday too
            if cand.kind == "weekday" and _restates_the_day_before(text, local, candidates, sent.start_char):
                continue  # "to be held today (Wednesday)" (j112's draw): the day in brackets is the one before it
            if cand.kind == "weekday" and _one_end_of_a_weekday_run(text, local, cand.end - sent.start_char):
                continue  # "open Monday to Friday": a weekly schedule, no date
            if cand.kind in ("md", "dmy", "mdy") and _one_day_of_a_run(text, local, cand.end - sent.start_char, cand.groups.get("day")):
                continue  # "July 8 and 9": blanked, "in Orlando ____ and 9"
            if cand.kind in ("my", "month", "md", "dmy", "mdy") and _one_month_of_a_pair(text, local, cand.end - sent.start_char):
                continue  # "exports during Jan/Feb 1987": two months told as one span, blanked "Jan/____"
            span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            if span is None or _part_of_a_name(span, local):
                continue
            fiscal_year = _fiscal_bound_year(lower[max(0, local - 60) : local]) if cand.kind == "md" else None
            if fiscal_year == 0:
                continue  # "in fiscal 1987, starting April 1" (j122): which 1 April, the country's convention says
            if _after_a_dated_noun(span):
                continue  # "agreed by an April 1 deadline tomorrow" (j121): blanked, the deadline's date
            if cand.kind == "weekday" and _deictic_modifier(span):
                continue  # "March 20, the next expiration Friday" (j122): which week, the words around say
            if cand.kind == "weekday" and span.start > 0 and _an_ordinal(doc[span.start - 1]):
                continue  # "the first Tuesday with voting", "the second Sunday of May": a kind of day
            if cand.kind == "year" and _a_period_s_year(span):
                continue  # "the last three months of 2015": a quarter told in months, like "the 1988 quarter"
            if cand.kind == "month" and _NAME_AFTER_MONTH.match(doc.text, cand.end):
                continue  # "A post by March for Trump, a Twitter account" (j231): a name, no month
            if modifier:
                yield _fact(article, cand, sent, value=iso(int(cand.groups["year"])), occasion=MODIFIER,
                            predicate=span.root.head.lemma_.lower(), event=event_words(sent, cand.start, cand.end))
                continue
            if cand.kind == "m_rel" and cand.groups["which"] == "last" and compared_with_its_own_month(text, cand.groups["month"]):
                cand = replace(cand, kind="m_ago")  # "in December … in December last year" (j97): the year-earlier December
            if cand.kind == "rel_unit" and cand.groups["unit"].lower() == "year" and _FISCAL_YEARS.search(doc.text):
                continue  # "eliminating the deficit next year" after "the current 1986/87 year" (j98): a fiscal year
            if relative and re.search(r"\bago\s*$", lower[max(0, local - 12) : local]):
                continue  # "Forty years ago last month" (j234): a span back from the day named, no date of the story's time
            if cand.kind in ("rel_day", "rel_unit") and span.root.dep_ in NAMING_ROLES:
                continue  # "this year is shaping up", "last year was the hottest": a period named, no event dated
            tense = tense_of(span)
            if cand.kind == "weekday":
                tense = weekday_tense(span, tense)  # "is scheduled to speak Saturday": the coming one
            if cand.kind == "rel_day" and cand.groups["word"].lower() == "today" and (
                (tense == "unknown" and _nowadays(span)) or re.match(r"['’]s\b", text[cand.end - sent.start_char :])
                or _today_against_then(span) or _ago_today(span) or _a_class_today(span)
            ):
                continue  # "too many calls today still go unanswered", "today's world": nowadays
            if cand.kind == "rel_day" and tense == "unknown" and _supposed(span):
                continue  # "Unity doesn't mean Sanders closes up shop tomorrow": no day meant
            if _conditional(span):
                continue  # "if confirmations do hit a wall until 2017": a supposed event
            if cand.kind == "weekday" and not cand.groups.get("which") and _NEXT_WEEK_AFTER.match(doc.text, cand.end):
                # "on Monday or Tuesday next week" (j72): next week's days, however far ahead
                cand = Candidate(cand.kind, cand.start, cand.end, {**cand.groups, "which": "next"})
            value = resolve_all(cand, published, tense)
            if value is not None and fiscal_year:
                value = f"{fiscal_year}{value[4:]}"  # "fiscal 1988, ending January 31": 31 January 1988
            year_after = _OF_A_NEAR_YEAR.match(doc.text, cand.end) if cand.kind == "md" else None
            if value is not None and year_after and len({p.year for p in published}) == 1:
                # "not until April 7 of next year" (j173, a story of March 2019): 7 April 2020
                shift = {"last": -1, "this": 0, "next": 1}[year_after.group(1).lower()]
                value = _with_year(cand, value, published[0].year + shift)
            elif value is not None and cand.kind == "md":
                value = _after_its_range_start(text[:local], value, published, tense)
            deadline = _DEADLINE_BEFORE.search(lower[max(0, local - 48) : local]) is not None
            if deadline and tense == "past" and cand.kind == "weekday" and _a_limit_had(span):
                # "Walsh also had until Monday to drop out of the race" (j225, a Thursday's story: read
                # as the Monday gone by): a limit someone had may lie ahead of the story or behind it
                continue
            if deadline and tense == "past" and cand.kind == "weekday" and _sets_a_limit(span):
                # "has given shippers until close of business on Thursday" (j113): a weekday an act
                # just done sets as its limit is the coming one, not the one gone by
                value = resolve_all(cand, published, "future")
            planned = cand.kind == "weekday" and tense == "past" and (
                _PLANNED_FOR.search(lower[max(0, local - 40) : local]) is not None or _invited_to(span)
            )
            if planned:
                # "Reid teed up another test vote for Friday" in Wednesday's story (j196): the day a
                # past act planned something for lies ahead of it, not behind
                value = resolve_all(cand, published, "future") or value
            if value is None and deadline and tense == "past" and not _not_until(span):
                # "has given the family until 9 a.m. Tuesday", "extended its offer until Nov. 9":
                # the day a past act set as its limit lies ahead of it, not behind
                value = resolve_all(cand, published, "future")
            if value is None:
                continue
            if cand.kind == "weekday" and _far_from_its_listed_date(cand, value, candidates, article.body, published, tense):
                continue  # "on Nov. 6 and Tuesday" of a story of 14 November: the Tuesday after Nov. 6
            if cand.kind in PARTIAL_KINDS:
                here = [(y, t) for y, t in years_here if not (span.start <= t.i < span.end)]
                year = context_year(span, int(value[:4]), here, years_before, tense=tense, bare_month=cand.kind == "month")
                if year == UNCERTAIN:
                    continue  # "in March" in a narrative about 2008: which March?
                if year is not None:
                    value = _with_year(cand, value, year)
                    if value is None:
                        continue
            if cand.kind == "md" and year is None and _listed_with_things(span):
                continue  # "world wars, AIDS, Sept. 11 or terrorism" (j217): the day named as an event, no date
            if cand.kind == "md" and year is None and not _ANNIVERSARY.search(text):
                written = days_with_years.get((int(value[5:7]), int(value[8:10])), set())
                month_years = {y for (m, _), ys in days_with_years.items() if m == int(value[5:7]) for y in ys}
                if not written and month_years and int(value[:4]) not in month_years:
                    continue  # "The initial target date was June 5" beside "June 6, 1944": which year, the text leaves open
                if len(written) == 1 and next(iter(written)) != int(value[:4]):
                    # "the events of June 6, 1944" … "began landing in Normandy … on June 6" (j192:
                    # an anniversary story of 6 June 2014): the day the story writes in full elsewhere
                    value = _with_year(cand, value, next(iter(written)))
                    if value is None:
                        continue
            if cand.kind in ("md", "month"):
                closing = _split_year_closed(text[:local])
                if closing is not None:
                    # "in 1987/88 ending March 31" (j76): the day closes the split year, in its later year
                    value = _with_year(cand, value, closing)
                    if value is None:
                        continue
            if published and value > published[-1].isoformat() and (
                (tense == "past" and not deadline and not planned) or before.rstrip().endswith(("since", "from", "last"))
            ):
                continue  # a past event or "since Jan. 1" cannot lie after publication
            predicate = governing_predicate(span)
            if relative and predicate is not None and _habitual(predicate):
                continue  # "generally announces a tender on Monday … and allocates funds Wednesday" (j112): a routine
            yield _fact(
                article, cand, sent, value=value, relative=relative,
                event=event_words(sent, cand.start, cand.end),
                predicate=predicate.lemma_.lower() if predicate is not None else "",
                # "fell to 3.85 pct from five pct yesterday" (j135): the earlier level's day, which
                # blanked ("from five pct on ____") reads as the fall's; kept to date the sentence
                occasion=(
                    BASELINE if relative and _after_a_from_figure(span)
                    # "on the national Sunday morning talk shows" (j201): blanked, "the national the
                    # morning of ____ talk shows"; a day that only qualifies a noun, as a year may
                    else MODIFIER if cand.kind == "weekday" and _day_qualifies_a_noun(span)
                    else occasion(span, predicate)
                ),
                actor=clause_actor(span, predicate),
                bare=bare_time(span),
            )
        years_before = years_here


def _relative_series(candidates: Sequence[Candidate], text: str) -> set[int]:
    """Where three or more relative times stand in one comma series ("ready to die today, die
    tomorrow, die next week — whenever", j232): a figure for any time at all, no three dates.
    A pair ("today and tomorrow") may be two days of talks, and stays."""
    spans = [(m.start(), m.end()) for m in _RELATIVE_SERIES.finditer(text)]
    return {c.start for c in candidates for a, b in spans if a <= c.start < b}


# Three or more relative times a comma parts, a word or two repeated between ("die today, die
# tomorrow, die next week").
_RELATIVE_TIME = r"(?:today|tomorrow|yesterday|tonight|(?:next|last|this)\s+(?:week|month|year))"
_RELATIVE_SERIES = re.compile(
    rf"(?i)\b{_RELATIVE_TIME}(?:\s*,\s*(?:(?:or|and)\s+)?(?:[a-z]+\s+){{0,2}}{_RELATIVE_TIME}\b){{2,}}"
)


def _invited_to(span: Span) -> bool:
    """Whether a weekday goes with a present perfect of inviting or calling someone to a place
    ("President Obama has invited congressional leaders to the White House on Friday", j232, a
    Sunday's story): English gives a present perfect no day gone by, so the day is the visit's,
    ahead."""
    verb = _verb_above(span.root)
    return (
        verb is not None and verb.tag_ == "VBN" and verb.lemma_.lower() in _INVITING_VERBS
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    )


_INVITING_VERBS = frozenset(["invite", "summon", "call", "ask", "schedule", "set", "plan"])


def _not_until(span: Span) -> bool:
    """Whether the date is the "until" of a negated past verb ("The NRA was not invited to a
    meeting with Biden until Friday", j229, a Thursday's story): what was not done until then was
    done then, a day gone by, not a limit ahead."""
    if span.start == 0 or span.doc[span.start - 1].lower_ not in ("until", "till"):
        return False
    verb = _verb_above(span.root)
    return verb is not None and any(c.dep_ == "neg" for c in verb.children)


# Verbs whose act sets a limit ahead of it: "has given shippers until Thursday", "extended the
# offer until Friday" (not "the talks lasted until Monday": a span that ended).
LIMIT_VERBS = frozenset(["give", "grant", "allow", "extend", "set", "allot", "fix"])


def _verb_above(word: Token) -> Token | None:
    """The first verb above ``word`` (a date's root)."""
    return next((t for t in word.ancestors if t.pos_ == "VERB"), None)


def _a_limit_had(span: Span) -> bool:
    """Whether the first verb above the date is "have" with an infinitive: a limit someone had
    ("had until Monday to drop out")."""
    verb = _verb_above(span.root)
    return verb is not None and verb.lemma_.lower() == "have" and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children
    )


def _sets_a_limit(span: Span) -> bool:
    """Whether the first verb above the date sets a limit (``LIMIT_VERBS``)."""
    verb = _verb_above(span.root)
    return verb is not None and verb.lemma_.lower() in LIMIT_VERBS


def _restates_the_day_before(text: str, local: int, candidates: list[Candidate], offset: int) -> bool:
    """Whether the weekday at ``local`` stands in brackets right after another date of the
    sentence ("today (Wednesday)", "tomorrow (Thursday)"): it names that day again."""
    if not text[:local].endswith("("):
        return False
    before = text[: local - 1].rstrip()
    return any(c.end - offset == len(before) for c in candidates)


def _habitual(verb: Token) -> bool:
    """Whether ``verb``, or a verb it is joined to ("generally announces …, holds … and
    allocates"), carries an adverb of frequency: a day it names is the routine's, no date."""
    while True:
        if any(c.dep_ == "advmod" and c.lower_ in FREQUENCY_ADVERBS for c in verb.children):
            return True
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head


def _far_from_its_listed_date(
    cand: Candidate, value: str, candidates: list[Candidate], body: str, published: Sequence[dt.date], tense: Tense
) -> bool:
    """Whether a weekday listed beside a date ("rose on Nov. 6 and Tuesday", "Tuesday and
    Nov. 8") was resolved more than a few days from it: the list runs over a few days, so the
    weekday is the one next to that date, not the one nearest publication; rather than guess
    which week, no date. A weekday the date agrees with ("on Nov. 6 and Tuesday" of a story of
    8 November) stands."""
    for other in candidates:
        if other.kind not in ("md", "mdy", "dmy"):
            continue
        between = body[other.end : cand.start] if other.end <= cand.start else body[cand.end : other.start]
        if not _LIST_JOIN.fullmatch(between):
            continue
        first = min(other.start, cand.start)
        if re.search(r"\bbetween\s+$", body[max(0, first - 10) : first], re.IGNORECASE):
            continue  # "the contests between Monday and March 14": a span's ends, no list
        near = resolve_all(other, published, tense)
        if near is None or len(near) != 10:
            return True  # the listed date is itself unresolved: the weekday's week is not told
        days = abs((dt.date.fromisoformat(value) - dt.date.fromisoformat(near)).days)
        if days > MAX_LIST_DAYS:
            return True
    return False


def _fact(article: Article, cand: Candidate, sent: Span, *, value: str, **read: object) -> DateFact:
    """The fact of one expression of a sentence, with what the parse read of it (``read``)."""
    return DateFact(
        article_id=article.id,
        value=value,
        text=article.body[cand.start : cand.end],
        start=cand.start,
        end=cand.end,
        sent_start=sentence_start(sent),
        sent_end=sentence_end(sent),
        pattern=cand.kind,
        **read,  # type: ignore[arg-type]
    )
