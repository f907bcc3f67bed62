"""A blank after "Mr."/"Ms."/"Dr." is answered with what the article wrote there."""

from __future__ import annotations

from quizgen.extract.name_lists import gender_of
from quizgen.items.honorific_blanks import (
    honorific_disagrees,
    surname_after_honorific,
    titled_aliases,
    untitled_blank,
)
from quizgen.models import Evidence, QuoteItem

SENTENCE = "Mr. Peck said the talks with the union would resume on Monday."


def _item(question: str, answer: str, text: str = SENTENCE, **extra) -> QuoteItem:
    return QuoteItem(
        id="q-000000000001",
        question=question,
        answer=answer,
        style="cloze",
        quote="resume",
        evidence=[Evidence(source="a1", start=0, end=len(text), text=text)],
        **extra,
    )


def test_the_blank_after_mr_asks_the_surname_and_accepts_the_full_name():
    item = surname_after_honorific(_item("Mr. ____ said the talks with the union would resume on Monday.", "Robert Peck", accept=["Peck"]))
    assert item.answer == "Peck"
    assert item.accept == ["Robert Peck"]


def test_choices_become_surnames_with_the_answer_among_them():
    item = surname_after_honorific(_item(
        "Mr. ____ said the talks with the union would resume on Monday.", "Robert Peck",
        choices=["Robert Peck", "Harold Vinter", "Joseph R. Biden Jr."],
    ))
    assert item.answer == "Peck"
    assert item.choices == ["Peck", "Vinter", "Biden"]


def test_choices_sharing_a_surname_keep_the_full_names():
    item = surname_after_honorific(_item(
        "Mr. ____ said the talks with the union would resume on Monday.", "Robert Peck",
        choices=["Robert Peck", "Alan Peck", "Harold Vinter"],
    ))
    assert item.answer == "Robert Peck"


def test_a_full_name_the_sentence_wrote_stays_the_answer():
    text = "Sen. Robert Peck said the talks with the union would resume on Monday."
    item = surname_after_honorific(_item("Sen. ____ said the talks with the union would resume on Monday.", "Robert Peck", text=text))
    assert item.answer == "Robert Peck"
    text = "Mr. Robert Peck said the talks with the union would resume on Monday."
    item = surname_after_honorific(_item("Mr. ____ said the talks with the union would resume on Monday.", "Robert Peck", text=text))
    assert item.answer == "Robert Peck"


def test_a_patronymic_among_the_choices_keeps_the_full_names():
    item = surname_after_honorific(_item(
        "Mr. ____ said the talks with the union would resume on Monday.", "Robert Peck",
        choices=["Robert Peck", "Khalid bin Rashid", "Harold Vinter"],
    ))
    assert item.answer == "Robert Peck"


# issue 11: the honorific before a blank gives the answer away, or one of the other gender is accepted

STORY = (
    "Helen Ames, the mayor of Dunmore, defended the new bridge on Tuesday. "
    "Mrs. Ames said the plan was sound and would be finished before the winter floods. "
    "Her husband, Mr. Ames, runs the town's hardware store. "
    "Councilman Victor Hale said the bridge would cost far more than the town had been told."
)


def test_the_storys_only_mrs_is_asked_without_her_title():
    question = "Mrs. ____ said the plan was sound and would be finished before the winter floods."
    item = untitled_blank(_item(question, "Helen Ames", text=STORY), STORY, gender_of)
    assert item.question == "____ said the plan was sound and would be finished before the winter floods."
    assert item.answer == "Helen Ames"


def test_a_mrs_among_men_as_choices_is_asked_without_her_title():
    story = STORY + " Mrs. Hale, the councilman's wife, said nothing."
    question = "Mrs. ____ said the plan was sound and would be finished before the winter floods."
    choices = ["Helen Ames", "Victor Hale", "Paul Ames"]
    item = untitled_blank(_item(question, "Helen Ames", text=STORY, choices=choices), story, gender_of)
    assert item.question.startswith("____ said")
    # women only among the choices, and another "Mrs." in the story: the title tells nothing
    choices = ["Helen Ames", "Ann Hale", "Mary Cole"]
    kept = untitled_blank(_item(question, "Helen Ames", text=STORY, choices=choices), story, gender_of)
    assert kept.question == question


def test_an_honorific_of_the_other_gender_is_no_accepted_answer():
    item = titled_aliases(
        _item("____ said the plan was sound.", "Helen Ames", text=STORY, accept=["Ames", "Mr. Ames", "Mrs. Ames", "Mayor Ames"]),
        gender_of,
    )
    assert item.accept == ["Ames", "Mrs. Ames", "Mayor Ames"]



def test_a_blank_after_an_honorific_of_the_other_gender_than_the_answer_makes_no_card():
    genders = {"Robert Peck": "m", "Hillary Clinton": "f", "Bill Clinton": "m"}.get
    text = "Mrs. Clinton said the talks would resume on Monday."

    def gender(name: str) -> str:
        return genders(name) or "?"

    question = "Mrs. ____ said the talks would resume on Monday."
    assert honorific_disagrees(_item(question, "Bill Clinton", text), gender)
    assert not honorific_disagrees(_item(question, "Hillary Clinton", text), gender)
    # an accepted form naming a man is as wrong as the answer
    assert honorific_disagrees(_item(question, "Hillary Clinton", text, accept=["Bill Clinton"]), gender)
    assert not honorific_disagrees(_item(question, "Pat Lowe", text), gender)  # unknown: the card stays
