import datetime as dt
import random

import pytest

from quizgen.study.learner import LearnerSettings
from quizgen.study.quiz import grade, pick_questions, record_answer, seconds_left, unanswered
from quizgen.study.scheduling import Rating, State
from quizgen.study.session import record_rating
from quizgen.study.store import Store
from tests.study_decks import make_deck

NOW = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
SETTINGS = LearnerSettings(daily_new_limit=1, enable_fuzzing=False)


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "r.db")


def test_unanswered_questions_leave_an_easy_card_alone(store):
    deck = make_deck()
    item = deck.items[0]
    record_rating(store, "ann", deck.deck.id, item.id, Rating.Easy, NOW, SETTINGS)
    before = store.card("ann", deck.deck.id, item.id)
    question = next(
        q for q in pick_questions([deck], ["quote"], 5, random.Random(1)) if q.item.id == item.id
    )
    (answer,) = unanswered([question])
    assert record_answer(store, "ann", answer, NOW, SETTINGS) is None
    assert store.card("ann", deck.deck.id, item.id) == before
    assert before.card.state == State.Review


def test_counted_answers_respect_the_new_card_limit(store):
    deck = make_deck()
    questions = pick_questions([deck], ["date", "number"], 5, random.Random(1))
    answers = [grade(q, q.item.answer) for q in questions]
    assert record_answer(store, "ann", answers[0], NOW, SETTINGS) == Rating.Good
    # The daily limit (1) is reached: the second new card is practice only.
    assert record_answer(store, "ann", answers[1], NOW, SETTINGS) is None
    assert store.review_count("ann") == 1


def test_seconds_left():
    assert seconds_left(NOW, 60, NOW + dt.timedelta(seconds=59.5)) == 1
    assert seconds_left(NOW, 60, NOW + dt.timedelta(seconds=61)) == 0
