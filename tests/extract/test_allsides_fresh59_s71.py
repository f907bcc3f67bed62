"""From the j210 sample (stop 71: AllSides fresh59, read after scoring): a pronoun after a sentence
that introduces another person of its gender as what its subject is ("… was Jakelin Caal, 7. She
died …") is not named for the one the text named before; an event's phrase never coordinates a role
with a person the parse took from the next clause ("hired as surrogate communications director and
Manuel Bonder")."""

from __future__ import annotations

from tests.articles import deck_of_text, facts_of, make_article


def test_a_pronoun_after_a_person_introduced_by_a_copula_is_not_the_earlier_one(nlp):
    text = (
        "Xochitl Torres Small, a Democrat who will represent the House district starting in January, called "
        "for a thorough investigation into the children's deaths.\n\n"
        "The previous migrant child who died in government custody was Jakelin Caal, 7, a Guatemalan girl. "
        "She died Dec. 8 in El Paso after being apprehended by border agents."
    )
    refs = [(r.text, r.name) for r in facts_of(nlp, make_article(text, date="2018-12-26")).references]
    assert ("She", "Xochitl Torres Small") not in refs, refs


def test_a_role_coordinated_with_the_next_clause_s_subject_is_no_answer(nlp):
    text = (
        "Pete Buttigieg's campaign is staffing up, aides said on Friday.\n\n"
        "The campaign has also bolstered its communications staff, led by hard-charging New York operative Lis "
        "Smith. It recently brought on Nina Smith (no relation) as its national traveling press secretary and "
        "added two deputy national press secretaries: Tess Whittlesey and Marisol Samayoa. Constance Boozer has "
        "been hired as surrogate communications director and Manuel Bonder has joined the campaign as media "
        "monitor."
    )
    questions = [i.question for i in deck_of_text(nlp, text, date="2019-05-31", events=True).items]
    assert not any(q.endswith("and Manuel Bonder?") for q in questions), questions
