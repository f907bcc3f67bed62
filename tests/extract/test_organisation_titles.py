"""A company's or a body's office written between its name and a person's ("Microsoft Chairman
Bill Gates", "Boeing CEO Dennis Muilenburg") is the person's role, the organisation's name with
it. The capitalised run before the name kept only the office ("Chairman"), no role on its own,
so the dev lists' "Who is the chairman of Cie. de Navigation Mixte?" had no card (stop 78)."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import content_text
from quizgen.extract.roles import extract_roles
from quizgen.ingest.articles import parse_article


def _roles(nlp, body):
    article = parse_article(f"---\ntitle: T\ndate: 1989-10-27\n---\n\n{body}\n".encode(), article_id="a", path="a.md")
    return [(r.person, r.role) for r in extract_roles(nlp(content_text(article)), article=article)]


@pytest.mark.parametrize(
    "body, role",
    [
        ("Microsoft Chairman Bill Gates said the company would keep growing.", ("Bill Gates", "Microsoft Chairman")),
        ("Boeing CEO Dennis Muilenburg said the plane was safe.", ("Dennis Muilenburg", "Boeing CEO")),
        (
            "Cie. de Navigation Mixte Chairman Marc Fournier said his board unanimously rejected the bid.",
            ("Marc Fournier", "Navigation Mixte Chairman"),
        ),
        # the parse ends a sentence at "Corp.": the company is read across it
        ("Acme Corp. Chairman John Smith said his board rejected the bid.", ("John Smith", "Acme Corp. Chairman")),
        # the tagger's two names of one body
        (
            "“We will do tax reform once a generation,” House Ways and Means Chairman Kevin Brady said.",
            ("Kevin Brady", "House Ways and Means Chairman"),
        ),
    ],
)
def test_an_organisations_office_before_a_name_is_the_persons_role(nlp, body, role):
    assert role in _roles(nlp, body)


def test_a_capitalised_word_that_is_no_organisation_gives_no_role(nlp):
    assert _roles(nlp, "Still Chairman John Smith said it would not sell.") == []


def test_a_sentence_ending_on_a_company_is_no_part_of_the_next_ones_title(nlp):
    roles = _roles(nlp, "The company said it would sell the unit to Acme Corp. President John Smith declined to comment.")
    assert ("John Smith", "Acme Corp. President") not in roles
