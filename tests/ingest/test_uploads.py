"""Saved web pages uploaded in the app: staged as their article, like `quizgen fetch` saves one."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.errors import InputError
from quizgen.ingest.articles import read_article
from quizgen.ingest.uploads import MAX_PAGE_BYTES, stage_articles
from tests.ingest.web_pages import FURNITURE, faker_page, index_page, news_page

NOW = dt.datetime(2024, 5, 4, 12, 0, tzinfo=dt.UTC)


def test_a_saved_page_is_staged_as_its_article_with_front_matter(tmp_path):
    spec = faker_page(81, title="Ferry fares rise in June", date="2024-05-02")
    paths = stage_articles(
        [("Ferry fares rise.html", news_page(spec).encode()), ("notes.txt", b"Plain text.")], "", tmp_path, now=NOW
    )
    assert [p.name for p in paths] == ["000_Ferry_fares_rise.md", "001_notes.txt"]
    article = read_article(paths[0])
    assert article.title == "Ferry fares rise in June" and str(article.published) == "2024-05-02"
    assert article.outlet == "Riverside Herald"
    assert all(p in article.body for p in spec.paragraphs)
    assert not any(f in article.body for f in FURNITURE)
    assert "fetched: 2024-05-04 12:00:00+00:00" in paths[0].read_text(encoding="utf-8")


def test_a_page_without_an_article_or_too_large_is_one_line_each_and_nothing_is_staged(tmp_path):
    big = b"<html><body>" + b"<p>word</p>" * (MAX_PAGE_BYTES // 10) + b"</body></html>"
    with pytest.raises(InputError) as caught:
        stage_articles([("front.html", index_page().encode()), ("big.htm", big)], "", tmp_path / "out")
    assert str(caught.value) == (
        "front.html: no article text found on this page; "
        f"big.htm: {len(big):,} bytes is over the {MAX_PAGE_BYTES:,}-byte limit for a page"
    )
    assert not (tmp_path / "out").exists()
