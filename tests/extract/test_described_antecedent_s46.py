"""A shorter "the …" of a noun the story first described in full is named by that description
(strict head match): "the junk funds" after "the nation's junk-bond mutual funds" reads
"[the nation's junk-bond mutual funds]", and the figure of its sentence gets a card. No name
when the first use points back itself ("the western province"), when two descriptions fit,
or when the story first wrote the noun bare."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import build_deck
from tests.articles import facts_of, make_article, references_of

FUNDS = (
    "Billions of investors' dollars are pouring out of the nation's junk-bond mutual funds, "
    "undermining a pillar of support in the junk market.\n\n"
    "Last week alone, an eye-popping $1.6 billion flowed out of the junk funds, according to "
    "estimates by Dalbar Financial Services Inc., a Boston research firm.\n"
)


def test_a_shorter_mention_is_named_by_the_description_it_repeats(nlp):
    assert references_of(nlp, FUNDS, "thing").get("the junk funds") == "the nation's junk-bond mutual funds"


def test_the_figure_of_its_sentence_gets_a_card_that_names_the_funds(nlp):
    deck = build_deck([facts_of(nlp, make_article(FUNDS, date="1989-10-23"))], deck_id="t", title="T")
    cards = [i for i in deck.items if i.answer == "$1.6 billion"]
    assert cards and "[the nation's junk-bond mutual funds]" in cards[0].question


def test_an_indefinite_first_mention_names_a_shorter_one(nlp):
    text = (
        "A conservative government introduced a new carbon tax on fuels in 2008, and the opposition objected.\n\n"
        "Officials said the carbon tax raised 1.2 billion dollars in its first year.\n"
    )
    assert references_of(nlp, text, "thing").get("the carbon tax") == "the new carbon tax"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param(
            "European ministers approved an Earth surveillance project on Tuesday, the sources said.\n\n"
            "Ministers also agreed to continue financing the International Space Station. "
            "The project is to receive 650 million euros until 2008, the sources said.\n",
            "The project",
            id="a bare noun may stand for the last thing named (j52)",
        ),
        pytest.param(
            "A conservative party in the western province introduced a carbon tax in 2008.\n\n"
            "The tax amounts to roughly 5 percent of the province's total tax revenue, officials said.\n",
            "the province",
            id="a first mention that itself points back",
        ),
        pytest.param(
            "A state pension fund sold its shares on Monday, and a private equity fund bought them.\n\n"
            "The fund paid $40 million for the stake, according to filings.\n",
            "The fund",
            id="two descriptions fit",
        ),
        pytest.param(
            "Investors pulled money out of funds across the country last week, analysts said.\n\n"
            "The city's largest bond fund was hit hardest, and the bond fund lost $2 billion in a week.\n",
            "the bond fund",
            id="the noun first written bare",
        ),
    ],
)
def test_no_description_names_the_mention(nlp, text, mention):
    assert references_of(nlp, text, "thing").get(mention) is None
