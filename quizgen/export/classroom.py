"""What the app's Classroom page needs: decks on disk, filter options, previews, downloads.

The page stays a thin layer of widgets; everything worth testing lives here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from quizgen.deck.library import discover_decks, valid_decks
from quizgen.export.platforms import PLATFORMS, fit_question, misfit
from quizgen.export.render import download_name, mime_type, render_version
from quizgen.export.selection import PickedItem, Quiz, QuizVersion, pick_items, question_type
from quizgen.export.spreadsheets import KAHOOT_TIME_LIMITS, QUIZIZZ_TIME_LIMITS
from quizgen.export.wording import cite
from quizgen.models import Deck

FORMAT_LABELS = {
    "pdf": "PDF (student sheet + answer key)",
    "gift": "Moodle (GIFT)",
    "qti": "Canvas (QTI 1.2 zip)",
    "kahoot": "Kahoot (xlsx)",
    "quizizz": "Quizizz (xlsx)",
    "blooket": "Blooket (CSV)",
    "gimkit": "Gimkit (CSV)",
}


# Time limits each platform offers (Blooket takes 1-300 s; a few round values suffice).
TIME_LIMITS = {
    "kahoot": list(KAHOOT_TIME_LIMITS),
    "quizizz": list(QUIZIZZ_TIME_LIMITS),
    "blooket": [10, 20, 30, 60, 90, 120, 300],
}


def load_decks(folder: Path | None = None) -> tuple[list[Deck], list[str]]:
    """Every valid deck in ``folder`` (default: the app's decks folder) and one message per bad file."""
    entries = discover_decks(folder)
    return valid_decks(entries), [e.error for e in entries if e.error]


def tag_options(decks: Sequence[Deck]) -> list[str]:
    return sorted(
        {t for d in decks for t in d.deck.tags}
        | {t for d in decks for i in d.items for t in i.tags}
    )


def source_options(decks: Sequence[Deck]) -> dict[str, str]:
    """Source id → citation line, for a multiselect's labels."""
    return {s.id: cite(s) for d in decks for s in d.sources}


@dataclass(frozen=True)
class ItemView:
    key: str  # unique across decks; safe as a widget key
    item_id: str
    kind: str
    question: str
    answer: str


def item_views(decks: Sequence[Deck], picked: Sequence[PickedItem]) -> list[ItemView]:
    by_id = {(d.deck.id, i.id): i for d in decks for i in d.items}
    views = []
    for p in picked:
        item = by_id[(p.deck_id, p.item_id)]
        views.append(
            ItemView(f"{p.deck_id}/{p.item_id}", item.id, item.kind, item.question, item.answer)
        )
    return views


def preview_rows(version: QuizVersion) -> list[dict[str, str]]:
    """One row per question, as the students' version lays it out, with the key."""
    return [
        {
            "#": str(n),
            "question": q.prompt,
            "choices": " | ".join(f"{chr(65 + i)}) {c}" for i, c in enumerate(q.choices)),
            "answer": q.key_text(),
            "type": q.type.replace("_", " "),
        }
        for n, q in enumerate(version.questions, 1)
    ]


@dataclass(frozen=True)
class Download:
    label: str
    file_name: str
    data: bytes
    mime: str


def downloads(
    quiz: Quiz, fmt: str, *, time_limit: int | None = None
) -> tuple[list[Download], list[str]]:
    """Download buttons' contents for every version (and PDF key) of ``quiz`` in ``fmt``."""
    files, warnings = [], []
    count = len(quiz.versions)
    for version in quiz.versions:
        rendered = render_version(quiz, version, fmt, time_limit=time_limit)
        warnings += [w for w in rendered.warnings if w not in warnings]
        suffix = f" — version {version.number}" if count > 1 else ""
        name = download_name(quiz.title, fmt, version.number, count, seed=quiz.seed)
        files.append(
            Download(f"{FORMAT_LABELS[fmt]}{suffix}", name, rendered.quiz, mime_type(name))
        )
        if rendered.key is not None:
            key_name = download_name(
                quiz.title, fmt, version.number, count, key=True, seed=quiz.seed
            )
            files.append(
                Download(f"Answer key{suffix}", key_name, rendered.key, mime_type(key_name))
            )
    return files, warnings


@dataclass(frozen=True)
class LeftOut:
    """A matching item the platform cannot take, as the teacher sees it."""

    key: str  # unique across decks; safe as a widget key
    picked: PickedItem
    question: str
    reason: str
    limit: int | None  # the platform's question length, when rewording can bring it back


def left_out(decks: Sequence[Deck], fmt: str, *, kinds=(), tags=(), sources=()) -> list[LeftOut]:
    """Every item matching the filters that ``fmt`` leaves out, by question text with the
    reason; ``limit`` is set when a shorter wording would let it in."""
    if fmt not in PLATFORMS:
        return []
    limit = PLATFORMS[fmt].max_question
    by_id = {(d.deck.id, i.id): i for d in decks for i in d.items}
    out = []
    for p in pick_items(decks, kinds=kinds, tags=tags, sources=sources):
        item = by_id[(p.deck_id, p.item_id)]
        question, problem = fit_question(fmt, item)
        if problem:
            rewordable = problem[0] == "question too long"
            out.append(
                LeftOut(
                    f"{p.deck_id}/{p.item_id}",
                    p,
                    question,
                    problem[1],
                    limit if rewordable else None,
                )
            )
    return out


def rewording_fits(decks: Sequence[Deck], fmt: str, gone: LeftOut, text: str) -> str | None:
    """None if ``text`` as the question of ``gone`` fits ``fmt``, else why not."""
    item = next(
        i
        for d in decks
        if d.deck.id == gone.picked.deck_id
        for i in d.items
        if i.id == gone.picked.item_id
    )
    problem = misfit(PLATFORMS[fmt], text.strip(), item.choices, question_type(item))
    return problem and problem[1]


def character_count(text: str, limit: int) -> str:
    """The platform's counter: ``"97/120 characters"`` (over the limit: says by how much)."""
    over = len(text) - limit
    return f"{len(text)}/{limit} characters" + (f" — {over} too many" if over > 0 else "")
