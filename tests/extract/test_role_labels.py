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
