"""A wire story's lede after its dateline gives facts like any other sentence."""

from quizgen.deck.generate import build_deck, content_text
from tests.articles import facts_of, make_article

WIRE = (
    "LISBON, March 3 (Wirenews) -- Portuguese Finance Minister Ana Duarte announced on Monday that the "
    "government will sell its 40 percent stake in the national airline.\n\n"
    "Duarte told reporters the sale should raise about 900 million euros.\n"
)


def test_only_prose_survives_the_blanking():
    article = make_article(WIRE, date="2025-03-04", title="Portugal to sell airline stake")
    text = content_text(article)
    assert len(text) == len(article.body)
    assert "--" not in text and "LISBON" not in text and "Wirenews" not in text
    assert "Portuguese Finance Minister Ana Duarte" in text


def test_the_lede_after_a_wire_dateline_makes_cards(nlp):
    def questions(text):
        article = make_article(text, date="2025-03-04", title="Portugal to sell airline stake")
        return [(i.kind, i.question, i.answer) for i in build_deck([facts_of(nlp, article)], deck_id="t", title="T").items]

    with_dateline = questions(WIRE)
    assert ("person", "Who was the Portuguese Finance Minister (March 2025)?", "Ana Duarte") in with_dateline
    # the dateline's day is the report's own, so "announced on Monday" (3 March) is asked only
    # without it (stamped 4 March): every other card is the same
    without = questions(WIRE.replace("LISBON, March 3 (Wirenews) -- ", ""))
    assert [q for q in with_dateline if q[0] != "date"] == [q for q in without if q[0] != "date"]
