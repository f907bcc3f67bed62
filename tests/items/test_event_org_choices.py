"""Who-choices of an organisation's event card are organisations of its kind and never another
name of it; a verb phrase is asked "to do"."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import generate_deck
from quizgen.items.org_kinds import org_kind

BODY = (
    "Delmont Corp. said it agreed on Monday to acquire Harlow Bancorp for $18 million in cash.\n\n"
    "Kestrel Holdings Inc. and Brandt Industries Corp. had also bid for Harlow Bancorp last spring, "
    "and Ostrava Steel Co. bought a stake in Kestrel Holdings Inc. in 2023.\n\n"
    "The Federal Mining Commission and NATO were not involved, and the FMC declined to comment. "
    "The Harlow Gazette first reported the talks, and the Big Board halted trading in Harlow shares."
)


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    folder = tmp_path_factory.mktemp("event-org-choices")
    (folder / "deal.txt").write_text(f"---\ntitle: Delmont buys Harlow\ndate: 2024-06-04\n---\n{BODY}\n", encoding="utf-8")
    return generate_deck([folder], deck_id="event-org-choices", events=True)


def cards(deck, asks):
    return [i for i in deck.items if i.kind == "event" and i.asks == asks and i.actor == "Delmont Corp."]


def test_a_company_gets_companies_only(deck):
    [who] = cards(deck, "who")
    assert who.question == "Which organisation agreed to acquire Harlow Bancorp for $18 million in cash on 3 June 2024?"
    assert who.choices, "three other companies are in the story"
    assert all(org_kind(c) == "company" for c in who.choices), who.choices  # no NATO, Big Board, FMC, Gazette


def test_a_verb_phrase_is_asked_to_do(deck):
    [what] = cards(deck, "what")
    assert what.question == "What did Delmont Corp. agree to do on 3 June 2024?"
    assert what.answer == "acquire Harlow Bancorp for $18 million in cash"
