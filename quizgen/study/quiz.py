"""Multiple-choice quizzes: pick items, shuffle options, score, list what went wrong."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.models import Deck, Item
from quizgen.study.answers import check_answer


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
