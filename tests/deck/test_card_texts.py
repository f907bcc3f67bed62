"""The card text cache: a deck written with it is the same bytes as without, each card's text
taken from it when the card was written before; a damaged entry is written again."""

from __future__ import annotations

import json
import sqlite3

import pytest

from quizgen.deck.card_texts import FILE_NAME, CardTextCache
from quizgen.deck.io import dump_deck, load_deck, save_deck
from quizgen.models import Deck
from tests.conftest import SEEDS_DECK


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(SEEDS_DECK, cache=False)


def entries(folder):
    with sqlite3.connect(folder / FILE_NAME) as db:
        return dict(db.execute("SELECT key, entry FROM cards"))


def test_the_deck_is_the_same_bytes_and_a_second_write_reuses_every_card(deck, tmp_path):
    first = CardTextCache(tmp_path)
    assert dump_deck(deck, card_texts=first) == SEEDS_DECK.read_text(encoding="utf-8")
    assert (first.hits, first.misses) == (0, len(deck.items))
    again = CardTextCache(tmp_path)
    save_deck(deck, tmp_path / "d.yaml", card_texts=again)
    assert (tmp_path / "d.yaml").read_bytes() == SEEDS_DECK.read_bytes()
    assert (again.hits, again.misses) == (len(deck.items), 0)


def test_a_changed_card_is_written_anew_and_only_it(deck, tmp_path):
    dump_deck(deck, card_texts=CardTextCache(tmp_path))
    first = deck.items[0]
    changed = deck.model_copy(update={"items": [first.model_copy(update={"importance": 0.123}), *deck.items[1:]]})
    cache = CardTextCache(tmp_path)
    text = dump_deck(changed, card_texts=cache)
    assert text == dump_deck(changed) and "importance: 0.123" in text
    assert (cache.hits, cache.misses) == (len(deck.items) - 1, 1)


def test_a_hit_gives_what_the_entry_holds(deck, tmp_path):
    """What is stored is what is written: the cache is read, not only filled."""
    dump_deck(deck, card_texts=CardTextCache(tmp_path))
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        for key, entry in list(db.execute("SELECT key, entry FROM cards")):
            data = json.loads(entry)
            data["text"] = data["text"].replace("NATO", "N.A.T.O.")
            db.execute("UPDATE cards SET entry = ? WHERE key = ?", (json.dumps(data), key))
    assert "N.A.T.O." in dump_deck(deck, card_texts=CardTextCache(tmp_path)).split("\nitems:\n")[1]


@pytest.mark.parametrize(
    "damage",
    [
        lambda entry: entry[:-10],  # torn
        lambda entry: "",
        lambda entry: entry.replace('"text":"', '"text":7,"x":"'),  # no text
        lambda entry: entry.replace('"text":"- ', '"text":"'),  # not a list entry
        lambda entry: entry.replace("quizgen-card-text/1", "quizgen-card-text/0"),  # another format
    ],
    ids=["torn", "empty", "no-text", "not-an-entry", "old-format"],
)
def test_a_damaged_entry_is_ignored_and_rewritten(deck, tmp_path, damage):
    dump_deck(deck, card_texts=CardTextCache(tmp_path))
    stored = entries(tmp_path)
    assert all(damage(e) != e for e in stored.values())
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        db.executemany("UPDATE cards SET entry = ? WHERE key = ?", [(damage(e), k) for k, e in stored.items()])
    cache = CardTextCache(tmp_path)
    assert dump_deck(deck, card_texts=cache) == SEEDS_DECK.read_text(encoding="utf-8")
    assert cache.misses == len(deck.items)
    assert entries(tmp_path) == stored  # rewritten as it was


def test_a_cache_file_that_is_no_database_is_replaced(deck, tmp_path):
    (tmp_path / FILE_NAME).write_bytes(b"not a database\n" * 50)
    assert dump_deck(deck, card_texts=CardTextCache(tmp_path)) == SEEDS_DECK.read_text(encoding="utf-8")
    again = CardTextCache(tmp_path)
    dump_deck(deck, card_texts=again)
    assert again.hits == len(deck.items)


def test_a_deck_without_cards_is_written_as_without_the_cache(deck, tmp_path):
    empty = deck.model_copy(update={"items": []})
    assert dump_deck(empty, card_texts=CardTextCache(tmp_path)) == dump_deck(empty)
