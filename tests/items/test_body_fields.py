"""A body's name that lists its fields is one name: a blank never stops it before "and" and its
next field ("A subcommittee of the ____ and Governmental Affairs released a scathing report" →
"Senate Committee on Homeland Security", j254)."""

from __future__ import annotations

from tests.articles import deck_of

BODY = (
    "The official tasked with keeping watch over the Department of Homeland Security was instead watching out "
    "for senior officials he considered his \"friends,\" according to a Senate probe.\n\n"
    "A subcommittee of the Senate Committee on Homeland Security and Governmental Affairs released a scathing "
    "report on Thursday that effectively confirmed many of the ethical allegations that have trailed Charles "
    "Edwards ever since he resigned his post in December as acting DHS inspector general.\n\n"
    "In the wake of the report, DHS Secretary Jeh Johnson announced that Edwards would be placed on "
    "administrative leave."
)


def test_a_blank_does_not_cut_a_bodys_list_of_fields(tmp_path):
    deck = deck_of(tmp_path, BODY, title="Senate probe finds ex-DHS watchdog altered reports", date="2014-04-24")
    cut = [i for i in deck.items if "____ and Governmental Affairs" in i.question]
    assert not cut, [(i.question, i.answer) for i in cut]


def test_a_body_named_without_its_fields_ends_at_the_blank():
    from quizgen.items.argument_clozes import _fields_go_on

    body = "the House Judiciary Committee and Senate Democrats met"
    assert not _fields_go_on("House Judiciary Committee", body, body.index(" and"))
    body = "the Department of Health and Human Services said"
    assert _fields_go_on("Department of Health", body, body.index(" and"))
