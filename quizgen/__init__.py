"""quizgen: news articles → study decks (quotes, dates, figures, people), with evidence.

>>> from quizgen import generate_deck, save_deck
>>> save_deck(generate_deck(["seeds"], deck_id="nato-isil"), "decks/nato-isil.yaml")

The generator (and spaCy) load only when first used, so the deck format, the store and the
exports import quickly.
"""

from __future__ import annotations

from typing import Any

from quizgen.deck.io import load_deck, save_deck
from quizgen.errors import QuizgenError
from quizgen.models import Deck, Item

__all__ = ["Deck", "Item", "QuizgenError", "generate_deck", "load_deck", "save_deck"]


def __getattr__(name: str) -> Any:
    if name == "generate_deck":
        from quizgen.deck.generate import generate_deck

        return generate_deck
    raise AttributeError(f"module 'quizgen' has no attribute {name!r}")
