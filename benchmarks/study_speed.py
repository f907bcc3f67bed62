"""How fast is the Study page's core with a big history?

Builds a 5,000-item deck and 50,000 Faker-made reviews (scheduled with the real FSRS
scheduler, stored in a temporary SQLite review store), then times, over RUNS runs each:
choosing the next card (when cards are due, and the worst case where nothing is due and
the new-card search scans the whole deck), recording a rating, and today's counts.
Target: under 20 ms for choosing and for recording.

    python benchmarks/study_speed.py [--items 5000] [--reviews 50000] [--runs 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import statistics
import tempfile
import time
from pathlib import Path

from faker import Faker

from quizgen.models import DateItem, Deck, DeckInfo, Evidence, Source
from quizgen.study.learner import LearnerSettings
from quizgen.study.scheduling import Rating, card_id_for, make_scheduler, new_card, review
from quizgen.study.session import next_card, record_rating, today_counts
from quizgen.study.store import NEW, CardRow, Store, review_values

LEARNER = "bench"
NOW = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)


def build_deck(n_items: int, fake: Faker) -> Deck:
    items = []
    for i in range(n_items):
        text = f"Event {i} happened in {1900 + i % 120}."
        items.append(
            DateItem(
                id=f"d-{i:05d}",
                question=f"When did event {i} happen?",
                answer=str(1900 + i % 120),
                evidence=[Evidence(source="s1", start=0, end=len(text), text=text)],
                value=str(1900 + i % 120),
            )
        )
    source = Source(
        id="s1", title=fake.sentence(), path="bench.txt", sha256=hashlib.sha256(b"x").hexdigest()
    )
    return Deck(deck=DeckInfo(id="bench", title="Benchmark deck"), sources=[source], items=items)


def fill_store(store: Store, deck: Deck, n_reviews: int, fake: Faker) -> None:
    """Faker picks items, times and ratings; the real scheduler turns them into card states."""
    sched = make_scheduler(enable_fuzzing=False)
    start = NOW - dt.timedelta(days=365)
    events = sorted(
        (
            fake.date_time_between(
                start_date=start, end_date=NOW - dt.timedelta(hours=1), tzinfo=dt.UTC
            ),
            fake.random_element(deck.items).id,
            fake.random_element([Rating.Again, Rating.Hard, Rating.Good, Rating.Good, Rating.Easy]),
        )
        for _ in range(n_reviews)
    )
    cards: dict[str, CardRow] = {}
    review_rows = []
    for when, item_id, rating in events:
        before = cards.get(item_id)
        card = before.card if before else new_card(card_id_for("bench", item_id), when)
        state_before = int(card.state) if before else NEW
        after_card, _ = review(sched, card, rating, when)
        after = CardRow("bench", item_id, after_card, (before.reps if before else 0) + 1, 0)
        cards[item_id] = after
        review_rows.append(review_values(LEARNER, after, rating, when, state_before))
    store.import_history(LEARNER, cards.values(), review_rows)


def timed(fn, runs: int) -> tuple[float, float]:
    samples = []
    for i in range(runs):
        t0 = time.perf_counter()
        fn(i)
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--reviews", type=int, default=50000)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    fake = Faker()
    fake.seed_instance(20260601)
    settings = LearnerSettings(daily_new_limit=20, enable_fuzzing=False)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "reviews.sqlite3")
        t0 = time.perf_counter()
        deck = build_deck(args.items, fake)
        fill_store(store, deck, args.reviews, fake)
        print(
            f"setup: {args.items} items, {store.review_count():,} reviews, "
            f"{len(store.known_item_ids(LEARNER, 'bench')):,} cards in {time.perf_counter() - t0:.1f} s"
        )

        due_at = [NOW + dt.timedelta(seconds=i) for i in range(args.runs)]
        chosen = []
        results = {
            "next card (cards due)": timed(
                lambda i: chosen.append(next_card(store, LEARNER, [deck], due_at[i], settings)),
                args.runs,
            ),
        }
        assert all(c is not None and not c.is_new for c in chosen)
        results["record rating"] = timed(
            lambda i: record_rating(
                store,
                LEARNER,
                "bench",
                chosen[i].item.id,
                Rating.Good,
                due_at[i] + dt.timedelta(seconds=1),
                settings,
            ),
            args.runs,
        )
        # Worst case: nothing due, so the new-card search reads every known card of the deck.
        early = NOW - dt.timedelta(days=400)
        results["next card (nothing due, new-card scan)"] = timed(
            lambda i: next_card(store, LEARNER, [deck], early, settings), args.runs
        )
        results["today's counts (whole deck)"] = timed(
            lambda i: today_counts(store, LEARNER, [deck], NOW, settings), args.runs
        )
    print(f"{'operation':42} {'median ms':>10} {'p95 ms':>8}")
    for name, (median, p95) in results.items():
        print(f"{name:42} {median:10.2f} {p95:8.2f}")


if __name__ == "__main__":
    main()
