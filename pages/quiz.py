"""Quiz: N questions from chosen decks and kinds, timed or not. Practice by default: the study
schedule is left alone unless "Count towards my schedule" is on. Each answer is marked right
or wrong with its evidence; a timed quiz counts down live and ends at zero with "Time's up"."""

import random

import streamlit as st

from quizgen.app.context import browser_learner, load_context, utc_now
from quizgen.app.markdown import escape_markdown, evidence_blocks
from quizgen.errors import QuizgenError
from quizgen.models import ITEM_KINDS
from quizgen.study.quiz import grade, pick_questions, record_answer, score, seconds_left, unanswered

ANSWER_KEYS = ("quiz_choice", "quiz_typed")


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
        "Minutes",
        min_value=0.5,
        max_value=120.0,
        value=5.0,
        step=0.5,
        key="quiz_minutes",
        disabled=not timed,
    )
    record = st.checkbox(
        "Count towards my schedule",
        key="quiz_record",
        help="Off: the quiz is practice and your study schedule stays as it is. On: right "
        "answers count as Good and wrong ones as Again (no new cards past today's limit).",
    )
    if st.button("Start quiz", type="primary"):
        questions = pick_questions([options[i] for i in chosen], kinds, int(count), random.Random())
        if not questions:
            st.error("No items match those decks and kinds.")
            return
        for key in ANSWER_KEYS:
            st.session_state.pop(key, None)
        st.session_state.quiz = {
            "questions": questions,
            "answers": [],
            "started": utc_now(),
            "limit_s": round(minutes * 60) if timed else None,
            "record": bool(record),
            "feedback": False,
            "timed_out": False,
        }
        st.rerun()


def submit(ctx, quiz, given):
    question = quiz["questions"][len(quiz["answers"])]
    answer = grade(question, given)
    quiz["answers"].append(answer)
    if quiz["record"]:
        record_answer(ctx.store, ctx.learner, answer, utc_now(), ctx.settings)
    quiz["feedback"] = True


def time_up(ctx, quiz):
    """End the quiz: a choice already made on the current question still counts."""
    if not quiz["feedback"] and len(quiz["answers"]) < len(quiz["questions"]):
        given = st.session_state.get("quiz_choice") or st.session_state.get("quiz_typed")
        if given:
            submit(ctx, quiz, given)
    quiz["answers"].extend(unanswered(quiz["questions"][len(quiz["answers"]) :]))
    quiz["timed_out"] = True
    quiz["feedback"] = False


@st.fragment(run_every=1)
def countdown(ctx):
    quiz = st.session_state.get("quiz")
    if not quiz or quiz["timed_out"] or not quiz["limit_s"]:
        return
    left = seconds_left(quiz["started"], quiz["limit_s"], utc_now())
    st.markdown(f"**Time left: {left // 60}:{left % 60:02d}**")
    if left == 0:
        time_up(ctx, quiz)
        st.rerun(scope="app")


def feedback(quiz):
    answer = quiz["answers"][-1]
    item = answer.question.item
    if answer.correct:
        st.success("Right: " + escape_markdown(item.answer))
    else:
        st.error(
            "Wrong: you said "
            + escape_markdown(answer.given or "nothing")
            + "; the answer is **"
            + escape_markdown(item.answer)
            + "**"
        )
    for quoted, caption in evidence_blocks(answer.question.deck, item):
        st.markdown(quoted)
        st.caption(caption)
    last = len(quiz["answers"]) == len(quiz["questions"])
    if st.button("See the score" if last else "Next question", type="primary", shortcut="Enter"):
        quiz["feedback"] = False
        for key in ANSWER_KEYS:
            st.session_state.pop(key, None)
        st.rerun()


def ask(ctx, quiz):
    questions, answers = quiz["questions"], quiz["answers"]
    if quiz["limit_s"]:
        countdown(ctx)
    shown = len(answers) - 1 if quiz["feedback"] else len(answers)
    question = questions[shown]
    st.progress(shown / len(questions), text=f"Question {shown + 1} of {len(questions)}")
    st.markdown("### " + escape_markdown(question.item.question))
    if quiz["feedback"]:
        feedback(quiz)
        return
    if question.options:
        given = st.radio(
            "Choose one",
            question.options,
            index=None,
            key="quiz_choice",
            format_func=escape_markdown,
        )
        if st.button("Submit answer", type="primary", disabled=given is None):
            submit(ctx, quiz, given)
            st.rerun()
        if given is None:
            st.caption("Choose an answer to submit it.")
    else:
        with st.form("quiz_typed_form", border=False):
            given = st.text_input("Your answer", key="quiz_typed")
            sent = st.form_submit_button("Submit answer", type="primary")
        if sent:
            if not given.strip():
                st.warning("Type an answer first.")
            else:
                submit(ctx, quiz, given)
                st.rerun()


def results(quiz):
    right, total = score(quiz["answers"])
    answered = sum(a.given is not None for a in quiz["answers"])
    if quiz["timed_out"]:
        st.warning(f"Time's up: {answered} of {total} questions answered.")
    st.markdown(f"## Score: {right}/{total}")
    st.caption(
        "Counted towards your study schedule."
        if quiz["record"]
        else "Practice: your study schedule is unchanged."
    )
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
    ctx = load_context(browser_learner(st))
    if not ctx.decks:
        st.info("No decks yet. Add one on the Decks page.")
        return
    quiz = st.session_state.get("quiz")
    if quiz is None:
        setup(ctx)
    elif quiz["timed_out"] or (
        len(quiz["answers"]) == len(quiz["questions"]) and not quiz["feedback"]
    ):
        results(quiz)
    else:
        ask(ctx, quiz)


try:
    main()
except QuizgenError as exc:
    st.error(escape_markdown(str(exc).splitlines()[0]))
