import datetime as dt

import pytest

from quizgen.study.scheduling import (
    Rating,
    State,
    card_id_for,
    format_interval,
    make_scheduler,
    new_card,
    preview_intervals,
    review,
)

NOW = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def sched():
    return make_scheduler(desired_retention=0.9, maximum_interval=365, enable_fuzzing=False)


def test_card_ids_are_stable_and_distinct():
    assert card_id_for("deck", "item-1") == card_id_for("deck", "item-1")
    assert card_id_for("deck", "item-1") != card_id_for("deck", "item-2")
    assert card_id_for("deck", "item-1") != card_id_for("other", "item-1")
    assert 0 < card_id_for("deck", "item-1") < 2**63


def test_review_returns_a_new_card_and_leaves_the_input_alone(sched):
    card = new_card(1, NOW)
    before = card.to_dict()
    after, log = review(sched, card, Rating.Good, NOW)
    assert card.to_dict() == before
    assert after.due == NOW + dt.timedelta(minutes=10)
    assert after.state == State.Learning
    assert log.rating == Rating.Good and log.card_id == 1


def test_preview_matches_review_and_uses_anki_labels(sched):
    card = new_card(1, NOW)
    preview = preview_intervals(sched, card, NOW)
    for rating, delta in preview.items():
        assert review(sched, card, rating, NOW)[0].due - NOW == delta
    labels = {r.name: format_interval(d) for r, d in preview.items()}
    assert labels["Again"] == "<1m"
    assert labels["Good"] == "<10m"
    assert labels["Easy"].endswith("d")


def test_maximum_interval_is_a_cap(sched):
    card = new_card(1, NOW)
    t = NOW
    for _ in range(12):
        card, _ = review(sched, card, Rating.Easy, t)
        t = card.due
    assert (card.due - card.last_review) <= dt.timedelta(days=365)


def test_preview_is_deterministic_even_when_the_scheduler_fuzzes():
    fuzzy = make_scheduler(enable_fuzzing=True)
    card, _ = review(fuzzy, new_card(1, NOW), Rating.Easy, NOW)
    later = card.due
    assert preview_intervals(fuzzy, card, later) == preview_intervals(fuzzy, card, later)


@pytest.mark.parametrize(
    ("delta", "label"),
    [
        (dt.timedelta(seconds=20), "<1m"),
        (dt.timedelta(minutes=10), "<10m"),
        (dt.timedelta(hours=3), "3h"),
        (dt.timedelta(days=1), "1d"),
        (dt.timedelta(days=96), "3.2mo"),
        (dt.timedelta(days=548), "1.5y"),
    ],
)
def test_format_interval(delta, label):
    assert format_interval(delta) == label


def test_naive_datetimes_are_refused(sched):
    with pytest.raises(ValueError, match="UTC"):
        review(sched, new_card(1, NOW), Rating.Good, dt.datetime(2026, 3, 1))


def test_bad_settings_name_the_value():
    with pytest.raises(ValueError, match="1.5"):
        make_scheduler(desired_retention=1.5)
