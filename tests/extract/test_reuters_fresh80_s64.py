"""From the j149 sample (8cfecb68, read after scoring), each fixed at its mechanism and tested
with text written for the test:
- "have little more than 3,000 tonnes" blanked as "have little ____ tonnes": "little" is part of
  the figure's qualifier, as "just" and "slightly" are;
- "the U.S. had had sought free access": the same auxiliary typed twice, asked as "What had the
  U.S. had sought?";
- a long quotation cut at the comma between two adjectives of one noun ("to engage in
  aggressive …").
"""

from __future__ import annotations

from quizgen.items.quote_cuts import clause_cut
from quizgen.items.spelling import mended_spelling
from tests.articles import shown, wire_items


def test_little_more_than_is_one_qualifier_of_the_figure(tmp_path):
    body = (
        "LONDON, April 9 - Zinc prices rose on the London Metal Exchange on merchant demand, traders said.\n\n"
        "On stocks, the popular Continental warehouses, Hamburg and Bremen, have little more than 4,000 tonnes "
        "of zinc each, and this is believed to be in strong hands."
    )
    items = wire_items(tmp_path, body, title="ZINC PRICES RISE ON MERCHANT DEMAND", date="1987-04-09")
    assert not any("little ____" in i.question for i in items), shown(items)


def test_an_auxiliary_typed_twice_is_no_card_and_is_mended(tmp_path):
    body = (
        "SEOUL, June 1 - South Korea said it will cut import tariffs on 157 products to ease trade friction "
        "with the United States.\n\n"
        "For 40 of those products, the U.S. had had sought free access to the South Korean market, an official said."
    )
    items = wire_items(tmp_path, body, title="SEOUL ANNOUNCES TARIFF CUTS", date="1987-06-01")
    assert not any("had had" in i.question or i.question.startswith("What had the U.S. had") for i in items), shown(items)
    assert mended_spelling("the U.S. had had sought free access") == "the U.S. had sought free access"
    assert mended_spelling("they had had talks with him") == "they had had talks with him"


def test_a_quotation_is_not_cut_between_two_adjectives_of_one_noun():
    unit = (
        "such bids give rise to temptations, on both sides of the battle, to engage in aggressive, even "
        "manipulative tactics that are immensely damaging to the interest of the shareholders"
    )
    cut = clause_cut(unit, 17)
    assert cut is None or not cut.endswith("aggressive,"), cut


def test_a_quotation_may_still_be_cut_after_an_adjective_that_ends_a_clause():
    # the PolNeAR dev deck's card: "… certainly smart and very pretty, we told her …" ends a clause there
    unit = (
        "No one knew who she was, and while she is certainly smart and very pretty, we told her that maybe she "
        "should run for the state House or state Senate or a smaller seat because she had no political experience"
    )
    assert clause_cut(unit, 18) == "No one knew who she was, and while she is certainly smart and very pretty,"
