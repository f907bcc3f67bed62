"""A key → entry table in one SQLite file, shared by the caches that keep one JSON entry per
article (``article_cache``, ``reading_cache``): read with a few queries for a whole run, written
in one transaction. A file that cannot be read is empty; one that cannot be written only costs
the next run time; a file that is no database is replaced. Entries are text the caller checks."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

_QUERY_KEYS = 500  # keys per SELECT (below SQLite's oldest limit of 999 parameters)


class EntryStore:
    """Entries by key in table ``table`` of ``path`` (the table name is the caller's constant)."""

    def __init__(self, path: Path, table: str) -> None:
        if not table.isidentifier():
            raise ValueError(f"not a table name: {table!r}")
        self.path = path
        self.table = table

    def entries(self, keys: list[str]) -> dict[str, str]:
        """The stored entries of ``keys`` (a missing, foreign or broken file holds none)."""
        if not self.path.is_file():
            return {}
        found: dict[str, str] = {}
        try:
            with self._connection() as db:
                for start in range(0, len(keys), _QUERY_KEYS):
                    chunk = keys[start : start + _QUERY_KEYS]
                    marks = ",".join("?" * len(chunk))
                    rows = db.execute(f"SELECT key, entry FROM {self.table} WHERE key IN ({marks})", chunk)
                    found.update((k, e) for k, e in rows if isinstance(k, str) and isinstance(e, str))
        except sqlite3.Error:
            return {}  # not a database, or not ours: every entry is made anew
        return found

    def store(self, entries: list[tuple[str, str]]) -> None:
        """Write ``entries`` (key, entry) in one transaction."""
        for attempt in range(2):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with self._connection() as db, db:
                    db.execute(f"CREATE TABLE IF NOT EXISTS {self.table} (key TEXT PRIMARY KEY, entry TEXT NOT NULL)")
                    db.executemany(f"INSERT OR REPLACE INTO {self.table} (key, entry) VALUES (?, ?)", entries)
                return
            except sqlite3.OperationalError:  # locked, read-only, disk full: never delete it
                return
            except sqlite3.DatabaseError:  # "file is not a database": no cache of ours
                if attempt == 0:
                    with contextlib.suppress(OSError):
                        self.path.unlink()
                        continue
                return
            except OSError:
                return

    @contextlib.contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30)
        try:
            yield db
        finally:
            db.close()
