"""A story set in one block is read one sentence a paragraph; a story in paragraphs as it is."""

from __future__ import annotations

from quizgen.ingest.articles import parse_article
from quizgen.ingest.wire_paragraphs import sentence_spans, story_blocks

RUN_ON = (
    "The harbor board of Tarrow voted on Monday to double the port. "
    "Mr. Osei, its chairman, said the vote ended two years of argument. "
    "The plan costs $40 million and adds three berths. "
    "Work starts in Sept. and should end in two years. "
    "U.S. shippers welcomed the news. "
    "In Lisbon, a spokesman for a rival port said it would cut its fees. "
    "Dock workers asked for new contracts. "
    "H. Marshall Adler, a shipper, said trade would grow. "
    "The board meets again next month."
)


def _article(body: str):
    return parse_article(f"---\ntitle: Harbor vote\n---\n{body}\n".encode(), article_id="a1", path="a1.txt")


def test_a_one_block_story_is_read_one_sentence_a_paragraph():
    article = _article(RUN_ON)
    blocks = [b for b in story_blocks(article.blocks) if b.kind == "text"]
    assert len(blocks) == 9
    assert blocks[1].text == "Mr. Osei, its chairman, said the vote ended two years of argument."
    assert blocks[7].text.startswith("H. Marshall Adler")  # an initial ends no sentence
    assert all(article.body[b.start : b.end] == b.text for b in blocks)


def test_a_story_in_paragraphs_is_read_as_it_is():
    article = _article(RUN_ON.replace("argument. ", "argument.\n\n").replace("berths. ", "berths.\n\n"))
    assert story_blocks(article.blocks) == list(article.blocks)


def test_a_short_paragraph_is_not_split():
    article = _article("The board voted on Monday. Mr. Osei said it was time. Work starts soon.")
    assert story_blocks(article.blocks) == list(article.blocks)


def test_abbreviations_do_not_end_sentences():
    text = "Gen. Ruiz met U.S. envoys in Feb. and left. Trade rose 3.5 percent."
    assert [text[s:e] for s, e in sentence_spans(text)] == ["Gen. Ruiz met U.S. envoys in Feb. and left.", "Trade rose 3.5 percent."]
