"""A blank after "Mr."/"Ms."/"Dr." is answered with what the article wrote there."""

from __future__ import annotations

from quizgen.items.honorific_blanks import surname_after_honorific
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
