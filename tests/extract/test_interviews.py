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


def test_transcript_lines_without_quotation_marks_are_their_labels_speakers(nlp):
    body = (
        "Candidates spar over a debate schedule\n\n"
        "The Walsh campaign said on Friday that it would not agree to another debate.\n\n"
        "Video transcript:\n\n"
        "PETER KLINE: Martha Delgado speaks for the senator. Welcome to the program.\n\n"
        "KLINE: Why not one more debate?\n\n"
        "MARTHA DELGADO: The senator has had six debates with her rival. She will not be bullied into a seventh.\n\n"
        "KLINE: And if the polls tighten?\n\n"
        "DELGADO: Then we will talk about it after the primary, not before.\n\n"
        "WATCH: The full exchange runs eight minutes.\n\n"
    )
    found = speakers_by_quote(body, nlp)
    # a label with a given name introduces the speaker; her surname alone labels her later lines
    assert found.get("The senator has had six debates with her rival. She will not be bullied into a seventh.") == "Martha Delgado"
    assert found.get("Then we will talk about it after the primary, not before.") == "Martha Delgado"
    # the interviewer's lines (who asks the questions) are not what a transcript is quoted for;
    # a heading names nobody
    assert "Why not one more debate?" not in found
    assert not any(q.startswith("Martha Delgado speaks") for q in found)
    assert "And if the polls tighten?" not in found
    assert not any(q.startswith("The full exchange") for q in found)


def test_a_transcript_label_takes_the_name_the_prose_gave(nlp):
    body = (
        HEADLINE + INTRO
        + "WALSH: There is enormous frustration among working families in Ohio.\n\n"
    )
    found = speakers_by_quote(body, nlp)
    assert found.get("There is enormous frustration among working families in Ohio.") == "Ann Walsh"


def test_a_heading_in_capitals_with_a_given_name_is_no_speaker(nlp):
    body = (
        "The president hosts a reception\n\n"
        "The reception for the visiting team was held outdoors on Friday.\n\n"
        "ROSE GARDEN: The lawn was set with forty tables for the guests.\n\n"
    )
    assert speakers_by_quote(body, nlp) == {}
