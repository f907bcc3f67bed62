"""The card text cache: each card of a deck as YAML text, kept so a re-run writes only new cards.

Writing an 840-article deck's YAML costs about a tenth of a run that adds one article to it,
though all but that article's cards are the same text as last time. A card's text depends
only on the card (a block-style list entry, written at the same column wherever it stands in
the deck's ``items``), so ``io.dump_deck`` can take it from here and write only the cards it
has not met. An entry's key is a SHA-256 of the format, the deck cache's code fingerprint
(every file of the installed quizgen package, every installed distribution's version:
PyYAML's among them) and the card's data as JSON (every field, in order, with its type); any
difference makes a miss, never a stale text.

All entries live in one SQLite file (``cards.sqlite`` beside the facts), read with a few
queries for the whole deck. An entry is JSON (the format, its key, the text), checked when
read; a torn, edited or foreign entry is a miss and is written again. About 0.7 KB per card.

>>> save_deck(deck, "d.yaml", card_texts=CardTextCache(folder))   # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quizgen.deck.deck_cache import code_fingerprint
from quizgen.deck.entry_store import EntryStore

FORMAT = "quizgen-card-text/1"
FILE_NAME = "cards.sqlite"


class CardTextCache:
    """Cards' YAML texts in ``folder/cards.sqlite``; ``hits`` and ``misses`` count this
    object's look-ups."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.path = Path(folder) / FILE_NAME
        self._table = EntryStore(self.path, "cards")
        self.hits = 0
        self.misses = 0

    def key(self, card: dict[str, Any]) -> str:
        data = json.dumps(card, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(f"{FORMAT}\0{code_fingerprint()}\0{data}".encode()).hexdigest()

    def texts(self, cards: list[dict[str, Any]], write: Callable[[dict[str, Any]], str]) -> list[str]:
        """The text of each card (plain data, as the deck holds it): from the cache, else
        ``write(card)``, stored for the next run."""
        keys = [self.key(c) for c in cards]
        stored = self._table.entries(keys)
        out, new = [], []
        for card, key in zip(cards, keys):
            text = _text(stored.get(key), key=key)
            if text is None:
                self.misses += 1
                text = write(card)
                entry = {"format": FORMAT, "key": key, "text": text}
                new.append((key, json.dumps(entry, ensure_ascii=False, separators=(",", ":"))))
            else:
                self.hits += 1
            out.append(text)
        if new:
            self._table.store(new)
        return out


def _text(entry: str | None, *, key: str) -> str | None:
    if entry is None:
        return None
    try:
        data = json.loads(entry)
    except ValueError:
        return None
    if not isinstance(data, dict) or set(data) != {"format", "key", "text"}:
        return None
    if data["format"] != FORMAT or data["key"] != key or not isinstance(data["text"], str):
        return None
    text = data["text"]
    return text if text.startswith("- ") and text.endswith("\n") else None
