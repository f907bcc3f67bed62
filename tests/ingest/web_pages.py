"""News pages and feeds written for the tests: a whole page (menu, cookie banner, related links,
comments, footer) around Faker-made article paragraphs, and RSS, Atom and JSON Feed documents."""

from __future__ import annotations

import json
from dataclasses import dataclass
from email.utils import format_datetime
from html import escape

from tests.faker_articles import fake_article

FURNITURE = [
    "We use cookies to improve your experience. Accept all cookies",
    "Sign up for our morning newsletter",
    "Most read: Ten things you missed this week",
    "Comments are closed on this story.",
]


@dataclass(frozen=True)
class PageSpec:
    title: str
    paragraphs: list[str]
    date: str = "2024-05-02"
    outlet: str = "Riverside Herald"
    author: str = "Dana Whitfield"
    url: str = "https://news.example/2024/05/02/story"


def faker_page(seed: int, *, title: str, date: str = "2024-05-02", url: str | None = None) -> PageSpec:
    """A page whose article is a Faker article: quotes with known speakers."""
    paragraphs = fake_article(seed).text.strip().split("\n\n")[1:]
    return PageSpec(title, paragraphs, date=date, url=url or f"https://news.example/{seed}")


def news_page(spec: PageSpec) -> str:
    paras = "\n".join(f"<p>{escape(p)}</p>" for p in spec.paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>{escape(spec.title)} | {escape(spec.outlet)}</title>
<meta property="og:title" content="{escape(spec.title)}">
<meta property="og:site_name" content="{escape(spec.outlet)}">
<meta property="article:published_time" content="{spec.date}T08:30:00Z">
<meta name="author" content="{escape(spec.author)}">
<link rel="canonical" href="{escape(spec.url)}">
</head><body>
<div id="cookie-banner" class="cookie-consent"><p>{FURNITURE[0]}</p><button>Accept</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>{escape(spec.title)}</h1>
<p class="byline">By <a href="/authors/dana">{escape(spec.author)}</a></p>
<time datetime="{spec.date}T08:30:00Z">{spec.date}</time>
{paras}
</article>
<aside class="newsletter"><p>{FURNITURE[1]}</p></aside>
<section class="related"><h2>Related</h2><ul>
<li><a href="/a">{FURNITURE[2]}</a></li><li><a href="/b">Council votes on new bridge</a></li></ul></section>
<section id="comments" class="comments"><h2>Comments</h2><p>{FURNITURE[3]}</p></section>
</main>
<footer><p>Copyright 2024 {escape(spec.outlet)}. All rights reserved.</p></footer>
</body></html>
"""


def index_page() -> str:
    """A section front: links and furniture, no article."""
    links = "\n".join(f'<li><a href="/story/{n}">Story number {n}</a></li>' for n in range(12))
    return f"""<!DOCTYPE html><html><head><title>World news</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav><ul>{links}</ul>
<footer>Copyright 2024 Riverside Herald</footer></body></html>"""


@dataclass(frozen=True)
class Entry:
    url: str
    title: str
    published: str  # ISO 8601, UTC


def rss(entries: list[Entry]) -> str:
    import datetime as dt

    items = "\n".join(
        f"<item><title>{escape(e.title)}</title><link>{escape(e.url)}</link>"
        f"<pubDate>{format_datetime(dt.datetime.fromisoformat(e.published))}</pubDate></item>"
        for e in entries
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Riverside Herald</title><link>https://news.example/</link>
<description>Local news</description>
{items}
</channel></rss>
"""


def atom(entries: list[Entry]) -> str:
    items = "\n".join(
        f'<entry><title>{escape(e.title)}</title><link rel="alternate" href="{escape(e.url)}"/>'
        f"<id>{escape(e.url)}</id><updated>{e.published}</updated></entry>"
        for e in entries
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Riverside Herald</title>
<id>urn:riverside</id><updated>2024-05-03T00:00:00Z</updated>
{items}
</feed>
"""


def json_feed(entries: list[Entry], *, version: str = "https://jsonfeed.org/version/1.1") -> str:
    return json.dumps(
        {
            "version": version,
            "title": "Riverside Herald",
            "items": [
                {"id": e.url, "url": e.url, "title": e.title, "date_published": e.published} for e in entries
            ],
        }
    )
