import datetime as dt

import pytest

from quizgen.study.learner import LearnerSettings
from quizgen.study.scheduling import Rating
from quizgen.study.session import (
    button_labels,
    deck_counts,
    next_card,
    record_rating,
    streak,
    today_counts,
)
from quizgen.study.stats import current_streak, due_forecast, mastery, reviews_by_day
from quizgen.study.store import Store
from tests.study_decks import make_deck

NOW = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
SETTINGS = LearnerSettings(daily_new_limit=3, enable_fuzzing=False)


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "r.db")


def test_new_cards_in_deck_order_then_limit(store):
    deck = make_deck()
    seen = []
    t = NOW
    while (card := next_card(store, "ann", [deck], t, SETTINGS)) is not None and len(seen) < 10:
        seen.append((card.item.id, card.is_new))
        record_rating(store, "ann", card.deck_id, card.item.id, Rating.Easy, t, SETTINGS)
        t += dt.timedelta(seconds=5)
    # Easy graduates new cards at once, so only the daily limit of new cards is shown.
    assert seen == [(i.id, True) for i in deck.items[:3]]


def test_due_cards_come_before_new_ones_and_learning_cards_come_back(store):
    deck = make_deck()
    first = next_card(store, "ann", [deck], NOW, SETTINGS)
    record_rating(store, "ann", deck.deck.id, first.item.id, Rating.Again, NOW, SETTINGS)
    # One minute later the failed card is due again and comes first.
    again = next_card(store, "ann", [deck], NOW + dt.timedelta(minutes=2), SETTINGS)
    assert again.item.id == first.item.id and not again.is_new


def test_learn_ahead_when_nothing_else_is_left(store):
    deck = make_deck()
    settings = SETTINGS.model_copy(update={"daily_new_limit": 1})
    card = next_card(store, "ann", [deck], NOW, settings)
    record_rating(store, "ann", deck.deck.id, card.item.id, Rating.Good, NOW, settings)  # +10 min
    assert next_card(store, "ann", [deck], NOW, settings).item.id == card.item.id
    assert next_card(store, "bob", [deck], NOW, settings).is_new


def test_items_removed_from_the_deck_are_skipped_but_history_is_kept(store):
    deck = make_deck()
    record_rating(store, "ann", deck.deck.id, "gone-item", Rating.Again, NOW, SETTINGS)
    card = next_card(store, "ann", [deck], NOW + dt.timedelta(minutes=5), SETTINGS)
    assert card.item.id == deck.items[0].id and card.is_new
    assert store.card("ann", deck.deck.id, "gone-item") is not None


def test_counts_and_labels(store):
    deck = make_deck()
    card = next_card(store, "ann", [deck], NOW, SETTINGS)
    labels = button_labels(card.card, NOW, SETTINGS)
    assert [label.split(" ")[0] for label in labels.values()] == ["Again", "Hard", "Good", "Easy"]
    assert labels[Rating.Good] == "Good · <10m"
    before = today_counts(store, "ann", [deck], NOW, SETTINGS)
    assert (before.new, before.learning, before.review, before.studied_today) == (3, 0, 0, 0)
    record_rating(store, "ann", deck.deck.id, card.item.id, Rating.Good, NOW, SETTINGS)
    after = today_counts(store, "ann", [deck], NOW, SETTINGS)
    assert (after.new, after.learning, after.review, after.studied_today) == (2, 1, 0, 1)
    counts = deck_counts(store, "ann", deck, NOW)
    assert (counts.total, counts.new, counts.learning, counts.due) == (5, 4, 1, 0)


def test_streak():
    today = dt.date(2026, 3, 5)
    days = [dt.date(2026, 3, d) for d in (5, 4, 3, 1)]
    assert streak(days, today) == 3
    assert streak(days[1:], today) == 2  # today not studied yet: the streak still stands
    assert streak([dt.date(2026, 3, 1)], today) == 0


def test_stats_rows(store):
    deck = make_deck()
    for day in range(3):
        t = NOW - dt.timedelta(days=2 - day)
        record_rating(store, "ann", deck.deck.id, deck.items[day].id, Rating.Good, t, SETTINGS)
    rows = reviews_by_day(store, "ann", NOW, days=7)
    assert len(rows) == 7 and [r.reviews for r in rows[-3:]] == [1, 1, 1]
    assert current_streak(store, "ann", NOW) == 3
    forecast = due_forecast(store, "ann", [deck], NOW, days=30)
    assert len(forecast) == 30 and sum(n for _, n in forecast) == 3
    assert mastery(store, "ann", [deck], NOW) == [
        {"deck": "Test deck", "new": 2, "young": 3, "mature": 0}
    ]


def _sibling_deck():
    """A role card and its reverse, two clozes of one sentence, and an unrelated card."""
    from quizgen.models import NumberItem, PersonItem

    deck = make_deck()
    ev = {i.id: i.evidence for i in deck.items}
    role = PersonItem(
        id="p-role",
        question="Who is NATO Secretary General?",
        answer="Jens Stoltenberg",
        evidence=ev["q-stoltenberg"],
        person="Jens Stoltenberg",
        role="NATO Secretary General",
    )
    reverse = role.model_copy(
        update={"id": "p-role-rev", "question": "What is Jens Stoltenberg?",
                "answer": "NATO Secretary General", "tags": ["reverse"]}
    )
    cloze1 = NumberItem(
        id="n-cloze-1", question="Some ____ countries sent troops.", style="cloze", answer="22",
        evidence=ev["n-countries"], value=22,
    )
    cloze2 = cloze1.model_copy(
        update={"id": "n-cloze-2", "question": "Some 22 ____ sent troops.", "answer": "countries"}
    )
    date = deck.items[1]
    return deck.model_copy(update={"items": [role, reverse, cloze1, cloze2, date]})


def test_siblings_are_buried_for_the_day(store):
    deck = _sibling_deck()
    settings = SETTINGS.model_copy(update={"daily_new_limit": 20})
    shown, t = [], NOW
    while (card := next_card(store, "ann", [deck], t, settings)) is not None and len(shown) < 10:
        shown.append(card.item.id)
        record_rating(store, "ann", card.deck_id, card.item.id, Rating.Easy, t, settings)
        t += dt.timedelta(seconds=5)
    assert shown == ["p-role", "n-cloze-1", "d-coalition"]
    # Tomorrow the buried siblings come (new cards first, as nothing is due yet).
    tomorrow = NOW + dt.timedelta(days=1)
    assert next_card(store, "ann", [deck], tomorrow, settings).item.id == "p-role-rev"


def test_an_explicit_sibling_group_wins_over_the_evidence_rule(store):
    deck = _sibling_deck()
    # Items carrying a `siblings` group id (a newer deck format) are grouped by it alone.
    grouped = [
        type("Grouped", (), {"__getattr__": lambda self, n, i=i, g=g: g if n == "siblings" else getattr(i, n)})()
        for i, g in zip(deck.items, ["a", "b", "c", "c", "d"], strict=True)
    ]
    from quizgen.study.siblings import buried_keys, is_buried

    keys = buried_keys([grouped[0]])
    assert not is_buried(grouped[1], {"p-role"}, keys)  # other group, though same person-role
    assert is_buried(grouped[3], {"n-cloze-1"}, buried_keys([grouped[2]]))


def test_important_new_cards_come_first():
    from quizgen.study.session import new_order

    deck = make_deck()
    scored = [
        type("Scored", (), {"__getattr__": lambda self, n, i=i, s=s: s if n == "importance" else getattr(i, n)})()
        for i, s in zip(deck.items, [0.1, None, 0.9, 0.5, 0.2], strict=True)
    ]
    fake = type("D", (), {"items": scored})()
    assert [i.id for _, i in new_order([fake])] == [
        "n-countries", "p-erdogan", "q-hostile", "q-stoltenberg", "d-coalition"
    ]
    assert [i.id for _, i in new_order([deck])] == [i.id for i in deck.items]


def test_undo_puts_the_card_back(store):
    from quizgen.study.session import undo_last_rating

    deck = make_deck()
    first = next_card(store, "ann", [deck], NOW, SETTINGS)
    record_rating(store, "ann", deck.deck.id, first.item.id, Rating.Easy, NOW, SETTINGS)
    assert next_card(store, "ann", [deck], NOW, SETTINGS).item.id != first.item.id
    assert undo_last_rating(store, "ann") == (deck.deck.id, first.item.id)
    again = next_card(store, "ann", [deck], NOW, SETTINGS)
    assert again.item.id == first.item.id and again.is_new


def one_by_one_counts(store, deck, now):
    """The deck's counts the slow way, card by card, as a learner would tally them."""
    from quizgen.study.scheduling import State

    ids = {i.id for i in deck.items}
    end = (now.replace(hour=0, minute=0, second=0, microsecond=0) + dt.timedelta(days=1)).timestamp()
    known = learning = due = mature = 0
    for item in deck.items:
        row = store.card("ann", deck.deck.id, item.id)
        if row is None or item.id not in ids:
            continue
        known += 1
        card = row.card
        mature += card.state == State.Review and (card.stability or 0) >= 21
        if card.due.timestamp() < end:
            due += card.state == State.Review
            learning += card.state != State.Review
    return (len(ids), len(ids) - known, learning, due, mature)


@pytest.mark.parametrize("with_gone_item", [False, True])
def test_deck_counts_agree_with_counting_card_by_card(store, with_gone_item):
    deck = make_deck()
    settings = SETTINGS.model_copy(update={"daily_new_limit": 10})
    ratings = [Rating.Easy, Rating.Good, Rating.Again, Rating.Easy]
    t = NOW - dt.timedelta(days=120)
    for round_ in range(6):  # months of Easy make mature cards; Again keeps one learning
        for item, rating in zip(deck.items, ratings, strict=False):
            record_rating(store, "ann", deck.deck.id, item.id, rating, t, settings)
        t += dt.timedelta(days=20)
    if with_gone_item:  # a card whose item has left the deck is not counted
        record_rating(store, "ann", deck.deck.id, "gone-item", Rating.Again, NOW, settings)
    counts = deck_counts(store, "ann", deck, NOW)
    expected = one_by_one_counts(store, deck, NOW)
    assert (counts.total, counts.new, counts.learning, counts.due, counts.mature) == expected
    assert counts.mature >= 1 and counts.new == 1
