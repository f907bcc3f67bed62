"""Number, date and event cards whose question names no occasion: "Which country won the first
match?", "____ were killed in the last eruption." The question is read alone
(``extract.question_anchors``); one that names nothing and leans on the text before makes no
card, whatever kind built it. Quote and person cards name their speaker or holder and are left
to their own rules."""

from __future__ import annotations

from collections.abc import Iterable

from quizgen.extract.question_anchors import unanchored_questions
from quizgen.models import Item

KINDS = ("number", "date", "event")


def unanchored_ids(items: Iterable[Item]) -> set[str]:
    """The ids of the number, date and event items whose question names no anchor."""
    asked = {i.id: (i.question, i.answer) for i in items if i.kind in KINDS}
    ids = sorted(asked)
    return {i for i, loose in zip(ids, unanchored_questions([asked[i] for i in ids])) if loose}
