"""Number, date and event cards whose question names no occasion: "Which country won the first
match?", "____ were killed in the last eruption." The question is read alone
(``extract.question_anchors``); one that names nothing and leans on the text before makes no
card, whatever kind built it. Quote and person cards name their speaker or holder and are left
to their own rules. Each verdict is remembered with the article the card is read from
(``deck.reading_cache``): a re-run parses only the questions it has not read, and one whose
facts are all cached loads no spaCy for them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from quizgen.extract.question_anchors import unanchored_questions
from quizgen.models import Item

KINDS = ("number", "date", "event")


def unanchored_ids(items: Iterable[Item], readings: Mapping[str, Any] | None = None) -> set[str]:
    """The ids of the number, date and event items whose question names no anchor. ``readings``
    (``deck.reading_cache.ArticleReadings`` by article id) remember each verdict with the first
    article its card is read from; the questions none remembers are parsed together."""
    asked = {i.id: i for i in items if i.kind in KINDS}
    verdicts: dict[str, bool] = {}
    todo: list[str] = []
    for item_id in sorted(asked):
        memo, key = _memo(asked[item_id], readings)
        known = memo.anchor_verdict(key) if memo is not None else None
        if known is None:
            todo.append(item_id)
        else:
            verdicts[item_id] = known
    read = unanchored_questions([(asked[i].question, asked[i].answer) for i in todo]) if todo else []
    for item_id, loose in zip(todo, read):
        verdicts[item_id] = loose
        memo, key = _memo(asked[item_id], readings)
        if memo is not None:
            memo.keep_anchor_verdict(key, loose)
    return {i for i, loose in verdicts.items() if loose}


def _memo(item: Item, readings: Mapping[str, Any] | None) -> tuple[Any, str]:
    """The readings of the first article the card is read from, and the key of its verdict."""
    key = f"{item.question}\0{item.answer}"
    if not readings or not item.evidence:
        return None, key
    return readings.get(min(e.source for e in item.evidence)), key
