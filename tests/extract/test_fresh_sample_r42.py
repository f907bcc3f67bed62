"""Two j34 failures (round 42), rebuilt on made-up sentences: a writer's trade with a nationality
asked as a role one person held ("Who was the British author?"), and a meeting's name cut before
its "on" part ("the … Summit of Forum" of "… Forum on … Cooperation")."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import build_deck
from quizgen.extract.name_tails import widen_cut_names
from quizgen.extract.roles import is_label, many_hold
from tests.articles import facts_of, make_article


@pytest.mark.parametrize("role", ["British author", "Indian-born novelist", "award-winning poet", "Chilean playwright"])
def test_a_writer_described_by_nationality_is_a_label(role):
    assert is_label(role)


@pytest.mark.parametrize(
    "role", ["White House speechwriter", "author of the report", "Fox News commentator", "British Prime Minister"],
)
def test_a_writer_whose_post_or_work_is_named_is_no_label(role):
    assert not is_label(role)


def test_a_nationality_and_a_trade_are_not_asked_as_a_role(nlp):
    a = make_article(
        "The council condemned the threats made against Chilean author Tomas Arvelo over his latest book.",
        article_id="a1", date="2004-03-09",
    )
    b = make_article("NATO Secretary General Ruth Calder said the allies agreed.", article_id="a2", date="2004-03-09")
    facts = [facts_of(nlp, x) for x in (a, b)]
    assert [r.role for r in facts[0].roles] == ["a Chilean author"]  # a description, not a post
    deck = build_deck(facts, deck_id="t", title="T")
    asked = {i.question for i in deck.items if i.kind == "person"}
    assert not any("author" in q and q.startswith("Who was") for q in asked), asked
    assert "Who was the NATO Secretary General (March 2004)?" in asked, asked
    assert not many_hold("NATO Secretary General")


def _orgs(nlp, text: str) -> list[str]:
    doc = nlp(text)
    widen_cut_names(doc)
    return [e.text for e in doc.ents if e.label_ == "ORG"]


def test_a_meeting_name_cut_before_its_on_part_is_read_whole(nlp):
    text = "A gala was staged on Friday night to mark the Lima Summit of Forum on Peru-Asia Cooperation (FOPAC) and to welcome delegates."
    orgs = _orgs(nlp, text)
    assert "the Lima Summit of Forum on Peru-Asia Cooperation" in orgs, orgs
    assert "FOPAC" in orgs, orgs


def test_on_after_a_name_that_is_no_common_noun_starts_no_name(nlp):
    orgs = _orgs(nlp, "A report by Reuters on Apple Computer was read by the board.")
    assert "Reuters" in orgs, orgs
