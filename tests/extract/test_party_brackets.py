"""A party-and-state bracket after a name ("(D-Va.)") is no role; a company the tagger took for
a person is no person."""

from __future__ import annotations

import pytest

from tests.articles import facts_of, make_article


def _people(nlp, text: str) -> dict[str, str | None]:
    return {m.name: m.role for m in facts_of(nlp, make_article(text)).people}


@pytest.mark.parametrize("bracket", ["(D-Va.)", "(R-Texas)", "(I-Vt.)"])
def test_a_party_and_state_bracket_gives_no_role(nlp, bracket):
    text = f"Harold Vinter {bracket} said on Tuesday that the new budget would protect the schools."
    people = _people(nlp, text)
    assert "Harold Vinter" in people
    assert people["Harold Vinter"] is None


def test_an_apposition_after_the_bracket_is_still_the_role(nlp):
    text = "Harold Vinter (R-Texas), the chairman of the budget committee, said on Tuesday that he would oppose the plan."
    assert _people(nlp, text).get("Harold Vinter") == "chairman of the budget committee"


def test_a_day_before_a_title_is_no_part_of_it(nlp):
    text = "On Monday Sen. Harold Vinter (D-Va.) told reporters that the new budget would protect the schools."
    assert _people(nlp, text).get("Harold Vinter") == "Sen."


def test_a_name_described_as_a_brewer_is_a_company_not_a_person(nlp):
    text = "Gruber Pratt, the nation's largest brewer, said its profits rose in the third quarter."
    assert "Gruber Pratt" not in _people(nlp, text)


def test_a_person_in_a_company_story_stays_a_person(nlp):
    text = "Dora Kessel, a brewer from Ohio, said on Friday that sales had fallen. Ms. Kessel said she would hire more staff."
    assert "Dora Kessel" in _people(nlp, text)


def test_every_mention_of_a_company_described_once_is_no_person(nlp):
    text = (
        "Gruber Pratt, the nation's largest brewer, said its profits rose in the third quarter. "
        "Gruber Pratt said it would raise prices in the spring."
    )
    assert "Gruber Pratt" not in _people(nlp, text)
