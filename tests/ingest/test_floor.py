"""trafilatura's own article as a floor: quizgen leaves out none of its paragraphs without a reason."""

from __future__ import annotations

from html import escape

import pytest
import trafilatura

from quizgen.ingest.floor import DroppedBlock, restore_unexplained
from quizgen.ingest.pages import extract_page
from tests.ingest.web_pages import faker_page, news_page

FIRST = "The ferry to the island will run twice a day from June, the harbour board said on Monday."
SECOND = "Fares will stay at four pounds for adults, and children under twelve will travel free."
THIRD = "The board said the old timetable had left too many islanders waiting on the pier at night."


def test_a_paragraph_lost_without_a_reason_is_put_back_in_its_place():
    restored, dropped = restore_unexplained([FIRST, THIRD], [FIRST, SECOND, THIRD], reasons={})
    assert restored == [FIRST, SECOND, THIRD]
    assert dropped == []


def test_a_paragraph_left_out_by_a_named_test_stays_out_with_its_reason():
    reasons = {"Share this story": "a short paragraph made mostly of links"}
    restored, dropped = restore_unexplained([FIRST, SECOND], [FIRST, "Share  this\nstory", SECOND], reasons=reasons)
    assert restored == [FIRST, SECOND]
    assert dropped == [DroppedBlock("Share  this\nstory", "a short paragraph made mostly of links")]


def test_a_lost_first_paragraph_goes_back_at_the_top():
    restored, _ = restore_unexplained([SECOND, THIRD], [FIRST, SECOND, THIRD], reasons={})
    assert restored == [FIRST, SECOND, THIRD]


def test_text_kept_in_other_blocks_is_not_added_twice():
    # quizgen's blocks may cut or join trafilatura's paragraphs differently (articleBody)
    restored, dropped = restore_unexplained([f"{FIRST} {SECOND}", THIRD], [FIRST, SECOND, THIRD], reasons={})
    assert restored == [f"{FIRST} {SECOND}", THIRD] and dropped == []


def _furnished(seed: int) -> str:
    """A page with furniture of every kind quizgen removes, inside and around the article."""
    spec = faker_page(seed, title="Harbour board sets ferry timetable")
    second = f"<p>{escape(spec.paragraphs[1])}</p>"
    inside = (
        '<p><img src="pier.jpg" alt=""><br><em>(Photo: Jo Park / Riverside Herald)</em></p>'
        '<p>Share on <a href="/share/fb">Facebook</a> or <a href="/share/x">X</a></p>'
        '<h3>Read more</h3><ul><li><a href="/a">Harbour master warns of a stormy winter</a></li>'
        '<li><a href="/b">Ferry timetable changes from June</a></li></ul>'
    )
    html = news_page(spec).replace(second, second + inside, 1)
    return html.replace("</article>", "<p>© 2024 Riverside Herald</p></article>", 1)


@pytest.mark.parametrize("seed", [81, 82, 83])
def test_every_paragraph_trafilatura_keeps_is_kept_or_dropped_for_a_stated_reason(seed):
    html = _furnished(seed)
    alone = trafilatura.extract(html, include_comments=True) or ""
    page = extract_page(html.encode())
    body = " ".join(page.body.split())
    reasons = {" ".join(d.text.split()): d.reason for d in page.dropped}
    for line in filter(None, (" ".join(x.split()) for x in alone.split("\n"))):
        assert line in body or any(line in text for text in reasons), line
    assert {"a short paragraph holding an image (its caption or credit)", "the heading of a list of links",
            "a copyright line (jusText)"} <= set(reasons.values())
    assert "Photo: Jo Park" not in body and "© 2024" not in body  # the furniture tests still apply
