"""One card per question, chosen among the cards worth one (round 43).

A cloze and a person card may write the same question (the sentence with the name blanked).
The deck used to keep the first written and drop the other before judging either, so when the
first was refused for its own kind's reason ("departed: a role the story's time does not
hold", a person card's), the question was lost with it. Now such a refusal of the card's own
claim (or a low importance) leaves the question to the next card worth one; a refusal of the
sentence or of the answer ("background event", "peripheral: aside", "trivia: …") holds for
any card asking it, and still takes the question with it.
"""

from types import SimpleNamespace

from quizgen.deck.generate import first_of_each_question

QUESTION = "Investigators said on Monday that they had concluded that ____, a drifter, set the fire."


def card(id_: str, question: str = QUESTION, answer: str = "Tom Vale"):
    return SimpleNamespace(id=id_, question=question, answer=answer)


def test_a_card_refused_for_its_own_kind_leaves_the_question_to_the_next():
    person, cloze = card("p-1"), card("e-1")
    refusals = {"p-1": "departed: a role the story's time does not hold"}
    kept = first_of_each_question([person, cloze], [cloze], lambda i: refusals.get(i.id))
    assert [i.id for i in kept] == ["e-1"]


def test_a_card_of_low_importance_leaves_the_question_to_the_next():
    person, cloze = card("p-1"), card("e-1")
    kept = first_of_each_question([person, cloze], [cloze], lambda i: None)
    assert [i.id for i in kept] == ["e-1"]


def test_a_refusal_of_the_answer_or_the_sentence_takes_the_question_with_it():
    for reason in ("peripheral: aside", "background event", "trivia: outlet told"):
        person, cloze = card("p-1", answer="Ann Doe"), card("e-1", answer="Ann Doe")
        kept = first_of_each_question([person, cloze], [cloze], lambda i, r=reason: r)
        assert kept == [], reason


def test_the_first_worth_a_card_asks_and_the_rest_are_left_out():
    first, second, other = card("a-1"), card("a-2"), card("a-3", question="Who set the fire?")
    kept = first_of_each_question([first, second, other], [first, second, other], lambda i: None)
    assert [i.id for i in kept] == ["a-1", "a-3"]
