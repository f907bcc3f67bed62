"""The review store: one SQLite file holding each learner's review log and card states.

Decks are content; this is user data, keyed by (learner, deck id, item id) so a regenerated
deck keeps the history of every item whose id did not change.

* ``reviews`` is an append-only log (triggers refuse UPDATE, and DELETE of any row but one
  being undone).
* ``undo`` keeps, for each learner's last ``UNDO_DEPTH`` reviews, the card as it was before:
  ``undo_last_review`` puts it back and drops that review, in one transaction (Anki's Undo).
* ``preferences`` holds small per-learner choices of the app (e.g. the decks last studied).
* ``cards`` holds each card's current FSRS state; ``record_review`` reads it, schedules and
  writes both tables in one ``BEGIN IMMEDIATE`` transaction, so two tabs reviewing at once
  serialise instead of losing a write.
* One connection per operation (Streamlit runs sessions in several threads), WAL mode and a
  busy timeout. Times are stored as UTC epoch milliseconds; "days" are UTC days.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from quizgen.errors import StoreError
from quizgen.study.learner import DEFAULT_LEARNER, LearnerSettings, check_learner_name
from quizgen.study.scheduling import Card, Rating, Scheduler, State, card_id_for, new_card, review

SCHEMA_VERSION = 2
UNDO_DEPTH = 20
DB_NAME = "reviews.sqlite3"
BUSY_TIMEOUT_MS = 30_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS learners (
    name TEXT PRIMARY KEY,
    settings TEXT NOT NULL,
    created_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS cards (
    learner TEXT NOT NULL,
    deck_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    card_id INTEGER NOT NULL,
    state INTEGER NOT NULL,
    step INTEGER,
    stability REAL,
    difficulty REAL,
    due_ms INTEGER NOT NULL,
    last_review_ms INTEGER,
    reps INTEGER NOT NULL DEFAULT 0,
    lapses INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (learner, deck_id, item_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS cards_deck_due ON cards (learner, deck_id, due_ms);
CREATE INDEX IF NOT EXISTS cards_due ON cards (learner, due_ms);
CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY,
    learner TEXT NOT NULL,
    deck_id TEXT NOT NULL,
    item_id TEXT NOT NULL,
    card_id INTEGER NOT NULL,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    reviewed_ms INTEGER NOT NULL,
    state_before INTEGER NOT NULL,  -- 0 = new, else fsrs State
    due_after_ms INTEGER NOT NULL,
    stability_after REAL,
    duration_ms INTEGER
);
CREATE INDEX IF NOT EXISTS reviews_learner_time ON reviews (learner, reviewed_ms);
CREATE INDEX IF NOT EXISTS reviews_item ON reviews (learner, deck_id, item_id);
CREATE TRIGGER IF NOT EXISTS reviews_no_update BEFORE UPDATE ON reviews
BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
CREATE TABLE IF NOT EXISTS undo (
    review_id INTEGER PRIMARY KEY,
    learner TEXT NOT NULL,
    card TEXT,  -- the card before the review as JSON; NULL: it was new
    undoing INTEGER NOT NULL DEFAULT 0  -- set by undo_last_review just before the DELETE
);
CREATE INDEX IF NOT EXISTS undo_learner ON undo (learner, review_id);
CREATE TABLE IF NOT EXISTS preferences (
    learner TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (learner, key)
) WITHOUT ROWID;
DROP TRIGGER IF EXISTS reviews_no_delete;
CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews
WHEN NOT EXISTS (SELECT 1 FROM undo WHERE review_id = OLD.id AND undoing = 1)
BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;
"""

NEW = 0  # state_before for a card's first review


def to_ms(when: dt.datetime) -> int:
    if when.tzinfo is None:
        raise ValueError(f"{when!r} must be timezone-aware (UTC)")
    return round(when.timestamp() * 1000)


def from_ms(ms: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(ms / 1000, tz=dt.UTC)


def day_start(now: dt.datetime) -> dt.datetime:
    """Midnight UTC of ``now``'s day."""
    return now.astimezone(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)


@dataclass(frozen=True)
class CardRow:
    """A card's stored state: the fsrs card plus counters fsrs does not keep."""

    deck_id: str
    item_id: str
    card: Card
    reps: int
    lapses: int


def default_data_dir() -> Path:
    """``$QUIZGEN_DATA_DIR`` if set, else the platform's user data folder for quizgen."""
    env = os.environ.get("QUIZGEN_DATA_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("quizgen", appauthor=False))


_OPEN_STORES: dict[Path, Store] = {}
_OPEN_LOCK = threading.Lock()


def open_store(data_dir: str | os.PathLike[str] | None = None) -> Store:
    """The store in ``data_dir`` (default: ``default_data_dir()``), created on first use and shared."""
    folder = Path(data_dir) if data_dir is not None else default_data_dir()
    path = (folder / DB_NAME).resolve()
    with _OPEN_LOCK:
        store = _OPEN_STORES.get(path)
        if store is None:
            store = _OPEN_STORES[path] = Store(path)
        return store


class Store:
    """A review store at ``path`` (a SQLite file). Thread-safe: each call opens its own connection."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"cannot create the data folder {self.path.parent}: {exc.strerror or exc}; "
                "set QUIZGEN_DATA_DIR to a writable folder"
            ) from None
        self._migrate()
        # An idle connection held for the store's life: while one connection stays open,
        # closing the per-call ones does not checkpoint and delete the write-ahead log each
        # time (SQLite does that when the last connection to a WAL database closes), which
        # was most of a Study rerun's store time.
        self._keeper = self._connect()

    def close(self) -> None:
        """Let go of the file (the idle connection); later calls still work."""
        self._keeper.close()

    # -- connections -------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(
                self.path,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the review store {self.path}: {advice(exc)}") from None
        return conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (``BEGIN IMMEDIATE``): committed on success, rolled back on error."""
        conn = self._connect()
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write the review store {self.path}: {advice(exc)}") from None
        finally:
            conn.close()

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        conn = self._connect()
        try:
            yield conn
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the review store {self.path}: {advice(exc)}") from None
        finally:
            conn.close()

    def _migrate(self) -> None:
        """Create, repair or check the schema; refuse (untouched) a file that is something else.

        A file at version 0 with no tables of ours gets the schema; a version-1 file missing
        tables (a crash before they were written, a truncated copy) has them recreated; any
        table whose columns are not ours stops here, before anything is stamped or written,
        so a write can never half-fail later. ``PRAGMA quick_check`` catches damaged pages.
        """
        conn = self._connect()
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            damage = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
            if damage != ["ok"]:
                raise StoreError(
                    f"the review store {self.path} is damaged ({'; '.join(damage)[:200]}). "
                    "Your history is still in it: keep a copy of the file, then recover it with "
                    f"`sqlite3 {self.path} .recover | sqlite3 recovered.sqlite3` and put the "
                    "recovered file in its place"
                )
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} was written by a newer quizgen (schema {version}); upgrade quizgen"
                )
            conn.execute("BEGIN IMMEDIATE")
            try:
                problems = schema_problems(conn)
                if problems:
                    raise StoreError(
                        f"{self.path} is not a quizgen review store ({problems[0]}); it was left "
                        "untouched — if it is another program's file, set QUIZGEN_DATA_DIR to "
                        "another folder"
                    )
                for statement in _split_sql(_SCHEMA):  # IF NOT EXISTS: only what is missing
                    conn.execute(statement)
                if version < SCHEMA_VERSION:
                    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the review store {self.path}: {advice(exc)}") from None
        finally:
            conn.close()

    # -- learners and settings -----------------------------------------------------------

    def learners(self) -> list[str]:
        with self._reading() as conn:
            names = [r[0] for r in conn.execute("SELECT name FROM learners ORDER BY name")]
        return names or [DEFAULT_LEARNER]

    def add_learner(self, name: str, now: dt.datetime) -> str:
        name = check_learner_name(name)
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO learners (name, settings, created_ms) VALUES (?, ?, ?)",
                (name, LearnerSettings().model_dump_json(), to_ms(now)),
            )
        return name

    def settings(self, learner: str) -> LearnerSettings:
        with self._reading() as conn:
            row = conn.execute(
                "SELECT settings FROM learners WHERE name = ?", (learner,)
            ).fetchone()
        if row is None:
            return LearnerSettings()
        return LearnerSettings.model_validate(json.loads(row[0]))

    def save_settings(self, learner: str, settings: LearnerSettings, now: dt.datetime) -> None:
        learner = check_learner_name(learner)
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO learners (name, settings, created_ms) VALUES (?, ?, ?) "
                "ON CONFLICT (name) DO UPDATE SET settings = excluded.settings",
                (learner, settings.model_dump_json(), to_ms(now)),
            )

    def active_learner(self) -> str:
        with self._reading() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'active_learner'").fetchone()
        return row[0] if row else DEFAULT_LEARNER

    def set_active_learner(self, name: str) -> None:
        name = check_learner_name(name)
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('active_learner', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (name,),
            )

    # -- cards and reviews ---------------------------------------------------------------

    def card(self, learner: str, deck_id: str, item_id: str) -> CardRow | None:
        with self._reading() as conn:
            row = conn.execute(
                _CARD_SELECT + " WHERE learner = ? AND deck_id = ? AND item_id = ?",
                (learner, deck_id, item_id),
            ).fetchone()
        return _card_row(row) if row else None

    def record_review(
        self,
        learner: str,
        deck_id: str,
        item_id: str,
        rating: Rating,
        now: dt.datetime,
        scheduler: Scheduler,
        *,
        duration_ms: int | None = None,
    ) -> CardRow:
        """Schedule and log one review atomically; returns the card's new state."""
        rating = Rating(rating)
        with self.transaction() as conn:
            row = conn.execute(
                _CARD_SELECT + " WHERE learner = ? AND deck_id = ? AND item_id = ?",
                (learner, deck_id, item_id),
            ).fetchone()
            if row is None:
                before = CardRow(
                    deck_id, item_id, new_card(card_id_for(deck_id, item_id), now), 0, 0
                )
                state_before = NEW
            else:
                before = _card_row(row)
                state_before = int(before.card.state)
            card, _log = review(scheduler, before.card, rating, now, duration_ms=duration_ms)
            lapses = before.lapses + (rating == Rating.Again and state_before == State.Review)
            after = CardRow(deck_id, item_id, card, before.reps + 1, lapses)
            conn.execute(_UPSERT_CARD, _card_values(learner, after))
            cursor = conn.execute(
                _INSERT_REVIEW,
                review_values(learner, after, rating, now, state_before, duration_ms=duration_ms),
            )
            snapshot = None if row is None else json.dumps(_card_values(learner, before))
            conn.execute(
                "INSERT INTO undo (review_id, learner, card) VALUES (?, ?, ?)",
                (cursor.lastrowid, learner, snapshot),
            )
            conn.execute(
                "DELETE FROM undo WHERE learner = ? AND review_id NOT IN "
                "(SELECT review_id FROM undo WHERE learner = ? ORDER BY review_id DESC LIMIT ?)",
                (learner, learner, UNDO_DEPTH),
            )
        return after

    def undo_last_review(self, learner: str) -> tuple[str, str] | None:
        """Take back ``learner``'s last review: the card returns to its state before it (or to
        new) and the review leaves the log, in one transaction. Returns (deck id, item id) of
        the card, or None when there is nothing to undo."""
        with self.transaction() as conn:
            last = conn.execute(
                "SELECT u.review_id, u.card, r.deck_id, r.item_id FROM undo u "
                "JOIN reviews r ON r.id = u.review_id WHERE u.learner = ? "
                "ORDER BY u.review_id DESC LIMIT 1",
                (learner,),
            ).fetchone()
            if last is None:
                return None
            review_id, snapshot, deck_id, item_id = last
            if snapshot is None:
                conn.execute(
                    "DELETE FROM cards WHERE learner = ? AND deck_id = ? AND item_id = ?",
                    (learner, deck_id, item_id),
                )
            else:
                conn.execute(_UPSERT_CARD, tuple(json.loads(snapshot)))
            conn.execute("UPDATE undo SET undoing = 1 WHERE review_id = ?", (review_id,))
            conn.execute("DELETE FROM reviews WHERE id = ?", (review_id,))
            conn.execute("DELETE FROM undo WHERE review_id = ?", (review_id,))
        return deck_id, item_id

    def can_undo(self, learner: str) -> bool:
        with self._reading() as conn:
            row = conn.execute("SELECT 1 FROM undo WHERE learner = ? LIMIT 1", (learner,))
            return row.fetchone() is not None

    def reviewed_item_ids(
        self, learner: str, deck_id: str, start: dt.datetime, end: dt.datetime
    ) -> set[str]:
        """Items of ``deck_id`` that ``learner`` reviewed in [start, end)."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT DISTINCT item_id FROM reviews WHERE learner = ? AND reviewed_ms >= ? "
                "AND reviewed_ms < ? AND deck_id = ?",
                (learner, to_ms(start), to_ms(end), deck_id),
            ).fetchall()
        return {r[0] for r in rows}

    # -- preferences ---------------------------------------------------------------------

    def preference(self, learner: str, key: str) -> object | None:
        """A per-learner app choice saved with ``set_preference`` (JSON), or None."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT value FROM preferences WHERE learner = ? AND key = ?", (learner, key)
            ).fetchone()
        return json.loads(row[0]) if row else None

    def set_preference(self, learner: str, key: str, value: object) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO preferences (learner, key, value) VALUES (?, ?, ?) "
                "ON CONFLICT (learner, key) DO UPDATE SET value = excluded.value",
                (learner, key, json.dumps(value)),
            )

    def import_history(self, learner: str, cards: Iterable[CardRow], reviews: Iterable[tuple]) -> None:
        """Load many card states and review-log rows (``review_values``) in one transaction."""
        with self.transaction() as conn:
            conn.executemany(_INSERT_REVIEW, reviews)
            conn.executemany(_UPSERT_CARD, (_card_values(learner, row) for row in cards))

    def due_cards(
        self, learner: str, deck_id: str, until: dt.datetime, *, limit: int = 50, offset: int = 0
    ) -> list[CardRow]:
        """Cards of ``deck_id`` due at or before ``until``, most overdue first."""
        with self._reading() as conn:
            rows = conn.execute(
                _CARD_SELECT + " WHERE learner = ? AND deck_id = ? AND due_ms <= ? "
                "ORDER BY due_ms LIMIT ? OFFSET ?",
                (learner, deck_id, to_ms(until), limit, offset),
            ).fetchall()
        return [_card_row(r) for r in rows]

    def known_item_ids(self, learner: str, deck_id: str) -> set[str]:
        """Ids of the items of ``deck_id`` this learner has reviewed at least once."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT item_id FROM cards WHERE learner = ? AND deck_id = ?", (learner, deck_id)
            ).fetchall()
        return {r[0] for r in rows}

    def card_states(self, learner: str, deck_id: str) -> list[tuple[str, int, int, float | None]]:
        """(item id, state, due ms, stability) for every card of the deck."""
        with self._reading() as conn:
            return conn.execute(
                "SELECT item_id, state, due_ms, stability FROM cards WHERE learner = ? AND deck_id = ?",
                (learner, deck_id),
            ).fetchall()

    def card_counts(
        self, learner: str, deck_id: str, due_before_ms: int
    ) -> tuple[set[str], int, int, int]:
        """(item ids with a card, learning cards due before ``due_before_ms``, review cards due
        before it, mature review cards) for the deck, counted by SQLite."""
        review = int(State.Review)
        with self._reading() as conn:
            ids = {
                r[0]
                for r in conn.execute(
                    "SELECT item_id FROM cards WHERE learner = ? AND deck_id = ?",
                    (learner, deck_id),
                )
            }
            learning, due, mature = conn.execute(
                "SELECT "
                f"coalesce(sum(state != {review} AND due_ms < ?), 0), "
                f"coalesce(sum(state = {review} AND due_ms < ?), 0), "
                f"coalesce(sum(state = {review} AND stability >= 21), 0) "
                "FROM cards WHERE learner = ? AND deck_id = ?",
                (due_before_ms, due_before_ms, learner, deck_id),
            ).fetchone()
        return ids, learning, due, mature

    def count_reviews(
        self, learner: str, start: dt.datetime, end: dt.datetime, *, new_only: bool = False
    ) -> int:
        """Reviews by ``learner`` in [start, end); with ``new_only`` only first reviews."""
        sql = "SELECT count(*) FROM reviews WHERE learner = ? AND reviewed_ms >= ? AND reviewed_ms < ?"
        if new_only:
            sql += f" AND state_before = {NEW}"
        with self._reading() as conn:
            return conn.execute(sql, (learner, to_ms(start), to_ms(end))).fetchone()[0]

    def reviews_per_day(
        self, learner: str, start: dt.datetime, end: dt.datetime
    ) -> list[tuple[dt.date, int, int, int]]:
        """Per UTC day in [start, end): (day, reviews, mature-card reviews, of which recalled).

        "Mature" here means the card was in the Review state before the review, which is what
        true retention (Anki's term) is measured on.
        """
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT reviewed_ms / 86400000 AS day, count(*), "
                f"sum(state_before = {int(State.Review)}), "
                f"sum(state_before = {int(State.Review)} AND rating > 1) "
                "FROM reviews WHERE learner = ? AND reviewed_ms >= ? AND reviewed_ms < ? "
                "GROUP BY day ORDER BY day",
                (learner, to_ms(start), to_ms(end)),
            ).fetchall()
        epoch = dt.date(1970, 1, 1)
        return [(epoch + dt.timedelta(days=d), n, m or 0, ok or 0) for d, n, m, ok in rows]

    def review_days(self, learner: str, end: dt.datetime, *, days: int = 3650) -> list[dt.date]:
        """The distinct UTC days with at least one review, newest first, looking back ``days``."""
        start = end - dt.timedelta(days=days)
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT DISTINCT reviewed_ms / 86400000 AS day FROM reviews "
                "WHERE learner = ? AND reviewed_ms >= ? AND reviewed_ms < ? ORDER BY day DESC",
                (learner, to_ms(start), to_ms(end)),
            ).fetchall()
        epoch = dt.date(1970, 1, 1)
        return [epoch + dt.timedelta(days=r[0]) for r in rows]

    def due_per_day(
        self, learner: str, deck_ids: list[str], start: dt.datetime, days: int
    ) -> dict[dt.date, int]:
        """Cards falling due on each UTC day from ``start``'s day; overdue cards count on day one."""
        first = day_start(start)
        end = first + dt.timedelta(days=days)
        marks = ",".join("?" * len(deck_ids)) or "NULL"
        with self._reading() as conn:
            rows = conn.execute(
                f"SELECT max(due_ms, ?) / 86400000 AS day, count(*) FROM cards "
                f"WHERE learner = ? AND deck_id IN ({marks}) AND due_ms < ? GROUP BY day",
                (to_ms(first), learner, *deck_ids, to_ms(end)),
            ).fetchall()
        epoch = dt.date(1970, 1, 1)
        return {epoch + dt.timedelta(days=d): n for d, n in rows}

    def history_mark(self, learner: str) -> tuple[int, int]:
        """A cheap mark that changes whenever a rating is recorded or undone (read from the
        small undo table), for caching what is computed from the whole history."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT max(review_id), count(*) FROM undo WHERE learner = ?", (learner,)
            ).fetchone()
        return (row[0] or 0, row[1])

    def review_count(self, learner: str | None = None) -> int:
        with self._reading() as conn:
            if learner is None:
                return conn.execute("SELECT count(*) FROM reviews").fetchone()[0]
            return conn.execute(
                "SELECT count(*) FROM reviews WHERE learner = ?", (learner,)
            ).fetchone()[0]


_CARD_SELECT = (
    "SELECT deck_id, item_id, card_id, state, step, stability, difficulty, due_ms, "
    "last_review_ms, reps, lapses FROM cards"
)


def _card_row(row: tuple) -> CardRow:
    deck_id, item_id, card_id, state, step, stability, difficulty, due_ms, last_ms, reps, lapses = (
        row
    )
    card = Card(
        card_id=card_id,
        state=State(state),
        step=step,
        stability=stability,
        difficulty=difficulty,
        due=from_ms(due_ms),
        last_review=from_ms(last_ms) if last_ms is not None else None,
    )
    return CardRow(deck_id, item_id, card, reps, lapses)


_UPSERT_CARD = (
    "INSERT INTO cards (learner, deck_id, item_id, card_id, state, step, stability, "
    "difficulty, due_ms, last_review_ms, reps, lapses) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (learner, deck_id, item_id) DO UPDATE SET state = excluded.state, "
    "step = excluded.step, stability = excluded.stability, "
    "difficulty = excluded.difficulty, due_ms = excluded.due_ms, "
    "last_review_ms = excluded.last_review_ms, reps = excluded.reps, "
    "lapses = excluded.lapses"
)
_INSERT_REVIEW = (
    "INSERT INTO reviews (learner, deck_id, item_id, card_id, rating, reviewed_ms, "
    "state_before, due_after_ms, stability_after, duration_ms) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def review_values(
    learner: str,
    after: CardRow,
    rating: Rating,
    when: dt.datetime,
    state_before: int,
    *,
    duration_ms: int | None = None,
) -> tuple:
    """One row of the review log: the rating given at ``when`` and the card it produced."""
    card = after.card
    return (
        learner,
        after.deck_id,
        after.item_id,
        card.card_id,
        int(Rating(rating)),
        to_ms(when),
        state_before,
        to_ms(card.due),
        card.stability,
        duration_ms,
    )


def _card_values(learner: str, row: CardRow) -> tuple:
    c = row.card
    return (
        learner,
        row.deck_id,
        row.item_id,
        c.card_id,
        int(c.state),
        c.step,
        c.stability,
        c.difficulty,
        to_ms(c.due),
        to_ms(c.last_review) if c.last_review else None,
        row.reps,
        row.lapses,
    )


_ADVICE = {
    "SQLITE_FULL": "the disk is full. Nothing recorded so far is lost; free some space and try again",
    "SQLITE_READONLY": "the file or its folder is read-only; make them writable (your history is intact)",
    "SQLITE_BUSY": "another program is holding the store; close it and try again",
    "SQLITE_LOCKED": "another program is holding the store; close it and try again",
    "SQLITE_CANTOPEN": "the file cannot be opened; check that its folder exists and is writable, "
    "or set QUIZGEN_DATA_DIR",
    "SQLITE_NOTADB": "this file is not a SQLite database, so it holds no quizgen history; "
    "rename it or set QUIZGEN_DATA_DIR to another folder",
    "SQLITE_CORRUPT": "the file is damaged. Your history is still in it: keep a copy, then recover "
    "it with `sqlite3 FILE .recover | sqlite3 recovered.sqlite3` and put that in its place",
    "SQLITE_IOERR": "the disk reported an error; check the disk and try again (keep a copy of the file)",
}


def advice(exc: sqlite3.Error) -> str:
    """What went wrong and what to do, never advice that would lose review history."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    base = "_".join(name.split("_")[:2])  # SQLITE_IOERR_WRITE → SQLITE_IOERR
    for key in (name, base):
        if key in _ADVICE:
            return f"{exc}: {_ADVICE[key]}"
    return str(exc)


def _expected_columns() -> dict[str, dict[str, tuple[bool, bool]]]:
    """Each table of the schema → column → (NOT NULL, has a default), read from SQLite itself."""
    conn = sqlite3.connect(":memory:")
    try:
        for statement in _split_sql(_SCHEMA):
            conn.execute(statement)
        return _columns(conn)
    finally:
        conn.close()


def _columns(conn: sqlite3.Connection) -> dict[str, dict[str, tuple[bool, bool]]]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {
        table: {
            row[1]: (bool(row[3]), row[4] is not None or bool(row[5]))
            for row in conn.execute(f"PRAGMA table_info({_quote(table)})")
        }
        for table in tables
    }


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def schema_problems(conn: sqlite3.Connection) -> list[str]:
    """Why the tables in ``conn`` cannot hold our data (a table of ours lacks a column, or
    has one we would not fill); missing tables are fine, they are created."""
    expected = _EXPECTED_COLUMNS
    found = _columns(conn)
    problems = []
    for table, columns in expected.items():
        if table not in found:
            continue
        have = found[table]
        missing = [c for c in columns if c not in have]
        if missing:
            problems.append(f"table {table} lacks column {', '.join(missing)}")
        extra = [c for c, (not_null, default) in have.items() if c not in columns and not_null and not default]
        if extra:
            problems.append(f"table {table} has a required column {', '.join(extra)} quizgen does not fill")
    return problems


def _split_sql(script: str) -> list[str]:
    """Statements of the schema script (triggers contain ';' inside BEGIN ... END)."""
    statements, buf = [], []
    for line in script.strip().splitlines():
        buf.append(line)
        text = "\n".join(buf).strip()
        if text.endswith(";") and (
            not text.upper().startswith("CREATE TRIGGER") or text.endswith("END;")
        ):
            statements.append(text)
            buf = []
    return statements


_EXPECTED_COLUMNS = _expected_columns()
