"""Offices an article states with a verb of holding them ("X chairs the Democratic National Committee")."""

from __future__ import annotations

from tests.articles import facts_of, make_article


def _roles(nlp, text: str) -> dict[str, list[str]]:
    roles: dict[str, list[str]] = {}
    for f in facts_of(nlp, make_article(text)).roles:
        roles.setdefault(f.person, []).append(f.role)
    return roles


def test_a_present_chairs_with_a_named_body_is_an_office(nlp):
    text = "Rep. Dora Kessel, D-Fla., chairs the Democratic National Committee."
    assert "chair of the Democratic National Committee" in _roles(nlp, text).get("Dora Kessel", [])


def test_a_who_clause_on_the_name_gives_the_whole_body(nlp):
    text = "Mara Lindqvist, who heads the Federal Bureau of Investigation, said the inquiry would continue."
    assert _roles(nlp, text).get("Mara Lindqvist") == ["head of the Federal Bureau of Investigation"]


def test_a_past_verb_a_journey_or_an_unnamed_body_is_no_office(nlp):
    text = ("Mara Lindqvist chaired the Senate Finance Committee until 2012. Tomas Brenner heads to Iowa on Monday. "
            "Ivo Marsh, who chairs the panel, said the Senate would act.")
    roles = _roles(nlp, text)
    assert not any("chair" in r or "head" in r for rs in roles.values() for r in rs)
