"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEEDS_DECK = ROOT / "decks" / "nato-isil.yaml"


@pytest.fixture(scope="session")
def nlp():
    from quizgen.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seeds_deck():
    """The seeds deck as the generator makes it now (not the committed file)."""
    from quizgen.deck.generate import generate_deck

    return generate_deck([SEEDS], deck_id="nato-isil", title="NATO and the fight against ISIL")
