"""Reading articles: front matter, titles, dates, furniture, and bad files."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.deck.generate import load_articles
from quizgen.errors import InputError
from quizgen.ingest.articles import parse_article, read_article
from tests.conftest import SEEDS


def article(text: str, **kw):
    return parse_article(text.encode("utf-8"), article_id="a", path="a.txt", **kw)


def test_front_matter_gives_title_date_outlet_and_offsets_index_the_body():
    text = "---\ntitle: Budget passes\ndate: 2019-03-14\noutlet: The Daily\nurl: https://x.test/a\n---\nThe body starts here."
    a = article(text)
    assert (a.title, a.published, a.outlet, a.url) == ("Budget passes", dt.date(2019, 3, 14), "The Daily", "https://x.test/a")
    assert a.body == "The body starts here."
    assert a.published_from == "front matter"


def test_windows_newlines_are_universal():
    a = article("Title line here now\r\n\r\nA sentence of the article body that is long enough.\r\n")
    assert "\r" not in a.body


def test_dateline_gives_publication_date_but_printable_stamp_does_not():
    seeds = {a.id[:3]: a for a in load_articles([SEEDS])}
    assert seeds["004"].published == dt.date(2016, 2, 11)
    assert seeds["004"].published_from == "dateline"
    assert seeds["003"].published is None  # only a "Printable version | Sep 23, 2022" stamp


def test_titles_of_the_seeds():
    seeds = {a.id[:3]: a for a in load_articles([SEEDS])}
    assert seeds["000"].title == "NATO weighs joining counter-ISIL coalition"
    assert seeds["004"].title == "Nato is considering joining fight against Isis, says US defence secretary"


@pytest.mark.parametrize(
    "furniture",
    [
        "Follow Saagar Enjeti on Twitter",
        "Font Size:",
        "Daily Caller News Foundation logo",
        "Your support makes all the difference.",
        "Please refresh the page or navigate to another page on the site to be automatically logged in",
        "Slideshow: Deadly blast at a concert >>>",
        "Stay up to date with notifications from The Herald",
        "President Jane Doe walks to a meeting, Wednesday, May 24, 2017. (AP Photo/Jo Smith)",
        "At such a critical moment, we need reporters on the ground. Your donation allows us to keep sending journalists.",
    ],
)
def test_furniture_is_not_article_text(furniture):
    body = (
        "Storm hits the coast\n\n"
        f"{furniture}\n\n"
        "The storm damaged 300 homes on the coast on Monday, officials said in a statement.\n\n"
        "Rescue teams worked through the night to reach villages cut off by the floods."
    )
    a = article(body)
    texts = [b.text for b in a.text_blocks()]
    assert furniture not in texts
    assert len(texts) == 2


def test_comment_section_at_the_end_is_furniture():
    body = (
        "Storm hits the coast\n\n"
        "The storm damaged 300 homes on the coast on Monday, officials said in a statement.\n\n"
        "Rescue teams worked through the night to reach villages cut off by the floods.\n\n"
        "Comments\n\n"
        "“This is terrible,” said Bob Jones, a reader from Leeds, in a long comment about the storm."
    )
    texts = [b.text for b in article(body).text_blocks()]
    assert all("Bob Jones" not in t for t in texts)


def test_no_seed_item_comes_from_furniture(seeds_deck):
    articles = {a.id: a for a in load_articles([SEEDS])}
    for item in seeds_deck.items:
        for ev in item.evidence:
            a = articles[ev.source]
            assert a.body[ev.start : ev.end] == ev.text
            block = next(b for b in a.blocks if b.start <= ev.start < b.end)
            assert block.kind == "text", (item.id, block)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
        ("Caf\u00e9 society\n\nThe caf\u00e9 opened.".encode("latin-1"), "not UTF-8"),
        (b"---\ntitle: [unclosed\n---\nBody text here.", "front matter"),
    ],
)
def test_bad_files_are_clear_errors(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_article(path)
    assert message in str(err.value)
    assert "bad.txt" in str(err.value)


def test_folder_without_articles(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match="no .txt or .md articles"):
        load_articles([tmp_path])


def test_mis_decoded_text_is_repaired_at_ingest():
    a = article("---\ntitle: Visit\n---\nPresident Enrique PeÃ±a Nieto met the mayor of SÃ£o Paulo on Monday, aides said.")
    assert "Enrique Peña Nieto" in a.body and "São Paulo" in a.body
    assert "“" not in a.body  # nothing else changed
    decomposed = article("---\ntitle: Visit\n---\nPresident Enrique PeA\u0303\u00b1a Nieto arrived on Monday, aides said.")
    assert "Enrique Peña Nieto" in decomposed.body
    b = article("---\ntitle: Visit\n---\n“We agree,” said José Núñez, the minister, on Monday.")
    assert b.body == "“We agree,” said José Núñez, the minister, on Monday."


@pytest.mark.parametrize(
    "dateline",
    [
        "LOS ANGELES, Nov. 5 (UPI) — ", "WASHINGTON (AP) _ ", "GAZA CITY, Gaza Strip (AP) — ", "BRUSSELS — ",
        "Nov 5 (Reuters) - ", "(Reuters) - ", "Lisbon (AFP) – ", "Port Louis, Mauritius (AFP) – ",
        "OSLO, Nov. 5, 2015 (Xinhua) -- ", "5 November (dpa) - ",
        # every dash web copy ends a dateline with: horizontal bar, figure dash, minus sign
        "CHICAGO \u2015 ", "DENVER \u2012 ", "BOSTON \u2212 ",
    ],
)
def test_a_wire_dateline_opening_a_paragraph_is_not_prose(dateline):
    text = f"---\ntitle: Storm\ndate: 2015-11-06\n---\n{dateline}The storm damaged 300 homes on the coast, officials said."
    a = article(text)
    prose = [b.text for b in a.text_blocks()]
    assert prose == ["The storm damaged 300 homes on the coast, officials said."]
    # a dateline's day beside the stamp is the day the story was written (stop 51)
    assert a.published == (dt.date(2015, 11, 5) if "5" in dateline else dt.date(2015, 11, 6))


@pytest.mark.parametrize(
    "prose",
    [
        "NATO troops arrived on Monday — and stayed, officials said.",
        "U.S.-Canadian talks ended on Monday, officials said.",
        "Senator Dale Ruiz (R) – who chairs the panel – said the storm was the worst in years.",
    ],
)
def test_a_capitalised_sentence_start_is_no_dateline(prose):
    a = article(f"---\ntitle: Storm\n---\n{prose}")
    assert [b.text for b in a.text_blocks()] == [prose]


def test_editors_notes_are_furniture_whatever_their_length():
    note = ("Editor’s note: This column is part of a series by our contributors about the campaign, and the views "
            "expressed in it are the author’s own; they do not reflect the views of the newspaper, its editors or "
            "its owners, and readers may write to us about it.")
    a = article(f"---\ntitle: Storm\n---\n{note}\n\nThe storm damaged 300 homes on the coast, officials said.")
    assert [b.text for b in a.text_blocks()] == ["The storm damaged 300 homes on the coast, officials said."]


def test_a_correction_notice_is_furniture():
    notice = ("An article in some editions on Nov. 26 about the golf courses of Florida misstated part of the "
              "history of the Palm Grove club.")
    a = article(f"---\ntitle: Golf\n---\nThe storm damaged 300 homes on the coast, officials said.\n\n{notice}")
    assert [b.text for b in a.text_blocks()] == ["The storm damaged 300 homes on the coast, officials said."]


def test_a_follow_line_ending_a_paragraph_is_not_prose():
    a = article("---\ntitle: Storm\n---\nThe storm damaged 300 homes on the coast, officials said. "
                "Follow Jo Roe on Twitter @JoRoe.\n\nRescue teams worked through the night to reach the villages.")
    assert [b.text for b in a.text_blocks()] == [
        "The storm damaged 300 homes on the coast, officials said.",
        "Rescue teams worked through the night to reach the villages.",
    ]
