"""How far a precise figure's wrong options may sit: the level the article itself gives.

A rate or a price written to the cent or the ten-thousandth ("7.8402 yuan to the dollar",
"61.67 dollars per barrel", "1.2177 dollars") is read beside the level it moves around: a
mark the sentence names ("breaking the 7.85 mark"), the previous close ("compared with 1.2165"),
another quote of the article ("Brent ... 61.56 dollars"). Options a fixed share away from it
(10.9763 beside 7.8402, 123.34 beside 61.67) are ruled out at a glance. So:

- **neighbours**: the other numbers of the answer's kind near its level (within
  ``LEVEL_RATIO`` of it): figures of its unit anywhere in the article, and numbers written
  with the same currency or percent sign (or none) in its sentence;
- **band**: with neighbours, options lie within ``NEIGHBOUR_STEPS`` times the nearest one's
  distance from the answer, and never nearer than ``MIN_STEPS`` of the answer's distinct unit
  (its third significant digit, below which ``number_choices.near_copy`` rules an option out);
  without neighbours, an answer of ``PRECISE_DIGITS`` significant digits or more keeps its
  options within ``PRECISE_BAND`` of it;
- **numbers**: options spread over that band, each moved by a seeded amount finer than their
  spacing so that they do not all end in the answer's last digits.

Only for answers written with decimals, without a scale word, that are no share (a percentage
has its own band, ``number_choices.share_band``): a count or a sum rounded to a scale ("$20.6
million") varies by shares of itself.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable

from quizgen.items.number_choices import Grain, significant_digits

LEVEL_RATIO = 0.2  # a number within this share of the answer marks its level
NEIGHBOUR_STEPS = 3.0  # options within this many times the nearest neighbour's distance ...
MIN_STEPS = 6  # ... and at least this many distinct units either side
PRECISE_DIGITS = 5  # an answer written to this many significant digits ...
PRECISE_BAND = 0.1  # ... keeps its options within this share of it when nothing marks its level
LEVEL_STEPS = 6  # the distinct units an option is moved by, either side
JITTER = 0.3  # an option is moved further by up to this share of a distinct unit


def precise(number: str) -> bool:
    """Whether a figure is written with decimals and three significant digits or more ("61.67",
    "7.8402", "1.25"), the writing of a rate or a price."""
    return "." in number and significant_digits(number) >= 3


def distinct_unit(answer: float, grain: Grain) -> float:
    """The place of the answer's third significant digit (7.8402 → 0.01, 61.67 → 0.1), or its
    grid's step when coarser: options this far apart are told apart."""
    if answer <= 0:
        return float(grain.step)
    return max(10 ** (math.floor(math.log10(answer)) - 2), float(grain.step))


def neighbours(answer: float, others: Iterable[float]) -> list[float]:
    """The numbers that mark the answer's level: within ``LEVEL_RATIO`` of it, not it."""
    return [v for v in others if v != answer and v > 0 and abs(v - answer) <= LEVEL_RATIO * answer]


def level_band(answer: float, number: str, grain: Grain, marks: Iterable[float]) -> tuple[float | None, float | None]:
    """(low, high), inclusive, for the options of a precise answer written as ``number``:
    ``NEIGHBOUR_STEPS`` times its nearest mark's distance (at least ``MIN_STEPS`` distinct
    units), or ``PRECISE_BAND`` of it for a long number nothing marks; no band otherwise:
    7.8402 beside the 7.85 mark gets about 7.78 to 7.90 (six units of 0.01 either side).
    """
    if answer <= 0 or not precise(number):
        return None, None
    near = neighbours(answer, marks)
    unit = distinct_unit(answer, grain)
    if near:
        gap = min(abs(v - answer) for v in near)
        half = max(NEIGHBOUR_STEPS * gap, MIN_STEPS * unit)
    elif significant_digits(number) >= PRECISE_DIGITS:
        half = max(PRECISE_BAND * answer, MIN_STEPS * unit)
    else:
        return None, None
    half += 1e-9 * answer
    return round(answer - half, 9), round(answer + half, 9)


def level_numbers(answer: float, grain: Grain, rng: random.Random, half: float = 0.0) -> list[float]:
    """Options spread over the band's ``half`` width (a ``MIN_STEPS``-th of it apart, at least a
    distinct unit), on the answer's grid, each moved a seeded amount finer than that spacing
    (7.8402 → 7.8315, 7.8561, …), in a seeded order; never the answer."""
    unit = max(distinct_unit(answer, grain), half / MIN_STEPS)
    step = float(grain.step)
    reach = int(JITTER * unit / step)
    ks = [k for k in range(-LEVEL_STEPS, LEVEL_STEPS + 1) if k]
    rng.shuffle(ks)
    out: list[float] = []
    for k in ks:
        # the nearest options move only toward the answer: it is never the odd one out
        # (``number_choices.odd_one_out``) when a bound leaves options on one side only
        jitter = rng.randint(-reach, 0) if abs(k) == 1 else rng.randint(-reach, reach)
        x = grain.snap(answer + k * unit + (jitter if k > 0 else -jitter) * step)
        if step < 1 and grain.fits(answer) and _round_at(x, 10 * step):
            # "126.00" beside "126.84": a last digit of zero the answer does not write is no
            # option written as it is (``distractors.number_shape``); one step nearer it is
            x = grain.snap(x - step if k > 0 else x + step)
        if x > 0 and x != answer and grain.fits(x) and x not in out:
            out.append(x)
    return out


def _round_at(x: float, place: float) -> bool:
    """Whether ``x`` is a whole multiple of ``place`` (to the rounding of floats)."""
    return abs(x / place - round(x / place)) < 1e-6
