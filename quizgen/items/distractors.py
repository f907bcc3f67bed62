"""Choices for multiple-choice questions: one module owns how wrong answers are picked.

Order of preference: candidates of the same type and context from the deck (the caller
ranks them), then perturbations (numbers, dates: the caller supplies them), then seeded
Faker fillers. Every choice list holds the answer once, no repeats, and is shuffled with
a generator seeded by the item's id, so the same deck always gets the same choices.
"""

from __future__ import annotations

import hashlib
import random
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

N_CHOICES = 4


def rng_for(key: str) -> random.Random:
    """A random generator seeded from ``key`` (stable across runs and machines)."""
    return random.Random(int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big"))


def fold(text: str) -> str:
    """Case- and accent-insensitive form used to compare options."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def choose(
    answer: str,
    candidates: Iterable[str],
    *,
    key: str,
    same_as_answer: Callable[[str], bool] | None = None,
    filler: Callable[[random.Random], str] | None = None,
    n: int = N_CHOICES,
) -> list[str]:
    """``n`` options: the answer plus the best distinct candidates, shuffled deterministically.

    ``candidates`` come best first; ``same_as_answer`` rejects other right answers (another
    spelling of the same person); ``filler`` makes more when the deck is too small.
    """
    rng = rng_for(key)
    chosen = [answer]
    seen = {fold(answer)}

    def admit(option: str) -> None:
        f = fold(option)
        if option and f not in seen and not (same_as_answer and same_as_answer(option)):
            chosen.append(option)
            seen.add(f)

    for option in candidates:
        if len(chosen) == n:
            break
        admit(option)
    attempts = 0
    while filler is not None and len(chosen) < n and attempts < 50:
        admit(filler(rng))
        attempts += 1
    rng.shuffle(chosen)
    return chosen


@lru_cache(maxsize=1)
def _faker():
    from faker import Faker

    return Faker("en_US")


def fake_person(rng: random.Random) -> str:
    """A plausible full name from Faker, seeded by ``rng``."""
    fake = _faker()
    fake.seed_instance(rng.randrange(2**32))
    return f"{fake.first_name()} {fake.last_name()}"


# --- perturbations: plausible wrong dates and numbers ----------------------------------------

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)


def perturb_date(value: str, rng: random.Random, *, n: int = 12) -> list[str]:
    """ISO dates at the precision of ``value``, close to it and never equal to it.

    Days move by up to a week (so weekdays differ too), months by up to half a year,
    years by up to five.
    """
    import datetime as dt

    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        base = dt.date(*parts)
        offsets = [d for d in range(-7, 8) if d]
        rng.shuffle(offsets)
        return [(base + dt.timedelta(days=d)).isoformat() for d in offsets[:n]]
    if len(parts) == 2:
        offsets = [d for d in range(-6, 7) if d]
        rng.shuffle(offsets)
        out = []
        for d in offsets[:n]:
            index = parts[0] * 12 + parts[1] - 1 + d
            out.append(f"{index // 12:04d}-{index % 12 + 1:02d}")
        return out
    offsets = [d for d in range(-5, 6) if d]
    rng.shuffle(offsets)
    return [f"{parts[0] + d:04d}" for d in offsets[:n]]


def perturb_number(value: float, rng: random.Random, *, n: int = 12) -> list[float]:
    """Numbers of the same magnitude as ``value``, distinct and never equal to it.

    Integers stay integers; small counts move by small steps, large ones by round shares.
    """
    is_int = float(value).is_integer()
    out: list[float] = []
    if is_int and abs(value) <= 12:
        steps = [d for d in range(-4, 6) if d and value + d > 0]
        rng.shuffle(steps)
        out = [value + d for d in steps]
    else:
        factors = [0.5, 0.6, 0.75, 0.8, 1.25, 1.5, 1.2, 2.0, 0.9, 1.1, 0.7, 1.4]
        rng.shuffle(factors)
        for f in factors:
            x = value * f
            if is_int:
                x = round_like(x, value)
            else:
                x = round(x, max(1, _decimals(value)))
            out.append(x)
    seen: set[float] = {value}
    unique = []
    for x in out:
        if x not in seen and x > 0:
            seen.add(x)
            unique.append(int(x) if is_int else x)
    return unique[:n]


def round_like(x: float, like: float) -> int:
    """Round ``x`` to two significant figures of ``like``'s size (1200 → hundreds, 22 → units)."""
    step = max(1, 10 ** (len(str(int(abs(like)))) - 2))
    return max(1, round(x / step) * step)


def _decimals(x: float) -> int:
    text = repr(float(x))
    return len(text.split(".")[1].rstrip("0")) if "." in text else 0


def fake_place(rng: random.Random) -> str:
    """A plausible city name from Faker, seeded by ``rng``."""
    fake = _faker()
    fake.seed_instance(rng.randrange(2**32))
    return fake.city()
