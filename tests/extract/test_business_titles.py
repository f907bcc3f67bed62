"""A bare business title after a name takes the company the story leads with, if no other
company is named before it."""

from __future__ import annotations

from tests.articles import facts_of, make_article

LEDE = "Halvorsen Tool Corp., which lost money for three years, expects to return to profit next year.\n\n"
QUOTE = '"We have turned the corner," Marta Ellison, chairman and chief executive, said in an interview.'


def _roles(nlp, text: str) -> dict[str, str]:
    return {f.person: f.role for f in facts_of(nlp, make_article(text)).roles}


def test_a_bare_title_takes_the_company_the_story_leads_with(nlp):
    assert _roles(nlp, LEDE + QUOTE).get("Marta Ellison") == "chairman and chief executive of Halvorsen Tool"


def test_with_another_company_named_before_the_bare_title_says_no_company(nlp):
    other = "The company sold its disk business to Brandt Storage Inc. last month.\n\n"
    assert "Marta Ellison" not in _roles(nlp, LEDE + other + QUOTE)
