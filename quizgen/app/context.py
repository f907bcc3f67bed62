"""What every page of the study app starts from: the store, the learner, their settings, the decks.

The learner is a per-browser choice: a ``?learner=`` link, else the browser session's choice,
else the one remembered in the browser's cookie, else the default profile. It is never shared
between browsers through the store.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import threading
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

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


def browser_learner(st: Any) -> str:
    """This browser's profile, given the ``streamlit`` module (quizgen never imports it).

    A ``?learner=`` link wins, then this session's choice, then the browser's cookie. The
    choice is written back to the session and the link, and remembered in the cookie by a
    fixed script when the cookie does not hold it yet (the name is a checked profile name,
    never deck text). Every page calls this itself: Streamlit can run a page without app.py
    when it is opened by its address.
    """
    cookie = st.context.cookies.get(LEARNER_COOKIE)
    remembered = unquote(cookie) if isinstance(cookie, str) else None
    learner = pick_learner(
        st.query_params.get("learner"), st.session_state.get("learner"), remembered
    )
    st.session_state.learner = learner
    if st.query_params.get("learner") != learner:
        st.query_params["learner"] = learner  # the address keeps the profile across reloads
    if remembered != learner:
        # Only when it changes: a script element makes the browser load Streamlit's HTML
        # element code on every page that has one, for nothing once the cookie is right.
        value = f"{LEARNER_COOKIE}={quote(learner)}; path=/; max-age=31536000; SameSite=Lax"
        with st.sidebar:  # out of the way of the card
            st.html(
                f"<script>document.cookie = {json.dumps(value)};</script>",
                unsafe_allow_javascript=True,
            )
    return learner


# Old-generation objects the collector may walk after each run before they are frozen.
LONG_LIVED_LIMIT = 20_000
_FREEZE_LOCK = threading.Lock()


def freeze_long_lived(limit: int = LONG_LIVED_LIMIT) -> bool:
    """Freeze the objects that have lived through earlier runs (the app's modules, parsed
    decks, pandas once a table was drawn) when there are more than ``limit``; True if it froze.

    Streamlit runs a full ``gc.collect()`` after every script run, and a full collection walks
    every tracked object: with a 5,000-item deck in memory that was ~60 ms of CPU a run
    (~40 ms for Streamlit's own objects), holding the interpreter lock the server needs to
    send the run's last elements. Objects that survived a full collection are in the oldest
    generation; frozen, the collector skips them (reference counting still frees them when a
    deck is dropped), so each run's collection looks only at what recent runs allocated.
    """
    with _FREEZE_LOCK:
        if len(gc.get_objects(generation=2)) <= limit:
            return False
        gc.collect()  # freeze what is alive, not garbage waiting for the collector
        gc.freeze()
        return True


def load_context(learner: str | None = None) -> AppContext:
    """Open the store named by ``QUIZGEN_DATA_DIR`` and the decks in ``QUIZGEN_DECKS_DIR``."""
    store = open_store()
    learner = pick_learner(learner)
    entries = discover_decks()
    decks = valid_decks(entries)
    freeze_long_lived()
    return AppContext(store, learner, store.settings(learner), entries, decks, utc_now())


def study_deck_ids(ctx: AppContext) -> list[str]:
    """The decks this learner last chose to study (all decks the first time), still existing."""
    ids = [d.deck.id for d in ctx.decks]
    saved = ctx.store.preference(ctx.learner, STUDY_DECKS)
    if not isinstance(saved, list):
        return ids
    return [i for i in saved if i in ids]
