"""The app's context: long-lived objects are kept out of the collector's full passes."""

import gc

from quizgen.app.context import freeze_long_lived
from tests.study_decks import make_deck


def test_objects_that_outlive_a_full_collection_are_frozen_once_there_are_many():
    gc.collect()
    gc.freeze()  # start from an empty old generation
    try:
        deck = make_deck()
        assert freeze_long_lived(limit=len(gc.get_objects(generation=2)) + 10_000) is False
        gc.collect()  # Streamlit's collection after a run: the deck is now old
        assert id(deck) in {id(o) for o in gc.get_objects(generation=2)}
        assert freeze_long_lived(limit=0) is True
        tracked = {id(o) for o in gc.get_objects()}
        assert id(deck) not in tracked and id(deck.items[0]) not in tracked  # skipped by gc
        assert freeze_long_lived(limit=len(gc.get_objects(generation=2))) is False
    finally:
        gc.unfreeze()
