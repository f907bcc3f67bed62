"""A page's HTML → article text in blocks, and metadata (trafilatura, schema.org articleBody)."""

from __future__ import annotations

import json

import pytest

from quizgen.deck.io import dump_deck, parse_deck
from quizgen.errors import DeckError, InputError
from quizgen.ingest.pages import extract_page
from quizgen.models import FollowedFeed
from tests.ingest.web_pages import faker_page, index_page, news_page
from tests.study_decks import make_deck


def script_rendered_page(paragraphs: list[str]) -> str:
    """A page that draws its article with JavaScript: the text is only in its JSON-LD."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Ferry service returns to the island",
        "datePublished": "2024-03-09T06:00:00Z",
        "articleBody": " ".join(paragraphs),
    }
    return f"""<!DOCTYPE html><html><head><title>Ferry service returns | Island Times</title>
<meta property="og:site_name" content="Island Times">
<script type="application/ld+json">{json.dumps(ld)}</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<figure><img src="ferry.jpg"><figcaption>The ferry at the pier. Photo: Island Times</figcaption></figure>
<div id="app"></div><script>render()</script>
<footer>Copyright 2024 Island Times</footer></body></html>"""


def test_a_script_rendered_article_is_read_from_its_schema_org_body():
    paragraphs = faker_page(70, title="x").paragraphs
    page = extract_page(script_rendered_page(paragraphs).encode(), url="https://island.example/ferry")
    assert all(p in page.body for p in paragraphs)
    assert page.title == "Ferry service returns to the island"
    assert page.outlet == "Island Times"
    assert str(page.date) == "2024-03-09"


def test_the_markup_wins_when_it_holds_the_article():
    spec = faker_page(71, title="Markup article")
    html = news_page(spec).replace("</head>", '<script type="application/ld+json">'
                                   '{"@type": "NewsArticle", "articleBody": "Short teaser."}</script></head>')
    page = extract_page(html.encode())
    assert spec.paragraphs[2] in page.body and "Short teaser." not in page.body


def test_a_page_with_no_article_is_an_error_naming_it():
    with pytest.raises(InputError, match=r"^section\.html: no article text found on this page$"):
        extract_page(index_page().encode(), source="section.html")


def test_a_deck_records_its_feeds_and_a_bad_feed_url_is_a_deck_error():
    deck = make_deck()
    assert "feeds" not in dump_deck(deck)
    following = deck.model_copy(update={"feeds": [FollowedFeed(url="https://news.example/feed.xml")]})
    assert parse_deck(dump_deck(following)) == following
    bad = dump_deck(following).replace("https://news.example/feed.xml", "file:///etc/passwd")
    with pytest.raises(DeckError, match=r"feeds\.0\.url"):
        parse_deck(bad)
