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
