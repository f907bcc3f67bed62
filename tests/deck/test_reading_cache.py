"""The reading cache: what a deck reads in each article's text (its dead, its people's parties,
its quotations) is kept, so a second build reads no text again; other code, other names or a
damaged entry read the text anew; the deck is the same byte for byte with or without it."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections import Counter
from dataclasses import replace

import pytest

from quizgen.deck import deck_cache as deck_cache_module
from quizgen.deck.cache import FactCache
from quizgen.deck.generate import (
    article_signals,
    build_deck,
    facts_of,
    generate_deck,
    read_article_files,
)
from quizgen.deck.io import dump_deck, parse_deck
from quizgen.deck.rank_memo import rank_key, signals_digest
from quizgen.deck.reading_cache import FILE_NAME, ReadingCache
from quizgen.ingest.articles import parse_article
from quizgen.items.repeated_answers import REPEAT_FACTOR
from tests.conftest import SEEDS

VOTE = """---
title: Harbour tax vote put off again
date: 2019-05-14
---
Republican councillor Mara Quint said on Tuesday that the harbour tax vote would wait a month.

"We need more time to read the numbers," Quint told reporters outside the town hall.

The late mayor Owen Pratt first proposed the tax in 1962. Democrat Lena Ruiz, who leads the
finance committee, said the delay was a mistake.
"""

FERRY = """---
title: Ferry line adds a night crossing
date: 2019-06-02
---
The island ferry company will add a night crossing from July, its chief executive, Tom Reyes, said.

"Islanders asked for it for years," Reyes said. Councillor Mara Quint welcomed the plan.
"""


@pytest.fixture()
def facts(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "vote.md").write_text(VOTE, encoding="utf-8")
    (folder / "ferry.md").write_text(FERRY, encoding="utf-8")
    articles = [
        parse_article(f.raw, article_id=f.article_id, path=f.path)
        for f in read_article_files([folder])
    ]
    return facts_of(articles, cache=FactCache(tmp_path / "facts"))


def built(facts, readings=None):
    return dump_deck(build_deck(facts, deck_id="t", title="T", readings=readings))


def entries(folder):
    with sqlite3.connect(folder / FILE_NAME) as db:
        return dict(db.execute("SELECT key, entry FROM readings"))


def fill(folder, facts):
    cache = ReadingCache(folder)
    readings = cache.readings([f.article for f in facts])
    deck = built(facts, readings)
    cache.store(readings)
    return cache, readings, deck


def test_a_second_build_reads_no_text_and_makes_the_same_deck(facts, tmp_path):
    plain = built(facts)
    first, readings, deck = fill(tmp_path / "cache", facts)
    assert (first.hits, first.misses) == (0, 2) and all(r.asked for r in readings.values())
    vote = next(r for article_id, r in readings.items() if "vote" in article_id)
    assert "Owen Pratt" in next(iter(vote.dead.values()))  # the late mayor, read in the text
    assert vote.parties.get("Mara Quint") == "R"
    again, warm, deck_again = fill(tmp_path / "cache", facts)
    assert (again.hits, again.misses) == (2, 0)
    assert not any(r.asked for r in warm.values())  # every reading came from the cache
    assert deck == plain and deck_again == plain


def test_a_hit_gives_what_the_entry_holds(facts, tmp_path):
    """What is stored is what the build is given: an entry's party for a person is used as is."""
    folder = tmp_path / "cache"
    fill(folder, facts)
    stored = entries(folder)
    edited = {}
    for key, text in stored.items():
        entry = json.loads(text)
        entry["parties"] = [
            [name, "D" if name == "Mara Quint" else party] for name, party in entry["parties"]
        ]
        edited[key] = json.dumps(entry)
    with sqlite3.connect(folder / FILE_NAME) as db:
        db.executemany(
            "UPDATE readings SET entry = ? WHERE key = ?", [(e, k) for k, e in edited.items()]
        )
    readings = ReadingCache(folder).readings([f.article for f in facts])
    assert {r.party("Mara Quint") for r in readings.values()} == {"D"}
    assert not any(r.asked for r in readings.values())


def test_other_code_reads_every_text_anew(facts, tmp_path, monkeypatch):
    fill(tmp_path / "cache", facts)
    deck_cache_module.code_fingerprint.cache_clear()
    monkeypatch.setattr(
        deck_cache_module, "_PACKAGE", deck_cache_module._PACKAGE / "items"
    )  # other files
    try:
        cache, readings, deck = fill(tmp_path / "cache", facts)
        assert (cache.hits, cache.misses) == (0, 2) and all(r.asked for r in readings.values())
    finally:
        monkeypatch.undo()
        deck_cache_module.code_fingerprint.cache_clear()
    assert deck == built(facts)


def test_other_names_are_read_anew_and_the_entry_keeps_only_this_runs(facts, tmp_path):
    folder = tmp_path / "cache"
    fill(folder, facts)
    vote = next(f.article for f in facts if "vote" in f.article.id)
    readings = ReadingCache(folder).readings([vote])[vote.id]
    (names, speakers), _ = next(iter(readings.dead.items()))
    assert readings.departed(names, speakers) and not readings.asked  # asked as before: remembered
    assert (
        readings.departed(["Lena Ruiz"], speakers) == frozenset() and readings.asked
    )  # other names: read
    assert readings.departed(["Owen Pratt"], []) == {"Owen Pratt"}
    ReadingCache(folder).store({vote.id: readings})
    kept = ReadingCache(folder).readings([vote])[vote.id]
    assert set(kept.dead) == {(names, speakers), (("Lena Ruiz",), speakers), (("Owen Pratt",), ())}
    assert kept.parties == {} and kept.quotations is None  # not asked in this run: not kept


@pytest.mark.parametrize(
    "damage",
    [
        lambda entry: entry[:-40],  # torn
        lambda entry: "",
        lambda entry: entry.replace('"parties":[[', '"parties":[[7,'),  # a name that is no text
        lambda entry: entry.replace('"quotations":[[', '"quotations":[[-3,'),  # no offset
        lambda entry: entry.replace("quizgen-readings/3", "quizgen-readings/2"),  # another format
    ],
    ids=["torn", "empty", "name-type", "offset", "old-format"],
)
def test_a_damaged_entry_is_ignored_and_rewritten(facts, tmp_path, damage):
    folder = tmp_path / "cache"
    fill(folder, facts)
    stored = entries(folder)
    assert all(damage(e) != e for e in stored.values())  # the damage reaches every entry
    with sqlite3.connect(folder / FILE_NAME) as db:
        db.executemany(
            "UPDATE readings SET entry = ? WHERE key = ?",
            [(damage(e), k) for k, e in stored.items()],
        )
    cache, readings, deck = fill(folder, facts)
    assert (cache.hits, cache.misses) == (0, 2) and all(r.asked for r in readings.values())
    assert deck == built(facts)
    assert entries(folder) == stored  # rewritten as it was


def test_a_cache_file_that_is_no_database_is_replaced(facts, tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / FILE_NAME).write_bytes(b"not a database at all\n" * 100)
    cache, _, deck = fill(folder, facts)
    assert cache.misses == 2 and deck == built(facts)
    again, _, _ = fill(folder, facts)
    assert again.hits == 2


def test_generate_deck_is_the_same_with_and_without_the_reading_cache(tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    facts = tmp_path / "facts"
    options = {"deck_id": "nato-isil", "title": "NATO and ISIL"}
    plain = dump_deck(generate_deck([folder], cache=FactCache(facts), **options))
    cold = ReadingCache(tmp_path / "readings")
    filled = dump_deck(
        generate_deck([folder], cache=FactCache(facts), reading_cache=cold, **options)
    )
    warm = ReadingCache(tmp_path / "readings")
    read_back = dump_deck(
        generate_deck([folder], cache=FactCache(facts), reading_cache=warm, **options)
    )
    assert cold.misses == 5 and warm.hits == 5
    assert filled == plain and read_back == plain


def test_a_cards_verdict_is_kept_with_its_article_and_read_back(facts, tmp_path):
    """Ranking (a card's importance, whether it is worth a card) is judged once: a second build
    takes each verdict from the entry of the article the card is read from."""
    folder = tmp_path / "cache"
    _, readings, deck = fill(folder, facts)
    judged = sum(len(r.ranks) for r in readings.values())
    assert judged >= len(parse_deck(deck).items) > 0  # kept too: those worth no card
    stored = entries(folder)
    edited = {}
    for key, text in stored.items():
        entry = json.loads(text)
        entry["ranks"] = [[k, 0.99, worth] for k, _, worth in entry["ranks"]]
        edited[key] = json.dumps(entry)
    with sqlite3.connect(folder / FILE_NAME) as db:
        db.executemany("UPDATE readings SET entry = ? WHERE key = ?", [(e, k) for k, e in edited.items()])
    _, warm, again = fill(folder, facts)
    assert not any(r.asked for r in warm.values())  # every verdict came from the cache
    # what the entry holds is used: 0.99, lowered only for an answer repeated above it in its article
    spread = {round(0.99 * REPEAT_FACTOR**k, 2) for k in range(len(parse_deck(again).items))}
    importances = {i.importance for i in parse_deck(again).items}
    assert 0.99 in importances and importances <= spread


def test_a_verdict_is_keyed_by_the_card_and_its_articles_signals(facts):
    signals = article_signals(facts, {})
    vote = next(s for a, s in signals.items() if "vote" in a)
    same = replace(vote, lede_words=frozenset(sorted(vote.lede_words, reverse=True)))
    assert signals_digest(same) == signals_digest(vote)  # a set in another order is the same set
    for changed in (
        replace(vote, length=vote.length + 1),
        replace(vote, mentions=Counter({**vote.mentions, "Lena Ruiz": 9})),
        replace(vote, mentions=Counter(dict(reversed(vote.mentions.items())))),  # ties break by order
        replace(vote, lede_words=vote.lede_words | {"harbor"}),
        replace(vote, published=None),
    ):
        assert signals_digest(changed) != signals_digest(vote)
    deck = build_deck(facts, deck_id="t", title="T")
    item = deck.items[0]
    source = item.evidence[0].source
    key = rank_key(item, signals, {})
    assert key == rank_key(item, signals, {})
    assert rank_key(item.model_copy(update={"question": item.question + "?"}), signals, {}) != key
    other = {**signals, source: replace(signals[source], length=signals[source].length + 1)}
    assert rank_key(item, other, {}) != key


def test_occasion_verdicts_are_kept_and_checked_for_their_type():
    from quizgen.deck.reading_cache import ArticleReadings
    from tests.articles import make_article

    readings = ArticleReadings(make_article("The Harwick council voted on Tuesday."))
    assert readings.anchor_verdict("Q\0A") is None
    readings.keep_anchor_verdict("Q\0A", True)
    data = readings.to_json()
    assert data["anchors"] == [["Q\0A", True]]
    again = ArticleReadings(make_article("The Harwick council voted on Tuesday."))
    assert again.read_json(data) and again.anchor_verdict("Q\0A") is True
    assert not ArticleReadings(make_article("x y z.")).read_json({**data, "anchors": [["Q\0A", "yes"]]})
