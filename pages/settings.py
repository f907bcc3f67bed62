"""Settings: this browser's learner profile and that profile's scheduling targets."""

import streamlit as st

from quizgen.app.context import browser_learner, load_context
from quizgen.app.markdown import escape_markdown
from quizgen.errors import QuizgenError
from quizgen.study.learner import LearnerSettings
from quizgen.study.store import default_data_dir


def use_learner(name):
    """Study as ``name`` in this browser (session, the ?learner= link and, via app.py, a cookie)."""
    st.session_state.learner = name
    st.query_params["learner"] = name


def profile(ctx):
    st.subheader("Learner profile")
    learners = ctx.store.learners()
    if ctx.learner not in learners:
        learners.append(ctx.learner)
    picked = st.selectbox(
        "Studying as",
        learners,
        index=learners.index(ctx.learner),
        key=f"set_learner_{ctx.learner}",
        help="This browser's profile. Other browsers keep their own; "
        "a link ending in ?learner=NAME opens a profile.",
    )
    if picked != ctx.learner:
        use_learner(picked)
        st.rerun()
    new_name = st.text_input("New profile name", key="new_profile")
    if st.button("Add profile"):
        try:
            name = ctx.store.add_learner(new_name, ctx.now)
        except ValueError as exc:
            st.error(escape_markdown(str(exc)))
        else:
            use_learner(name)
            st.rerun()


def targets(ctx):
    st.subheader(f"Study settings for {escape_markdown(ctx.learner)}")
    s = ctx.settings
    # Widget keys carry the profile name, so each profile's form shows and saves its own values.
    key = ctx.learner
    with st.form(f"settings_{key}"):
        retention = st.slider(
            "Desired retention",
            0.70,
            0.99,
            float(s.desired_retention),
            0.01,
            key=f"set_retention_{key}",
            help="The chance of remembering a card when it comes due. Higher means more reviews.",
        )
        new_limit = st.number_input(
            "New cards per day", 0, 1000, int(s.daily_new_limit), key=f"set_new_limit_{key}"
        )
        max_interval = st.number_input(
            "Maximum interval (days)",
            1,
            36500,
            int(s.maximum_interval),
            key=f"set_max_interval_{key}",
        )
        if st.form_submit_button("Save settings", type="primary"):
            ctx.store.save_settings(
                ctx.learner,
                LearnerSettings(
                    desired_retention=round(retention, 2),
                    daily_new_limit=int(new_limit),
                    maximum_interval=int(max_interval),
                    enable_fuzzing=s.enable_fuzzing,
                ),
                ctx.now,
            )
            st.success(escape_markdown(f"Settings saved for {ctx.learner}."))


def main():
    st.title("Settings")
    ctx = load_context(browser_learner(st))
    profile(ctx)
    targets(ctx)
    st.caption(
        escape_markdown(
            f"Progress is stored in {ctx.store.path} (set QUIZGEN_DATA_DIR to move it; "
            f"default {default_data_dir()})."
        )
    )


try:
    main()
except QuizgenError as exc:
    st.error(escape_markdown(str(exc).splitlines()[0]))
