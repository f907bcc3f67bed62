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
