"""A quoted question put to a person ("X was asked by Y, “…?”") is never credited to X, whatever
other verb of the sentence the parse gives it to."""

from __future__ import annotations

from tests.quote_helpers import speakers_by_quote

HEADLINE = "Walsh talks loans\n\n"
ASKED = (
    "Walsh was asked by host Anna Kline, who is backing Walsh, but has previously dismissed the "
    "story about the mayor’s loans, “Now, you famously said, in one of the first debates with the "
    "mayor, oh, I’m tired of hearing about the loans. And you know, I still don’t think he did "
    "anything wrong, but that story has moved a little bit, has it not?”"
)
ANSWER = "\n\n“It has,” Walsh responded."


def test_a_question_put_to_the_subject_of_a_passive_ask_is_not_theirs(nlp):
    # The parse makes "dismissed" a conjunct of "asked", sharing its subject Walsh.
    speakers = speakers_by_quote(HEADLINE + ASKED + ANSWER, nlp)
    assert "Walsh" not in {s for q, s in speakers.items() if q.startswith("Now, you famously")}


def test_the_answer_stays_with_the_one_asked(nlp):
    speakers = speakers_by_quote(HEADLINE + ASKED + ANSWER, nlp)
    assert speakers.get("It has") == "Walsh"


def test_words_after_a_passive_ask_that_are_no_question_stay_the_subjects(nlp):
    text = HEADLINE + "Walsh was asked about the loans and said, “That story has moved a little bit.”"
    assert speakers_by_quote(text, nlp) == {"That story has moved a little bit.": "Walsh"}
