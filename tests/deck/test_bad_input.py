"""Hostile and broken deck files: one clear line naming file and line, nothing explodes.

Every deck here is a real file written by the test; a fixed copy of a seeds deck
(``data/base_deck.yaml``, so that regenerating the seeds deck does not move these tests) is the
base that each test breaks in one way.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from quizgen.deck import parsed_cache as cache
from quizgen.deck.io import dump_deck, load_deck, read_deck, save_deck
from quizgen.deck.library import discover_decks, valid_decks
from quizgen.deck.limits import MAX_DECK_BYTES
from quizgen.errors import DeckChangedError, DeckError

BASE_DECK = Path(__file__).parent / "data" / "base_deck.yaml"
SEEDS_TEXT = BASE_DECK.read_text(encoding="utf-8")


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def write(tmp_path, text: str, name: str = "bad.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("published: '2017-05-24'", "published: 2017-02-30", "2017-02-30"),
        ("published: '2017-05-24'", "published: 2017-05-24 25:00:00", "2017-05-24 25:00:00"),
        ("  start: 526\n", "  start: !!int abc\n", "abc"),
        ("style: cloze", "style: !!bool maybe", "maybe"),
        ("schema_version: 1", "schema_version: !!float one", "one"),
    ],
)
def test_a_bad_value_is_one_line_naming_file_and_line(tmp_path, old, new, words):
    text = SEEDS_TEXT.replace(old, new, 1)
    path = write(tmp_path, text)
    with pytest.raises(DeckError) as err:
        load_deck(path)
    assert len(err.value.problems) == 1
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: line {line_of(text, new.strip())}: ")
    assert words in message


def test_a_second_items_key_is_an_error_not_lost_items(tmp_path):
    text = SEEDS_TEXT + "items:\n- id: only-one\n"
    path = write(tmp_path, text)
    with pytest.raises(DeckError, match=r"line \d+: the key 'items' appears twice .*first on line \d+"):
        load_deck(path)


def test_duplicate_key_inside_an_item(tmp_path):
    text = SEEDS_TEXT.replace("  kind: person\n", "  kind: person\n  kind: date\n", 1)
    path = write(tmp_path, text)
    with pytest.raises(DeckError, match="the key 'kind' appears twice"):
        load_deck(path)


def test_a_thousand_aliases_of_a_big_string_are_refused(tmp_path):
    # ~1 MB on disk; 1 GB of accept entries once the aliases are expanded.
    big = "x" * 1_000_000
    text = SEEDS_TEXT.replace("  accept:\n", f"  accept:\n  - &big {big}\n" + "  - *big\n" * 1000, 1)
    assert text != SEEDS_TEXT
    path = write(tmp_path, text)
    assert path.stat().st_size < 2_000_000
    with pytest.raises(DeckError) as err:
        load_deck(path)
    assert "aliases" in str(err.value)


def test_nested_aliases_are_refused_before_they_expand(tmp_path):
    lines = ["a: &a [" + ", ".join(["lol"] * 10) + "]"]
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
    path = write(tmp_path, "\n".join(lines) + "\n")
    with pytest.raises(DeckError, match="alias"):
        load_deck(path)


def test_field_limits_name_item_and_field(tmp_path):
    text = SEEDS_TEXT.replace("  answer: U.S. President\n", "  answer: U.S. President\n", 1)
    text = text.replace("  - President\n", "  - " + "P" * 600 + "\n", 1)
    path = write(tmp_path, text)
    with pytest.raises(DeckError) as err:
        load_deck(path)
    assert "item p-07d3ccdb14a3 field accept[0]: 600 characters (limit 500)" in str(err.value)


def test_too_many_accept_entries_are_reported(tmp_path):
    text = SEEDS_TEXT.replace("  accept:\n  - President\n", "  accept:\n" + "".join(f"  - P{n}\n" for n in range(60)), 1)
    path = write(tmp_path, text)
    with pytest.raises(DeckError, match="item p-07d3ccdb14a3 field accept: 60 entries"):
        load_deck(path)


def test_a_deck_over_the_size_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.yaml"
    with path.open("wb") as f:
        f.truncate(MAX_DECK_BYTES + 1)  # sparse: nothing to read, only to stat
    with pytest.raises(DeckError, match="over the 20,000,000-byte limit"):
        load_deck(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_named_like_a_deck_is_listed_and_never_blocks(tmp_path):
    (tmp_path / "a.yaml").write_text(SEEDS_TEXT, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.yaml")
    result: list = []
    worker = threading.Thread(target=lambda: result.append(discover_decks(tmp_path)), daemon=True)
    worker.start()
    worker.join(timeout=60)
    if worker.is_alive():  # unblock the reader so the test run can end
        os.open(tmp_path / "pipe.yaml", os.O_WRONLY | os.O_NONBLOCK)
        pytest.fail("reading the decks folder blocked on a FIFO")
    entries = {e.path.name: e for e in result[0]}
    assert entries["a.yaml"].deck is not None
    assert entries["pipe.yaml"].deck is None
    assert "FIFO" in entries["pipe.yaml"].error and "not a deck" in entries["pipe.yaml"].error


def test_the_library_lists_a_bad_deck_and_keeps_the_others(tmp_path):
    (tmp_path / "good.yaml").write_text(SEEDS_TEXT, encoding="utf-8")
    write(tmp_path, SEEDS_TEXT.replace("published: '2017-05-24'", "published: 2017-02-30"), "broken.yaml")
    entries = discover_decks(tmp_path)
    assert [d.deck.id for d in valid_decks(entries)] == ["nato-isil"]
    broken = next(e for e in entries if e.path.name == "broken.yaml")
    assert "line 11" in broken.error and "2017-02-30" in broken.error


def test_the_parsed_cache_is_used_only_for_the_same_bytes(tmp_path):
    path = write(tmp_path, SEEDS_TEXT, "d.yaml")
    first = read_deck(path)
    entry = cache.cache_dir() / f"{first.sha256}.json"
    assert entry.exists()
    assert load_deck(path) == first.deck
    # A changed file has another hash: the cache is not consulted, the YAML is parsed.
    path.write_text(SEEDS_TEXT.replace("published: '2017-05-24'", "published: 2017-02-30"), encoding="utf-8")
    with pytest.raises(DeckError):
        load_deck(path)
    # An entry whose recorded hash does not match its key is never trusted.
    other = write(tmp_path, SEEDS_TEXT.replace("NATO and the fight", "NATO and the war"), "e.yaml")
    other_sha = read_deck(other, cache=False).sha256
    entry.rename(cache.cache_dir() / f"{other_sha}.json")
    assert load_deck(other).deck.title == "NATO and the war against ISIL"


def test_save_refuses_when_the_file_changed_since_loading(tmp_path):
    path = write(tmp_path, SEEDS_TEXT, "d.yaml")
    mine = read_deck(path)
    theirs = read_deck(path)
    # They delete an item and save first.
    shorter = theirs.deck.model_copy(update={"items": theirs.deck.items[1:]})
    save_deck(shorter, path, expected_sha256=theirs.sha256)
    with pytest.raises(DeckChangedError, match="changed since it was loaded"):
        save_deck(mine.deck, path, expected_sha256=mine.sha256)
    assert len(load_deck(path).items) == len(mine.deck.items) - 1  # their deletion stands


def test_round_trip_still_byte_identical(tmp_path):
    path = tmp_path / "d.yaml"
    save_deck(load_deck(BASE_DECK), path)
    assert path.read_text(encoding="utf-8") == SEEDS_TEXT
    assert dump_deck(load_deck(path, cache=False)) == SEEDS_TEXT
