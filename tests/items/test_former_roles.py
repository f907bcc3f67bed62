"""Cards asking a person's former role ("was a former ____") and their employer ("a columnist for
which news outlet?"), built through the whole deck from sentences run through spaCy."""

from __future__ import annotations

from quizgen.deck.generate import build_deck
from quizgen.items.former_roles import other_countries
from tests.articles import facts_of, make_article

CALDERON = (
    "Count former Mexican President Felipe Calderon among the critics of the wall.\n\n"
    "Calderon told CNBC on Saturday that Mexico would not pay for the wall. "
    "Calderon said the plan was stupid and useless.\n\n"
    "Mexican Foreign Minister Claudia Ruiz Massieu said the plan was offensive. "
    "Mexican Finance Minister Luis Videgaray said the peso would hold. "
    "Mexican Interior Minister Miguel Osorio Chong agreed with them."
)


def _deck(nlp, *articles):
    return build_deck([facts_of(nlp, a) for a in articles], deck_id="t", title="T")


def _person_cards(deck):
    return [i for i in deck.items if i.kind == "person"]


def test_a_former_office_is_asked_as_former_with_offices_of_other_countries(nlp):
    text = CALDERON + ("\n\nBritish Prime Minister Theresa May said the wall was a matter for the Americans. "
                       "French President Francois Hollande agreed. Indian Prime Minister Narendra Modi said nothing.")
    a = make_article(text, date="2016-02-08", article_id="a", title="Former Mexico leader Calderon calls the wall stupid")
    cards = _person_cards(_deck(nlp, a))
    [card] = [c for c in cards if "former" in c.tags]
    assert card.question == "In February 2016, Felipe Calderon was a former ____."
    assert card.answer == "Mexican President"
    # never another Mexican office: Calderon may have held it too (the deck cannot know)
    assert sorted(card.choices) == sorted(
        ["Mexican President", "British Prime Minister", "French President", "Indian Prime Minister"]
    )
    # nobody is asked who holds (or held) the office Calderon held once
    assert not any(c.answer == "Felipe Calderon" for c in cards)


def test_a_former_office_naming_its_country_is_asked_typed_when_the_deck_has_no_choices(nlp):
    a = make_article(CALDERON, date="2016-02-08", article_id="a",
                     title="Former Mexico leader Calderon calls the wall stupid")
    [card] = [c for c in _person_cards(_deck(nlp, a)) if "former" in c.tags]
    assert (card.answer, card.choices) == ("Mexican President", [])
    assert "President of Mexico" in card.accept


def test_a_former_office_that_names_no_country_is_not_asked(nlp):
    text = ("The plan was backed by former Vice President Walter Brigg on Monday. "
            "British Prime Minister Theresa May and French President Francois Hollande opposed it.\n\n"
            "Brigg said the plan would pass. Brigg told reporters it was overdue.")
    a = make_article(text, date="2016-02-08", article_id="a", title="Brigg backs the plan")
    assert not [c for c in _person_cards(_deck(nlp, a)) if "former" in c.tags]


def test_other_countries_name_a_country_each_and_never_the_answers():
    roles = ["U.S. Secretary of State", "British Prime Minister", "Mexican Foreign Minister",
             "NATO Secretary General", "French President", "Secretary of State", "Republican poll leader",
             "Japanese Prime Minister"]
    choices = other_countries("Mexican President", roles, key="k", mine=lambda r: False)
    assert "Mexican President" in choices and len(choices) == 4
    assert "U.S. Secretary of State" not in choices  # a minister's office beside a head of state's (stop 68, j178)
    assert "Mexican Foreign Minister" not in choices  # the answer's country: a career holds many of its offices
    assert "NATO Secretary General" not in choices  # a body's office, which a country's politician may hold
    assert "Secretary of State" not in choices  # whose? it may be the answer's country's too
    assert other_countries("Secretary of State", roles, key="k", mine=lambda r: False) == []


def test_a_columnist_is_asked_for_which_outlet_never_as_the_only_one(nlp):
    text = ("New York Times columnist Harold Vinter said on Thursday that the debate was dull.\n\n"
            "Vinter wrote that the candidates had said nothing new. "
            "Vinter told The Washington Post that he would not watch again.\n\n"
            "The Wall Street Journal and CNN also covered the debate.")
    a = make_article(text, date="2016-03-11", article_id="a", title="Harold Vinter calls the debate dull")
    cards = _person_cards(_deck(nlp, a))
    [card] = [c for c in cards if "employer" in c.tags]
    assert card.question == "In March 2016, Harold Vinter was a columnist for which news outlet?"
    assert card.answer == "New York Times"
    assert not [c for c in cards if c.question.startswith("Who was the New York Times columnist")]


def test_a_typed_former_office_accepts_the_of_spelling_only_after_a_countrys_adjective():
    from quizgen.items.former_roles import _spelt_with_of

    assert _spelt_with_of("Mexican President") == ["President of Mexico"]
    # never "Director of the United States" or "City Mayor of the United States"
    assert _spelt_with_of("CIA Director") == [] and _spelt_with_of("New York City Mayor") == []
