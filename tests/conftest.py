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
    """Tests (and the commands they run) never read or fill the user's parsed-deck cache, nor
    the user's fact cache (``deck.cache.default_cache_dir``, under the XDG cache folder): a fact
    cache another run filled lets ``generate`` parse nothing, and start no workers."""
    os.environ["QUIZGEN_CACHE_DIR"] = str(tmp_path_factory.mktemp("quizgen-cache"))
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))


@pytest.fixture(scope="session")
def nlp():
    from quizgen.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seeds_deck():
    """The seeds deck as the generator makes it now (not the committed file)."""
    from quizgen.deck.generate import generate_deck

    return generate_deck([SEEDS], deck_id="nato-isil", title="NATO and the fight against ISIL")
