"""The deck cache: a re-run on the same files, options and code builds nothing and writes the
same deck; any change of an input, an option or the code builds it again."""

from __future__ import annotations

import shutil

import pytest

from quizgen.deck import deck_cache as deck_cache_module
from quizgen.deck.cache import FactCache
from quizgen.deck.deck_cache import DeckCache
from quizgen.deck.generate import generate_deck
from quizgen.deck.io import dump_deck
from tests.conftest import SEEDS


@pytest.fixture()
def articles(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture(scope="module")
def facts_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("facts")  # shared: the seeds are parsed once for the module


@pytest.fixture()
def caches(tmp_path, facts_folder):
    """A fact cache and a deck cache of this test's own."""

    def make() -> tuple[FactCache, DeckCache]:
        return FactCache(facts_folder), DeckCache(tmp_path / "decks")

    return make


def make_deck(folder, caches, **options) -> tuple[str, FactCache, DeckCache]:
    facts, decks = caches()
    options = {"deck_id": "nato-isil", "title": "NATO and ISIL", **options}
    deck = generate_deck([folder], cache=facts, deck_cache=decks, **options)
    return dump_deck(deck), facts, decks


def test_same_inputs_read_the_deck_back_byte_for_byte(articles, caches):
    first, facts, decks = make_deck(articles, caches)
    assert not decks.hit and facts.hits + facts.misses == 5
    again, facts, decks = make_deck(articles, caches)
    assert decks.hit and again == first
    assert (facts.hits, facts.misses) == (0, 0)  # not even the facts were read


@pytest.mark.parametrize(
    "change",
    [
        lambda folder: (folder / min(p.name for p in folder.glob("*.txt"))).open("a").write("\nIt rained in Brussels.\n"),
        lambda folder: (folder / "extra.txt").write_text("Mayor Ann Lee said the bridge will open in May.\n"),
        lambda folder: (folder / min(p.name for p in folder.glob("*.txt"))).unlink(),
    ],
    ids=["edited-article", "new-article", "removed-article"],
)
def test_a_changed_article_builds_the_deck_again(articles, caches, change):
    make_deck(articles, caches)
    change(articles)
    deck, _, decks = make_deck(articles, caches)
    assert not decks.hit
    assert deck == dump_deck(generate_deck([articles], deck_id="nato-isil", title="NATO and ISIL"))


@pytest.mark.parametrize("options", [{"title": "Another title"}, {"deck_id": "other"}, {"limit": 5}, {"events": True}])
def test_another_option_builds_the_deck_again(articles, caches, options):
    first, _, _ = make_deck(articles, caches)
    deck, _, decks = make_deck(articles, caches, **options)
    assert not decks.hit and deck != first


def test_other_code_builds_the_deck_again(articles, caches, monkeypatch):
    make_deck(articles, caches)
    deck_cache_module.code_fingerprint.cache_clear()
    monkeypatch.setattr(deck_cache_module, "_PACKAGE", deck_cache_module._PACKAGE / "items")  # other files
    try:
        _, _, decks = make_deck(articles, caches)
        assert not decks.hit
    finally:
        monkeypatch.undo()
        deck_cache_module.code_fingerprint.cache_clear()


@pytest.mark.parametrize(
    "damage",
    [
        lambda entry: entry.write_bytes(entry.read_bytes()[:-200]),  # torn
        lambda entry: entry.write_bytes(b"{}\n{}"),
        lambda entry: entry.write_bytes(b'{"format": "quizgen-deck/1", "key": "another"}\n' + entry.read_bytes().split(b"\n", 1)[1]),
    ],
    ids=["torn", "foreign", "another-key"],
)
def test_a_damaged_entry_is_ignored_and_rewritten(articles, caches, damage):
    first, _, decks = make_deck(articles, caches)
    (entry,) = decks.folder.glob("*.json")
    damage(entry)
    again, _, decks = make_deck(articles, caches)
    assert not decks.hit and again == first
    third, _, decks = make_deck(articles, caches)
    assert decks.hit and third == first
