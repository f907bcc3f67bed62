"""A business described by its trade with a place or a nationality before it ("The British
paper, packaging and publishing concern said …"): named as the business the text is about when
that is safe, else no card — never a card that does not say which company."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import generate_deck
from tests.articles import facts_of, make_article, references_of

LEDE = "Halvorsen Foods Corp. said its third-quarter net loss widened to 12.4 million pounds.\n\n"


@pytest.mark.parametrize(
    "words",
    [
        "The British paper, packaging and publishing concern",  # "concern" hangs on "paper"
        "The British food, packaging and publishing concern",  # "The" hangs on "food"
        "The British chemical and textile company",
        "The West German steel maker",
        "The Canadian company",
    ],
)
def test_a_nationality_and_trade_names_the_business_the_text_is_about(nlp, words):
    text = LEDE + words + " said sales rose 8% to 410 million pounds."
    assert references_of(nlp, text).get(words) == "Halvorsen Foods Corp."


def test_a_nationality_and_trade_as_the_owner_names_the_business(nlp):
    text = LEDE + "The British company's sales rose 8% to 410 million pounds."
    assert references_of(nlp, text).get("The British company's") == "Halvorsen Foods Corp."


@pytest.mark.parametrize(
    "before",
    [
        # two businesses named as often: the nationality tells them apart, the text does not
        "Trellis Corp. agreed to buy Halvorsen Foods Corp. for 40 million pounds.\n\n",
        # the paragraph just before is about another business
        (
            "Halvorsen Foods Corp. said its loss widened.\n\n"
            "Trellis Corp. said it would bid for Halvorsen. Trellis Corp. said the bid was fair.\n\n"
        ),
        # a party is no business
        "The Labour Party said its membership rose by 12,000 in a year.\n\n",
    ],
)
def test_a_nationality_and_trade_with_no_safe_business_gives_no_name(nlp, before):
    words = "The British chemical and textile company"
    text = before + words + " said sales rose 8% to 410 million pounds."
    assert references_of(nlp, text).get(words, "missing") is None


ARTICLE = (
    "---\ntitle: Halvorsen Foods posts loss\ndate: 1989-10-20\n---\n"
    "Halvorsen Foods Corp. reported a third-quarter net loss of 12.4 million pounds on Tuesday.\n\n"
    "The British food and packaging concern closed its biscuit plant in Leeds on Sept. 12, after a strike.\n\n"
    "The British concern said sales rose 8% to 410 million pounds.\n"
)


def test_cards_on_a_described_business_name_it(tmp_path):
    (tmp_path / "story.md").write_text(ARTICLE, encoding="utf-8")
    deck = generate_deck([tmp_path], deck_id="trade", events=True)
    questions = {i.kind: [] for i in deck.items}
    for item in deck.items:
        questions[item.kind].append(item.question)
    assert not [q for qs in questions.values() for q in qs if "British" in q]
    named = "[Halvorsen Foods Corp.]"
    assert any(q.startswith(named + " said sales rose 8% to ____") for q in questions["number"]), questions
    assert any(q.startswith(named + " closed its biscuit plant in Leeds on ____") for q in questions["date"]), questions
    assert any(q.startswith(named + " closed its biscuit plant in ____") for q in questions.get("event", [])), questions


def test_cards_on_a_described_business_the_text_does_not_name_safely_are_not_made(tmp_path):
    (tmp_path / "story.md").write_text(
        ARTICLE.replace("Halvorsen Foods Corp. reported", "Trellis Corp. agreed to buy Halvorsen Foods Corp. and reported"),
        encoding="utf-8",
    )
    deck = generate_deck([tmp_path], deck_id="trade", events=True)
    assert not [i.question for i in deck.items if "British" in i.question or "concern" in i.question]


@pytest.mark.parametrize("name", ["Norda", "Teckla"])
@pytest.mark.parametrize("words", ["the Canadian mining company", "the mining company"])
def test_a_description_beside_a_name_needs_none(nlp, name, words):
    # the apposition of a name (the parse may take it for a common noun) says which company
    text = LEDE + f"{name}, {words}, says that it pays 50 million Canadian dollars in carbon taxes."
    assert words not in references_of(nlp, text)


def test_a_quote_cloze_on_a_described_business_names_it(tmp_path):
    (tmp_path / "story.md").write_text(
        "---\ntitle: Halvorsen Foods posts loss\ndate: 1989-10-20\n---\n"
        "Halvorsen Foods Corp. reported a third-quarter net loss of 12.4 million pounds on Tuesday.\n\n"
        'Ann Lee, a food industry analyst, said the British food concern was "a sleeping giant with bad knees."\n',
        encoding="utf-8",
    )
    deck = generate_deck([tmp_path], deck_id="trade", events=True)
    quotes = [i.question for i in deck.items if i.kind == "quote"]
    assert quotes and all("said [Halvorsen Foods Corp.] was" in q for q in quotes), quotes


@pytest.mark.parametrize("owner", ["The British concern's", "The Canadian mining company's"])
def test_a_role_whose_owner_is_a_description_by_trade_is_no_role(nlp, owner):
    # "Who was the British concern's chairman?" says no more which company than "the company's"
    text = LEDE + f'{owner} chairman, Ann Lee, said: "We had no choice but to close the plant in Leeds."'
    assert not facts_of(nlp, make_article(text)).roles
