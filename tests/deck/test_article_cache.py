"""The article cache: a file read before is not read again, and what comes back is the article
``parse_article`` makes; a changed file or other code reads it anew; a damaged entry or cache
file is ignored and rewritten; the deck is the same byte for byte with or without it."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from quizgen.deck import deck_cache as deck_cache_module
from quizgen.deck.article_cache import FILE_NAME, ArticleCache
from quizgen.deck.cache import FactCache
from quizgen.deck.generate import generate_deck, read_article_files
from quizgen.deck.io import dump_deck
from quizgen.errors import InputError
from quizgen.ingest.articles import parse_article
from tests.conftest import SEEDS

FRONT_MATTER = """---
title: Harbour bridge opens after two years of works
date: 2021-03-04
outlet: The Coastal Courier
url: https://example.org/bridge
---
The new harbour bridge opened on Monday, Mayor Ann Lee said.

"It is a good day for the town," Lee told reporters &amp; residents.

Follow us on Twitter for more news.
"""

PLAIN = """Storm closes schools across the valley

GLENBROOK, Jan. 12 -- Heavy snow closed every school in the valley on Tuesday, officials said.

Photo credit: Jo Smith

The district's spokesman, Tom Reyes, said classes would resume on Thursday.
"""


@pytest.fixture()
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "bridge.txt").write_text(FRONT_MATTER, encoding="utf-8")
    (folder / "storm.txt").write_text(PLAIN, encoding="utf-8")
    return folder


def fresh(folder):
    return [parse_article(f.raw, article_id=f.article_id, path=f.path) for f in read_article_files([folder])]


def test_a_second_read_comes_from_the_cache_and_equals_a_fresh_parse(articles, tmp_path):
    first = ArticleCache(tmp_path / "cache")
    assert first.articles(read_article_files([articles])) == fresh(articles)
    assert (first.hits, first.misses) == (0, 2)
    again = ArticleCache(tmp_path / "cache")
    read = again.articles(read_article_files([articles]))
    assert (again.hits, again.misses) == (2, 0)
    assert read == fresh(articles)
    assert read[0].published is not None and read[0].outlet == "The Coastal Courier"
    assert [b.kind for b in read[1].blocks] == [b.kind for b in fresh(articles)[1].blocks]


def test_an_edited_or_new_file_is_read_anew(articles, tmp_path):
    ArticleCache(tmp_path / "cache").articles(read_article_files([articles]))
    (articles / "storm.txt").write_text(PLAIN.replace("Thursday", "Friday"), encoding="utf-8")
    (articles / "fire.txt").write_text("A fire destroyed a barn near Millford on Sunday, police said.\n", encoding="utf-8")
    cache = ArticleCache(tmp_path / "cache")
    read = cache.articles(read_article_files([articles]))
    assert (cache.hits, cache.misses) == (1, 2)
    assert read == fresh(articles) and "Friday" in read[2].body


def test_other_code_reads_every_file_anew(articles, tmp_path, monkeypatch):
    ArticleCache(tmp_path / "cache").articles(read_article_files([articles]))
    deck_cache_module.code_fingerprint.cache_clear()
    monkeypatch.setattr(deck_cache_module, "_PACKAGE", deck_cache_module._PACKAGE / "items")  # other files
    try:
        cache = ArticleCache(tmp_path / "cache")
        assert cache.articles(read_article_files([articles])) == fresh(articles)
        assert (cache.hits, cache.misses) == (0, 2)
    finally:
        monkeypatch.undo()
        deck_cache_module.code_fingerprint.cache_clear()


def entries(folder):
    with sqlite3.connect(folder / FILE_NAME) as db:
        return dict(db.execute("SELECT key, entry FROM articles"))


@pytest.mark.parametrize(
    "damage",
    [
        lambda entry: entry[:-40],  # torn
        lambda entry: "{}",
        lambda entry: entry.replace(',"text",', ',"sidebar",'),  # a block of a kind no article has
        lambda entry: entry.replace('"published":"2021-03-04"', '"published":"the fourth of March"').replace(
            '"published":null', '"published":17'
        ),
        lambda entry: entry.replace('"format":"quizgen-article/1"', '"format":"quizgen-article/0"'),
    ],
    ids=["torn", "empty", "block-kind", "bad-date", "old-format"],
)
def test_a_damaged_entry_is_ignored_and_rewritten(articles, tmp_path, damage):
    folder = tmp_path / "cache"
    ArticleCache(folder).articles(read_article_files([articles]))
    stored = entries(folder)
    assert all(damage(e) != e for e in stored.values())  # the damage reaches every entry
    with sqlite3.connect(folder / FILE_NAME) as db:
        db.executemany("UPDATE articles SET entry = ? WHERE key = ?", [(damage(e), k) for k, e in stored.items()])
    cache = ArticleCache(folder)
    assert cache.articles(read_article_files([articles])) == fresh(articles)
    assert (cache.hits, cache.misses) == (0, 2)
    assert entries(folder) == stored  # rewritten as it was


def test_a_cache_file_that_is_no_database_is_replaced(articles, tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / FILE_NAME).write_bytes(b"not a database at all\n" * 100)
    cache = ArticleCache(folder)
    assert cache.articles(read_article_files([articles])) == fresh(articles)
    assert cache.misses == 2
    again = ArticleCache(folder)
    assert again.articles(read_article_files([articles])) == fresh(articles)
    assert again.hits == 2


def test_bad_input_is_still_an_error_and_never_cached(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "empty.txt").write_text("---\ntitle: Nothing\n---\n   \n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(InputError, match="empty"):
            ArticleCache(tmp_path / "cache").articles(read_article_files([folder]))


def test_the_deck_is_the_same_with_and_without_the_article_cache(tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    facts = tmp_path / "facts"
    options = {"deck_id": "nato-isil", "title": "NATO and ISIL"}
    plain = dump_deck(generate_deck([folder], cache=FactCache(facts), **options))
    cache = ArticleCache(tmp_path / "articles")
    filled = dump_deck(generate_deck([folder], cache=FactCache(facts), article_cache=cache, **options))
    warm = ArticleCache(tmp_path / "articles")
    read_back = dump_deck(generate_deck([folder], cache=FactCache(facts), article_cache=warm, **options))
    assert cache.misses == 5 and warm.hits == 5
    assert filled == plain and read_back == plain
