"""Study statistics for the Stats page: plain rows, ready for a chart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.models import Deck
from quizgen.study.session import deck_counts, streak
from quizgen.study.store import Store, day_start


@dataclass(frozen=True)
class DayReviews:
    day: dt.date
    reviews: int
    mature_reviews: int
    recalled: int

    @property
    def retention(self) -> float | None:
        """True retention: share of Review-state cards recalled (None with no such reviews)."""
        return self.recalled / self.mature_reviews if self.mature_reviews else None


def reviews_by_day(
    store: Store, learner: str, now: dt.datetime, *, days: int = 30
) -> list[DayReviews]:
    """One row per UTC day of the last ``days`` days (including today), zero-filled."""
    first = day_start(now) - dt.timedelta(days=days - 1)
    got = {
        d: (n, m, ok)
        for d, n, m, ok in store.reviews_per_day(learner, first, first + dt.timedelta(days=days))
    }
    rows = []
    for i in range(days):
        day = first.date() + dt.timedelta(days=i)
        n, m, ok = got.get(day, (0, 0, 0))
        rows.append(DayReviews(day, n, m, ok))
    return rows


def due_forecast(
    store: Store, learner: str, decks: Sequence[Deck], now: dt.datetime, *, days: int = 30
) -> list[tuple[dt.date, int]]:
    """Cards due on each of the next ``days`` UTC days (today includes overdue cards)."""
    per_day = store.due_per_day(learner, [d.deck.id for d in decks], now, days)
    first = day_start(now).date()
    return [
        (first + dt.timedelta(days=i), per_day.get(first + dt.timedelta(days=i), 0))
        for i in range(days)
    ]


def mastery(
    store: Store, learner: str, decks: Sequence[Deck], now: dt.datetime
) -> list[dict[str, object]]:
    """Per deck: items that are new, being learned / young, and mature (stability >= 21 days)."""
    rows = []
    for deck in decks:
        c = deck_counts(store, learner, deck, now)
        rows.append(
            {
                "deck": deck.deck.title,
                "new": c.new,
                "young": c.total - c.new - c.mature,
                "mature": c.mature,
            }
        )
    return rows


def current_streak(store: Store, learner: str, now: dt.datetime) -> int:
    """Days in a row with at least one review, up to today."""
    end = day_start(now) + dt.timedelta(days=1)
    return streak(store.review_days(learner, end), day_start(now).date())
