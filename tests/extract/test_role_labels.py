"""Labels are not offices ("Republican poll leader"), and a state office keeps its state."""

from __future__ import annotations

from tests.articles import facts_of, make_article


def _roles(nlp, text: str) -> dict[str, str]:
    return {f.person: f.role for f in facts_of(nlp, make_article(text)).roles}


def test_a_poll_leader_is_a_description_and_a_party_leader_an_office(nlp):
    label = "The column says Republican poll leader Harold Vinter should apologise to the farmers."
    office = "The column says Republican party leader Harold Vinter should apologise to the farmers."
    assert _roles(nlp, label).get("Harold Vinter") == "a Republican poll leader"
    assert _roles(nlp, office).get("Harold Vinter") == "Republican party leader"


def test_a_tycoon_or_a_frontrunner_is_a_description(nlp):
    tycoon = "On Friday, Texas oil tycoon Harold Vinter told voters in Dover that taxes would fall."
    runner = "On Friday, Republican frontrunner Harold Vinter told voters in Dover that taxes would fall."
    assert _roles(nlp, tycoon).get("Harold Vinter") == "a Texas oil tycoon"
    assert _roles(nlp, runner).get("Harold Vinter") == "a Republican frontrunner"


def test_a_governor_keeps_the_state_of_the_party_parenthesis(nlp):
    text = "On Sunday, Governor Dora Kessel (R-OK) said the new budget would protect the state's schools."
    assert _roles(nlp, text).get("Dora Kessel") == "Oklahoma Governor"


def test_a_senator_takes_the_state_of_an_ap_abbreviation(nlp):
    text = "On Sunday, Senator Dora Kessel (D-Mass.) said the new budget would protect the schools."
    assert _roles(nlp, text).get("Dora Kessel") == "Massachusetts Senator"


def test_a_trade_with_a_place_is_a_description_not_an_office(nlp):
    trade = "On Friday, Ohio businessman Harold Vinter told voters in Dover that taxes would fall."
    office = "On Friday, Ohio Governor Harold Vinter told voters in Dover that taxes would fall."
    assert _roles(nlp, trade).get("Harold Vinter") == "an Ohio businessman"
    assert _roles(nlp, office).get("Harold Vinter") == "Ohio Governor"


def test_no_role_is_cut_from_inside_a_hyphenated_compound(nlp):
    text = "Denver-area businessman Harold Vinter is a member of the farmers' coalition."
    assert _roles(nlp, text).get("Harold Vinter") is None
