"""Picking items and laying out versions: filters, seeds, shuffles, keys."""

from __future__ import annotations

import pytest

from quizgen.export.render import FORMATS, render_version
from quizgen.export.selection import SelectionError, make_quiz, pick_items
from tests.deck_factory import make_deck


def test_filters_and_count_are_seeded():
    deck = make_deck()
    assert {p.item_id for p in pick_items([deck], kinds=["number"])} == {"n-troops", "n-aircraft"}
    assert {p.item_id for p in pick_items([deck], tags=["conflict"])} == {"q-muller"}
    assert {p.item_id for p in pick_items([deck], sources=["art-b"])} == {
        "n-aircraft",
        "d-tf",
        "q-nasty",
        "e-what",
        "e-who",
        "e-why",
    }
    assert {p.item_id for p in pick_items([deck], kinds=["event"])} == {"e-what", "e-who", "e-why"}
    assert len(pick_items([deck], tags=["news"])) == len(deck.items)  # deck tags count
    first = pick_items([deck], count=3, seed=5)
    assert len(first) == 3 and first == pick_items([deck], count=3, seed=5)
    assert {tuple(pick_items([deck], count=3, seed=s)) for s in range(10)} != {tuple(first)}


def test_bad_filters_raise_clear_errors():
    deck = make_deck()
    with pytest.raises(SelectionError, match="unknown item kind"):
        pick_items([deck], kinds=["essay"])
    with pytest.raises(SelectionError, match="no items match"):
        pick_items([deck], tags=["nothing-has-this"])


def test_versions_shuffle_but_keep_true_false_and_keys_right():
    deck = make_deck()
    picked = pick_items([deck])
    quiz = make_quiz(
        [deck], picked, versions=3, seed=1, wording={"d-troops": "Year of the troops?"}
    )
    assert quiz == make_quiz(
        [deck], picked, versions=3, seed=1, wording={"d-troops": "Year of the troops?"}
    )
    orders = {tuple(q.item_id for q in v.questions) for v in quiz.versions}
    assert len(orders) > 1
    for version in quiz.versions:
        assert sorted(q.item_id for q in version.questions) == sorted(i.id for i in deck.items)
        for q in version.questions:
            if q.choices:
                assert q.choices[q.correct] == q.answer
            if q.type == "true_false":
                assert q.choices == ("True", "False")
            if q.item_id == "d-troops":
                assert q.prompt == "Year of the troops?"
    assert deck.items[1].question != "Year of the troops?"  # the deck itself is untouched
    types = {q.item_id: q.type for q in quiz.versions[0].questions}
    assert types["n-troops"] == "numerical" and types["d-tf"] == "true_false"
    assert types["q-muller"] == "multiple_choice" and types["p-head"] == "short_answer"
    assert [s.id for s in quiz.sources] == ["art-a", "art-b"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_byte_for_byte_reproducible(fmt):
    deck = make_deck()
    quiz = make_quiz([deck], pick_items([deck], count=6, seed=3), versions=2, seed=3)
    again = make_quiz([deck], pick_items([deck], count=6, seed=3), versions=2, seed=3)
    for version, same in zip(quiz.versions, again.versions):
        first = render_version(quiz, version, fmt, timestamp=1.7e9)
        second = render_version(again, same, fmt, timestamp=1.7e9)
        assert (first.quiz, first.key) == (second.quiz, second.key)
