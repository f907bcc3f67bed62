"""A title is only the words the parse ties to a name, and a headline in title capitals gives
no role ("… Welcome American Refugees Fleeing President X" gives no "American Refugees Fleeing
President")."""

from __future__ import annotations

from tests.articles import facts_of, make_article

_HEADLINE = "Tiny Island Will Welcome American Refugees Fleeing President Harlan Voss"
_BODY = ("The island's mayor said on Monday that it would welcome anyone who wanted to leave. "
         "{name} has not replied to the offer, and the mayor said she would wait for an answer.")


def _roles(nlp, text: str, title: str = "Test") -> list[tuple[str, str]]:
    facts = facts_of(nlp, make_article(text, title=title))
    return [(f.person, f.role) for f in [*facts.roles, *facts.former_roles]]


def test_a_headline_repeated_as_the_first_paragraph_gives_no_role(nlp):
    text = f"{_HEADLINE}.\n\n" + _BODY.format(name="Voss")
    assert _roles(nlp, text, title=_HEADLINE) == []


def test_a_headline_in_title_capitals_with_a_run_of_compounds_gives_no_role(nlp):
    headline = "Norway’s Svalbard Will Welcome Danish Farmers Fleeing Chancellor Ottmar Brandl"
    text = f"{headline}.\n\n" + _BODY.format(name="Brandl")
    assert _roles(nlp, text, title=headline) == []


def test_a_role_the_prose_states_is_read_from_the_prose_not_the_headline(nlp):
    text = f"{_HEADLINE}.\n\n" + _BODY.format(name="President Harlan Voss")
    assert _roles(nlp, text, title=_HEADLINE) == [("Harlan Voss", "President")]


def test_a_clause_and_its_subject_before_a_title_are_no_part_of_it(nlp):
    text = "The council said it will Welcome American Refugees Fleeing President Harlan Voss, the mayor said on Monday."
    assert ("Harlan Voss", "President") in _roles(nlp, text)
    assert all("Fleeing" not in role for _, role in _roles(nlp, text))


def test_a_title_of_modifiers_or_with_an_of_phrase_stays_whole(nlp):
    text = ("World Bank President Tomas Brenner said on Monday that the loan would be paid. "
            "U.S. Secretary of State Ellen Marsh said on Monday that the talks would go on.")
    roles = _roles(nlp, text)
    assert ("Tomas Brenner", "World Bank President") in roles
    assert ("Ellen Marsh", "U.S. Secretary of State") in roles


def test_a_title_over_a_name_in_apposition_or_before_a_long_name_stays_whole(nlp):
    text = ("There, the district GOP Chairman Tomas Brenner declined to name the delegates on the slate. "
            "The candidate met with Mexican President Luis Ortega Vidal on Wednesday.")
    roles = _roles(nlp, text)
    assert ("Tomas Brenner", "GOP Chairman") in roles
    assert any(person.startswith("Luis Ortega") and role == "Mexican President" for person, role in roles)
