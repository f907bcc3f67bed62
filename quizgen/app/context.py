"""What every page of the study app starts from: the store, the learner, their settings, the decks.

The learner is a per-browser choice: a ``?learner=`` link, else the browser session's choice,
else the one remembered in the browser's cookie, else the default profile. It is never shared
between browsers through the store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from quizgen.deck.library import DeckEntry, discover_decks, valid_decks
from quizgen.models import Deck
from quizgen.study.learner import DEFAULT_LEARNER, LearnerSettings, check_learner_name
from quizgen.study.store import Store, open_store

LEARNER_COOKIE = "quizgen_learner"
STUDY_DECKS = "study_decks"  # preference: the deck ids last chosen on the Study page


@dataclass(frozen=True)
class AppContext:
    store: Store
    learner: str
    settings: LearnerSettings
    entries: list[DeckEntry]
    decks: list[Deck]
    now: dt.datetime

    def entry(self, deck_id: str) -> DeckEntry | None:
        """The file entry of a valid deck (its path, for saving edits)."""
        return next((e for e in self.entries if e.deck and e.deck.deck.id == deck_id), None)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def pick_learner(*candidates: str | None) -> str:
    """The first valid profile name among ``candidates`` (link, session, cookie), else the default."""
    for name in candidates:
        if not isinstance(name, str) or not name:
            continue
        try:
            return check_learner_name(name)
        except ValueError:
            continue
    return DEFAULT_LEARNER


def load_context(learner: str | None = None) -> AppContext:
    """Open the store named by ``QUIZGEN_DATA_DIR`` and the decks in ``QUIZGEN_DECKS_DIR``."""
    store = open_store()
    learner = pick_learner(learner)
    entries = discover_decks()
    return AppContext(
        store, learner, store.settings(learner), entries, valid_decks(entries), utc_now()
    )


def study_deck_ids(ctx: AppContext) -> list[str]:
    """The decks this learner last chose to study (all decks the first time), still existing."""
    ids = [d.deck.id for d in ctx.decks]
    saved = ctx.store.preference(ctx.learner, STUDY_DECKS)
    if not isinstance(saved, list):
        return ids
    return [i for i in saved if i in ids]
