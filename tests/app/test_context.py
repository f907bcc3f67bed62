"""The app's context: long-lived objects are kept out of the collector's full passes."""

import gc

from quizgen.app.context import freeze_long_lived
from tests.study_decks import make_deck


def test_decks_are_frozen_once_so_streamlits_gc_after_each_run_skips_them():
    deck = make_deck()
    try:
        assert freeze_long_lived([deck]) is True
        tracked = {id(o) for o in gc.get_objects()}
        assert id(deck) not in tracked and id(deck.items[0]) not in tracked
        assert freeze_long_lived([deck]) is False  # the same decks: nothing to do
        assert freeze_long_lived([deck, make_deck(deck_id="other")]) is True  # a new deck
    finally:
        gc.unfreeze()
