"""`quizgen generate` from URLs and feeds, and `quizgen update` for decks that follow a feed."""

from __future__ import annotations

import datetime as dt

from quizgen.cli import main
from quizgen.deck.follow import update_deck
from quizgen.deck.io import load_deck, save_deck
from quizgen.ingest.fetching import FetchPolicy
from quizgen.study.scheduling import Rating, make_scheduler
from quizgen.study.session import deck_counts
from quizgen.study.store import Store
from tests.ingest.web_pages import Entry, faker_page, news_page, rss

LAST_UPDATE = dt.datetime(2024, 5, 3, tzinfo=dt.UTC)


def publish(server, n: int, day: str) -> Entry:
    title = f"Council story {n} of the month"
    url = server.route(f"/story/{n}", news_page(faker_page(40 + n, title=title, date=day, url=f"https://news.example/s{n}")))
    return Entry(url, title, f"{day}T09:00:00+00:00")


def test_generate_from_an_article_url_and_a_file(server, tmp_path, capsys):
    url = publish(server, 1, "2024-05-01").url
    text = tmp_path / "local.txt"
    text.write_text(faker_page(3, title="x").paragraphs[1] + "\n", encoding="utf-8")
    out = tmp_path / "decks" / "council.yaml"
    out.parent.mkdir()
    assert main(["generate", url, str(text), "--out", str(out), "-q", "--allow-private-hosts"]) == 0
    deck = load_deck(out)
    saved = tmp_path / "decks" / "council" / "articles" / "council-story-1-of-the-month.md"
    assert saved.is_file()
    source = deck.source("council-story-1-of-the-month")
    assert (source.title, source.published, source.outlet) == ("Council story 1 of the month", dt.date(2024, 5, 1), "Riverside Herald")
    assert source.url == "https://news.example/s1"
    assert any(i.kind == "quote" and i.evidence[0].source == source.id for i in deck.items)
    assert deck.feeds == []  # an article, not a feed: nothing to follow
    assert "feeds" not in out.read_text(encoding="utf-8")


def test_generate_with_only_bad_urls_writes_nothing(server, tmp_path, capsys):
    out = tmp_path / "none.yaml"
    assert main(["generate", server.url("/missing"), "--out", str(out), "-q", "--allow-private-hosts"]) == 1
    err = capsys.readouterr().err
    assert "HTTP 404" in err and "no deck written" in err
    assert not out.exists()


def test_a_deck_follows_its_feed_and_update_adds_new_items_keeping_old_ids(server, tmp_path, capsys):
    entries = [publish(server, 1, "2024-05-01"), publish(server, 2, "2024-05-02")]
    feed = server.route("/feed.xml", rss(entries), content_type="application/rss+xml")
    out = tmp_path / "local.yaml"
    assert main(["generate", feed, "--out", str(out), "-q", "--allow-private-hosts"]) == 0
    first = load_deck(out)
    assert [f.url for f in first.feeds] == [feed] and first.feeds[0].updated is not None
    assert len(first.sources) == 2 and first.items

    # A teacher edits one item; regeneration would not make that edit again.
    edited = first.items[0].model_copy(update={"accept": ["as the teacher wrote it"], "tags": ["checked"]})
    first = first.model_copy(update={"items": [edited, *first.items[1:]]})
    save_deck(first, out)
    # One of the old articles disappears from disk: its items must stay anyway.
    (tmp_path / "local" / "articles" / "council-story-1-of-the-month.md").unlink()

    # As if the last update had been on 3 May; the feed then publishes a story on 10 May.
    first = first.model_copy(update={"feeds": [first.feeds[0].model_copy(update={"updated": LAST_UPDATE})]})
    save_deck(first, out)
    entries.append(publish(server, 3, "2024-05-10"))
    server.route("/feed.xml", rss(entries), content_type="application/rss+xml")
    server.requests.clear()
    assert main(["update", str(out), "--allow-private-hosts"]) == 0
    out_text = capsys.readouterr().out
    assert "council-story-3-of-the-month.md" in out_text
    updated = load_deck(out)
    assert [i for i in updated.items if i.id in {j.id for j in first.items}] == first.items  # every old item, unchanged
    added = [i for i in updated.items if i.id not in {j.id for j in first.items}]
    assert added and all(i.evidence[0].source == "council-story-3-of-the-month" for i in added)
    assert [s.id for s in updated.sources][:2] == [s.id for s in first.sources]
    assert updated.feeds[0].updated > LAST_UPDATE
    assert updated.feeds[0].seen == sorted(e.url for e in entries)
    # Old articles were not fetched again.
    assert sorted(p for p, _ in server.requests) == ["/feed.xml", "/story/3"]

    # New cards are new to a learner who has reviewed every old one.
    store = Store(tmp_path / "reviews.sqlite")
    now = dt.datetime(2024, 5, 11, tzinfo=dt.UTC)
    learner = store.add_learner("ada", now)
    scheduler = make_scheduler()
    for item in first.items:
        store.record_review(learner, updated.deck.id, item.id, Rating.Good, now, scheduler)
    assert deck_counts(store, learner, updated, now).new == len(added)

    # Nothing new: the deck's items stay as they are.
    before = out.read_bytes()
    result = update_deck(out, policy=FetchPolicy(allow_private_hosts=True))
    assert result.added == [] and result.report.saved == []
    assert load_deck(out).items == updated.items
    assert before.split(b"updated:")[0] == out.read_bytes().split(b"updated:")[0]


def test_update_of_a_deck_that_follows_no_feed_says_so(tmp_path, capsys):
    from tests.conftest import SEEDS_DECK

    assert main(["update", str(SEEDS_DECK)]) == 1
    assert "follows no feed" in capsys.readouterr().err
