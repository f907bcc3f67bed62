"""A word hyphenated across a line break whose break became a space ("vice- president", as
wire archives store it) is one word in every card, and no card shows the padding that keeps
the article's offsets."""

from __future__ import annotations

from tests.articles import deck_of


def test_a_role_broken_across_a_line_reads_whole(tmp_path):
    deck = deck_of(
        tmp_path,
        '"Varnland today is a country on the move, making real progress on health and trade," said '
        "Tobin Marsh, the Harland Bank's vice- president for the Ostland region.\n\n"
        "The bank's report highlighted the diversity of economic achievement in the region.",
        date="2006-11-02",
    )
    texts = [t for i in deck.items for t in (i.question, i.answer, getattr(i, "role", None) or "")]
    assert any("vice-president for the Ostland region" in t for t in texts), texts
    assert not any("vice- president" in t or "  " in t for t in texts)
