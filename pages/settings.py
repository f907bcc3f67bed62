"""Settings: the learner profile and their scheduling targets."""

import streamlit as st

from quizgen.app.context import load_context
from quizgen.app.markdown import escape_markdown
from quizgen.errors import QuizgenError
from quizgen.study.learner import LearnerSettings
from quizgen.study.store import default_data_dir


def main():
    st.title("Settings")
    ctx = load_context()
    store = ctx.store

    st.subheader("Learner profile")
    learners = store.learners()
    if ctx.learner not in learners:
        learners.append(ctx.learner)
    picked = st.selectbox(
        "Studying as", learners, index=learners.index(ctx.learner), key="set_learner"
    )
    if picked != ctx.learner:
        store.set_active_learner(picked)
        st.rerun()
    new_name = st.text_input("New profile name", key="new_profile")
    if st.button("Add profile"):
        try:
            name = store.add_learner(new_name, ctx.now)
        except ValueError as exc:
            st.error(escape_markdown(str(exc)))
        else:
            store.set_active_learner(name)
            st.session_state.pop("set_learner", None)
            st.rerun()

    st.subheader(f"Study settings for {escape_markdown(ctx.learner)}")
    s = ctx.settings
    with st.form("settings"):
        retention = st.slider(
            "Desired retention",
            0.70,
            0.99,
            float(s.desired_retention),
            0.01,
            key="set_retention",
            help="The chance of remembering a card when it comes due. Higher means more reviews.",
        )
        new_limit = st.number_input(
            "New cards per day", 0, 1000, int(s.daily_new_limit), key="set_new_limit"
        )
        max_interval = st.number_input(
            "Maximum interval (days)", 1, 36500, int(s.maximum_interval), key="set_max_interval"
        )
        if st.form_submit_button("Save settings", type="primary"):
            store.save_settings(
                ctx.learner,
                LearnerSettings(
                    desired_retention=round(retention, 2),
                    daily_new_limit=int(new_limit),
                    maximum_interval=int(max_interval),
                    enable_fuzzing=s.enable_fuzzing,
                ),
                ctx.now,
            )
            st.success("Settings saved.")
    st.caption(
        escape_markdown(
            f"Progress is stored in {store.path} (set QUIZGEN_DATA_DIR to move it; "
            f"default {default_data_dir()})."
        )
    )


try:
    main()
except QuizgenError as exc:
    st.error(escape_markdown(str(exc).splitlines()[0]))
