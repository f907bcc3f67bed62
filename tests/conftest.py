"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEEDS_DECK = ROOT / "decks" / "nato-isil.yaml"


@pytest.fixture(scope="session", autouse=True)
def _private_deck_cache(tmp_path_factory):
    """Tests (and the commands they run) never read or fill the user's parsed-deck cache."""
    os.environ["QUIZGEN_CACHE_DIR"] = str(tmp_path_factory.mktemp("quizgen-cache"))


@pytest.fixture(scope="session")
def nlp():
    from quizgen.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seeds_deck():
    """The seeds deck as the generator makes it now (not the committed file)."""
    from quizgen.deck.generate import generate_deck

    return generate_deck([SEEDS], deck_id="nato-isil", title="NATO and the fight against ISIL")
