"""Study-session logic the Study page calls: which card next, record a rating, today's counts.

Order (as Anki): cards due now, most overdue first; then new cards up to the learner's daily
new-card limit, the most important first when the deck gives ``importance`` (else in deck
order); then learning cards due within ``LEARN_AHEAD`` so a short session does not stall on a
ten-minute step. New and review cards whose sibling was studied today are buried until
tomorrow (``siblings.py``); learning cards never are.

Every call reads only what it needs from the store (indexed by learner, deck and due time),
so it stays fast with tens of thousands of reviews.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.models import Deck, Item
from quizgen.study.learner import LearnerSettings
from quizgen.study.scheduling import (
    RATINGS,
    Card,
    Rating,
    Scheduler,
    State,
    card_id_for,
    format_interval,
    make_scheduler,
    new_card,
    preview_intervals,
)
from quizgen.study.siblings import SiblingKey, buried_keys, is_buried
from quizgen.study.store import CardRow, Store, day_start, to_ms

LEARN_AHEAD = dt.timedelta(minutes=20)
_BATCH = 50


@dataclass(frozen=True)
class StudyCard:
    """The card to show: its deck, item, current FSRS card and whether it is new."""

    deck: Deck
    item: Item
    card: Card
    is_new: bool

    @property
    def deck_id(self) -> str:
        return self.deck.deck.id


@dataclass(frozen=True)
class TodayCounts:
    """What is left today (Anki's blue/red/green numbers) and how many reviews were done."""

    new: int
    learning: int
    review: int
    studied_today: int

    @property
    def left(self) -> int:
        return self.new + self.learning + self.review


@dataclass(frozen=True)
class DeckCounts:
    total: int
    new: int
    learning: int
    due: int
    mature: int  # stability of 21 days or more


def scheduler_for(settings: LearnerSettings) -> Scheduler:
    return make_scheduler(
        desired_retention=settings.desired_retention,
        maximum_interval=settings.maximum_interval,
        enable_fuzzing=settings.enable_fuzzing,
    )


_ITEM_INDEX: dict[int, tuple[Deck, dict[str, Item]]] = {}
_ITEM_INDEX_SIZE = 32


def _items_by_id(deck: Deck) -> dict[str, Item]:
    """The deck's items by id, built once per deck object (every rerun of the Study page asks
    for it twice; a deck object is not changed in place: edits make a new deck)."""
    cached = _ITEM_INDEX.get(id(deck))
    if cached is not None and cached[0] is deck:
        return cached[1]
    if len(_ITEM_INDEX) >= _ITEM_INDEX_SIZE:
        _ITEM_INDEX.clear()
    index = {item.id: item for item in deck.items}
    _ITEM_INDEX[id(deck)] = (deck, index)
    return index


@dataclass(frozen=True)
class _Burial:
    """Today's studied items per deck and the sibling keys they bury."""

    studied: dict[str, set[str]]
    keys: frozenset[SiblingKey]

    def buries(self, deck: Deck, item: Item) -> bool:
        return is_buried(item, self.studied.get(deck.deck.id, set()), self.keys)


def _burial(store: Store, learner: str, decks: Sequence[Deck], now: dt.datetime) -> _Burial:
    start = day_start(now)
    end = start + dt.timedelta(days=1)
    studied = {d.deck.id: store.reviewed_item_ids(learner, d.deck.id, start, end) for d in decks}
    items = [i for d in decks if studied[d.deck.id] for i in d.items if i.id in studied[d.deck.id]]
    return _Burial(studied, buried_keys(items))


def _earliest_due(
    store: Store,
    learner: str,
    decks: Sequence[Deck],
    until: dt.datetime,
    burial: _Burial | None = None,
) -> StudyCard | None:
    best: tuple[CardRow, Deck, Item] | None = None
    for deck in decks:
        items = _items_by_id(deck)

        def usable(row: CardRow, deck: Deck = deck, items: dict[str, Item] = items) -> bool:
            # Skip cards whose item left the deck (history is kept for if it comes back),
            # and review cards whose sibling was studied today.
            item = items.get(row.item_id)
            if item is None:
                return False
            if burial is None or row.card.state != State.Review:
                return True
            return not burial.buries(deck, item)

        offset = 0
        while True:
            rows = store.due_cards(learner, deck.deck.id, until, limit=_BATCH, offset=offset)
            hit = next((r for r in rows if usable(r)), None)
            if hit is not None:
                if best is None or hit.card.due < best[0].card.due:
                    best = (hit, deck, items[hit.item_id])
                break
            if len(rows) < _BATCH:
                break
            offset += _BATCH
    if best is None:
        return None
    row, deck, item = best
    return StudyCard(deck, item, row.card, is_new=False)


def new_cards_left(store: Store, learner: str, settings: LearnerSettings, now: dt.datetime) -> int:
    introduced = store.count_reviews(
        learner, day_start(now), now + dt.timedelta(seconds=1), new_only=True
    )
    return max(0, settings.daily_new_limit - introduced)


def new_order(decks: Sequence[Deck]) -> list[tuple[Deck, Item]]:
    """New-card order: by ``importance`` (highest first) when the decks give it, then deck
    order; items without importance come after those with it."""
    pairs = [(deck, item) for deck in decks for item in deck.items]
    if any(getattr(item, "importance", None) is not None for _, item in pairs):
        pairs.sort(key=lambda pair: -(getattr(pair[1], "importance", None) or 0.0))
    return pairs


def next_card(
    store: Store, learner: str, decks: Sequence[Deck], now: dt.datetime, settings: LearnerSettings
) -> StudyCard | None:
    """The card to study at ``now``, or None when the learner is done for today."""
    burial = _burial(store, learner, decks, now)
    due = _earliest_due(store, learner, decks, now, burial)
    if due is not None:
        return due
    if new_cards_left(store, learner, settings, now) > 0:
        known = {deck.deck.id: store.known_item_ids(learner, deck.deck.id) for deck in decks}
        for deck, item in new_order(decks):
            if item.id not in known[deck.deck.id] and not burial.buries(deck, item):
                card = new_card(card_id_for(deck.deck.id, item.id), now)
                return StudyCard(deck, item, card, is_new=True)
    return _earliest_due(store, learner, decks, now + LEARN_AHEAD)


def undo_last_rating(store: Store, learner: str) -> tuple[str, str] | None:
    """Take back the learner's last rating (Anki's Undo); returns (deck id, item id) of the
    card to show again, or None when there is nothing to undo."""
    return store.undo_last_review(learner)


def record_rating(
    store: Store,
    learner: str,
    deck_id: str,
    item_id: str,
    rating: Rating,
    now: dt.datetime,
    settings: LearnerSettings,
    *,
    duration_ms: int | None = None,
) -> Card:
    """Log the rating and store the rescheduled card; returns the new card."""
    row = store.record_review(
        learner,
        deck_id,
        item_id,
        Rating(rating),
        now,
        scheduler_for(settings),
        duration_ms=duration_ms,
    )
    return row.card


def interval_labels(card: Card, now: dt.datetime, settings: LearnerSettings) -> dict[Rating, str]:
    """Anki-style labels of the interval each rating would give, e.g. ``{Rating.Good: '1d'}``."""
    intervals = preview_intervals(scheduler_for(settings), card, now)
    return {rating: format_interval(intervals[rating]) for rating in RATINGS}


def button_labels(card: Card, now: dt.datetime, settings: LearnerSettings) -> dict[Rating, str]:
    """Rating-button labels such as ``Good · 1d``."""
    return {r: f"{r.name} · {label}" for r, label in interval_labels(card, now, settings).items()}


def deck_counts(store: Store, learner: str, deck: Deck, now: dt.datetime) -> DeckCounts:
    """New, learning (due today), review-due (due today) and mature counts for one deck."""
    items = _items_by_id(deck)
    end_of_day = to_ms(day_start(now) + dt.timedelta(days=1))
    card_ids, learning, due, mature = store.card_counts(learner, deck.deck.id, end_of_day)
    if card_ids <= items.keys():  # the usual case: every card's item is still in the deck
        return DeckCounts(len(items), len(items) - len(card_ids), learning, due, mature)
    # Some cards' items left the deck (their history is kept): count the rest one by one.
    known = learning = due = mature = 0
    for item_id, state, due_ms, stability in store.card_states(learner, deck.deck.id):
        if item_id not in items:
            continue
        known += 1
        if stability is not None and stability >= 21 and state == State.Review:
            mature += 1
        if due_ms < end_of_day:
            if state == State.Review:
                due += 1
            else:
                learning += 1
    return DeckCounts(len(items), len(items) - known, learning, due, mature)


def today_counts(
    store: Store, learner: str, decks: Sequence[Deck], now: dt.datetime, settings: LearnerSettings
) -> TodayCounts:
    """What is left to study today across ``decks`` and how many reviews were done today."""
    new = learning = due = 0
    for deck in decks:
        counts = deck_counts(store, learner, deck, now)
        new += counts.new
        learning += counts.learning
        due += counts.due
    start = day_start(now)
    studied = store.count_reviews(learner, start, start + dt.timedelta(days=1))
    return TodayCounts(
        min(new, new_cards_left(store, learner, settings, now)), learning, due, studied
    )


def streak(review_days: Sequence[dt.date], today: dt.date) -> int:
    """Consecutive days with reviews ending today (or yesterday, if today is not done yet)."""
    days = set(review_days)
    current = today if today in days else today - dt.timedelta(days=1)
    count = 0
    while current in days:
        count += 1
        current -= dt.timedelta(days=1)
    return count


def study_card(
    store: Store, learner: str, decks: Sequence[Deck], deck_id: str, item_id: str, now: dt.datetime
) -> StudyCard | None:
    """The card for one item (to keep showing it across page reruns), or None if it is gone."""
    deck = next((d for d in decks if d.deck.id == deck_id), None)
    item = next((i for i in deck.items if i.id == item_id), None) if deck else None
    if deck is None or item is None:
        return None
    row = store.card(learner, deck_id, item_id)
    if row is None:
        return StudyCard(deck, item, new_card(card_id_for(deck_id, item_id), now), is_new=True)
    return StudyCard(deck, item, row.card, is_new=False)
