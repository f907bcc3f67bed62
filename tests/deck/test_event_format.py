"""Event items in the deck format: they round-trip, a bad field is named, old decks load."""

from __future__ import annotations

import pytest

from quizgen.deck.io import load_deck, save_deck
from quizgen.errors import DeckError
from tests.conftest import SEEDS_DECK
from tests.deck_factory import make_deck


def test_event_items_round_trip_byte_for_byte(tmp_path):
    deck = make_deck()
    assert {i.asks for i in deck.items if i.kind == "event"} == {"what", "who", "why"}
    save_deck(deck, tmp_path / "a.yaml")
    again = load_deck(tmp_path / "a.yaml")
    assert again == deck
    save_deck(again, tmp_path / "b.yaml")
    assert (tmp_path / "a.yaml").read_bytes() == (tmp_path / "b.yaml").read_bytes()


def test_a_bad_event_field_names_the_item_and_field(tmp_path):
    path = tmp_path / "bad.yaml"
    save_deck(make_deck(), path)
    path.write_text(path.read_text(encoding="utf-8").replace("asks: who", "asks: how"), encoding="utf-8")
    with pytest.raises(DeckError, match=r"item e-who \(items\[\d+\]\) field asks"):
        load_deck(path)


def test_a_deck_without_event_items_still_loads(tmp_path):
    text = SEEDS_DECK.read_text(encoding="utf-8")
    old = tmp_path / "old.yaml"
    # drop the event items: what a deck written before they existed holds
    parts = text.split("\n- id: ")
    kept = [parts[0]] + [p for p in parts[1:] if "\n  kind: event\n" not in p]
    old.write_text("\n- id: ".join(kept), encoding="utf-8")
    deck = load_deck(old)
    assert deck.items and all(i.kind != "event" for i in deck.items)
