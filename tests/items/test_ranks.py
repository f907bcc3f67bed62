"""A rank of armed forces or police is a role many hold (round 37, j30: "Who was the PLA Major
General?" asked as if one person held the rank). Made-up articles."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import build_deck
from quizgen.extract.roles import is_rank, many_hold
from tests.articles import facts_of, make_article


@pytest.mark.parametrize(
    "role",
    ["PLA Major General", "Pakistani Major-General", "Army general", "Rear Admiral", "Lt. Gen.",
     "Staff Sgt.", "Marine Corps colonel", "police inspector", "chief petty officer", "Field Marshal"],
)
def test_a_rank_is_a_role_many_hold(role):
    assert is_rank(role) and many_hold(role)


@pytest.mark.parametrize(
    "role",
    ["Attorney General", "U.N. Secretary General", "Inspector General", "Postmaster General",
     "Director General", "Surgeon General", "Auditor General", "Police Chief", "commander of the Pacific Fleet",
     "general manager", "NATO Secretary General"],
)
def test_an_office_named_with_a_rank_word_is_no_rank(role):
    assert not is_rank(role) and not many_hold(role)


def test_a_rank_is_not_asked_as_if_one_person_held_it(nlp):
    a = make_article(
        "KPA Major General Ri Song-chol said at the parade that the drills would build trust.",
        article_id="a1", date="2011-04-12",
    )
    b = make_article("NATO Secretary General Ruth Calder said the allies agreed.", article_id="a2", date="2011-04-12")
    facts = [facts_of(nlp, x) for x in (a, b)]
    assert [r.role for r in facts[0].roles] == ["KPA Major General"]
    deck = build_deck(facts, deck_id="t", title="T")
    asked = {i.question for i in deck.items if i.kind == "person"}
    assert not any("Major General" in q and q.startswith("Who was") for q in asked), asked
    assert "Who was the NATO Secretary General (April 2011)?" in asked, asked
