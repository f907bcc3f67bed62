"""Editor's notes boxed apart just before the article's container are article text; bylines,
share bars and captions beside it are not."""

from __future__ import annotations

from quizgen.ingest.pages import extract_page
from tests.ingest.web_pages import faker_page, news_page

NOTE = 'This story first appeared in the <a href="https://valley.example/ferry">Valley Courier</a>.'


def page_with_column(seed: int, before_article: str) -> tuple[str, list[str]]:
    """``news_page`` whose article sits in a column after ``before_article``'s boxes."""
    spec = faker_page(seed, title="Harbour board sets ferry timetable")
    html = news_page(spec).replace("<main><article>", f'<main><div class="column">{before_article}<article>', 1)
    return html.replace("</article>", "</article></div>", 1), spec.paragraphs


def test_an_editors_note_boxed_before_the_article_opens_its_text():
    boxes = (f'<section class="writer"><h5><a href="/w/dana">Dana Whitfield</a></h5><h6>May 2, 2024</h6></section>'
             f'<section class="source"><p class="note">{NOTE}</p></section>')
    html, paragraphs = page_with_column(91, boxes)
    body = extract_page(html.encode()).body
    assert body.startswith("This story first appeared in the Valley Courier.")
    assert all(p in body for p in paragraphs)
    assert "May 2, 2024" not in body.split("\n\n")[0]


def test_bylines_share_bars_and_captions_before_the_article_stay_out():
    boxes = (
        '<div class="share"><p><a href="/s/fb">Share this story on Facebook</a>.</p></div>'
        '<section class="byline"><p>By Dana Whitfield</p></section>'
        '<figure><p>Passengers wait for the last ferry of the evening at the pier.</p></figure>'
        '<aside><p>Sign up for our newsletter and get the news every morning.</p></aside>'
    )
    html, paragraphs = page_with_column(92, boxes)
    body = extract_page(html.encode()).body
    for furniture in ("Share this story", "By Dana Whitfield", "Passengers wait", "Sign up for our"):
        assert furniture not in body
    assert body.split("\n\n")[:2] == ["Harbour board sets ferry timetable", paragraphs[0]]


def test_a_sentence_far_above_the_article_is_not_taken_for_a_note():
    far = '<section><p>Our newsroom covers the valley and its towns every day.</p></section>'
    filler = "".join(f'<div class="ad{n}"></div>' for n in range(3))
    html, paragraphs = page_with_column(93, far + filler)
    body = extract_page(html.encode()).body
    assert "Our newsroom covers" not in body
    assert body.split("\n\n")[:2] == ["Harbour board sets ferry timetable", paragraphs[0]]


def test_a_cookie_banner_or_a_sign_up_box_beside_the_article_is_not_a_note():
    boxes = (
        '<div class="consent"><p>We use cookies to make this site work better for you.</p>'
        "<button>Accept</button></div>"
        '<div class="signup"><p>Get the morning briefing in your inbox every day.</p>'
        '<input type="email" name="email"></div>'
    )
    html, paragraphs = page_with_column(94, boxes)
    body = extract_page(html.encode()).body
    assert "We use cookies" not in body and "morning briefing" not in body
    assert body.split("\n\n")[:2] == ["Harbour board sets ferry timetable", paragraphs[0]]
