"""A page's HTML → article text in blocks, and metadata (trafilatura, schema.org articleBody)."""

from __future__ import annotations

import json
from html import escape

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


def with_blocks(spec, *, before: str = "", after_second: str = "") -> str:
    """``news_page`` with extra blocks at the top of the article and after its second paragraph."""
    html = news_page(spec)
    second = f"<p>{escape(spec.paragraphs[1])}</p>"
    html = html.replace(second, second + after_second, 1)
    return html.replace('<time datetime', before + '<time datetime', 1)


def test_an_image_caption_set_in_a_paragraph_is_not_article_text():
    spec = faker_page(72, title="Caption page")
    caption = '<p><img src="chart.png" alt="chart"><br><em>(Credit: Jo Park / Riverside Herald)</em></p>'
    page = extract_page(with_blocks(spec, after_second=caption).encode())
    assert "Credit: Jo Park" not in page.body
    assert all(p in page.body for p in spec.paragraphs)


def test_a_long_paragraph_with_an_inline_image_is_kept():
    spec = faker_page(73, title="Inline image page")
    words = " ".join(spec.paragraphs[0].split()[:30])
    inline = f'<p><img src="icon.png" alt=""> {escape(words)}</p>'
    page = extract_page(with_blocks(spec, after_second=inline).encode())
    assert words in page.body


def test_a_short_line_of_links_is_not_article_text():
    spec = faker_page(74, title="Letters page")
    line = ('<p><em><strong>Send us your letter via <a href="/letters/form">this form</a>. '
            'Read more <a href="/letters">Letters to the Editor</a>.</strong></em></p>')
    page = extract_page(with_blocks(spec, before=line).encode())
    assert "Send us your letter" not in page.body
    assert all(p in page.body for p in spec.paragraphs)


def test_a_sentence_with_two_links_in_a_long_paragraph_is_kept():
    spec = faker_page(75, title="Linked prose")
    prose = ('<p>The council met on Tuesday and <a href="/budget">approved the budget</a> after a long '
             'debate about the harbour, the schools and <a href="/roads">the state of the roads</a> '
             'in the northern districts of the town, which several members called a disgrace.</p>')
    page = extract_page(with_blocks(spec, after_second=prose).encode())
    assert "which several members called a disgrace" in page.body


RELATED = "Harbour master warns of a stormy winter"


def test_a_related_story_headline_inside_schema_org_body_is_dropped_json_dom():
    paragraphs = faker_page(76, title="x").paragraphs
    body = [*paragraphs[:2], RELATED, *paragraphs[2:]]
    state = {"article": {"body": [
        {"type": "p", "children": [{"type": "text", "data": paragraphs[0]}]},
        {"type": "h3", "children": [{"type": "a", "attribs": {"href": "/news/harbour"},
                                     "children": [{"type": "text", "data": RELATED}]}]},
        {"type": "p", "children": [{"type": "text", "data": "Harbour master "},
                                   {"type": "a", "attribs": {"href": "/x"},
                                    "children": [{"type": "text", "data": "said"}]}]},
    ]}}
    html = script_rendered_page(body).replace(
        "<script>render()</script>", f"<script>window.__STATE__={json.dumps(state)};</script>")
    page = extract_page(html.encode())
    assert RELATED not in page.body
    assert all(p in page.body for p in paragraphs)


def test_a_related_story_headline_inside_schema_org_body_is_dropped_markup():
    paragraphs = faker_page(77, title="x").paragraphs
    body = [*paragraphs[:2], RELATED, *paragraphs[2:]]
    html = script_rendered_page(body).replace(
        "<footer>", f'<section><h3><a href="/news/harbour">{RELATED}</a></h3></section><footer>')
    page = extract_page(html.encode())
    assert RELATED not in page.body
    assert all(p in page.body for p in paragraphs)


def test_a_copyright_line_and_a_row_of_tag_links_inside_the_article_are_dropped():
    spec = faker_page(78, title="Harbour road closes")
    tags = ('<p><a href="/tag/harbour">Harbour</a> <a href="/tag/council">Town council</a> '
            '<a href="/tag/weather">Weather</a> <a href="/tag/roads">Roads</a></p>')
    html = news_page(spec).replace("</article>", f"{tags}<p>© 2024 Riverside Herald</p></article>", 1)
    page = extract_page(html.encode())
    assert "© 2024" not in page.body and "Town council" not in page.body
    assert page.body.split("\n\n")[-1].strip() == spec.paragraphs[-1]


def test_a_schema_org_body_that_runs_paragraphs_together_is_cut_at_the_pages_paragraphs():
    paragraphs = faker_page(79, title="x").paragraphs
    state = {"article": {"body": [
        {"type": "p", "children": [{"type": "text", "data": p}]} for p in paragraphs
    ]}}
    html = script_rendered_page(paragraphs).replace(
        "<script>render()</script>", f"<script>window.__STATE__={json.dumps(state)};</script>")
    page = extract_page(html.encode())
    assert page.body.split("\n\n") == [*paragraphs[:-1], paragraphs[-1] + "\n"]


def test_the_heading_of_a_list_of_related_links_inside_the_article_is_dropped():
    spec = faker_page(80, title="Bridge vote delayed")
    related = (
        '<h3>Read more</h3><ul>'
        '<li><a href="/a">Harbour master warns of a stormy winter</a></li>'
        '<li><a href="/b">Ferry timetable changes from June</a></li></ul>'
    )
    subheading = "<h2>What the council said</h2>"
    page = extract_page(with_blocks(spec, after_second=related + subheading).encode())
    assert "Read more" not in page.body and "Harbour master warns" not in page.body
    assert "What the council said" in page.body  # a heading over prose stays
    assert all(p in page.body for p in spec.paragraphs)


def test_paragraph_text_keeps_document_order_in_nested_markup():
    from lxml import etree

    from quizgen.ingest.pages import _text

    para = etree.fromstring("<p>The <ref>council <hi>voted</hi> late</ref> on Tuesday<lb/>to act.</p>")
    assert _text(para) == "The council voted late on Tuesday\nto act."


def test_a_reprint_notice_is_not_an_article_but_a_long_story_is():
    import trafilatura

    from quizgen.ingest.pages import _is_article, _trafilatura

    notice = "<html><body><div><p>This copy is for your personal, non-commercial use only. Order copies at the reprints desk.</p></div></body></html>"
    story = news_page(faker_page(71, title="Harbour plan"))
    assert not _is_article(_trafilatura(trafilatura.load_html(notice), url=None))
    assert _is_article(_trafilatura(trafilatura.load_html(story), url=None))
    assert not _is_article(None)


HARBOUR = ("The harbour board said on Tuesday that the new quay would open in the spring, after two years "
           "of work and a long dispute with the city over who would pay for the dredging of the channel. "
           "It said that the first ships would be able to berth there in the summer.")


def test_prose_precision_mode_prunes_is_kept_when_readability_and_jusText_read_it_as_prose():
    # trafilatura's precision mode drops a div classed as a page zone; its default and readability keep it
    spec = faker_page(80, title="Harbour plan")
    zone = f'<div class="zn-body__paragraph speakable">{HARBOUR}</div>'
    page = extract_page(with_blocks(spec, after_second=zone).encode())
    assert HARBOUR in page.body
    assert page.body.index(spec.paragraphs[1]) < page.body.index(HARBOUR) < page.body.index(spec.paragraphs[2])
    assert page.body.count("dredging") == 1


def test_prose_precision_mode_prunes_with_linked_names_is_kept():
    # a sentence whose linked names make about a third of it is still prose (jusText's own limit is a fifth)
    spec = faker_page(80, title="Harbour plan")
    linked = ('The harbour board said on Tuesday that <a href="/p/1">the new northern quay at Riverside</a> would open '
              'in the spring, after two years of work and <a href="/p/2">a long dispute with the city council</a> over '
              'who would pay for dredging the channel. It said the first ships would berth there in the summer.')
    zone = f'<div class="zn-body__paragraph speakable">{linked}</div>'
    page = extract_page(with_blocks(spec, after_second=zone).encode())
    assert "said on Tuesday that the new northern quay at Riverside would open in the spring" in page.body
    assert page.body.count("dredging") == 1


def test_a_line_precision_mode_prunes_stays_out_when_it_is_not_prose():
    spec = faker_page(81, title="Harbour plan")
    zone = '<div class="zn-body__paragraph speakable">Read more: harbour stories</div>'
    page = extract_page(with_blocks(spec, after_second=zone).encode())
    assert "harbour stories" not in page.body
    assert any("harbour stories" in d.text for d in page.dropped)


def test_the_articles_credit_line_is_kept_in_the_saved_text_and_read_as_furniture():
    # precision mode drops the credit line set in its own classed div; it is the article's own
    # ("Additional reporting by …"), kept as trafilatura keeps it; no card reads it
    from quizgen.ingest.articles import classify_blocks

    spec = faker_page(82, title="Harbour plan")
    credit = "Additional reporting by Mara Quist in Oslo; Editing by Tobias Lind and Sunniva Berg"
    zone = f'<div class="zn-body__paragraph speakable">{credit}</div>'
    page = extract_page(with_blocks(spec, after_second=zone).encode())
    assert credit in page.body
    assert not any(credit in d.text for d in page.dropped)
    blocks = classify_blocks(page.body, has_title=False)
    assert [b.kind for b in blocks if credit in b.text] == ["furniture"]


JAPANESE = [
    "市の港湾局は火曜日、新しい岸壁が春に開業すると発表しました。工事は二年間続きました。",
    "岸壁の建設費用をめぐって、港湾局と市は長い間対立していました。",
    "最初の船は夏に入港する予定で、地元の漁業者は新しい施設に期待を寄せています。",
]


def test_an_article_written_without_spaces_counts_its_words_by_characters():
    # Japanese has no spaces between words: a paragraph is not one word, so this is an article
    paras = "".join(f"<p>{p}</p>" for p in JAPANESE)
    html = (f'<html lang="ja"><head><meta charset="utf-8"><title>新しい岸壁</title></head>'
            f"<body><article><h1>新しい岸壁</h1>{paras}</article></body></html>")
    page = extract_page(html.encode())
    assert all(p in page.body for p in JAPANESE)


LOOSE = ("“We expect the first ships to berth at the new quay in the summer,” the harbour master said, "
         "adding that the dredging of the channel would be finished by then.")


def test_text_set_between_paragraphs_without_a_tag_of_its_own_is_kept_in_place():
    # a page that sets a sentence loose between two paragraphs: trafilatura keeps it as the
    # first paragraph's tail; it is article text, in its place, once
    spec = faker_page(80, title="Harbour plan")
    second = f"<p>{escape(spec.paragraphs[1])}</p>"
    page = extract_page(news_page(spec).replace(second, second + escape(LOOSE), 1).encode())
    assert LOOSE in page.body
    assert page.body.index(spec.paragraphs[1]) < page.body.index(LOOSE) < page.body.index(spec.paragraphs[2])
    assert page.body.count("harbour master") == 1
