"""Classroom quizzes: pick items from decks, then lay them out as shuffled versions.

>>> picked = pick_items(decks, kinds=["quote"], count=20, seed=7)
>>> quiz = make_quiz(decks, picked, versions=2, seed=7)   # each version has its own key
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from quizgen.errors import QuizgenError
from quizgen.export.wording import printable
from quizgen.models import ITEM_KINDS, Deck, Item, NumberItem, Source

QuestionType = Literal["multiple_choice", "true_false", "short_answer", "numerical"]
Number = int | float

# Qualifiers that make a figure approximate: numerical answers then get a 5% tolerance.
APPROXIMATE = frozenset({"about", "around", "some", "roughly", "approximately", "nearly", "almost"})
APPROXIMATE_TOLERANCE = 0.05
_TRUE_FALSE = ("True", "False")


class SelectionError(QuizgenError):
    """The filters leave no items, or name a kind that does not exist."""


@dataclass(frozen=True)
class PickedItem:
    deck_id: str
    item_id: str


@dataclass(frozen=True)
class QuizQuestion:
    """One question as every quiz format needs it: wording, choices in this version's order."""

    item_id: str
    kind: str
    type: QuestionType
    prompt: str
    answer: str
    accept: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    correct: int | None = None  # index into choices
    value: Number | tuple[Number, Number] | None = None  # numerical questions
    tolerance: float = 0.0
    source_ids: tuple[str, ...] = ()
    # Why the answer is right: the evidence sentence(s) and the article they come from.
    feedback: str = ""

    @property
    def correct_letter(self) -> str | None:
        return None if self.correct is None else chr(ord("A") + self.correct)

    def key_text(self) -> str:
        """The answer as a key shows it: ``B) Jürgen Müller`` or ``3,000 (also: 3000)``."""
        if self.correct is not None:
            return f"{self.correct_letter}) {self.choices[self.correct]}"
        extra = [a for a in self.accept if a != self.answer]
        return self.answer + (f" (also: {'; '.join(extra)})" if extra else "")


@dataclass(frozen=True)
class QuizVersion:
    number: int
    questions: tuple[QuizQuestion, ...]


@dataclass(frozen=True)
class Quiz:
    title: str
    seed: int
    versions: tuple[QuizVersion, ...]
    sources: tuple[Source, ...] = field(default=())


def pick_items(
    decks: Sequence[Deck],
    *,
    kinds: Iterable[str] = (),
    tags: Iterable[str] = (),
    sources: Iterable[str] = (),
    count: int | None = None,
    seed: int = 0,
    fits: Callable[[Item], bool] | None = None,
) -> list[PickedItem]:
    """Items matching every given filter (any kind, any tag, any source), ``count`` of them.

    Tags match item tags and deck tags. ``fits`` keeps only the items a platform can take,
    *before* drawing, so the quiz still reaches ``count``. The sample is drawn with
    ``random.Random(seed)`` and returned in deck order.
    """
    kinds, tags, sources = set(kinds), set(tags), set(sources)
    unknown = kinds - set(ITEM_KINDS)
    if unknown:
        raise SelectionError(f"unknown item kind {sorted(unknown)}; use {', '.join(ITEM_KINDS)}")
    matches = []
    for deck in decks:
        for item in deck.items:
            if kinds and item.kind not in kinds:
                continue
            if tags and not tags & (set(item.tags) | set(deck.deck.tags)):
                continue
            if sources and not sources & {ev.source for ev in item.evidence}:
                continue
            if fits is not None and not fits(item):
                continue
            matches.append(PickedItem(deck.deck.id, item.id))
    if not matches:
        raise SelectionError("no items match the filters; loosen --kinds, --tags or --sources")
    if count is not None and count < len(matches):
        chosen = set(random.Random(seed).sample(range(len(matches)), count))
        matches = [m for i, m in enumerate(matches) if i in chosen]
    return matches


def question_type(item) -> QuestionType:
    if item.choices:
        if {c.casefold() for c in item.choices} == {"true", "false"}:
            return "true_false"
        return "multiple_choice"
    if isinstance(item, NumberItem) and item.style == "question":
        return "numerical"
    return "short_answer"


def make_quiz(
    decks: Sequence[Deck],
    picked: Sequence[PickedItem],
    *,
    title: str | None = None,
    versions: int = 1,
    seed: int = 0,
    wording: Mapping[str, str] | None = None,
) -> Quiz:
    """Lay ``picked`` out as ``versions`` versions, each shuffled with its own seeded RNG.

    ``wording`` maps item ids to question text for this quiz only (the deck is untouched).
    True/false choices stay in True, False order.
    """
    if versions < 1:
        raise SelectionError(f"versions must be at least 1, not {versions}")
    by_id = {(d.deck.id, i.id): (d, i) for d in decks for i in d.items}
    base = [_question(*by_id[(p.deck_id, p.item_id)], wording or {}) for p in picked]
    used_sources = []
    for p in picked:
        deck, item = by_id[(p.deck_id, p.item_id)]
        for ev in item.evidence:
            source = deck.source(ev.source)
            if source not in used_sources:
                used_sources.append(source)
    out = []
    for number in range(1, versions + 1):
        rng = random.Random(f"{seed}:v{number}")
        order = list(base)
        rng.shuffle(order)
        out.append(QuizVersion(number, tuple(_shuffle_choices(q, rng) for q in order)))
    quiz_title = printable(title or " + ".join(d.deck.title for d in decks))
    return Quiz(quiz_title, seed, tuple(out), tuple(used_sources))


def _question(deck: Deck, item, wording: Mapping[str, str]) -> QuizQuestion:
    qtype = question_type(item)
    choices = tuple(item.choices)
    if qtype == "true_false":
        choices = tuple(
            next(c for c in item.choices if c.casefold() == t.casefold()) for t in _TRUE_FALSE
        )
    value, tolerance = None, 0.0
    if qtype == "numerical":
        value = item.value
        if (
            item.qualifier
            and item.qualifier.casefold() in APPROXIMATE
            and not isinstance(value, tuple)
        ):
            tolerance = abs(value) * APPROXIMATE_TOLERANCE
    # Every text without control characters: no quiz format can carry ESC or BEL.
    accept = tuple(dict.fromkeys(printable(a) for a in [item.answer, *item.accept]))
    choices = tuple(printable(c) for c in choices)
    return QuizQuestion(
        item_id=item.id,
        kind=item.kind,
        type=qtype,
        prompt=printable(wording.get(item.id, item.question)),
        answer=printable(item.answer),
        accept=accept,
        choices=choices,
        correct=choices.index(printable(item.answer)) if choices else None,
        value=value,
        tolerance=tolerance,
        source_ids=tuple(dict.fromkeys(ev.source for ev in item.evidence)),
        feedback=printable(feedback_text(deck, item)),
    )


def feedback_text(deck: Deck, item) -> str:
    """What students see after answering: the evidence, then ``Source: <citation>``.

    >>> feedback_text(deck, item)
    '“NATO sent 3,000 troops in 2014.”\\nSource: Air war, The Times, 2014-09-05'
    """
    quoted = "\n".join(f"“{ev.text.strip()}”" for ev in item.evidence)
    source_ids = dict.fromkeys(ev.source for ev in item.evidence)  # the deck checks they exist
    cited = [deck.source(source_id).citation() for source_id in source_ids]
    return f"{quoted}\nSource: {'; '.join(cited)}"


def _shuffle_choices(question: QuizQuestion, rng: random.Random) -> QuizQuestion:
    if question.type != "multiple_choice":
        return question
    choices = list(question.choices)
    rng.shuffle(choices)
    return QuizQuestion(
        **{
            **question.__dict__,
            "choices": tuple(choices),
            "correct": choices.index(question.answer),
        }
    )
