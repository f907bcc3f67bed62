"""Multiple-choice quizzes: pick items, shuffle options, score, list what went wrong.

Quizzes are practice: they leave the study schedule alone unless the learner asks for them
to count (``record_answer``), and even then they introduce no new card past the daily limit
and an unanswered question changes nothing.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.models import Deck, Item
from quizgen.study.answers import check_answer
from quizgen.study.learner import LearnerSettings
from quizgen.study.scheduling import Rating
from quizgen.study.session import new_cards_left, record_rating
from quizgen.study.store import Store


@dataclass(frozen=True)
class QuizQuestion:
    deck: Deck
    item: Item
    options: tuple[str, ...]  # empty: the item has no choices, so the answer is typed


@dataclass(frozen=True)
class QuizAnswer:
    question: QuizQuestion
    given: str | None  # None: not answered (time ran out)
    correct: bool


def pick_questions(
    decks: Sequence[Deck], kinds: Sequence[str], count: int, rng: random.Random
) -> list[QuizQuestion]:
    """Up to ``count`` random items of the given kinds, each with shuffled options."""
    pool = [(deck, item) for deck in decks for item in deck.items if item.kind in kinds]
    chosen = rng.sample(pool, min(count, len(pool)))
    questions = []
    for deck, item in chosen:
        options = list(item.choices)
        rng.shuffle(options)
        questions.append(QuizQuestion(deck, item, tuple(options)))
    return questions


def grade(question: QuizQuestion, given: str | None) -> QuizAnswer:
    """Right if the chosen option is the answer (or, for typed answers, accepted)."""
    if given is None or not given.strip():
        return QuizAnswer(question, given, False)
    item = question.item
    if question.options:
        return QuizAnswer(question, given, given == item.answer)
    return QuizAnswer(question, given, check_answer(given, item.answer, item.accept).accepted)


def score(answers: Sequence[QuizAnswer]) -> tuple[int, int]:
    """(right, total)."""
    return sum(a.correct for a in answers), len(answers)


def unanswered(questions: Sequence[QuizQuestion]) -> list[QuizAnswer]:
    """The questions left when time ran out, scored as not answered."""
    return [QuizAnswer(q, None, False) for q in questions]


def seconds_left(started: dt.datetime, limit_s: int, now: dt.datetime) -> int:
    """Whole seconds left of a timed quiz (0 when time is up)."""
    return max(0, int(limit_s - (now - started).total_seconds() + 0.999))


def record_answer(
    store: Store, learner: str, answer: QuizAnswer, now: dt.datetime, settings: LearnerSettings
) -> Rating | None:
    """Count a quiz answer towards the schedule (right: Good, wrong: Again), as the learner
    asked; returns the rating, or None when nothing was recorded: the question was not
    answered, or the card is new and today's new-card limit is reached."""
    if answer.given is None or not answer.given.strip():
        return None
    deck_id, item_id = answer.question.deck.deck.id, answer.question.item.id
    is_new = store.card(learner, deck_id, item_id) is None
    if is_new and new_cards_left(store, learner, settings, now) <= 0:
        return None
    rating = Rating.Good if answer.correct else Rating.Again
    record_rating(store, learner, deck_id, item_id, rating, now, settings)
    return rating
