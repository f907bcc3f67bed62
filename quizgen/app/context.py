"""What every page of the study app starts from: the store, the learner, their settings, the decks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from quizgen.deck.library import DeckEntry, discover_decks, valid_decks
from quizgen.models import Deck
from quizgen.study.learner import LearnerSettings
from quizgen.study.store import Store, open_store


@dataclass(frozen=True)
class AppContext:
    store: Store
    learner: str
    settings: LearnerSettings
    entries: list[DeckEntry]
    decks: list[Deck]
    now: dt.datetime


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def load_context() -> AppContext:
    """Open the store named by ``QUIZGEN_DATA_DIR`` and the decks in ``QUIZGEN_DECKS_DIR``."""
    store = open_store()
    learner = store.active_learner()
    entries = discover_decks()
    return AppContext(
        store, learner, store.settings(learner), entries, valid_decks(entries), utc_now()
    )
