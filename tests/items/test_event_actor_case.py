"""An actor asked inside a question is written as inside a sentence: a description that opened
its sentence loses the capital of its first word."""

from __future__ import annotations

from tests.articles import deck_of_text

TITLE = "China weighs tariff response"


def _questions(nlp, text: str) -> list[str]:
    deck = deck_of_text(nlp, text, events=True, date="2017-08-10", title=TITLE)
    return [i.question for i in deck.items if i.kind == "event"]


def test_a_description_that_opened_its_sentence_is_asked_in_lower_case(nlp):
    text = (
        "China is weighing how to respond to the new tariffs, officials said on Monday.\n\n"
        "One Beijing-based Asian diplomat said China was also distracted by a protracted border dispute with India.\n\n"
        "The talks resume in March."
    )
    asked = [q for q in _questions(nlp, text) if "Beijing-based" in q]
    assert asked and all("one Beijing-based Asian diplomat" in q for q in asked)
    assert not [q for q in asked if "One Beijing" in q]
