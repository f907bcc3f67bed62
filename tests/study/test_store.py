import datetime as dt
import sqlite3
import threading

import pytest

from quizgen.errors import StoreError
from quizgen.study.learner import LearnerSettings
from quizgen.study.scheduling import Rating, State, make_scheduler
from quizgen.study.store import SCHEMA_VERSION, Store, open_store

NOW = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
SCHED = make_scheduler(enable_fuzzing=False)


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "reviews.sqlite3")


def test_schema_is_versioned_and_uses_wal(store):
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_reopening_keeps_data(tmp_path):
    Store(tmp_path / "r.db").record_review("ann", "d", "i1", Rating.Good, NOW, SCHED)
    again = Store(tmp_path / "r.db")
    row = again.card("ann", "d", "i1")
    assert row is not None and row.reps == 1
    assert row.card.due == NOW + dt.timedelta(minutes=10)


def test_record_review_logs_and_updates_state(store):
    first = store.record_review("ann", "d", "i1", Rating.Good, NOW, SCHED, duration_ms=1500)
    later = NOW + dt.timedelta(minutes=10)
    second = store.record_review("ann", "d", "i1", Rating.Good, later, SCHED)
    assert first.card.state == State.Learning
    assert second.card.state == State.Review
    assert second.reps == 2
    assert store.review_count("ann") == 2
    assert store.count_reviews("ann", NOW, NOW + dt.timedelta(hours=1), new_only=True) == 1
    # Another learner's history is separate.
    assert store.card("bob", "d", "i1") is None


def test_review_log_is_append_only(store):
    store.record_review("ann", "d", "i1", Rating.Good, NOW, SCHED)
    conn = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM reviews")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE reviews SET rating = 4")
    conn.close()


def test_due_cards_are_ordered_by_due_time(store):
    store.record_review("ann", "d", "late", Rating.Good, NOW, SCHED)  # due in 10 minutes
    store.record_review("ann", "d", "soon", Rating.Again, NOW, SCHED)  # due in 1 minute
    store.record_review("ann", "other", "x", Rating.Again, NOW, SCHED)
    rows = store.due_cards("ann", "d", NOW + dt.timedelta(hours=1))
    assert [r.item_id for r in rows] == ["soon", "late"]
    assert store.due_cards("ann", "d", NOW) == []
    assert store.known_item_ids("ann", "d") == {"late", "soon"}


def test_settings_and_learners(store):
    assert store.settings("ann") == LearnerSettings()
    store.save_settings("ann", LearnerSettings(desired_retention=0.85, daily_new_limit=5), NOW)
    assert store.settings("ann").daily_new_limit == 5
    store.add_learner("bob", NOW)
    assert store.learners() == ["ann", "bob"]
    assert store.active_learner() == "default"
    store.set_active_learner("bob")
    assert store.active_learner() == "bob"
    with pytest.raises(ValueError, match="profile name"):
        store.add_learner("<script>", NOW)


def test_stats_queries(store):
    day1 = NOW - dt.timedelta(days=1)
    store.record_review("ann", "d", "a", Rating.Good, day1, SCHED)
    store.record_review("ann", "d", "a", Rating.Good, day1 + dt.timedelta(minutes=10), SCHED)
    store.record_review("ann", "d", "b", Rating.Again, NOW, SCHED)
    per_day = store.reviews_per_day("ann", day1 - dt.timedelta(days=1), NOW + dt.timedelta(days=1))
    assert [(d, n) for d, n, _, _ in per_day] == [(day1.date(), 2), (NOW.date(), 1)]
    assert store.review_days("ann", NOW + dt.timedelta(days=1)) == [NOW.date(), day1.date()]
    forecast = store.due_per_day("ann", ["d"], NOW, 30)
    assert sum(forecast.values()) == 2


def test_two_threads_recording_at_once_lose_nothing(tmp_path):
    store = Store(tmp_path / "r.db")
    per_thread = 40
    errors = []
    barrier = threading.Barrier(2)

    def work(name):
        try:
            barrier.wait()
            for i in range(per_thread):
                when = NOW + dt.timedelta(seconds=i)
                # Both threads hammer one shared card and one card of their own.
                store.record_review("ann", "d", "shared", Rating.Good, when, SCHED)
                store.record_review("ann", "d", f"{name}-{i}", Rating.Again, when, SCHED)
        except Exception as exc:  # noqa: BLE001 - any failure in a thread is reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in ("t1", "t2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.review_count("ann") == 4 * per_thread
    assert store.card("ann", "d", "shared").reps == 2 * per_thread
    assert len(store.known_item_ids("ann", "d")) == 2 * per_thread + 1


def test_open_store_shares_one_store_per_folder(tmp_path):
    assert open_store(tmp_path) is open_store(tmp_path)


def test_unusable_file_gives_a_clear_error(tmp_path):
    bad = tmp_path / "reviews.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="review store .*(not a database|not a usable)"):
        Store(bad)


def test_import_history_loads_cards_and_the_log_in_one_go(tmp_path):
    import datetime as dt

    from quizgen.study.scheduling import card_id_for, make_scheduler, new_card, review
    from quizgen.study.store import CardRow, Store, review_values

    store = Store(tmp_path / "r.sqlite3")
    when = dt.datetime(2026, 1, 5, 9, tzinfo=dt.UTC)
    card, _ = review(make_scheduler(enable_fuzzing=False), new_card(card_id_for("d", "q-1"), when), Rating.Good, when)
    row = CardRow("d", "q-1", card, 1, 0)
    store.import_history("ann", [row], [review_values("ann", row, Rating.Good, when, 0)])
    assert store.review_count("ann") == 1
    assert store.card("ann", "d", "q-1").card.due == card.due


def test_an_unversioned_file_with_other_columns_is_refused_untouched(tmp_path):
    path = tmp_path / "reviews.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE cards (learner TEXT, deck TEXT, item TEXT, due TEXT)")
    conn.execute("INSERT INTO cards VALUES ('ann', 'd', 'i', 'tomorrow')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a quizgen review store .*table cards lacks column"):
        Store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0  # not stamped
    assert conn.execute("SELECT * FROM cards").fetchall() == [("ann", "d", "i", "tomorrow")]
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'reviews'").fetchone()[0] == 0
    conn.close()


def test_a_version_1_file_without_tables_is_repaired(tmp_path):
    path = tmp_path / "reviews.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.close()
    store = Store(path)
    store.record_review("ann", "d", "i1", Rating.Good, NOW, SCHED)
    assert store.review_count() == 1


def test_a_version_1_file_missing_one_table_keeps_the_others(tmp_path):
    path = tmp_path / "reviews.sqlite3"
    Store(path).record_review("ann", "d", "i1", Rating.Good, NOW, SCHED)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE learners")
    conn.commit()
    conn.close()
    store = Store(path)
    assert store.review_count() == 1
    store.add_learner("bob", NOW)
    assert "bob" in store.learners()


def test_a_damaged_page_is_noticed_on_open_and_the_advice_keeps_history(tmp_path):
    path = tmp_path / "reviews.sqlite3"
    store = Store(path)
    for n in range(400):
        store.record_review("ann", "d", f"item-{n:04d}-" + "x" * 60, Rating.Good, NOW, SCHED)
    store.close()  # the app has stopped
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    # Scribble over an index page in the middle of the file (a bad sector, a torn copy).
    middle = (pages // 2) * page_size
    data[middle + 8 : middle + page_size] = b"\xa5" * (page_size - 8)
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as err:
        Store(path)
    message = str(err.value)
    assert "damaged" in message and ".recover" in message and "copy" in message
    assert "afresh" not in message and "move it away" not in message


def test_a_full_disk_is_not_advice_to_start_afresh(tmp_path):
    from quizgen.study.store import advice

    # A real SQLITE_FULL: the database may not grow past its page limit.
    conn = sqlite3.connect(tmp_path / "small.sqlite3")
    conn.execute("CREATE TABLE t (x BLOB)")
    conn.execute("PRAGMA max_page_count = 3")
    with pytest.raises(sqlite3.OperationalError) as full:
        conn.execute("INSERT INTO t VALUES (zeroblob(100000))")
    conn.close()
    words = advice(full.value)
    assert "disk is full" in words and "free some space" in words and "Nothing recorded so far is lost" in words
    assert "afresh" not in words and "move it away" not in words
def test_undo_restores_the_card_and_drops_the_review(store):
    store.record_review("ann", "d", "i1", Rating.Good, NOW, SCHED)
    later = NOW + dt.timedelta(minutes=10)
    before = store.card("ann", "d", "i1")
    store.record_review("ann", "d", "i1", Rating.Easy, later, SCHED)
    assert store.card("ann", "d", "i1").card.state == State.Review
    assert store.undo_last_review("ann") == ("d", "i1")
    assert store.card("ann", "d", "i1") == before
    assert store.review_count("ann") == 1
    # Undo again: the card is new once more and the log is empty; then nothing is left.
    assert store.undo_last_review("ann") == ("d", "i1")
    assert store.card("ann", "d", "i1") is None and store.review_count("ann") == 0
    assert store.undo_last_review("ann") is None
    # Another learner's reviews are never undone by ann.
    store.record_review("bob", "d", "i1", Rating.Good, NOW, SCHED)
    assert store.undo_last_review("ann") is None and store.review_count("bob") == 1


def test_schema_1_store_is_upgraded_and_keeps_its_history(tmp_path):
    path = tmp_path / "old.db"
    Store(path).record_review("ann", "d", "i1", Rating.Good, NOW, SCHED)
    conn = sqlite3.connect(path)  # turn it back into a schema-1 file
    conn.executescript(
        "DROP TABLE undo; DROP TABLE preferences; DROP TRIGGER reviews_no_delete;"
        "CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews "
        "BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END;"
        "PRAGMA user_version = 1;"
    )
    conn.close()
    store = Store(path)
    assert store.review_count("ann") == 1
    assert store.undo_last_review("ann") is None  # reviews before the upgrade cannot be undone
    store.record_review("ann", "d", "i1", Rating.Good, NOW + dt.timedelta(minutes=10), SCHED)
    assert store.undo_last_review("ann") == ("d", "i1") and store.review_count("ann") == 1


def test_preferences_are_per_learner(store):
    store.set_preference("ann", "study_decks", ["a", "b"])
    assert store.preference("ann", "study_decks") == ["a", "b"]
    assert store.preference("bob", "study_decks") is None
