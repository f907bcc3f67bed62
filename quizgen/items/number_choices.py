"""Wrong numbers a reader of the sentence cannot rule out.

Three rules, each about what the evidence sentence and the answer show:

- **order**: every other number of the answer's kind in the sentence (the same currency or
  percent sign, or a figure of the same unit) keeps its order to every option as it has to the
  answer. "a drop from 76 percent to ____" (answer 60) gets options below 76; "____ to $10
  million short" options below $10 million; "rose to ____ from $50.1 million" options above it.
  Whatever word links the two numbers (from/to, up/down, short, more than), the answer's own
  value already says on which side it lies, so the options lie on that side too.
- **grain**: options are written on the answer's grid: a price in eighths ("$36.125") gets
  eighths, a quarter ("$2.75") quarters, a round count ("more than 80") round counts, an exact
  one ("48%") exact ones, never "0.47 billion" for "1.01 billion".
- **step**: beside a number the sentence compares it with ("a raise from $1.05 to ____"), an
  option moves from that number by a step like the answer's (at most three times it, or a
  quarter of the answer): not $2.50 for a raise from $1.05 to $1.25.
- **apart**: no option a learner cannot tell from the answer (the same to three significant
  digits: not $1,059.05 for $1,059.04), nor a share beyond the whole (a 130% or a 60-point gap beside
  a 30-point one);
- **parts**: shares the sentence gives of one whole beside the answer ("49.9 percent to
  Sanders’ 49.6 percent") leave an option no more than the rest of it (not 59.9);
- **spread**: the answer is not the odd one out: it lies no farther from its nearest option
  than two neighbouring options lie apart (not 90 beside 30, 31 and 32; not 48 beside 18, 25
  and 33).
"""

from __future__ import annotations

import itertools
import math
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from quizgen.extract.number_words import ORDINAL_WORDS, TENS, UNITS

CANDIDATES_READ = 12  # the options a choice set is picked from (best first)


@dataclass(frozen=True)
class Grain:
    """The grid an answer is written on: ``step`` between neighbours, and whether an option must
    avoid the next coarser grid too (an exact "48" is no multiple of ten, so neither are its
    options)."""

    step: Fraction
    not_multiple_of: Fraction | None = None
    offset: Fraction = Fraction(0)  # "36.125": odd eighths, a quarter apart from 1/8 on

    def fits(self, x: float) -> bool:
        return _fits(self, x)

    def snap(self, x: float) -> float:
        step, offset = float(self.step), float(self.offset)
        return round(offset + round((x - offset) / step) * step, 6)


@lru_cache(maxsize=1 << 16)
def _fits(grain: Grain, x: float) -> bool:
    """``grain.fits(x)``, remembered: a deck asks it of the same figures for many cards, and
    ``Fraction.limit_denominator`` is slow."""
    value = Fraction(x).limit_denominator(10_000) - grain.offset
    if value % grain.step:
        return False
    return grain.not_multiple_of is None or bool(value % grain.not_multiple_of)


# Prices written in fractions of a dollar (stock quotes before decimalisation): the step and
# the decimals it takes to write ("2.75", "36.125", "20.0625"). "4.5" is read as tenths.
FRACTION_STEPS = ((Fraction(1, 4), 2), (Fraction(1, 8), 3), (Fraction(1, 16), 4))


def grain_of(number: str) -> Grain:
    """The grid of a number as written: "36.125" → odd eighths, "2.75" → odd quarters, "19.3" → tenths,
    "80" → tens but no hundreds, "9,000" → thousands but no ten thousands, "48" → units but no multiple of ten, "7" → units."""
    digits = number.replace(",", "")
    whole, _, fraction = digits.partition(".")
    if fraction:
        value = Fraction(digits)
        frac = value - int(value)
        for step, decimals in FRACTION_STEPS:
            if len(fraction) == decimals and not frac % step:
                # written with all its decimals, it is an odd multiple of its step ("2.75", not
                # "2.50"): so are its options
                return Grain(2 * step, offset=step)
        # "$2.90" (a price to the cent, ending in a zero): its options end in a zero too
        return Grain(Fraction(1, 10 ** len(fraction.rstrip("0") or "")))
    zeros = len(whole) - len(whole.rstrip("0")) if int(whole) else 0
    if zeros:
        # "270" is written to tens, "13,000" to thousands: no option rounder ("300", "10,000"
        # beside it leave the answer the one number not rounded further; ``relaxed`` if none fits)
        return Grain(Fraction(10**zeros), not_multiple_of=Fraction(10 ** (zeros + 1)))
    if int(whole) >= 10:
        return Grain(Fraction(1), not_multiple_of=Fraction(10))
    return Grain(Fraction(1))


def relaxed(grain: Grain) -> Grain | None:
    """A round grid that lets its rounder numbers in ("270": tens, 300 too), None for others:
    a round answer hemmed in takes rounder options before exact ones."""
    return Grain(grain.step) if grain.step > 1 and grain.not_multiple_of is not None else None


def finer(grain: Grain) -> Grain | None:
    """Units for a round grid ("80": tens → units), None for a grid already fine."""
    return Grain(Fraction(1)) if grain.step > 1 else None


def order_bounds(answer: float, others: Iterable[float]) -> tuple[float | None, float | None]:
    """(low, high), both exclusive: the sentence's other numbers on each side of the answer."""
    low = high = None
    for v in others:
        if v < answer:
            low = v if low is None else max(low, v)
        elif v > answer:
            high = v if high is None else min(high, v)
    return low, high


def range_bounds(answer: tuple[float, float], others: Iterable[float]) -> tuple[float | None, float | None]:
    """(low, high), both exclusive, for a range's options: the sentence's other numbers below
    its low end and above its high one ("had 70 pct of the capacity but only 50 to 60 pct of
    the production": options below 70, j106). A number inside the range bounds nothing."""
    low, high = answer
    return order_bounds(low, [v for v in others if v < low])[0], order_bounds(high, [v for v in others if v > high])[1]


def narrowed(a: tuple[float | None, float | None], b: tuple[float | None, float | None]) -> tuple[float | None, float | None]:
    """The tighter of two (low, high) bounds on each side."""
    lows = [x for x in (a[0], b[0]) if x is not None]
    highs = [x for x in (a[1], b[1]) if x is not None]
    return (max(lows) if lows else None, min(highs) if highs else None)


def within(x: float, bounds: tuple[float | None, float | None]) -> bool:
    low, high = bounds
    return (low is None or x > low) and (high is None or x < high)


PLAIN_MULTIPLES = (0.5, 2.0)  # a half or a double of a long answer gives it away beside it


def significant_digits(number: str) -> int:
    """Significant digits as written: "7.8402" → 5, "61.67" → 4, "0.05" → 1, "1,200" → 2."""
    digits = number.replace(",", "").lstrip("-")
    whole, _, fraction = digits.partition(".")
    if fraction:
        return len((whole + fraction).lstrip("0"))
    return len(whole.lstrip("0").rstrip("0"))


def significant_count(x: float) -> int:
    """The significant digits of a value: 61.67 → 4, 1200 → 2, 105 → 3, 0.05 → 1."""
    return significant_digits(f"{abs(x):.10g}".split("e")[0])


def grid_numbers(answer: float, grain: Grain, rng: random.Random) -> list[float]:
    """Numbers on ``grain``'s grid near ``answer`` (shares of it, then neighbouring steps), in a
    seeded order, never the answer, never below one step (nor below 1 when the answer is not),
    never the half or double of an answer of three digits or more (``PLAIN_MULTIPLES``)."""
    factors = [0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 1.1, 1.2, 1.25, 1.4, 1.5, 2.0]
    rng.shuffle(factors)
    step = float(grain.step)
    # never a plain multiple of an answer of three digits or more, whose digits it shows again
    # (123.34 beside 61.67); shuffled with the others all the same, so every set keeps its order
    plain = PLAIN_MULTIPLES if significant_count(answer) >= 3 else ()
    out = [grain.snap(answer * f) for f in factors if f not in plain]
    steps = [k for k in range(-4, 5) if k]
    rng.shuffle(steps)
    out += [round(answer + k * step, 6) for k in steps]
    if grain.not_multiple_of is not None:  # the exact answer's neighbours that are no round number
        out += [round(answer + k, 6) for k in (-3, 3, -7, 7, -2, 2)]
    # Near shares last: for a fine grid ("1,059.04") the steps are copies of the answer, and a
    # sentence's bounds may leave only these ("up from $980.50").
    out += [grain.snap(answer * f) for f in (1.05, 0.95, 1.15, 0.85, 1.3)]
    floor = 1.0 if answer >= 1 else step
    seen = {answer}
    unique = []
    for x in out:
        if x not in seen and x >= floor and grain.fits(x):
            seen.add(x)
            unique.append(x)
    return unique


def odd_one_out(answer: float, options: Sequence[float]) -> bool:
    """Whether the answer stands apart: farther from its nearest option than any two neighbouring
    options lie apart (90 beside 30, 31 and 32; 48 beside 18, 25 and 33)."""
    if not options:
        return False
    nearest = min(abs(answer - o) for o in options)
    ranked = sorted(options)
    widest = max((b - a for a, b in itertools.pairwise(ranked)), default=0.0)
    return nearest > max(widest, 1e-9)


SIGNIFICANT = 3  # a learner tells figures apart by their first three significant digits
_SHARE_TEXT = re.compile(r"%|\bpct\b|\bper\s*cent\b|\bpercent(?:age)?(?:\s+points?)?\b|\bpoints?\b", re.IGNORECASE)


def near_copy(answer: float, option: float) -> bool:
    """Whether a learner cannot tell ``option`` from the answer: the same to ``SIGNIFICANT``
    significant digits (1,059.05 beside 1,059.04; 1,230 beside 1,234), or less than half that
    digit's unit from it across a rounding edge (104.51 beside 104.47), where 52.3 beside 52.4
    and 47 beside 48 are facts to know."""
    if _significant(option) == _significant(answer):
        return True
    return answer > 0 and abs(option - answer) < 0.5 * 10 ** (math.floor(math.log10(answer)) - SIGNIFICANT + 1)


def _significant(x: float) -> float:
    return float(f"{x:.{SIGNIFICANT}g}")


def beyond_whole(answer: float, option: float, text: str) -> bool:
    """Whether an option of a share (a percentage, a poll's points) is of a size the answer's
    unit makes implausible: beyond the whole where the answer is not ("130%" beside "65%"), or
    a gap in points more than half again the answer's (a 60-point lead beside a 30-point one)."""
    if _SHARE_TEXT.search(text) is None:
        return False
    if answer <= 100 < option:
        return True
    return re.search(r"\bpoints?\b", text, re.IGNORECASE) is not None and option > 1.5 * answer + 5


SHARE_BAND = 0.25  # a share's options lie within this part of its room to 0 or 100 ...
SHARE_BAND_FLOOR = 5.0  # ... or within this many points (91% gets 86–96%, not 88–94%) ...
SHARE_BAND_STEPS = 2  # ... or this many steps of the answer's grid, whichever is widest


def share_band(answer: float, step: float = 0.0) -> tuple[float | None, float | None]:
    """(low, high) for the options of a percentage: a share is weighed in points, so its
    options stay near it on that scale, by a quarter of its room to the nearer end (0 or 100),
    at least five points, and at least two steps of a round answer's grid (40% gets 20–60%:
    a writer who rounds to tens is read in tens): 49.5% approval gets options from about 37%
    to 62%, never 24.6% (which halving it gives); 8% gets 3–13%. A share past the whole (a 150%
    rise) has no band. Bounds are inclusive."""
    if not 0 < answer <= WHOLE:
        return None, None
    half = max(SHARE_BAND * min(answer, WHOLE - answer), SHARE_BAND_FLOOR, SHARE_BAND_STEPS * step) + 1e-6
    return answer - half, answer + half


WHOLE = 100.0  # percent
ROUNDING = 0.5  # shares written to the unit may sum a little past the whole


def parts_bounds(others: Sequence[float], answer: float, rounding: float = ROUNDING) -> tuple[float | None, float | None]:
    """(low, high) for an option when the answer and ``others`` are shares of one whole
    ("Clinton had 49.9 percent to Sanders’ 49.6 percent"): no option the others leave no room
    for (59.9 beside 49.6, nor 50.6). No bound when there are no others, or when they and the
    answer sum past the whole already (then they are not parts of one: a 1996 share beside a
    2012 one). ``rounding``: how far past the whole shares so written may sum (half their last
    digit's unit: 0.05 for "49.9")."""
    rest = sum(others)
    if not others or answer + rest > WHOLE + ROUNDING:
        return None, None
    return None, WHOLE + rounding - rest


def spread_choices(answer: float, candidates: Iterable[tuple[float, str]], *, n: int = 3) -> list[str]:
    """``n`` option texts from the first ``CANDIDATES_READ`` candidates (best first), the first
    set (in the candidates' order) that leaves the answer no odd one out; none when none does."""
    pool: list[tuple[float, str]] = []
    seen_values: set[float] = set()
    for value, text in candidates:
        if near_copy(answer, value) or beyond_whole(answer, value, text):
            continue
        if value not in seen_values and value != answer:
            seen_values.add(value)
            pool.append((value, text))
        if len(pool) == CANDIDATES_READ:
            break
    for combo in itertools.combinations(pool, n):
        if not odd_one_out(answer, [v for v, _ in combo]):
            return [t for _, t in combo]
    return []


SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def kind_of(match: re.Match) -> tuple[str, bool]:
    """What a number counts as far as its writing says: its currency sign and percent sign."""
    return (match.group("cur") or "", bool(match.group("pct")))


def value_of(match: re.Match) -> list[float]:
    """The values a NUMBER match writes (two for a range), scaled ("$1.8 million" → 1800000)."""
    scale = SCALES.get((match.group("scale") or "").lower(), 1.0)
    nums = [match.group("num")] + ([match.group("num2")] if match.group("num2") else [])
    return [float(x.replace(",", "")) * scale for x in nums]



STEP_FACTOR = 3.0  # an option's step from the compared number: at most this times the answer's
SLIGHT_SHARE = 0.02  # a step the sentence calls slight may still go this share of the answer
# The ratio words that make a number a convention ("2 in 10", "one out of five", "3 of every 4").
_RATIO_BEFORE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of|of\s+every)\s+$", re.IGNORECASE
)
# "eight of 10 voters", "two of three": a count, "of", and a round whole (a proportion told as
# a ratio); "one of 100 exiles" or "three of 12 jurors" count a group, whose size is a figure.
_PROPORTION_OF = re.compile(r"\b(?P<part>\d+|two|three|four|five|six|seven|eight|nine)\s+of\s+$", re.IGNORECASE)
_SMALL_NUMBERS = {w: i for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])}
PROPORTION_WHOLES = frozenset([3, 4, 5, 10, 100])


def ratio_denominator(before: str, number: float | None = None) -> bool:
    """Whether the text just before a number makes it a ratio's second number ("2 in ____",
    and, given the ``number``, "eight of ____" for 10: ``PROPORTION_WHOLES``)."""
    if _RATIO_BEFORE.search(before) is not None:
        return True
    m = _PROPORTION_OF.search(before)
    if m is None or number not in PROPORTION_WHOLES:
        return False
    part = m.group("part").lower()
    return 1 < (int(part) if part.isdigit() else _SMALL_NUMBERS[part]) < number


# "an eighth defeat in ____ Tests", "his 12th goal in ____ games", "the third time in ____
# years": an ordinal, its noun (a few words, no clause break), and "in"/"of" just before the count.
_ORDINAL_IN = re.compile(
    r"\b(?P<ordinal>" + "|".join(ORDINAL_WORDS) + r"|\d+(?:st|nd|rd|th))\s+(?:[\w'’-]+\s+){1,3}(?:in|of|from)\s+(?:the\s+(?:last|past)\s+)?$",
    re.IGNORECASE,
)


def ordinal_floor(before: str) -> float | None:
    """The count a number just after an ordinal's "in"/"of" cannot be below, exclusive ("an
    eighth defeat in ____ Tests": more than 7), or None."""
    m = _ORDINAL_IN.search(before)
    if m is None:
        return None
    word = m.group("ordinal").lower()
    n = ORDINAL_WORDS.get(word) or int(re.match(r"\d+", word).group())
    return n - 1 if n > 1 else None


def step_bounds(
    answer: float, bounds: tuple[float | None, float | None], *, slight: bool = False
) -> tuple[float | None, float | None]:
    """(low, high) keeping an option's step from the nearest compared number like the answer's:
    "from $1.05 to $1.25" (a step of 0.20) → options below $1.85; "from 76 percent to 60" → above 12.
    Only for a compared number within a factor of two of the answer (a before and after), not for
    another count of the sentence ("22 killed and 100 injured"). A step the sentence calls
    ``slight`` ("fell marginally to ____ from 298", j106) keeps to three times the answer's or
    ``SLIGHT_SHARE`` of the answer; any other may go as far as a quarter of it."""
    low, high = bounds
    out_low = out_high = None
    floor = (SLIGHT_SHARE if slight else 0.25) * answer
    if low is not None and 0 < low and answer <= 2 * low:
        out_high = answer + max(STEP_FACTOR * (answer - low), floor)
    if high is not None and 0 < answer and high <= 2 * answer:
        out_low = answer - max(STEP_FACTOR * (high - answer), floor)
    return out_low, out_high


def small_step(answer: float, bounds: tuple[float | None, float | None]) -> bool:
    """Whether the answer's own step from the number the sentence compares it with is within
    ``SLIGHT_SHARE`` of it ("rose to ____ dlrs in April from 306.0 billion dlrs the previous
    month": 307.9, j110, where options a tenth and a fifth up were offered): the sentence shows
    the change small, as a word calling it slight does."""
    if answer <= 0:
        return False
    return any(b is not None and 0 < b and abs(answer - b) <= SLIGHT_SHARE * answer for b in bounds)


# Currencies by the names the wire gives them ("won", a verb too, left out).
_CURRENCY = r"(?:dollars?|dlrs?|sterling|pounds?|yen|marks?|francs?|lira|lire|guilders?|pesetas?|yuan|rupees?|ringgit|rand|kronor|krona|kroner|krone|escudos?|schillings?|pesos?|ecus?)"
_CURRENCY_WORD = re.compile(rf"\b{_CURRENCY}\b", re.IGNORECASE)
_BLANK_IN_CURRENCY = re.compile(rf"____\s+(?P<unit>{_CURRENCY})\b", re.IGNORECASE)
_SCALE_WORDS = re.compile(r"\b(?:mln|million|billion|bln|trillion|thousand)\b", re.IGNORECASE)
_PER_THING = re.compile(r"\s+(?:a|an|per)\s+(?!dollar|dlr|pound|mark|yen|franc)\w", re.IGNORECASE)
RATE_CEILING = 10_000  # no currency's rate reaches it (1,300 lire to the dollar in 1987)
EXCHANGE_RATE_BAND = 0.12  # a currency's rate moves by a few percent in the days a story looks at


def exchange_rate(question: str, answer: str) -> bool:
    """Whether a blank is one currency's price in another ("expects the dollar to drop to ____
    yen", j123): the blank's unit a currency, another named in the question, no sum ("300 mln
    yen"). Its options stay within ``EXCHANGE_RATE_BAND`` of it: 89 yen for 148 is no rate a
    dealer could expect."""
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", answer)
    if digits is None or float(digits.group(0).replace(",", "")) >= RATE_CEILING:
        return False  # "____ marks (dlrs 305,000)" for 549,000: a sum told in two currencies
    m = _BLANK_IN_CURRENCY.search(question)
    if m is None or _SCALE_WORDS.search(answer) or _SCALE_WORDS.search(question[m.end() - len(m.group("unit")) - 1 : m.end() + 12]):
        return False
    if _PER_THING.match(question, m.end()) or re.search(r"\bper\s+$", question[: m.start()]):
        return False  # "____ dlrs a barrel", "a pound": a price; "guilders per ____ marks": a rate's base
    unit = m.group("unit").lower().rstrip("s")
    rest = question[: m.start()] + question[m.end() :]
    return any(
        w.group(0).lower().rstrip("s") != unit and not re.search(r"\b(?:a|an|per)\s+$", rest[: w.start()])
        for w in _CURRENCY_WORD.finditer(rest)
    )


# Words that call a change small ("fell marginally", "edged up", "slightly lower", "little changed").
SLIGHT_CHANGE = re.compile(r"\b(?:marginally|slightly|fractionally|a little|a touch|edged|edging|little changed|barely|nudged)\b", re.IGNORECASE)


# A rate's move told in fractions of a point or in basis points ("a half-point cut in base
# rates to ____", "a quarter of a percentage point", "50 basis points"): its size in points.
_POINT_CHANGE = re.compile(
    r"\b(?:(?P<frac>half|quarter|eighth)[- ](?:percentage[- ])?point|(?P<frac2>half|quarter) (?:of )?a (?:percentage )?point"
    r"|(?P<bp>\d{1,3}) basis[- ]points?)\b",
    re.IGNORECASE,
)
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "eighth": 0.125}
# … or by its step in points right before the level it reached ("increased the rate by 0.5 pct
# to ____"): the step the figures read apart from the level (``extract.figure_ranges``).
_STEP_TO = re.compile(r"\bby (?P<num>\d+(?:\.\d+)?) (?:pct|percent|per cent|percentage points?|points?)\s+to\s*$", re.IGNORECASE)


def point_change(text: str) -> float | None:
    """The size, in points, of the one move of a rate ``text`` tells in fractions of a point or
    basis points ("a half-point cut" → 0.5, "25 basis points" → 0.25), or by its step right
    before the level ("by 0.5 pct to" → 0.5); None when it tells none or several of different
    sizes."""
    step = _STEP_TO.search(text)
    if step is not None:
        return float(step.group("num"))
    sizes = {
        _FRACTIONS[(m.group("frac") or m.group("frac2")).lower()] if not m.group("bp") else int(m.group("bp")) / 100
        for m in _POINT_CHANGE.finditer(text)
    }
    return sizes.pop() if len(sizes) == 1 else None


_DIGIT_MILLIONS = re.compile(r"(?<![\d.,])\d{1,3}(?:,000){2,}(?![\d.,])")


_THOUSAND_OF_SCALE = re.compile(r"(?<![\d.,])\d[\d,]{3,}(?:\.\d+)?\s+(?:million|billion)\b", re.IGNORECASE)


def round_millions(option: str) -> bool:
    """Whether an option writes its size as news does not: a round million (or more) in digits
    ("1,000,000", "2,000,000"), or a thousand of a scale word ("$1252 million": "$1.25 billion")."""
    return _DIGIT_MILLIONS.search(option) is not None or _THOUSAND_OF_SCALE.search(option) is not None


_BLANK_ARTICLE = re.compile(r"(?i)(?<![\w'’])(an?)\s+____")
_LEADING_FIGURE = re.compile(r"^[^\d]{0,3}?(\d[\d,]*)")


def takes_an(figure: str) -> bool | None:
    """Whether a figure read aloud takes "an" ("an 8% yield", "an $11 million loan", "an 18-point
    lead"): its leading group of three digits is eight-something, eleven or eighteen, or its
    number word is ("an eight billion dlr surplus", j106). None when it opens with neither."""
    m = _LEADING_FIGURE.match(figure.strip())
    if m is None:
        word = figure.strip().split(" ", 1)[0].lower()
        if word.split("-")[0] in (*UNITS, *TENS):
            return word.startswith(("eight", "eleven"))
        return None
    head = m.group(1).split(".")[0]
    groups = head.split(",") if "," in head else [head[: len(head) % 3 or 3]]
    lead = groups[0]
    return lead.startswith("8") or lead in ("11", "18")


def agrees_with_article(question: str, answer: str, option: str) -> bool:
    """Whether ``option`` reads as well as the answer after the "a" or "an" the question writes
    before its blank: "representing an ____ yield" offered with "10%" gives "8%" away."""
    if _BLANK_ARTICLE.search(question) is None:
        return True
    wanted = takes_an(answer)
    return wanted is None or takes_an(option) in (None, wanted)


RANGE_FACTORS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 1.1, 1.2, 1.25, 1.4, 1.5, 2.0)
RANGE_SHIFTS = (-4, -3, -2, -1, 1, 2, 3, 4)  # steps of each end's grid, for ends the shares leave in place


def range_numbers(low: str, high: str, rng: random.Random) -> list[tuple[float, float]]:
    """Options for a range written ``low`` … ``high`` ("between 633 and 15,000"): both ends moved
    by one share of themselves, each written on its own grid ("760 and 18,000", "510 and
    12,000"; never "790 and 15,157", where only the answer's upper end is round; ends with as
    many whole digits and no decimals share the finer grid), then both moved by a few steps of their grids; the
    low end below the high one, neither end the answer's own, in a seeded order."""
    lo, hi = (float(x.replace(",", "")) for x in (low, high))
    grains = (_end_grain(low), _end_grain(high))
    if _whole_digits(low) == _whole_digits(high) and "." not in low + high:
        # ends of one size ("10-17", "150 to 175") are read on the finer one's grid: the "10" of
        # "10-17" is no round ten, and "120 to 140" is as good an option as "120 to 150"
        finest = Grain(min(g.step for g in grains))
        grains = (finest, finest)
    quarters = Grain(Fraction(1, 4))
    if hi < 1 and "." in low and "." in high and quarters.fits(lo) and quarters.fits(hi):
        # fractions of a unit in quarters ("0.50 to 0.75 percentage point", j128) are read on one
        # grid of quarters: the "0.75" alone reads as an odd quarter, and every option ended in "1.25"
        grains = (quarters, quarters)
    factors = list(RANGE_FACTORS)
    rng.shuffle(factors)
    if max(significant_digits(low), significant_digits(high)) >= 3:  # as ``grid_numbers``: no half of "633"
        factors = [f for f in factors if f not in PLAIN_MULTIPLES]
    shifts = list(RANGE_SHIFTS)
    rng.shuffle(shifts)
    pairs = [(_on_grid(lo * f, grains[0], lo), _on_grid(hi * f, grains[1], hi)) for f in factors]
    pairs += [(_on_grid(lo + k * float(grains[0].step), grains[0], lo), _on_grid(hi + k * float(grains[1].step), grains[1], hi)) for k in shifts]
    out: list[tuple[float, float]] = []
    for a, b in pairs:
        if a is None or b is None or not a < b or a == lo or b == hi:
            continue
        if any(a == c or b == d for c, d in out):
            continue  # no end shared with another option: "0.70 | 0.80 | 0.60 to 1.25" beside "0.50 to 0.75" (j128)
        out.append((a, b))
    return out


def _end_grain(number: str) -> Grain:
    """A range end's grid: its ``grain_of``, or for a fraction's step it does not fit ("0.50",
    an even quarter) the decimals it writes before a trailing zero (tenths)."""
    grain = grain_of(number)
    if grain.fits(float(number.replace(",", ""))):
        return grain
    fraction = number.partition(".")[2].rstrip("0")
    return Grain(Fraction(1, 10 ** len(fraction)))


def _whole_digits(number: str) -> int:
    return len(number.replace(",", "").split(".")[0].lstrip("0"))


def _on_grid(x: float, grain: Grain, like: float) -> float | None:
    """The number on ``grain``'s grid nearest ``x`` (a step or two away when the nearest is a
    round number the grid avoids); None below one step, or below 1 for a ``like`` of 1 or more."""
    step = float(grain.step)
    near = grain.snap(x)
    floor = 1.0 if like >= 1 else step
    for k in (0, 1, -1, 2, -2):
        y = round(near + k * step, 6)
        if y >= floor and grain.fits(y):
            return y
    return None
