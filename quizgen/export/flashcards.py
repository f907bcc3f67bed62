"""Flashcards as tab-separated text: front, back, tags — for Anki's and Quizlet's importers.

Anki flavour (default): header lines ``#separator:tab``, ``#html:false``, ``#tags column:3``
preset Anki's import dialog; fields are quoted the CSV way when they hold a tab, newline or
double quote, so nothing is lost. Quizlet flavour: two columns, no header and no quoting
(Quizlet's "Tab" / "New line" import cannot read quotes), so tabs and newlines inside a
field become single spaces.

Both are imported by the app itself, never through a spreadsheet, so: no byte-order mark
(Quizlet would show it as part of the first card) and no apostrophe formula guard (it would
show on the card); but cells that a spreadsheet would run as a formula (``=HYPERLINK(…)``,
``@SUM(…)`` from article text) get an invisible word joiner first
(:func:`~quizgen.export.wording.guard_formula`) in case someone opens the file in one.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from typing import Literal

from quizgen.export.wording import guard_formula, item_tags, printable
from quizgen.models import Deck

Flavor = Literal["anki", "quizlet"]
_BREAKS = re.compile(r"[\t\r\n]+")


def flashcard_rows(decks: Sequence[Deck]) -> list[tuple[str, str, str]]:
    """(front, back, space-separated tags) for every item of every deck."""
    rows = []
    for deck in decks:
        for item in deck.items:
            front = item.question
            if item.choices:
                front += "\n" + "\n".join(f"{chr(65 + i)}) {c}" for i, c in enumerate(item.choices))
            rows.append((printable(front), printable(item.answer), " ".join(item_tags(deck, item))))
    return rows


def export_flashcards_csv(decks: Sequence[Deck], *, flavor: Flavor = "anki") -> bytes:
    """UTF-8 bytes of the tab-separated file (see the module docstring for the two flavours)."""
    buffer = io.StringIO(newline="")
    if flavor == "anki":
        buffer.write("#separator:tab\n#html:false\n#tags column:3\n")
        writer = csv.writer(buffer, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        writer.writerows(
            (guard_formula(front), guard_formula(back), tags)
            for front, back, tags in flashcard_rows(decks)
        )
    else:
        for front, back, _tags in flashcard_rows(decks):
            buffer.write(f"{guard_formula(_one_line(front))}\t{guard_formula(_one_line(back))}\n")
    return buffer.getvalue().encode("utf-8")


def _one_line(text: str) -> str:
    return _BREAKS.sub(" ", text).strip()
