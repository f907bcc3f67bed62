"""quizgen study app: page setup, the browser's learner profile and navigation; pages in pages/."""

import json
from urllib.parse import quote, unquote

import streamlit as st

from quizgen.app.context import LEARNER_COOKIE, pick_learner

st.set_page_config(page_title="quizgen", page_icon="📰", layout="centered")

# The profile is this browser's choice: a ?learner= link, else this session's, else the cookie.
cookie = st.context.cookies.get(LEARNER_COOKIE)
learner = pick_learner(
    st.query_params.get("learner"),
    st.session_state.get("learner"),
    unquote(cookie) if isinstance(cookie, str) else None,
)
st.session_state.learner = learner
if st.query_params.get("learner") != learner:
    st.query_params["learner"] = learner  # the link in the address bar keeps the profile
if st.session_state.get("learner_cookie") != learner:
    st.session_state.learner_cookie = learner
    # Remember it for this browser (a fixed script; the name is a checked profile name).
    st.html(
        "<script>document.cookie = "
        + json.dumps(f"{LEARNER_COOKIE}={quote(learner)}; path=/; max-age=31536000; SameSite=Lax")
        + ";</script>",
        unsafe_allow_javascript=True,
    )

navigation = st.navigation(
    [
        st.Page("pages/study.py", title="Study", icon=":material/school:", default=True),
        st.Page("pages/quiz.py", title="Quiz", icon=":material/quiz:"),
        st.Page("pages/decks.py", title="Decks", icon=":material/folder:"),
        st.Page("pages/classroom.py", title="Classroom", icon=":material/assignment:"),
        st.Page("pages/stats.py", title="Stats", icon=":material/monitoring:"),
        st.Page("pages/settings.py", title="Settings", icon=":material/settings:"),
    ]
)
navigation.run()
