"""From the j205 sample (stop 71: AllSides fresh54, read after scoring): "a White House that needed …"
makes no kind of "House", so "the House" is never bracketed as the White House; a weekday under the
future of a past ("were going down … on Monday") tells no week; a one-word name the article titles
as a person ("President Trump") is asked "Who …?", never "Which organisation …?"."""

from __future__ import annotations

from tests.articles import deck_of_text, facts_of, make_article


def test_the_house_is_not_the_white_house(nlp):
    text = (
        "The White House praised the budget deal, officials said.\n\n"
        "“I think we had to balance the role of a White House that needed to support a deal at the end of the "
        "day,” Murray said.\n\n"
        "On Thursday, the House passed the Ryan-Murray budget on a resounding 332-94 vote, reducing the chances "
        "of another government shutdown next year."
    )
    facts = facts_of(nlp, make_article(text, date="2013-12-13"))
    assert not any(r.name and "White House" in r.name for r in facts.references), facts.references


def test_a_weekday_under_the_future_of_a_past_tells_no_week(nlp):
    text = (
        "Every senator knew that the four gun-control measures brought up post-Orlando were going down in a "
        "partisan duel on the Senate floor on Monday."
    )
    assert [f.value for f in facts_of(nlp, make_article(text, date="2016-06-23")).dates] == []
    ahead = "Senators said the measures are going to a vote on Monday."
    assert [f.value for f in facts_of(nlp, make_article(ahead, date="2016-06-23")).dates] == ["2016-06-27"]


def test_a_name_titled_as_a_person_is_asked_who(nlp):
    text = (
        "President Trump has feuded with Sen. Dianne Feinstein over nominees, officials said.\n\n"
        "The White House announced late last week that Trump intends to nominate individuals for the three "
        "California vacancies on the 9th Circuit Court of Appeals, officials said."
    )
    questions = [i.question for i in deck_of_text(nlp, text, date="2018-10-16", events=True).items]
    assert not any(q.startswith("Which organisation") for q in questions), questions
