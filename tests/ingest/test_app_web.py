"""The Decks page's "From the web": paste a feed link, get a deck that follows it, update it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from streamlit.testing.v1 import AppTest

from quizgen.app.markdown import escape_markdown
from quizgen.deck.io import load_deck
from tests.ingest.web_pages import Entry, faker_page, news_page, rss

ROOT = Path(__file__).resolve().parents[2]


def decks_page(tab: str = "Generate") -> AppTest:
    """The Decks page open on one tab (only the open tab is drawn)."""
    at = AppTest.from_file(str(ROOT / "pages" / "decks.py"), default_timeout=120)
    at.session_state["decks_tab"] = tab
    return at.run()


def button(at, label):
    return next(b for b in at.button if b.label.startswith(label))


def test_paste_a_feed_link_then_update_the_deck(server, tmp_path, monkeypatch):
    decks = tmp_path / "decks"
    decks.mkdir()
    monkeypatch.setenv("QUIZGEN_DECKS_DIR", str(decks))
    monkeypatch.setenv("QUIZGEN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("QUIZGEN_ALLOW_PRIVATE_HOSTS", "1")  # the test server is on 127.0.0.1
    monkeypatch.chdir(tmp_path)
    url = server.route("/s1", news_page(faker_page(61, title="Harbour board meets again", date="2024-05-01")))
    feed = server.route("/feed.xml", rss([Entry(url, "Harbour", "2024-05-01T09:00:00+00:00")]), content_type="application/rss+xml")

    at = decks_page()
    at.text_area(key="web_links").input(f"{feed}\n")
    at.text_input(key="web_id").input("harbour")
    button(at, "Fetch and generate").click().run()
    assert not at.exception
    deck = load_deck(decks / "harbour.yaml")
    saved = f"Saved harbour.yaml with {len(deck.items)} items, following 1 feed(s)."
    assert [s.value for s in at.success] == [escape_markdown(saved)] and deck.items
    assert [f.url for f in deck.feeds] == [feed]

    at = decks_page()
    button(at, "Update “Harbour” from its feeds").click().run()
    assert not at.exception
    assert any("0 new items from 0 new articles" in s.value for s in at.success)

    # The feed publishes a story: the update adds its items, every old item stays as it was,
    # and the Decks tab counts the new cards as new.
    published = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    url2 = server.route("/s2", news_page(faker_page(63, title="Ferry strike called off", date=published[:10])))
    entries = [Entry(url, "Harbour", "2024-05-01T09:00:00+00:00"), Entry(url2, "Ferry", published)]
    server.route("/feed.xml", rss(entries), content_type="application/rss+xml")
    at = decks_page()
    button(at, "Update “Harbour” from its feeds").click().run()
    assert not at.exception
    updated = load_deck(decks / "harbour.yaml")
    added = len(updated.items) - len(deck.items)
    assert added > 0 and [i for i in updated.items if i in deck.items] == deck.items
    assert any(f"{added} new items from 1 new articles" in s.value for s in at.success)
    at = decks_page("Decks")
    assert any(f"{len(updated.items)} items · new {len(updated.items)} ·" in t.value for t in at.text)


def test_a_saved_page_uploaded_on_the_generate_tab_becomes_a_deck(tmp_path, monkeypatch):
    decks = tmp_path / "decks"
    decks.mkdir()
    monkeypatch.setenv("QUIZGEN_DECKS_DIR", str(decks))
    monkeypatch.setenv("QUIZGEN_DATA_DIR", str(tmp_path / "data"))
    spec = faker_page(64, title="Lighthouse reopens to visitors", date="2024-06-01")
    at = decks_page()
    at.file_uploader(key="gen_files").set_value([("Lighthouse.html", news_page(spec).encode(), "text/html")])
    at.text_input(key="gen_id").input("lighthouse")
    button(at, "Generate deck").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    deck = load_deck(decks / "lighthouse.yaml")
    (source,) = deck.sources
    assert deck.items and source.title == "Lighthouse reopens to visitors" and str(source.published) == "2024-06-01"


def test_without_the_setting_a_local_link_is_refused(server, tmp_path, monkeypatch):
    decks = tmp_path / "decks"
    decks.mkdir()
    monkeypatch.setenv("QUIZGEN_DECKS_DIR", str(decks))
    monkeypatch.setenv("QUIZGEN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("QUIZGEN_ALLOW_PRIVATE_HOSTS", raising=False)
    url = server.route("/s1", news_page(faker_page(62, title="Harbour board meets")))
    at = decks_page()
    at.text_area(key="web_links").input(url)
    at.text_input(key="web_id").input("local")
    button(at, "Fetch and generate").click().run()
    assert any("refused" in w.value for w in at.warning)
    assert any("no deck was made" in e.value for e in at.error)
    assert not (decks / "local.yaml").exists() and server.requests == []
