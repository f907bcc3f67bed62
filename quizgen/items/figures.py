"""Figure facts → number items: a cloze of the sentence with the figure blanked.

"… the suicide bombing … that killed at least 22 and left more than 100 injured …" →
question "… that killed ____ and left more than 100 injured …", answer "at least 22",
value 22, unit "people killed", qualifier "at least"; choices keep the qualifier.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache

from quizgen.constants import (
    CHANGE_WORD_STEMS,
    CONTEST_NOUNS,
    INCIDENT_NOUNS,
    PLACE_NOUNS,
    SHARE_WORDS,
)
from quizgen.extract import number_words
from quizgen.extract.figures import NUMBER, SPELLED
from quizgen.facts.merge import conflicting, group_facts
from quizgen.facts.records import FigureFact, Reference
from quizgen.ingest.articles import Article
from quizgen.items import distractors, figure_levels, number_choices, region_counts, stated_figures
from quizgen.items.conversions import without_conversion
from quizgen.items.evidence import sentence_evidence, stable_id
from quizgen.items.ranking import report_score
from quizgen.items.wording import (
    MAX_CLOZE_WORDS,
    ReferenceIndex,
    cloze,
    contains,
    subject_references,
)
from quizgen.models import NumberItem

MAGNITUDE = 3.0  # deck figures used as choices lie within a factor of this of the answer
SIZE_SLACK = 0.01  # the look-up by size reads this much past the factor (rounding); the factor is tested exactly


@lru_cache(maxsize=4096)
def unit_words(unit: str) -> frozenset[str]:
    return frozenset({w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", unit)} - {"people", "of"})


def same_unit(a: FigureFact, b: FigureFact) -> bool:
    wa, wb = unit_words(a.unit), unit_words(b.unit)
    return bool(wa & wb) or a.unit == b.unit


LOWER_BOUNDS = ("at least", "more than", "over", "in excess of", "upwards of")
UPPER_BOUNDS = ("at most", "less than", "fewer than", "up to", "under", "as many as")


# "more than 1,000 injured" says nothing against "more than 2,000" (the toll may be 5,000) and
# makes "more than 500" true: no option written with an open bound is surely wrong, and one
# written otherwise gives the answer away by its shape. Such a figure is asked as a typed answer
# (its bare number accepted). "about", "nearly", "almost" name a point: their options stay.
OPEN_BOUNDS = frozenset((*LOWER_BOUNDS, *UPPER_BOUNDS))


LOOSE = ("about", "around", "roughly", "approximately", "some", "an estimated", "estimated")
LOOSE_SHARE = 0.1  # "about 11%" and "about 12%" can both be true: a loose figure's options lie farther


def agree(a: FigureFact, b: FigureFact) -> bool:
    """Whether two reports can both be true ("at least 22" and "23" can; "22" and "23" cannot)."""
    if a.value == b.value:
        return True
    if isinstance(a.value, tuple) or isinstance(b.value, tuple):
        return False
    lower = LOWER_BOUNDS
    upper = (*UPPER_BOUNDS, "nearly", "almost")
    loose = LOOSE
    for x, y in ((a, b), (b, a)):
        if x.qualifier in lower and y.value >= x.value:
            return True
        if x.qualifier in upper and y.value <= x.value:
            return True
        if x.qualifier in loose and abs(y.value - x.value) <= 0.1 * x.value:
            return True
    return False


class _Renderer:
    """Writes another number the way the fact writes its own ("at least 22" → "at least 30")."""

    def __init__(self, fact: FigureFact):
        self.fact = fact
        m = NUMBER.search(fact.text) or SPELLED.search(fact.text)
        assert m is not None
        self.m = m
        self.words = number_words.is_spelled(m.group("num"))  # "Forty-one percent": options in words
        self.shown = number_words.number_value(m.group("num"))
        self.digits = str(int(self.shown)) if self.words else m.group("num")  # as digits, for its grid
        self.commas = "," in m.group("num")
        self.decimals = len(m.group("num").split(".")[1]) if "." in m.group("num") else 0
        self.scale = 1.0
        self.ends: tuple[tuple[int, int], tuple[int, int]] | None = None  # a range's two numbers
        self.end_digits: tuple[str, str] = ("", "")  # each end as digits, for its own grid
        self.end_decimals: tuple[int, int] = (self.decimals, self.decimals)
        if isinstance(fact.value, tuple):
            self._read_range(fact.value)
        elif self.shown:
            self.scale = fact.value / self.shown

    def _read_range(self, value: tuple[float, float]) -> None:
        """Where a range's two numbers are written ("10-17", "150 to 175", "$50 million to $60
        million") and the scale they share; no ``ends`` (no options) when each end has its own."""
        m, text = self.m, self.fact.text
        if m.group("num2"):
            low, high = m.span("num"), m.span("num2")
        else:
            found = sorted([*NUMBER.finditer(text), *SPELLED.finditer(text)], key=lambda x: x.start())
            if len(found) < 2:
                return
            low, high = found[0].span("num"), found[-1].span("num")
        shown_low, shown_high = (number_words.number_value(text[a:b]) for a, b in (low, high))
        if not shown_high or not shown_low:
            return
        self.scale = value[1] / shown_high
        if abs(shown_low * self.scale - value[0]) <= 1e-6 * max(1.0, abs(value[0])):
            self.ends = (low, high)
            # "633 and 15,000": each end keeps its own grid and decimals (``range_numbers``)
            ends = [text[a:b] for a, b in (low, high)]
            low_digits, high_digits = (str(int(v)) if number_words.is_spelled(e) else e for e, v in zip(ends, (shown_low, shown_high)))
            self.end_digits = (low_digits, high_digits)
            self.end_decimals = (_decimals_of(low_digits), _decimals_of(high_digits))
            # "$500 to $2,000": the answer writes thousands with a comma where it has any, so
            # every option does ("$380 to $1,880", never "$380 to $1880")
            self.commas = any("," in text[a:b] for a, b in (low, high))

    def bare(self, x: float) -> str | None:
        """The number alone, as an answer to accept: "22" for "at least 22 people", "1 million"
        for "over $1 million" (the scale word kept: "1" is not a million); None when the scale
        is in no word of the text ("$1.5m")."""
        if self.scale == 1:
            return self.number(x)
        scale = self.m.groupdict().get("scale")
        return f"{self.number(x)} {scale}" if scale else None

    def range_in_digits(self) -> str | None:
        """A range written in words, its ends in digits ("three to six pct" → "3 to 6 pct");
        None when its ends are not both read."""
        if self.ends is None:
            return None
        (ls, le), (hs, he) = self.ends
        text = self.fact.text
        return text[:ls] + self.end_digits[0] + text[le:hs] + self.end_digits[1] + text[he:]

    def number(self, x: float, decimals: int | None = None) -> str:
        if self.words:
            return number_words.spell(int(x), like=self.m.group("num")) if x == int(x) and 0 <= x < 1000 else f"{x:g}"
        places = self.decimals if decimals is None else decimals
        return f"{x:,.{places}f}" if self.commas else f"{x:.{places}f}"

    def render(self, shown: float | tuple[float, float]) -> str:
        m, text = self.m, self.fact.text
        if isinstance(shown, tuple):
            if self.ends is None:
                return ""  # no option can be written like the answer
            (ls, le), (hs, he) = self.ends
            low, high = (self.number(x, d) for x, d in zip(shown, self.end_decimals))
            return text[:ls] + low + text[le:hs] + high + text[he:]
        start, end = m.span("num")
        return text[:start] + self.number(shown) + text[end:]


def _decimals_of(number: str) -> int:
    return len(number.split(".")[1]) if "." in number else 0


def _shown_value(fact: FigureFact, renderer: _Renderer) -> float | tuple[float, float]:
    if isinstance(fact.value, tuple):
        return (fact.value[0] / renderer.scale, fact.value[1] / renderer.scale)
    return fact.value / renderer.scale


class _ByUnit:
    """The deck's figures indexed by unit, for finding those of the same unit (``same_unit``)
    without comparing every pair."""

    def __init__(self, facts: list[FigureFact]):
        self.facts = facts
        self.by_key: dict[str, list[int]] = {}
        self.by_unit: dict[tuple[str, str], list[FigureFact]] = {}
        self._by_value: dict[tuple[str, str], list[tuple[float, int]]] = {}  # (value, place in ``by_unit``)
        for i, f in enumerate(facts):
            for key in _unit_keys(f):
                self.by_key.setdefault(key, []).append(i)

    def same_unit(self, fact: FigureFact) -> list[FigureFact]:
        """The figures ``same_unit`` as ``fact`` and at the same rate (``FigureFact.rate``: 51
        dlrs a share is no choice for 18 dlrs per barrel), in deck order (found once per unit)."""
        unit = (fact.unit, fact.rate)
        if unit not in self.by_unit:
            found: set[int] = set()
            for key in _unit_keys(fact):
                found.update(self.by_key.get(key, ()))
            self.by_unit[unit] = [self.facts[i] for i in sorted(found)]
        return self.by_unit[unit]

    def near_in_size(
        self, fact: FigureFact, bounds: tuple[float | None, float | None] = (None, None)
    ) -> list[FigureFact]:
        """The figures ``same_unit`` as ``fact`` (a single value) whose value is within a factor of
        ``MAGNITUDE`` of its value, and a little beyond (the caller tests the factor exactly), and
        within ``bounds`` (inclusive here; the caller tests them as ``number_choices.within``), in
        deck order: looked up by value, not read one by one (a unit may have thousands)."""
        value = fact.value
        if not value:
            return []
        unit = (fact.unit, fact.rate)
        ordered = self._by_value.get(unit)
        if ordered is None:
            ordered = self._by_value[unit] = sorted(
                (f.value, i) for i, f in enumerate(self.same_unit(fact)) if not isinstance(f.value, tuple)
            )
        low, high = sorted((value / MAGNITUDE, value * MAGNITUDE))
        low, high = low - abs(low) * SIZE_SLACK, high + abs(high) * SIZE_SLACK
        if bounds[0] is not None:
            low = max(low, bounds[0])
        if bounds[1] is not None:
            high = min(high, bounds[1])
        start = bisect.bisect_left(ordered, (low, -1))
        end = bisect.bisect_right(ordered, (high, len(ordered)))
        same = self.by_unit[unit]
        return [same[i] for i in sorted(i for _, i in ordered[start:end])]


def _unit_keys(fact: FigureFact) -> set[str]:
    """The look-up keys of a figure's unit, its words and its rate."""
    return {f"unit:{fact.unit}/{fact.rate}"} | {f"word:{w}/{fact.rate}" for w in unit_words(fact.unit)}


def _candidates(
    fact: FigureFact, renderer: _Renderer, deck: _ByUnit, banned: set, key: str, grain: number_choices.Grain,
    bounds: tuple[float | None, float | None] = (None, None), *, level: float = 0.0,
) -> Iterator[tuple[float, str]]:
    """(value, text) options: deck figures of the same unit and magnitude first, then (for a
    ``level``, the half width of its band: ``figure_levels``) numbers over that band, then numbers on the
    answer's grid near it, written as the answer is. Lazy: the choices take the first few,
    so a deck with thousands of figures of one unit costs each figure only what it reads."""
    shape = distractors.number_shape(fact.text)
    rng = distractors.rng_for(key + ":numbers")
    if isinstance(fact.value, tuple):
        if renderer.ends is None:
            return
        high = fact.value[1] / renderer.scale
        for x, y in number_choices.range_numbers(*renderer.end_digits, rng):
            if bounds[1] is not None and y * renderer.scale >= bounds[1]:
                continue  # "70 pct of the capacity, but only ____ of production": both ends below 70
            if (x * renderer.scale, y * renderer.scale) not in banned and not number_choices.beyond_whole(high, y, fact.text):
                for text in _formatted_like_shape(shape, [renderer.render((x, y))], answer=fact.text):
                    yield x * renderer.scale, text
        return
    value = fact.value
    for other in deck.near_in_size(fact, bounds):  # the caller drops those outside ``bounds``
        if isinstance(other.value, tuple) or other.value in banned or not _also_false(fact, other.value):
            continue
        if value and 1 / MAGNITUDE <= other.value / value <= MAGNITUDE:
            shown = other.value / renderer.scale
            if round(shown, renderer.decimals) == shown and grain.fits(shown) and (shown >= 1 or value / renderer.scale < 1):
                for text in _formatted_like_shape(shape, [renderer.render(shown)], answer=fact.text):
                    yield other.value, text
    shown_value = _shown_value(fact, renderer)
    levels = figure_levels.level_numbers(shown_value, grain, distractors.rng_for(key + ":levels"), level) if level else []
    for x in [*levels, *number_choices.grid_numbers(shown_value, grain, rng)]:
        if x * renderer.scale not in banned and _also_false(fact, x * renderer.scale):
            for text in _formatted_like_shape(shape, [renderer.render(x)], answer=fact.text):
                yield x * renderer.scale, text


def sentence_numbers(fact: FigureFact, body: str, facts: Iterable[FigureFact]) -> list[float]:
    """The other numbers of the fact's sentence that count what it counts: written with the same
    currency or percent sign ("from 76 percent", "from $280.7 million"), or figures of its unit."""
    sentence = body[fact.sent_start : fact.sent_end]
    own = NUMBER.search(fact.text)
    out: list[float] = []
    kind = number_choices.kind_of(own) if own else ("", False)
    if kind != ("", False):
        for m in NUMBER.finditer(sentence):
            start, end = fact.sent_start + m.start(), fact.sent_start + m.end()
            if not (start < fact.end and fact.start < end) and number_choices.kind_of(m) == kind:
                out += number_choices.value_of(m)
        elided = _ELIDED_BASELINE.match(body, fact.end, fact.sent_end)
        if elided is not None:  # "down to ____ percent from 8.3": the baseline in the answer's unit
            out.append(number_words.number_value(elided.group("num")))
    else:  # a bare count: the number it is compared with ("to ____ stores from 360"), not a year
        from_blank = re.search(r"\bfrom\s+$", body[fact.sent_start : fact.start]) is not None
        compared = _COMPARED_TO if from_blank else _COMPARED_FROM  # "to 86 workers from ____"
        scaled = own is not None and bool(own.group("scale"))
        for m in compared.finditer(sentence):
            start = fact.sent_start + m.start("num")
            # "to ____ dlrs … from an estimated 98 billion" (j76): a scaled answer's scaled baseline
            plain = not (m.group("cur") or m.group("pct") or m.group("num2")) and bool(m.group("scale")) == scaled
            if plain and not (start < fact.end and fact.start < start) and not _year_like(m.group("num")):
                out += number_choices.value_of(m)
        out += _range_start(fact, body, own)
        out += _same_grid_prices(fact, sentence, own)
    for other in facts:
        if other is fact or other.sent_start != fact.sent_start or not same_unit(fact, other):
            continue
        out += list(other.value) if isinstance(other.value, tuple) else [other.value]
    return out


_PRICE_DECIMALS = 2  # "419.80", "1.6425": a price written to the cent or finer


def _same_grid_prices(fact: FigureFact, sentence: str, own: re.Match | None) -> list[float]:
    """The sentence's other bare numbers written to the answer's decimals, of its size within a
    factor of two: the prices it sets the answer beside ("fixed this morning at ____ dlrs an
    ounce, down on last night's close of 421.50/422.00", j105: the options lie below 421.50)."""
    if own is None or own.group("scale"):
        return []
    decimals = len(own.group("num").partition(".")[2])
    if decimals < _PRICE_DECIMALS:
        return []
    unit = _word_after(sentence[fact.end - fact.sent_start :])
    size = sum(fact.value) / 2 if isinstance(fact.value, tuple) else fact.value  # a range's middle ("1.6420-1.6440")
    out: list[float] = []
    for m in _DECIMAL.finditer(sentence):
        start = fact.sent_start + m.start()
        if fact.start <= start < fact.end or len(m.group(0).partition(".")[2]) != decimals:
            continue
        if _word_after(sentence[m.end() :]) not in ("", unit):
            continue  # "a rate of around 2.90 marks and ____ dlrs": another unit's number
        value = float(m.group(0).replace(",", ""))
        if size and 0.5 < value / size < 2.0:
            out.append(value)
    return out


def _word_after(text: str) -> str:
    """The word right after a number (its unit: "dlrs", "marks"), past a bid/offer pair's second
    half ("/422.00", "/90"); "" when punctuation or a hyphen comes first."""
    m = re.match(r"(?:/[\d.,]+)?\s+([A-Za-z]+)", text)
    return m.group(1).lower() if m else ""


# A decimal number, alone or in a bid/offer pair ("421.50/422.00"); not a part of a longer one.
_DECIMAL = re.compile(r"(?<![\w.,])\d[\d,]*\.\d+(?![\w.,]?\d)")


# A range's first end written right before its blanked second ("The 15.5 mln to ____ mln bags",
# j97), with the answer's own word after it or none: options lie beyond it, a step away.
# Or the first of two figures a speaker offers ("should rise to 51 or ____ marks", j106).
_RANGE_START = re.compile(r"(?<![\w.,])(?P<num>\d[\d,]*(?:\.\d+)?)(?:\s+(?P<word>[A-Za-z]+))?\s*(?:\bto\b|\bor\b|[-–])\s*$")


def _range_start(fact: FigureFact, body: str, own: re.Match | None) -> list[float]:
    """The value of the number that opens the answer's range ("15.5" of "15.5 mln to 16 mln
    bags"), in the answer's scale; none when the answer is no range's second end."""
    m = _RANGE_START.search(body[max(fact.sent_start, fact.start - 40) : fact.start])
    if m is None or own is None:
        return []
    word = re.match(r"\s+([A-Za-z]+)", body[fact.start + own.end() : fact.start + own.end() + 40])
    if m.group("word") and (word is None or word.group(1).lower() != m.group("word").lower()):
        return []  # "20 pct to ____ mln": each end counts another thing, no one range
    shown = float(own.group("num").replace(",", ""))
    return [fact.value * float(m.group("num").replace(",", "")) / shown] if shown and not isinstance(fact.value, tuple) else []


# "from an estimated 98 billion", "to a revised 3.1 pct" (j76), "from its estimated 171 billion dlr
# level" (j79), "from January's 7.20 billion" (j107): a baseline's determiner and qualifier between
_BASELINE_WORDS = r"(?:(?:an?|the|its|their|his|her|our|(?:last\s+)?[A-Za-z]+['’]s)\s+)?(?:(?:estimated|revised|projected|expected|record|about|around|nearly|almost|some|roughly|approximately)\s+)?"
_COMPARED_FROM = re.compile(r"\bfrom\s+" + _BASELINE_WORDS + NUMBER.pattern, NUMBER.flags)
_COMPARED_TO = re.compile(r"\bto\s+" + _BASELINE_WORDS + NUMBER.pattern, NUMBER.flags)
# A bare number right after the answer, "from" it, that takes the answer's unit ("down to 8.1
# percent from 8.3 —", j176: options of 10.1 and 12.1 percent): followed by a mark, the end, or
# a word that is no unit ("from 8.3 in July").
_ELIDED_BASELINE = re.compile(
    r"\s+from\s+(?P<num>\d[\d,]*(?:\.\d+)?)(?![\d.,]*\d|\s*[-–/]\s*\d)"  # the whole number, not "12" of "12-1/2"
    r"(?=\s*(?:[^\w\s%$]|$|(?:in|last|a|the|at|on|earlier|before|previously)\b))"
)


def _year_like(number: str) -> bool:
    """"from 1982": a year, not a count ("from 1,982" is one)."""
    return number.isdigit() and len(number) == 4 and 1800 <= int(number) <= 2100


def _also_false(fact: FigureFact, other: float) -> bool:
    """Whether "more than 1,200" is not also true beside the answer "more than 2,400": a lower
    bound's wrong options lie above it, an upper bound's below it, a loose figure's ("about
    $51,000") more than a tenth away from it (not "about $50,000")."""
    if fact.qualifier in LOWER_BOUNDS:
        return other > fact.value
    if fact.qualifier in UPPER_BOUNDS:
        return other < fact.value
    if fact.qualifier in LOOSE:
        return abs(other - fact.value) > LOOSE_SHARE * fact.value
    if fact.qualifier == "all":
        return other >= 3  # "all two" is no English: two are "both" (j171: "arrested all four police officers")
    return True


def _formatted_like_shape(shape: object, options: Iterable[str], *, answer: str) -> Iterator[str]:
    """Only options written as the answer is (its ``number_shape``): "$17.8 million" for
    "$19.3 million", never "$50.0 million" — a trailing zero or a missing decimal gives the
    answer away; nor a round million in digits ("1,000,000" beside "800,000": news writes
    "1 million")."""
    odd = number_choices.round_millions(answer)  # an answer written so takes options written so
    return (o for o in options if distractors.number_shape(o) == shape and (odd or not number_choices.round_millions(o)))


# A number of the same sentence joined to the figure by "or": "around 38 [or] 39 pct",
# "62.5 pct [or] 60 pct".
_ALTERNATIVE_BEFORE = re.compile(r"\d[\d.,]*\s*(?:pct|percent|per cent|%)?\s+or\s+$", re.IGNORECASE)
_ALTERNATIVE_AFTER = re.compile(r"^\s*(?:pct|percent|per cent|%)?\s*or\s+(?:about\s+|around\s+)?\d", re.IGNORECASE)


def one_of_alternatives(body: str, fact: FigureFact) -> bool:
    """Whether the figure is one of two numbers offered as alternatives ("around 38 or 39 pct",
    "such as 62.5 pct or 60 pct", j128): one estimate said two ways, whose other number stands
    beside the blank, so the card asks which neighbour of it the article wrote."""
    if isinstance(fact.value, tuple):
        return False
    before = body[fact.sent_start : fact.start]
    return bool(_ALTERNATIVE_BEFORE.search(before) or _ALTERNATIVE_AFTER.match(body[fact.end : fact.sent_end]))


def number_items(facts: list[FigureFact], *, articles: dict[str, Article], central: frozenset[str] = frozenset(), references: Mapping[str, Sequence[Reference]] | None = None) -> list[tuple[NumberItem, float]]:
    """One item per reported figure (merged across articles); disagreements tagged ``conflict``.

    With ``references`` (the deck always gives them), a figure whose owner the sentence leaves
    unnamed and the references do not name makes no item (``owner_named``); without them the
    caller asks for bare clozes and owners are not checked."""
    facts = sorted(facts, key=lambda f: (f.article_id, f.start))
    groups = group_facts(facts, key=lambda f: f.value, event=lambda f: f.event, compatible=same_unit)
    clashes = conflicting(
        groups,
        comparable=lambda a, b: same_unit(a, b) and (a.article_id, a.sent_start) != (b.article_id, b.sent_start),
        agree=agree,
        event=lambda f: f.event,
    )
    made: dict[str, tuple[NumberItem, float]] = {}
    deck = _ByUnit(facts)
    # The figures of each sentence, in order: what ``sentence_numbers`` reads of the others.
    by_sentence: dict[tuple[str, int], list[FigureFact]] = {}
    by_article: dict[str, list[FigureFact]] = {}
    for f in facts:
        by_sentence.setdefault((f.article_id, f.sent_start), []).append(f)
        by_article.setdefault(f.article_id, []).append(f)
    for index, group in enumerate(groups):
        fact = group[0]
        body = articles[fact.article_id].body
        refs = subject_references(references, fact.article_id)
        if references is not None and not owner_named(fact, refs):
            continue  # "The thrift lost ____": whose loss, the card cannot say
        if fact.occasion_unsaid:
            continue  # "was set to win ____ more delegates": in which primary, the card cannot say
        if fact.measure_unsaid:
            continue  # "Rubio comes in at ____": a share of what, the card cannot say
        if one_of_alternatives(body, fact):
            continue  # "fall to around 38 or ____ pct" (j128): the figure is one guess of two, its partner beside the blank
        question = cloze(body, fact.sent_start, fact.sent_end, fact.start, fact.end, references=beside_side_clauses(refs, fact))
        if question is None and fact.cut_at is not None and len(body[fact.sent_start : fact.sent_end].split()) > MAX_CLOZE_WORDS:
            # a sentence too long to ask, asked without the reason or circumstance it ends with
            cut = body[: fact.cut_at] + "."
            question = cloze(cut, fact.sent_start, fact.cut_at + 1, fact.start, fact.end, references=beside_side_clauses(refs, fact))
        answer = fact.text
        if question is not None:  # "____ kilometers (10 miles)": the conversion would give it away
            question = without_conversion(question, answer)
        renderer = _Renderer(fact)
        bare = renderer.bare(_shown_value(fact, renderer)) if not isinstance(fact.value, tuple) else None
        digits = renderer.digits if renderer.words and renderer.scale == 1 else None  # "41" for "Forty-one"
        if isinstance(fact.value, tuple):
            # "3 to 6 pct" for "three to six pct", never its first end alone ("3", j117)
            digits = renderer.range_in_digits() if renderer.words else None
        accept = [a for a in (_without_qualifier(fact), bare, digits) if a and a != answer]
        accept = list(dict.fromkeys(accept))
        if question is None or contains(question, [answer]) or (bare and contains(question, [bare])):
            continue
        item_id = stable_id("n", f"{fact.value} {fact.unit} {fact.qualifier or ''} {' '.join(fact.event)}")
        if item_id in made or number_choices.ratio_denominator(body[fact.sent_start : fact.start], fact.value if not fact.qualifier else None):
            continue  # "2 in 10 voters": the 10 is the ratio's convention, not the figure
        banned = {groups[j][0].value for j in clashes.get(index, ())} | {fact.value}
        # An option the question already shows (another figure of the sentence) is no option,
        # nor one on the other side of a number the sentence compares the answer with.
        marks = None if isinstance(fact.value, tuple) else _level_marks(fact, renderer, body, by_article.get(fact.article_id, ()))
        others = sentence_numbers(fact, body, by_sentence.get((fact.article_id, fact.sent_start), ()))
        bounds = number_choices.range_bounds(fact.value, others) if isinstance(fact.value, tuple) else number_choices.order_bounds(
            fact.value, others + (marks[0] if marks else [])
        )
        floor = None if isinstance(fact.value, tuple) else number_choices.ordinal_floor(body[fact.sent_start : fact.start])
        if floor is not None and fact.value > floor:  # "an eighth defeat in ____ Tests": 8 or more
            bounds = number_choices.narrowed(bounds, (floor, None))
        bounds = number_choices.narrowed(bounds, _share_bounds(fact, body))
        bounds = number_choices.narrowed(bounds, _parts_bounds(fact, body))
        compared = bounds  # the numbers the answer is compared with, which a step keeps near
        moved = number_choices.point_change(body[fact.sent_start : fact.start]) if fact.unit == "percent" and not isinstance(fact.value, tuple) else None
        if moved is not None and moved < fact.value:
            # "a half-point cut in base rates to ____", "by 0.5 pct to ____" (j118): the rate before
            # was half a point away, whatever other numbers the sentence holds ("by 0.5 pct")
            compared = (fact.value - moved, fact.value + moved)
        grain = number_choices.grain_of(renderer.digits)
        bounds = number_choices.narrowed(bounds, _band(fact, grain))
        level = 0.0  # the half width of a level's band, in the answer's written numbers
        if marks is not None:  # "at ____ yuan, breaking the 7.85 mark": options near the level the article gives
            band = _level_band(fact, renderer, grain, marks[0] + marks[1])
            bounds = number_choices.narrowed(bounds, band)
            if band[0] is not None and band[1] is not None:
                level = (band[1] - band[0]) / 2 / renderer.scale
        if not isinstance(fact.value, tuple) and not level and "." not in renderer.digits and number_choices.exchange_rate(question, answer):
            # "the dollar to drop to ____ yen": a rate's options near it, spread over the band (a
            # range's options, by their low ends, would overlap it: left as they are; a rate in
            # decimals keeps the grid's, whose steps a band of a few percent leaves too few)
            band = number_choices.EXCHANGE_RATE_BAND * fact.value
            bounds = number_choices.narrowed(bounds, (fact.value - band, fact.value + band))
            level = band / renderer.scale
        pinned = False
        if not isinstance(fact.value, tuple):  # "____ of the 50 states"; "____, up 13% from $280.7 million"
            own = NUMBER.search(fact.text)
            if own is None or number_choices.kind_of(own) == ("", False):  # a count, not a share or a sum
                stated = (stated_figures.part_bound(question, fact.value), stated_figures.whole_bound(question, fact.value, fact.unit))
                bounds = number_choices.narrowed(bounds, stated)
                bounds = number_choices.narrowed(bounds, (None, region_counts.count_bound(fact.unit, fact.value)))
                pinned = stated_figures.pinned_by_difference(question, fact.value)
            pinned = pinned or own is not None and (
                stated_figures.pinned_by_change(question, fact.value, number_choices.kind_of(own))
                or stated_figures.pinned_by_parts(question, fact.value, number_choices.kind_of(own))
                # "ahead by ____ points, 51 percent to 40 percent" (j177); "2.5" of "2.5 mln" as written
                or stated_figures.pinned_by_sum(question, fact.value)
                or stated_figures.pinned_by_sum(question, float(own.group("num").replace(",", "")))
                or stated_figures.pinned_by_list(question, fact.value)
                or stated_figures.pinned_by_split(question, fact.value, fact.unit)
            )
        # "from $1.05 to ____": an option's step from the compared number like the answer's; a
        # change the sentence calls slight ("fell marginally to ____ from 298") keeps its options
        # near when the grid has enough there, else they go as far as any change's
        slight = not isinstance(fact.value, tuple) and (
            number_choices.SLIGHT_CHANGE.search(question) is not None or number_choices.small_step(fact.value, compared)
        )
        choices: list[str] = []
        for near in (True, False) if slight else (False,):
            stepped = bounds if isinstance(fact.value, tuple) else number_choices.narrowed(
                bounds, number_choices.step_bounds(fact.value, compared, slight=near)
            )
            # a slight change's options spread over its narrow band (the grid's shares of the
            # answer leap past it), as a level's do
            reach = level or (_slight_reach(fact.value, stepped) / renderer.scale if near else 0.0)
            # A round answer hemmed in ("less than 10 percent": no round ten below it) falls back to
            # exact numbers rather than going without choices.
            for grid in (grain, number_choices.relaxed(grain), number_choices.finer(grain)):
                if grid is None or choices or pinned or fact.qualifier in OPEN_BOUNDS:
                    continue
                candidates = (
                    (v, c) for v, c in _candidates(fact, renderer, deck, banned, item_id, grid, stepped, level=reach)
                    if number_choices.within(v, stepped) and not contains(question, [m.group(0) for m in NUMBER.finditer(c)])
                    and number_choices.agrees_with_article(question, answer, c)
                )
                choices = distractors.full_choices(answer, _spread(fact, candidates), key=item_id)
            if choices:
                break
        made[item_id] = (
            NumberItem(
                id=item_id,
                question=question,
                answer=answer,
                accept=accept,
                choices=choices,
                style="cloze",
                value=fact.value,
                unit=fact.unit,
                qualifier=fact.qualifier,
                evidence=sentence_evidence(group, articles),
                tags=["number"] + (["conflict"] if index in clashes else []),
            ),
            report_score(group, fact.event, central),
        )
    return list(made.values())


# Words a side clause may keep as written (``FigureFact.side_clauses``): descriptions and
# pronouns; not a first person, a time or a place, which frame the whole sentence …
SIDE_CLAUSE_KINDS = frozenset(["thing", "demonstrative", "org", "group", "person"])
# … nor a description of a place, a contest or an incident ("where the state's voters …", "after
# the primary"): which one may be what the figure is of.
SCOPE_NOUNS = PLACE_NOUNS | CONTEST_NOUNS | INCIDENT_NOUNS


def beside_side_clauses(references: Sequence[Reference], fact: FigureFact) -> Sequence[Reference]:
    """``references`` without the unnamed ones inside a clause set off from the figure
    ("Tellmark shareholders, who approved the plan in May, will receive ____": which plan is no
    part of what the card asks), which the cloze then keeps as written instead of refusing."""
    if not fact.side_clauses:
        return references
    index = references if isinstance(references, ReferenceIndex) else ReferenceIndex(references)
    inside = list(index.starting_within(fact.sent_start, fact.sent_end))
    kept = [
        r for r in inside
        if not (r.name is None and r.kind in SIDE_CLAUSE_KINDS and _head_word(r.text) not in SCOPE_NOUNS
                and any(s <= r.start and r.end <= e for s, e in fact.side_clauses))
    ]
    # the cloze reads only the references of the figure's sentence
    return references if len(kept) == len(inside) else ReferenceIndex(kept)


def _head_word(text: str) -> str:
    """"the state's" → "state"; "the primaries" → "primary"."""
    words = re.findall(r"[A-Za-z-]+", text.lower())
    word = words[-1] if words else ""
    for singular in (word, word.removesuffix("s"), word.removesuffix("es"), word.removesuffix("ies") + "y"):
        if singular in SCOPE_NOUNS:
            return singular
    return word


def _slight_reach(answer: float, bounds: tuple[float | None, float | None]) -> float:
    """How far a slight change's options may go from the answer: to its farther bound."""
    gaps = [abs(answer - b) for b in bounds if b is not None]
    return max(gaps) if gaps else 0.0


def _level_marks(
    fact: FigureFact, renderer: _Renderer, body: str, article_facts: Iterable[FigureFact]
) -> tuple[list[float], list[float]] | None:
    """The numbers that mark a precise answer's level (``figure_levels.neighbours``): those of its
    sentence written as it is (its currency or percent sign, or none: "breaking the 7.85 mark"),
    which also keep their order to the options, and the article's figures of its unit ("Brent
    ... 61.56 dollars"). None for an answer written without decimals, with a scale word ("$20.6
    million": a sum, not a level) or as a share."""
    own = NUMBER.search(fact.text)
    if own is None or own.group("pct") or own.group("scale") or renderer.scale != 1 or not figure_levels.precise(renderer.digits):
        return None
    sentence = body[fact.sent_start : fact.sent_end]
    in_sentence: list[float] = []
    for m in NUMBER.finditer(sentence):
        start, end = fact.sent_start + m.start(), fact.sent_start + m.end()
        overlaps = start < fact.end and fact.start < end
        if overlaps or m.group("num2") or _year_like(m.group("num")) or number_choices.kind_of(m) != number_choices.kind_of(own):
            continue
        in_sentence += number_choices.value_of(m)
    elsewhere = [f.value for f in article_facts if f is not fact and not isinstance(f.value, tuple) and same_unit(fact, f)]
    return figure_levels.neighbours(fact.value, in_sentence), figure_levels.neighbours(fact.value, elsewhere)


def _level_band(
    fact: FigureFact, renderer: _Renderer, grain: number_choices.Grain, marks: list[float]
) -> tuple[float | None, float | None]:
    """``figure_levels.level_band`` in the fact's values (the written number times its scale)."""
    low, high = figure_levels.level_band(fact.value / renderer.scale, renderer.digits, grain, [m / renderer.scale for m in marks])
    if low is None or high is None:
        return None, None
    return low * renderer.scale, high * renderer.scale


def owner_named(fact: FigureFact, references: Sequence[Reference]) -> bool:
    """Whether the card can say whose figure it is: the sentence names the owner, or the
    words standing for it ("it", "the company", a bare "revenue": ``FigureFact.owner``) are a
    reference the article names, which the cloze writes in brackets ("[Ratners Group] posted")."""
    if fact.owner is None:
        return True
    start, end = fact.owner
    return any(r.name and r.start < end and start < r.end for r in references)


def _share_bounds(fact: FigureFact, body: str) -> tuple[float | None, float | None]:
    """"a 69% majority": a share the next word places above half (``SHARE_WORDS``); "70% of
    the facility": a share of a whole, never more than all of it."""
    own = NUMBER.search(fact.text)
    if own is None or not (own.group("pct") or fact.unit.split(" ", 1)[0] in PERCENT_UNITS):
        return None, None
    # "about 88 pct of Pegard" (Reuters, j72): the words after the number and its unit
    rest = _PERCENT_WORD.sub("", body[fact.end : fact.sent_end], count=1)
    following = re.match(r"\w+", rest)
    word = following.group(0).lower() if following else ""
    # "a 100 pct investment bank subsidiary in New York" (j75): the noun the share makes a part
    # of may close a compound, which runs to its first preposition or mark
    compound = _PHRASE_END.split(rest, maxsplit=1)[0].split()
    head = compound[-1].lower() if 0 < len(compound) <= 4 else ""
    whole = word == "of" or word in WHOLE_PART_NOUNS or head in WHOLE_PART_NOUNS
    if whole and not isinstance(fact.value, tuple) and fact.value <= 100:
        # up to 100% itself; below it when the sentence says the share is more ("more than a
        # ____ share": 100% leaves no more, j69)
        high = 100.0 if _MORE_THAN_BEFORE.search(body[fact.sent_start : fact.start]) else 100.5
        return number_choices.narrowed((None, high), SHARE_WORDS.get(word, (None, None)))
    return SHARE_WORDS.get(word, (None, None))


# The units a figure of a percentage carries when its text holds no "%" ("about 88 pct").
PERCENT_UNITS = frozenset(["percent", "pct"])
# Nouns a percentage before them makes a part of one whole ("a 90% share", "a 51% stake").
WHOLE_PART_NOUNS = frozenset(
    ["share", "stake", "majority", "minority", "portion", "proportion", "slice", "holding", "interest", "subsidiary",
     "owned", "ownership", "affiliate", "unit"]
)
# A percentage's unit word after its number ("88 pct of", "100 pct-owned"), with what stands before it.
_PERCENT_WORD = re.compile(r"^\W*(?:(?:pct|percent|per\s+cent)\b\W*)?", re.IGNORECASE)
# Where a noun phrase after a percentage ends: its first preposition, conjunction or mark.
_PHRASE_END = re.compile(r"[,.;:()]|\s(?:in|of|at|for|with|to|from|and|or|that|which)\b", re.IGNORECASE)
# "more than (a) ____" right before a figure: a lower bound, with room above it.
_MORE_THAN_BEFORE = re.compile(r"\b(?:more than|over|above|upwards of)\s+(?:an?\s+)?$", re.IGNORECASE)


def _band(fact: FigureFact, grain: number_choices.Grain) -> tuple[float | None, float | None]:
    """A percentage's options near it in points (``number_choices.share_band``)."""
    own = NUMBER.search(fact.text)
    # a gap in percentage points is weighed on the same scale (j186: "beating Mondale by 95
    # percentage points" offered 105 and 114, past the whole)
    in_points = (fact.unit or "").lower().startswith("percentage point")
    if own is None or not (own.group("pct") or in_points) or isinstance(fact.value, tuple):
        return None, None
    return number_choices.share_band(fact.value, float(grain.step))


_CHANGE = re.compile(r"\b(?:" + "|".join(CHANGE_WORD_STEMS) + ")", re.IGNORECASE)


def _parts_bounds(fact: FigureFact, body: str) -> tuple[float | None, float | None]:
    """"Trump received ____, Clinton had 36 percent and Bloomberg 13 percent": the sentence's
    other percentages, when none is a change, a rate or a margin (``CHANGE_WORD_STEMS``) and
    none a range, are shares of the answer's whole: ``number_choices.parts_bounds``."""
    own = NUMBER.search(fact.text)
    if own is None or not own.group("pct") or isinstance(fact.value, tuple) or fact.unit != "percent":
        return None, None
    sentence = body[fact.sent_start : fact.sent_end]
    if _CHANGE.search(sentence):
        return None, None
    others: list[float] = []
    for m in NUMBER.finditer(sentence):
        start, end = fact.sent_start + m.start(), fact.sent_start + m.end()
        if start < fact.end and fact.start < end or not m.group("pct"):
            continue
        if m.group("num2"):
            return None, None
        others += number_choices.value_of(m)
    decimals = len(own.group("num").partition(".")[2])
    return number_choices.parts_bounds(others, fact.value, rounding=number_choices.ROUNDING / 10**decimals)


def _spread(fact: FigureFact, candidates: Iterable[tuple[float, str]]) -> list[str]:
    """Three options among the first candidates that leave the answer no odd one out (ranges:
    by their low ends)."""
    return number_choices.spread_choices(fact.value[0] if isinstance(fact.value, tuple) else fact.value, candidates)


def _without_qualifier(fact: FigureFact) -> str | None:
    if not fact.qualifier:
        return None
    return fact.text[len(fact.qualifier) :].strip()
