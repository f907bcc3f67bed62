"""One card per question, chosen among the cards worth one (round 43).

A cloze and a person card may write the same question (the sentence with the name blanked).
The deck used to keep the first written and drop the other before judging either, so when the
first was refused for its own kind's reason ("departed: a role the story's time does not
hold", a person card's), the question was lost with it. Now the first card *worth a card*
asks it — unless a card before it was refused because its answer is a peripheral person:
the answer is then not worth learning, whichever card asks it.
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


def test_a_peripheral_persons_answer_is_asked_by_no_card():
    person, cloze = card("p-1", answer="Ann Doe"), card("e-1", answer="Ann Doe")
    kept = first_of_each_question([person, cloze], [cloze], lambda i: "peripheral: aside")
    assert kept == []


def test_another_answer_is_not_held_back_by_a_peripheral_person():
    person, cloze = card("p-1", answer="Ann Doe"), card("e-1", answer="the mill")
    kept = first_of_each_question([person, cloze], [cloze], lambda i: "peripheral: aside")
    assert [i.id for i in kept] == ["e-1"]


def test_the_first_worth_a_card_asks_and_the_rest_are_left_out():
    first, second, other = card("a-1"), card("a-2"), card("a-3", question="Who set the fire?")
    kept = first_of_each_question([first, second, other], [first, second, other], lambda i: None)
    assert [i.id for i in kept] == ["a-1", "a-3"]
