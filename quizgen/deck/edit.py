"""Edit a deck's items from table rows (the Decks page's editor) and validate the result.

Edits return a new, fully validated Deck or raise DeckError listing every problem, so what
reaches the file is always a valid deck.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import ValidationError

from quizgen.deck.io import describe_validation_error
from quizgen.deck.limits import deck_limit_problems
from quizgen.errors import DeckError
from quizgen.models import Deck, Item

EDITABLE = ("question", "answer", "accept", "tags")


def split_list(text: Any) -> list[str]:
    """``"a; b;"`` -> ``["a", "b"]`` (lists in the editor are ``;``-separated text)."""
    if text is None:
        return []
    if isinstance(text, (list, tuple)):
        return [str(t).strip() for t in text if str(t).strip()]
    return [part.strip() for part in str(text).split(";") if part.strip()]


def matches(item: Item, query: str) -> bool:
    """Whether ``query`` occurs (case-blind) in the item's question, answers or evidence."""
    needle = query.strip().casefold()
    if not needle:
        return True
    texts = [item.question, item.answer, *item.accept, *(e.text for e in item.evidence)]
    return any(needle in text.casefold() for text in texts)


def item_rows(deck: Deck, *, query: str = "") -> list[dict[str, str]]:
    """One editable row per item matching ``query``: id, kind, question, answer, accept, tags."""
    return [
        {
            "id": item.id,
            "kind": item.kind,
            "question": item.question,
            "answer": item.answer,
            "accept": "; ".join(item.accept),
            "tags": "; ".join(item.tags),
        }
        for item in deck.items
        if matches(item, query)
    ]


def apply_item_edits(
    deck: Deck, rows: Iterable[Mapping[str, Any]], *, shown_ids: Iterable[str] | None = None
) -> Deck:
    """The deck with ``rows`` applied: edited fields replaced, and items that were shown
    (``shown_ids``, default all) but have no row any more deleted.

    Raises DeckError naming every problem (unknown ids, empty questions, a changed answer
    that no longer matches the choices, ...).
    """
    data = deck.model_dump(mode="json")
    by_id = {item["id"]: item for item in data["items"]}
    shown = set(shown_ids) if shown_ids is not None else set(by_id)
    problems = []
    kept: set[str] = set()
    for n, row in enumerate(rows, start=1):
        item_id = str(row.get("id") or "").strip()
        if item_id not in by_id:
            problems.append(f"row {n}: new items cannot be added here (unknown id {item_id!r})")
            continue
        kept.add(item_id)
        item = by_id[item_id]
        old_answer = item["answer"]
        for field in EDITABLE:
            if field not in row:
                continue
            value = row[field]
            if field in ("accept", "tags"):
                item[field] = split_list(value)
            else:
                item[field] = "" if value is None else str(value).strip()
        if item["answer"] != old_answer and old_answer in item["choices"]:
            # Keep multiple choice consistent with the corrected answer.
            item["choices"] = [item["answer"] if c == old_answer else c for c in item["choices"]]
    if problems:
        raise DeckError(f"deck {deck.deck.id}", problems)
    data["items"] = [it for it in data["items"] if it["id"] in kept or it["id"] not in shown]
    try:
        edited = Deck.model_validate(data)
    except ValidationError as exc:
        raise DeckError(f"deck {deck.deck.id}", describe_validation_error(exc, data)) from None
    too_big = deck_limit_problems(edited)
    if too_big:
        raise DeckError(f"deck {deck.deck.id}", too_big)
    return edited
