"""quizgen study app: page setup and navigation; the pages live in pages/ (each picks this
browser's learner profile itself, with quizgen.app.context.browser_learner)."""

import streamlit as st

st.set_page_config(page_title="quizgen", page_icon="📰", layout="centered")

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
