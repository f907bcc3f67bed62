"""`quizgen fetch`: article URLs, feeds of every shape, saved pages → .md articles; bad inputs."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from quizgen.cli import main
from quizgen.errors import InputError
from quizgen.ingest.articles import read_article
from quizgen.ingest.feeds import looks_like_feed, parse_feed
from quizgen.ingest.web import fetch_inputs, parse_links, slugify
from quizgen.safe_yaml import SafeLoader
from tests.ingest.web_pages import (
    Entry,
    PageSpec,
    atom,
    faker_page,
    index_page,
    json_feed,
    news_page,
    rss,
)

FETCHED = dt.datetime(2024, 5, 3, 7, 0, tzinfo=dt.UTC)


def front_matter(path):
    text = path.read_text(encoding="utf-8")
    return yaml.load(text.split("---\n")[1], Loader=SafeLoader)


def test_an_article_url_becomes_a_markdown_article_with_its_provenance(server, tmp_path, capsys):
    spec = faker_page(4, title="Council approves the river budget", date="2024-05-02")
    url = server.route("/2024/05/02/budget", news_page(spec))
    assert main(["fetch", url, "--out", str(tmp_path), "--allow-private-hosts"]) == 0
    path = tmp_path / "council-approves-the-river-budget.md"
    meta = front_matter(path)
    assert meta["title"] == "Council approves the river budget"
    assert meta["date"] == dt.date(2024, 5, 2)
    assert (meta["outlet"], meta["author"]) == ("Riverside Herald", "Dana Whitfield")
    assert meta["url"] == spec.url  # the page's canonical address
    assert meta["fetched"].tzinfo is not None and meta["fetched"].utcoffset() == dt.timedelta(0)
    assert f"{path}: Council approves the river budget (Riverside Herald, 2024-05-02)" in capsys.readouterr().out
    article = read_article(path)
    prose = [b.text for b in article.text_blocks()]
    assert prose == spec.paragraphs[: len(prose)] and len(prose) >= 4  # paragraph by paragraph
    assert not any("cookies" in b.text or "newsletter" in b.text for b in article.blocks)
    assert article.published == dt.date(2024, 5, 2) and article.outlet == "Riverside Herald"


def test_titles_are_untrusted_yaml(server, tmp_path, local_policy):
    title = 'Minister: "no comment" --- #1 & {braces} *star* !tag'
    spec = faker_page(5, title=title)
    url = server.route("/odd", news_page(spec))
    report = fetch_inputs([url], tmp_path, policy=local_policy, now=FETCHED)
    assert report.failures == []
    path = report.saved[0].path
    assert front_matter(path)["title"] == title
    assert read_article(path).title == title


def test_a_saved_html_page_is_read_like_a_fetched_one(tmp_path, capsys):
    page = tmp_path / "saved.html"
    page.write_text(news_page(faker_page(6, title="Harbour tunnel opens")), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["fetch", str(page), "--out", str(out)]) == 0
    assert front_matter(out / "harbour-tunnel-opens.md")["url"] == "https://news.example/6"


def test_fetching_the_same_url_again_overwrites_its_own_file(server, tmp_path, local_policy):
    first = server.route("/a", news_page(faker_page(7, title="Same title", url="https://news.example/a")))
    second = server.route("/b", news_page(faker_page(8, title="Same title", url="https://news.example/b")))
    fetch_inputs([first, second, first], tmp_path, policy=local_policy, now=FETCHED)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["same-title-2.md", "same-title.md"]


def feed_site(server, count: int = 3) -> list[Entry]:
    """``count`` article pages, one a day from 2024-05-01, newest last."""
    entries = []
    for n in range(count):
        day = f"2024-05-0{n + 1}"
        url = server.route(f"/story/{n}", news_page(faker_page(20 + n, title=f"Story number {n} of the week", date=day)))
        entries.append(Entry(url, f"Story number {n} of the week", f"{day}T09:00:00+00:00"))
    return entries


@pytest.mark.parametrize(
    ("shape", "content_type"),
    [(rss, "application/rss+xml"), (atom, "application/atom+xml"), (json_feed, "application/feed+json"),
     (rss, "text/html"), (json_feed, "application/json")],
)  # fmt: skip
def test_feeds_of_every_shape_with_max_and_since(server, tmp_path, shape, content_type, capsys):
    entries = feed_site(server)
    feed = server.route("/feed", shape(entries), content_type=content_type)
    args = ["fetch", feed, "--out", str(tmp_path), "--allow-private-hosts", "--max", "1", "--since", "2024-05-02"]
    assert main(args) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["story-number-2-of-the-week.md"]  # the newest
    assert main(["fetch", feed, "--out", str(tmp_path), "--allow-private-hosts", "--since", "2024-05-02"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "story-number-1-of-the-week.md", "story-number-2-of-the-week.md"
    ]  # fmt: skip
    capsys.readouterr()


def test_json_feed_version_1_with_escaped_slashes_is_recognised():
    data = json_feed([Entry("https://n.example/a", "A", "2024-05-01T00:00:00Z")], version="https://jsonfeed.org/version/1")
    data = data.replace("/", "\\/").encode()
    assert looks_like_feed(data)
    feed = parse_feed(data, url="https://n.example/feed.json")
    assert [e.url for e in feed.entries] == ["https://n.example/a"]


def test_one_clear_line_per_bad_input_and_the_others_still_saved(server, tmp_path, capsys):
    good = server.route("/good", news_page(faker_page(9, title="Good story stays")))
    missing = server.url("/missing")
    slow = server.route("/slow", news_page(faker_page(10, title="Slow")), delay=1.5)
    image = server.route("/photo", b"\x89PNG", content_type="image/png")
    big = server.route("/big", "<p>" + "word " * 2_000_000 + "</p>")
    empty = server.route("/section", index_page())
    not_html = tmp_path / "notes.pdf"
    inputs = [missing, slow, image, big, empty, good, str(not_html)]
    from quizgen.ingest.fetching import FetchPolicy

    report = fetch_inputs(
        inputs, tmp_path / "out", policy=FetchPolicy(allow_private_hosts=True, timeout=0.5), now=FETCHED
    )
    assert [s.title for s in report.saved] == ["Good story stays"]
    assert report.failures == [
        f"{missing}: HTTP 404 Not Found",
        f"{slow}: timed out (no answer within 0.5 s)",
        f"{image}: not an HTML page or a feed (image/png)",
        f"{big}: too large (over 5,000,000 bytes); not fetched",
        f"{empty}: no article text found on this page",
        f"{not_html}: not a URL or a saved .html page",
    ]
    # The command: the good article saved and listed, one line per failure, exit 1.
    assert main(["fetch", missing, good, "--out", str(tmp_path / "cli"), "--allow-private-hosts"]) == 1
    out, err = capsys.readouterr()
    assert "Good story stays" in out
    assert err.strip().splitlines() == [f"quizgen: {missing}: HTTP 404 Not Found"]


def test_a_bad_feed_entry_names_its_feed(server, tmp_path, local_policy):
    entries = feed_site(server, 1) + [Entry(server.url("/gone"), "Gone", "2024-05-04T00:00:00Z")]
    feed = server.route("/feed.xml", rss(entries), content_type="application/rss+xml")
    report = fetch_inputs([feed], tmp_path, policy=local_policy, now=FETCHED)
    assert len(report.saved) == 1
    assert report.failures == [f"{server.url('/gone')}: HTTP 404 Not Found (an entry of the feed {feed})"]


def test_without_the_flag_a_local_address_is_refused(server, tmp_path, capsys):
    url = server.route("/story", news_page(faker_page(11, title="Refused story")))
    assert main(["fetch", url, "--out", str(tmp_path)]) == 1
    assert "refused: 127.0.0.1 is a private" in capsys.readouterr().err
    assert server.requests == [] and list(tmp_path.iterdir()) == []


def test_usage_errors_exit_2(tmp_path):
    with pytest.raises(SystemExit) as exc:
        main(["fetch", "http://x.example/", "--out", str(tmp_path), "--since", "yesterday"])
    assert exc.value.code == 2


def test_the_app_takes_only_links_never_a_path_on_the_server():
    assert parse_links(" https://a.example/x \n\nhttp://b.example/feed\n", limit=5) == [
        "https://a.example/x", "http://b.example/feed"
    ]  # fmt: skip
    for text, message in [("/etc/passwd.html", "only http and https"), ("", "paste at least one"),
                          ("https://a.example/\n" * 6, "too many")]:  # fmt: skip
        with pytest.raises(InputError, match=message):
            parse_links(text, limit=5)


@pytest.mark.parametrize(
    ("title", "slug"),
    [("“Parasite” scores upset at SAG awards", "parasite-scores-upset-at-sag-awards"), ("Ça va? Très bien!", "ca-va-tres-bien")],
)
def test_slugs_are_plain_ascii(title, slug):
    assert slugify(title) == slug


def test_a_page_spec_of_plain_paragraphs_keeps_every_paragraph(tmp_path, local_policy, server):
    spec = PageSpec("Plain page title here", [f"Paragraph {n} says something long enough to be prose." for n in range(6)])
    url = server.route("/plain", news_page(spec))
    report = fetch_inputs([url], tmp_path, policy=local_policy, now=FETCHED)
    body = report.saved[0].path.read_text(encoding="utf-8").split("---\n", 2)[2]
    for paragraph in spec.paragraphs:
        assert f"\n{paragraph}\n" in body
