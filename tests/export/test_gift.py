"""GIFT read back by a strict parser: nasty text round-trips, types survive."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.export.gift import GiftSyntaxError, escape_gift, export_gift, parse_gift
from quizgen.export.selection import Quiz, QuizQuestion, QuizVersion, make_quiz, pick_items
from tests.deck_factory import NASTY, make_deck
from tests.export.moodle_gift import matches, read_gift


def _quiz(**kwargs):
    deck = make_deck()
    return make_quiz([deck], pick_items([deck]), seed=3, **kwargs)


def test_every_question_reads_back_with_its_type_and_answers():
    quiz = _quiz()
    version = quiz.versions[0]
    parsed = parse_gift(export_gift(quiz, version).decode("utf-8"))
    assert len(parsed) == len(version.questions)
    for q, g in zip(version.questions, parsed):
        assert g.category == "quizgen/Nasty “news” & <tests>"
        assert g.title == f"Q{version.questions.index(q) + 1} {q.item_id}"
        assert g.text == q.prompt
        assert g.type == q.type
        if q.type == "multiple_choice":
            assert g.answers == [(i == q.correct, c) for i, c in enumerate(q.choices)]
        elif q.type == "short_answer":
            assert g.answers == [(True, a) for a in q.accept]
        elif q.type == "true_false":
            assert g.truth is True
        elif isinstance(q.value, tuple):
            assert g.value == (40.0, 60.0)
        else:
            assert (g.value, g.tolerance) == (3000.0, 0.0)


def test_nasty_text_is_escaped_on_the_wire():
    quiz = _quiz()
    text = export_gift(quiz, quiz.versions[0]).decode("utf-8")
    assert "\\~priority\\~ \\= \\\\path" in text
    assert "\\{mission\\}\\:" in text
    assert "<script>" in text  # plain text in a [plain] question: Moodle shows it, never runs it
    assert "[plain]" in text


def _short(prompt: str, answer: str) -> Quiz:
    q = QuizQuestion(
        item_id="x",
        kind="quote",
        type="short_answer",
        prompt=prompt,
        answer=answer,
        accept=(answer,),
    )
    return Quiz("t", 0, (QuizVersion(1, (q,)),))


@settings(max_examples=150, deadline=None)
@given(
    prompt=st.text(
        alphabet=st.sampled_from(list("ab ~=#{}:\\\n[]“”–é\t"))
        | st.characters(exclude_categories=("Cs",)),
        min_size=1,
    ),
    answer=st.text(alphabet=st.sampled_from(list("ab~=#{}:\\[]*\n->%")), min_size=1)
    .map(str.strip)
    .filter(bool),
)
def test_escaping_round_trips_any_text(prompt, answer):
    prompt = prompt.replace("\r", "\n")
    quiz = _short(prompt, answer)
    (parsed,) = parse_gift(export_gift(quiz, quiz.versions[0]).decode("utf-8"))
    assert parsed.text == prompt
    assert parsed.type == "short_answer"  # a stray ~ would have made it multiple choice
    assert parsed.answers == [(True, answer)]
    (moodle,) = read_gift(export_gift(quiz, quiz.versions[0]).decode("utf-8"))
    assert moodle.qtype == "shortanswer" and moodle.fractions == [1.0]
    assert matches(answer, moodle.answers[0])


def test_escape_covers_every_special_character():
    assert escape_gift(NASTY).count("\\") >= 8
    assert escape_gift("a\nb\\") == "a\\nb\\\\"


@pytest.mark.parametrize(
    "bad",
    [
        "::t::[plain]Who? {\n=a~b\n}",  # the bug Moodle hides: ~ turns it into multiple choice
        "::t::[plain]Who: me? {\n=a\n}",  # unescaped colon in the text
        "::t::[plain]Who? {\n=a*\n}",  # a bare * is a wildcard in Moodle short answers
        "::t::[plain]Who? {\n=a\\q\n}",  # unknown escape
        "::t::[plain]Who? {\n=a\n",  # no closing brace
        "Who? {=a}",  # no title
    ],
)
def test_strict_parser_rejects_unescaped_text(bad):
    with pytest.raises(GiftSyntaxError):
        parse_gift(bad)


# --- what Moodle itself makes of it (a port of its parser: tests/export/moodle_gift.py) ------


def test_moodle_reads_every_question_with_its_type_answers_and_feedback():
    quiz = _quiz()
    version = quiz.versions[0]
    read = read_gift(export_gift(quiz, version).decode("utf-8"))
    assert len(read) == len(version.questions)
    qtypes = {
        "multiple_choice": "multichoice",
        "true_false": "truefalse",
        "short_answer": "shortanswer",
        "numerical": "numerical",
    }
    for q, m in zip(version.questions, read):
        assert m.qtype == qtypes[q.type]
        assert m.text == q.prompt.strip()
        assert m.general_feedback == q.feedback and "Source: " in m.general_feedback
        if q.type == "multiple_choice":
            assert m.answers == list(q.choices)
            assert m.fractions == [float(i == q.correct) for i in range(len(q.choices))]
        elif q.type == "short_answer":
            assert all(matches(a, pattern) for a, pattern in zip(q.accept, m.answers))
            assert m.fractions == [1.0] * len(q.accept)


@pytest.mark.parametrize("answer", ["a->b", "%50% off", "%5% -> %6%", "x"])
def test_moodle_reads_arrows_and_percent_signs_as_short_answer_text(answer):
    quiz = _short("Which one?", answer)
    (m,) = read_gift(export_gift(quiz, quiz.versions[0]).decode("utf-8"))
    assert m.qtype == "shortanswer"  # "->" would have made it Matching
    assert m.fractions == [1.0]  # "%50%" would have been a half-credit weight
    (pattern,) = m.answers
    assert matches(answer, pattern)  # what the student types earns the mark


def test_moodle_reads_a_percent_choice_as_text_not_weight():
    q = QuizQuestion(
        item_id="x",
        kind="number",
        type="multiple_choice",
        prompt="How much?",
        answer="%10% off",
        choices=("%50% off", "%10% off", "-> none"),
        correct=1,
    )
    quiz = Quiz("t", 0, (QuizVersion(1, (q,)),))
    (m,) = read_gift(export_gift(quiz, quiz.versions[0]).decode("utf-8"))
    assert m.qtype == "multichoice"
    assert m.answers == list(q.choices) and m.fractions == [0.0, 1.0, 0.0]
