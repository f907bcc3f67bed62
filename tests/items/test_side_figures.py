"""A figure the story tells after its lede in a clause about another organisation, in a sentence
naming none of the story's actors, is that organisation's and gets no card, even when its
sentence shares words with the lede ("Separately, Heron Air reported profit rose …" beside the
news of Kestrel Airways' profit). The story's own company, its unit named by initials, its
people and its places keep their figures; a dollar with its country's letters closes a share
price. Written for these tests."""

import pytest

from quizgen.deck.generate import build_deck
from quizgen.extract.figure_actors import figure_actor
from tests.articles import facts_of, make_article

STORY = (
    "Kestrel Airways said its third-quarter profit rose 40% to a record, helped by new routes to "
    "Asia.\n\n"
    "Meanwhile, net at its leasing arm, Kestrel Aircraft Finance Co., fell 6%.\n\n"
    "Kestrel Airways also said it carried 8.4 million passengers in the quarter.\n\n"
    "In the first nine months, KAFC's earnings fell 6% to $214.6 million from $228.3 million.\n\n"
    "Separately, Heron Air reported third-quarter profit rose 12% to $9.7 million from $8.7 million.\n\n"
    "Analyst Mary Olsen said Kestrel Airways would carry 31 million passengers next year.\n\n"
    "Fares in Ohio rose 8% in the quarter.\n\n"
    "On the Toronto Stock Exchange, Kestrel shares closed at C$35, up 45 cents."
)


@pytest.fixture(scope="module")
def cards(nlp):
    article = make_article(STORY, date="2017-10-26", title="Kestrel Airways profit soars")
    return build_deck([facts_of(nlp, article)], deck_id="t", title="T").items


GULF = (
    "Iraq's leader called the U.S. president a liar on Thursday as the standoff over the Gulf "
    "deepened.\n\n"
    "The U.S. president said he saw little hope of a deal.\n\n"
    "U.S. officials said the embargo was holding, and U.S. forces stayed on alert.\n\n"
    "The U.S. Navy has 27 ships in the blockade of Iraq."
)


@pytest.fixture(scope="module")
def gulf_cards(nlp):
    article = make_article(GULF, date="1990-08-16", title="Iraq calls U.S. president a liar")
    return build_deck([facts_of(nlp, article)], deck_id="t", title="T").items


def test_a_body_of_a_place_the_story_names_keeps_its_figure(gulf_cards):
    assert "27" in _numbers(gulf_cards)


def _numbers(cards):
    return {i.answer for i in cards if i.kind == "number"}


def test_another_company_s_results_get_no_card(cards):
    assert not any("9.7 million" in a for a in _numbers(cards))


def test_the_story_s_company_keeps_its_results(cards):
    assert any("8.4 million" in a for a in _numbers(cards))


def test_a_unit_named_by_the_initials_of_a_lede_name_keeps_its_figure(cards):
    assert any("214.6 million" in a for a in _numbers(cards))


def test_a_person_s_figure_is_not_read_as_another_organisation_s(cards):
    assert any("31 million" in a for a in _numbers(cards))


def test_a_dollar_with_its_country_s_letters_closes_a_share_price(cards):
    assert not any("45" in a for a in _numbers(cards))


@pytest.mark.parametrize(
    ("sentence", "figure", "actor"),
    [
        ("Separately, Heron Air reported third-quarter profit rose 12% to $9.7 million.", "$9.7 million", "Heron Air"),
        ("For the nine months, Heron Air posted earnings of $18.9 million.", "$18.9 million", "Heron Air"),
        ("Analyst Tom Reyes said he is cutting his estimate to $2 a share.", "$2", "Tom Reyes"),
        ("The Friday explosions killed at least 40 people.", "at least 40", ""),
        ("The company said it earned $5 million in the quarter.", "$5 million", "it"),
    ],
)
def test_whose_clause_a_figure_stands_in(nlp, sentence, figure, actor):
    doc = nlp(sentence)
    at = sentence.index(figure)
    assert figure_actor(doc.char_span(at, at + len(figure), alignment_mode="expand")) == actor
