"""Figures of one sentence that state one measure (``extract.figure_measures``)."""

import pytest

from tests.articles import facts_of, make_article

CASES = [
    # a change, the level reached and the level it came from
    ("Delmont's revenue for the quarter was $610 million, up 9% from $560 million.",
     {"$610 million": "level", "9%": "change", "$560 million": "baseline"}),
    ("Delmont's quarterly profit jumped 16% to a record $88.4 million, or 51 cents a share, from $76.2 million.",
     {"16%": "change", "$88.4 million": "level", "$76.2 million": "baseline"}),
    ("The jobless rate for teenagers rose 0.6 percent, to 14.2 percent.", {"0.6 percent": "change", "14.2 percent": "level"}),
    # the level before its restatement per share, then the change
    ("Delmont earned $31.5 million, or $1.12 a share, up 7.5% from $29.3 million, or $1.04 a share.",
     {"$31.5 million": "level", "7.5%": "change", "$29.3 million": "baseline"}),
    # a change written as a noun
    ("Harlow posted a 27% jump in pretax profit for the year to £61.2 million from £48.2 million.",
     {"27%": "change", "£61.2 million": "level", "£48.2 million": "baseline"}),
    # an amount restated as a share of the whole
    ("Delmont said it holds 812,300 Harlow Inc. common shares, or a 6.2% stake.", {"812,300": "amount", "6.2%": "share"}),
    ("Bond funds lost about $3 billion -- more than 12% of assets -- in the month.",
     {"about $3 billion": "amount", "more than 12%": "share"}),
]


@pytest.mark.parametrize("text, roles", CASES)
def test_figures_of_one_measure_get_their_roles(nlp, text, roles):
    figures = facts_of(nlp, make_article(text)).figures
    got = {f.text: f.measure[1] for f in figures if f.measure}
    assert got == roles
    assert len({f.measure[0] for f in figures if f.measure}) == 1  # one measure


SEPARATE = [
    # figures of different things: no measure joins them
    "Sales of mowers rose to $210 million and sales of trimmers fell to $35 million.",
    "The storm killed at least 14 people and injured more than 200 others.",
    "Harlow will pay $93 million and 1.8 million common shares for the site.",
    "Delmont bought 2,000 shares at $12.50 each, and its stake is now 11%.",
    # a result's two sides
    "Baines had 49.9 percent to Marsh’s 49.6 percent.",
    "Baines leads Marsh 46 percent to 39 percent in the Harlow poll.",
    "Baines led Marsh late Tuesday by less than one-half of 1 percent -- 101,310 to 100,870 votes.",
]


@pytest.mark.parametrize("text", SEPARATE)
def test_figures_of_different_measures_are_not_joined(nlp, text):
    assert not [f for f in facts_of(nlp, make_article(text)).figures if f.measure]
