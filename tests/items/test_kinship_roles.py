"""A kinship is no post: "Who was the father of the current US leader (December 2006)?" states a
relation as a role held that month, and the name it hangs on may be merged with a relative's
fuller name (j40). Written for this test."""

from quizgen.deck.generate import build_deck
from quizgen.items.people import kinship
from tests.articles import facts_of, make_article


def test_kinship_roles():
    assert kinship("father of the current Varnish leader") and kinship("the senator's wife")
    assert not kinship("Chief Executive") and not kinship("Secretary of State")


def test_a_kinship_gives_no_person_card(nlp):
    text = (
        "Defense chief Tomas Reyland, who owes much of his career to president Arno Velt, the father of the "
        "current Varnish leader, was sworn in on Monday.\n\n"
        "Reyland said the army would stay in the north for another year."
    )
    deck = build_deck([facts_of(nlp, make_article(text, date="2006-12-18", title="Reyland sworn in"))], deck_id="t", title="T")
    assert not [i for i in deck.items if i.kind == "person" and "father" in (i.role or "")]
