"""Interviews: who asked and who answered. A question is the interviewer's words, never the
interviewee's; a transcript line's label ("MAHER:", "Q:") says whose words follow."""

from __future__ import annotations

from tests.quote_helpers import speakers_by_quote

HEADLINE = "Senator talks taxes on late-night show\n\n"
INTRO = (
    "Senator Ann Walsh of Ohio sat down with the talk-show host Peter Kline on Friday night, "
    "a week before the primary.\n\n"
)


def test_transcript_labels_give_each_line_its_speaker(nlp):
    body = (
        HEADLINE + INTRO
        + "KLINE: “Has the story about your taxes moved a little bit, has it not?”\n\n"
        + "WALSH: “It has. But there is enormous frustration among working families.”\n\n"
    )
    found = speakers_by_quote(body, nlp)
    assert found.get("It has. But there is enormous frustration among working families.") == "Ann Walsh"
    assert found.get("Has the story about your taxes moved a little bit, has it not?") in (None, "Peter Kline")


def test_the_interviewers_label_is_not_the_guests_quote(nlp):
    body = (
        HEADLINE + INTRO
        + "Q: “Do you regret the vote on the budget last spring?”\n\n"
        + "WALSH: “Not for a second. It was the right vote for Ohio.”\n\n"
    )
    found = speakers_by_quote(body, nlp)
    assert "Do you regret the vote on the budget last spring?" not in found
    assert found.get("Not for a second. It was the right vote for Ohio.") == "Ann Walsh"


def test_a_question_put_to_someone_is_the_askers(nlp):
    body = (
        HEADLINE + INTRO
        + "Walsh was asked by Kline, who has backed her in the past, “Has the story about your "
        "taxes moved a little bit, has it not?”\n\n"
    )
    found = speakers_by_quote(body, nlp)
    assert found.get("Has the story about your taxes moved a little bit, has it not?") in (None, "Peter Kline")


def test_he_said_after_a_question_is_the_answer_of_the_one_asked(nlp):
    body = (
        "Governor releases his medical records\n\n"
        "Governor Daniel Ortiz will release his medical records next week, his campaign said.\n\n"
        "Last month, the reporter Samuel Brandt asked Ortiz whether questions about his health "
        "and age were fair game in the campaign.\n\n"
        "“Sure it is. I cannot remember the last day I took off because of illness,” he said.\n\n"
    )
    found = speakers_by_quote(body, nlp)
    assert found.get("Sure it is. I cannot remember the last day I took off because of illness") == "Daniel Ortiz"
