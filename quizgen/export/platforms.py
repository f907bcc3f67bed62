"""What each game-show platform takes, and drawing a quiz from the questions that fit.

Kahoot: up to 4 choices, question ≤ 120 characters, answers ≤ 75; Quizizz: up to 5 choices;
Blooket and Gimkit: up to 4. Choice questions only. Drawing *among* the questions that fit
(rather than dropping after drawing) lets a quiz reach its count.

>>> picked, wording, note = pick_for_platform(decks, "kahoot", count=20, seed=7)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.errors import QuizgenError
from quizgen.export.selection import PickedItem, SelectionError, pick_items, question_type
from quizgen.export.wording import printable, shorten_quote
from quizgen.models import Deck

KAHOOT_MAX_QUESTION, KAHOOT_MAX_ANSWER = 120, 75


class PlatformError(QuizgenError):
    """An option the platform does not allow (e.g. a Kahoot time limit)."""


@dataclass(frozen=True)
class PlatformLimits:
    name: str
    max_choices: int
    max_question: int | None = None
    max_answer: int | None = None


PLATFORMS = {
    "kahoot": PlatformLimits("Kahoot", 4, KAHOOT_MAX_QUESTION, KAHOOT_MAX_ANSWER),
    "quizizz": PlatformLimits("Quizizz", 5),
    "blooket": PlatformLimits("Blooket", 4),
    "gimkit": PlatformLimits("Gimkit", 4),
}


def misfit(
    limits: PlatformLimits, prompt: str, choices: Sequence[str], qtype: str
) -> tuple[str, str] | None:
    """None if a question fits the platform, else (short reason, full sentence)."""
    name = limits.name
    if not choices:
        return "no choices", f"{qtype.replace('_', ' ')} questions need choices on {name}"
    if len(choices) > limits.max_choices:
        return (
            "too many choices",
            f"{len(choices)} choices, {name} takes at most {limits.max_choices}",
        )
    if limits.max_question and len(prompt) > limits.max_question:
        return (
            "question too long",
            f"question is {len(prompt)} characters, max {limits.max_question}",
        )
    if limits.max_answer:
        for choice in choices:
            if len(choice) > limits.max_answer:
                return (
                    "choice too long",
                    f"choice {choice[:20]!r}… is {len(choice)} characters, max {limits.max_answer}",
                )
    return None


def fit_question(fmt: str, item) -> tuple[str, tuple[str, str] | None]:
    """The question text to use on platform ``fmt`` and why it still cannot go (or None).

    A quote question too long for Kahoot asks about fewer sentences of the same quote
    (:func:`~quizgen.export.wording.shorten_quote`).
    """
    limits = PLATFORMS[fmt]
    question = item.question
    if item.kind == "quote" and limits.max_question and len(question) > limits.max_question:
        question = shorten_quote(question, limits.max_question) or question
    choices = [printable(c) for c in item.choices]
    return question, misfit(limits, printable(question), choices, question_type(item))


def pick_for_platform(
    decks: Sequence[Deck], fmt: str, *, count: int, seed: int, **filters
) -> tuple[list[PickedItem], dict[str, str], str | None]:
    """Draw ``count`` items among those that fit ``fmt`` (shortening quotes where that is
    faithful): the picks, the shortened wording by item id, and a note when too few fit."""
    wording: dict[str, str] = {}
    reasons: Counter[str] = Counter()

    def fits(item) -> bool:
        question, problem = fit_question(fmt, item)
        if problem:
            reasons[problem[0]] += 1
            return False
        if question != item.question:
            wording[item.id] = question
        return True

    matching = pick_items(decks, **filters)
    try:
        picked = pick_items(decks, **filters, count=count, seed=seed, fits=fits)
    except SelectionError:
        picked = []
    why = ", ".join(f"{n} {reason}" for reason, n in reasons.most_common())
    if not picked:
        raise PlatformError(
            f"none of the {len(matching)} matching items fits {PLATFORMS[fmt].name} ({why}); "
            "pick multiple-choice items, e.g. --kinds quote,person"
        )
    note = None
    if len(picked) < count:
        note = (
            f"only {len(picked)} of the {len(matching)} matching items fit "
            f"{PLATFORMS[fmt].name} ({why}); the quiz has {len(picked)} questions, not {count}"
        )
    return picked, {p.item_id: wording[p.item_id] for p in picked if p.item_id in wording}, note
