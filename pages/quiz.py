"""Quiz: N multiple-choice questions from chosen decks and kinds, timed or not; each answer
also feeds the scheduler (right -> Good, wrong -> Again)."""

import random

import streamlit as st

from quizgen.app.context import load_context, utc_now
from quizgen.app.markdown import escape_markdown, evidence_blocks
from quizgen.errors import QuizgenError
from quizgen.models import ITEM_KINDS
from quizgen.study.quiz import grade, pick_questions, score
from quizgen.study.scheduling import Rating
from quizgen.study.session import record_rating


def setup(ctx):
    options = {d.deck.id: d for d in ctx.decks}
    chosen = st.multiselect(
        "Decks",
        list(options),
        default=list(options),
        format_func=lambda i: options[i].deck.title,
        key="quiz_decks",
    )
    kinds = st.multiselect("Kinds", list(ITEM_KINDS), default=list(ITEM_KINDS), key="quiz_kinds")
    count = st.number_input("Questions", min_value=1, max_value=100, value=10, key="quiz_count")
    timed = st.toggle("Timed", key="quiz_timed")
    minutes = st.number_input(
        "Minutes", min_value=1, max_value=120, value=5, key="quiz_minutes", disabled=not timed
    )
    if st.button("Start quiz", type="primary"):
        questions = pick_questions([options[i] for i in chosen], kinds, int(count), random.Random())
        if not questions:
            st.error("No items match those decks and kinds.")
            return
        st.session_state.quiz = {
            "questions": questions,
            "answers": [],
            "started": utc_now(),
            "limit_s": int(minutes) * 60 if timed else None,
        }
        st.rerun()


def ask(ctx, quiz):
    questions, answers = quiz["questions"], quiz["answers"]
    question = questions[len(answers)]
    elapsed = (utc_now() - quiz["started"]).total_seconds()
    if quiz["limit_s"]:
        st.caption(
            f"Time left: {max(0, int(quiz['limit_s'] - elapsed)) // 60}:"
            f"{max(0, int(quiz['limit_s'] - elapsed)) % 60:02d}"
        )
    st.progress(
        len(answers) / len(questions), text=f"Question {len(answers) + 1} of {len(questions)}"
    )
    st.markdown("### " + escape_markdown(question.item.question))
    if question.options:
        given = st.radio(
            "Choose one",
            question.options,
            index=None,
            key="quiz_choice",
            format_func=escape_markdown,
        )
    else:
        given = st.text_input("Your answer", key="quiz_typed")
    if st.button("Submit answer", type="primary"):
        now = utc_now()
        if quiz["limit_s"] and (now - quiz["started"]).total_seconds() > quiz["limit_s"]:
            # Time is up: this and the remaining questions count as unanswered.
            answers.extend(grade(q, None) for q in questions[len(answers) :])
        else:
            result = grade(question, given)
            answers.append(result)
            record_rating(
                ctx.store,
                ctx.learner,
                question.deck.deck.id,
                question.item.id,
                Rating.Good if result.correct else Rating.Again,
                now,
                ctx.settings,
            )
        for key in ("quiz_choice", "quiz_typed"):
            st.session_state.pop(key, None)
        st.rerun()


def results(quiz):
    right, total = score(quiz["answers"])
    st.markdown(f"## Score: {right}/{total}")
    wrong = [a for a in quiz["answers"] if not a.correct]
    if wrong:
        st.markdown("#### To review")
    for answer in wrong:
        item = answer.question.item
        with st.expander(escape_markdown(item.question)):
            given = "no answer" if not answer.given else answer.given
            st.markdown(
                "You said: "
                + escape_markdown(given)
                + " · Answer: **"
                + escape_markdown(item.answer)
                + "**"
            )
            for quoted, caption in evidence_blocks(answer.question.deck, item):
                st.markdown(quoted)
                st.caption(caption)
    if st.button("New quiz"):
        st.session_state.pop("quiz", None)
        st.rerun()


def main():
    st.title("Quiz")
    ctx = load_context()
    if not ctx.decks:
        st.info("No decks yet. Add one on the Decks page.")
        return
    quiz = st.session_state.get("quiz")
    if quiz is None:
        setup(ctx)
    elif len(quiz["answers"]) < len(quiz["questions"]):
        ask(ctx, quiz)
    else:
        results(quiz)


try:
    main()
except QuizgenError as exc:
    st.error(escape_markdown(str(exc).splitlines()[0]))
