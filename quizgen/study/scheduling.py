"""A thin wrapper over fsrs (FSRS-6): schedulers from learner settings, reviews, interval labels.

Time always comes in as an explicit timezone-UTC ``now``; functions return new cards and
never change the card they are given (fsrs's ``review_card`` copies, and so do we).

>>> sched = make_scheduler(desired_retention=0.9, maximum_interval=365, enable_fuzzing=False)
>>> card = new_card(card_id_for("nato-isil", "q-1a2b"), now)
>>> preview_intervals(sched, card, now)[Rating.Good]   # '<10m'
"""

from __future__ import annotations

import datetime as dt
import hashlib
from functools import lru_cache

from fsrs import Card, Rating, ReviewLog, Scheduler, State

__all__ = [
    "RATINGS",
    "Card",
    "Rating",
    "ReviewLog",
    "Scheduler",
    "State",
    "card_id_for",
    "format_interval",
    "make_scheduler",
    "new_card",
    "preview_intervals",
    "review",
]

RATINGS = (Rating.Again, Rating.Hard, Rating.Good, Rating.Easy)


@lru_cache(maxsize=64)
def make_scheduler(
    *, desired_retention: float = 0.9, maximum_interval: int = 3650, enable_fuzzing: bool = True
) -> Scheduler:
    """An FSRS-6 scheduler with default parameters and the learner's targets (cached: it is immutable in use)."""
    if not 0.5 <= desired_retention < 1:
        raise ValueError(f"desired retention {desired_retention} must be between 0.5 and 0.99")
    if maximum_interval < 1:
        raise ValueError(f"maximum interval {maximum_interval} must be at least 1 day")
    return Scheduler(
        desired_retention=desired_retention,
        maximum_interval=maximum_interval,
        enable_fuzzing=enable_fuzzing,
    )


def card_id_for(deck_id: str, item_id: str) -> int:
    """A stable 63-bit card id from the deck and item ids (genanki-style: content, not position)."""
    digest = hashlib.blake2b(f"{deck_id}\x1f{item_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def _check_utc(now: dt.datetime) -> None:
    if now.tzinfo is None or now.utcoffset() != dt.timedelta(0):
        raise ValueError(f"{now!r} must be a timezone-aware UTC datetime")


def new_card(card_id: int, now: dt.datetime) -> Card:
    """A never-reviewed card, due at ``now``."""
    _check_utc(now)
    return Card(card_id=card_id, due=now.astimezone(dt.UTC))


def review(
    scheduler: Scheduler,
    card: Card,
    rating: Rating,
    now: dt.datetime,
    *,
    duration_ms: int | None = None,
) -> tuple[Card, ReviewLog]:
    """Review ``card`` with ``rating`` at ``now``; returns the new card and its log entry."""
    _check_utc(now)
    return scheduler.review_card(
        card, Rating(rating), review_datetime=now.astimezone(dt.UTC), review_duration=duration_ms
    )


def preview_intervals(
    scheduler: Scheduler, card: Card, now: dt.datetime
) -> dict[Rating, dt.timedelta]:
    """How long until the card is due again for each rating, without fuzz (as Anki shows it)."""
    _check_utc(now)
    steady = scheduler
    if scheduler.enable_fuzzing:
        steady = make_scheduler(
            desired_retention=scheduler.desired_retention,
            maximum_interval=scheduler.maximum_interval,
            enable_fuzzing=False,
        )
    out = {}
    for rating in RATINGS:
        next_card, _ = review(steady, card, rating, now)
        out[rating] = next_card.due - now.astimezone(dt.UTC)
    return out


def format_interval(delta: dt.timedelta) -> str:
    """Anki-style label: ``<1m``, ``<10m``, ``3h``, ``1d``, ``12d``, ``3.2mo``, ``1.5y``."""
    seconds = max(delta.total_seconds(), 0)
    minutes = seconds / 60
    if minutes < 60:
        # Learning steps are "within N minutes": Anki shows them as <N m.
        return f"<{max(1, round(minutes))}m"
    hours = minutes / 60
    if hours < 24:
        return f"{round(hours)}h"
    days = hours / 24
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}mo"
    return f"{days / 365:.1f}y"
