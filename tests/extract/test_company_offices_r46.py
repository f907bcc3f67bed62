"""Round 46: a company's office asked with its company, or not at all (lead, j39)."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import build_deck
from quizgen.items.people import corporate_title
from tests.articles import facts_of, make_article


def _questions(nlp, text: str, *, title: str = "Test") -> list[str]:
    facts = facts_of(nlp, make_article(text, title=title, date="2006-11-19"))
    deck = build_deck([facts], deck_id="t", title="T")
    return [i.question for i in deck.items if i.kind == "person"]


@pytest.mark.parametrize(
    ("role", "corporate"),
    [("Chief Financial Officer", True), ("Chief Executive", True), ("CEO", True), ("Managing Director", True),
     ("Chairman and Chief Executive", True), ("Chief Operating Officer", True),
     ("Acme Chief Executive", False), ("President", False), ("Chairman", False), ("Vice President", False),
     ("a chief executive", False), ("Foreign Minister", False)],
)
def test_a_company_office_naming_no_company(role, corporate):
    assert corporate_title(role) is corporate


def test_a_company_office_takes_the_company_its_paragraph_names(nlp):
    questions = _questions(
        nlp,
        "Carmakers Harlow Motors and Kestrel Motors must pledge assets to get new loans, a report said on Tuesday.\n\n"
        "Harlow Motors lost 3 billion dollars last year and extended its credit line in July.\n\n"
        "Kestrel Motors also moved the same way. Chief Financial Officer Dana Kessler said Tuesday that "
        "Kestrel Motors aims to raise a secured loan.\n\n"
        "Kessler said the talks would end in December.",
        title="Carmakers must pledge assets",
    )
    assert not any(q.startswith("Who was the Chief Financial Officer (") for q in questions), questions
    assert "Who was the Chief Financial Officer of Kestrel Motors (November 2006)?" in questions, questions


def test_a_company_office_in_a_paragraph_of_two_companies_is_not_asked(nlp):
    questions = _questions(
        nlp,
        "Harlow Motors and Kestrel Motors both reported losses on Tuesday. Chief Financial Officer Dana Kessler "
        "said the losses would narrow next year.\n\n"
        "Kessler said the talks would end in December.",
        title="Carmakers report losses",
    )
    assert not any("Chief Financial Officer" in q for q in questions), questions
