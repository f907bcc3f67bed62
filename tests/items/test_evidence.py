"""Evidence stays inside the prose block that states the fact (issue 11)."""

from quizgen.deck.generate import build_deck
from quizgen.items.evidence import evidence_for
from tests.articles import facts_of, make_article

TEXT = (
    "NATO will join the coalition, officials said on Monday.\n\n"
    "“We will stand together against terror,” said Ruth Calder, the alliance’s spokeswoman.\n\n"
    "Follow Ruth Calder on Twitter\n\n"
    "Printable version | May 24, 2017 10:31 pm |"
)


def test_a_span_running_past_its_paragraph_is_cut_at_the_paragraph_end():
    article = make_article(TEXT)
    start = article.body.index("“We will")
    ev = evidence_for(article, start, len(article.body.rstrip()))
    assert ev.text == "“We will stand together against terror,” said Ruth Calder, the alliance’s spokeswoman."


def test_no_item_evidence_reaches_beyond_one_block(nlp):
    article = make_article(TEXT)
    deck = build_deck([facts_of(nlp, article)], deck_id="t", title="T")
    assert deck.items
    for item in deck.items:
        for ev in item.evidence:
            assert "\n\n" not in ev.text and "Follow" not in ev.text and "Printable" not in ev.text


def test_evidence_is_found_by_block_index_and_without_one_alike():
    """The block a span starts in is found by bisecting the prose blocks' ends; an article
    whose blocks are out of order (built by hand) is searched in order instead, with the
    same answer."""
    from dataclasses import replace

    from quizgen.items.evidence import within_block

    article = make_article(TEXT)
    assert article.text_block_ends is not None
    shuffled = replace(article, blocks=tuple(reversed(article.blocks)))
    assert shuffled.text_block_ends is None
    spans = [(s, e) for s in range(0, len(article.body), 7) for e in (s, s + 1, s + 30, s + 200)]
    for start, end in spans:
        expected = next(
            ((max(start, b.start), min(end, b.end)) for b in article.blocks if b.kind == "text" and b.start < end and start < b.end),
            (start, end),
        )
        assert within_block(article, start, end) == expected
    blocks_in_order = [b for b in article.blocks if b.kind == "text"]
    assert len(blocks_in_order) >= 2
    # out of order, the first block listed that overlaps wins, as before
    for start, end in spans:
        first = next(((max(start, b.start), min(end, b.end)) for b in shuffled.blocks if b.kind == "text" and b.start < end and start < b.end), (start, end))
        assert within_block(shuffled, start, end) == first
