"""Organisations and places: one spelling across the deck, in roles and speakers."""

from __future__ import annotations

from quizgen.deck.generate import generate_deck
from quizgen.facts.resolve import canonical_entities, entity_key, entity_renamer


def test_spellings_that_differ_in_case_dots_and_the_are_one():
    assert entity_key("the U.S.") == entity_key("US") == entity_key("U.S")
    assert entity_key("Nato") == entity_key("NATO")
    assert entity_key("NATO") != entity_key("NASA")


def test_defined_acronym_joins_its_long_name_and_most_used_spelling_wins():
    mapping = canonical_entities(
        [("NATO", "a"), ("NATO", "b"), ("Nato", "c"), ("the North Atlantic Treaty Organization", "a")],
        [("NATO", "North Atlantic Treaty Organization")],
    )
    assert mapping["Nato"] == mapping["the North Atlantic Treaty Organization"] == "NATO"
    assert entity_renamer(mapping)("Secretary General of the North Atlantic Treaty Organization") == (
        "Secretary General of NATO"
    )


def test_roles_and_organisation_speakers_read_the_same_in_every_article(tmp_path):
    (tmp_path / "a.txt").write_text(
        "---\ntitle: Alliance meets\ndate: 2019-03-14\n---\n"
        "The North Atlantic Treaty Organization (NATO) met in Brussels on Tuesday.\n\n"
        "NATO Secretary General Jens Stoltenberg opened the meeting of all members.\n\n"
        "“We stand together,” NATO Secretary General Jens Stoltenberg said.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "---\ntitle: Alliance plans\ndate: 2019-03-20\n---\n"
        "Nato Secretary General Jens Stoltenberg spoke to reporters in Brussels on Monday.\n\n"
        "“The plan is ready,” Nato Secretary General Jens Stoltenberg said.\n",
        encoding="utf-8",
    )
    deck = generate_deck([tmp_path], deck_id="t")
    roles = {getattr(i, "role", None) for i in deck.items} - {None}
    assert roles and all("Nato" not in r for r in roles), roles


def test_a_name_ending_in_a_dot_is_not_given_a_second_one():
    # One article's "the U.S." reached the deck as "U.S" (the tokenizer took the dot for a full
    # stop); respelling another article's "U.S. Surgeon General" must not give "U.S.. Surgeon General".
    rename = entity_renamer({"U.S": "U.S.", "U.S.": "U.S."})
    assert rename("U.S. Surgeon General") == "U.S. Surgeon General"
    assert rename("U.S Surgeon General") == "U.S. Surgeon General"
