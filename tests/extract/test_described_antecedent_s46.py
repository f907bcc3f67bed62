"""A shorter "the …" of a noun the story first described in full is named by that description
(strict head match): "the junk funds" after "the nation's junk-bond mutual funds" reads
"[the nation's junk-bond mutual funds]", and the figure of its sentence gets a card. No name
when the first use points back itself ("the western province"), when two descriptions fit,
or when the story first wrote the noun bare."""

from __future__ import annotations

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


def test_a_bare_noun_is_not_named_by_a_description(nlp):
    """j52: "… ministers agreed to continue financing the International Space Station. The project
    is to receive 650 million euros" was read "[The Earth surveillance project] is to receive …"."""
    text = (
        "European ministers approved an Earth surveillance project on Tuesday, the sources said.\n\n"
        "Ministers also agreed to continue financing the International Space Station. "
        "The project is to receive 650 million euros until 2008, the sources said.\n"
    )
    assert references_of(nlp, text, "thing").get("The project") is None


def test_a_first_mention_that_itself_points_back_names_nothing(nlp):
    text = (
        "A conservative party in the western province introduced a carbon tax in 2008.\n\n"
        "The tax amounts to roughly 5 percent of the province's total tax revenue, officials said.\n"
    )
    assert references_of(nlp, text, "thing").get("the province") is None


def test_two_descriptions_that_fit_name_nothing(nlp):
    text = (
        "A state pension fund sold its shares on Monday, and a private equity fund bought them.\n\n"
        "The fund paid $40 million for the stake, according to filings.\n"
    )
    assert references_of(nlp, text, "thing").get("The fund") is None


def test_a_noun_first_written_bare_names_nothing(nlp):
    text = (
        "Investors pulled money out of funds across the country last week, analysts said.\n\n"
        "The city's largest bond fund was hit hardest, and the bond fund lost $2 billion in a week.\n"
    )
    assert references_of(nlp, text, "thing").get("the bond fund") is None
