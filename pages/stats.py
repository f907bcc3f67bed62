"""Stats: reviews per day, true retention, 30-day due forecast, per-deck mastery, streak."""

import pandas as pd
import streamlit as st

from quizgen.app.context import load_context
from quizgen.app.markdown import escape_markdown
from quizgen.errors import QuizgenError
from quizgen.study.stats import current_streak, due_forecast, mastery, reviews_by_day


def main():
    st.title("Stats")
    ctx = load_context()
    days = reviews_by_day(ctx.store, ctx.learner, ctx.now, days=30)
    cols = st.columns(3)
    days_in_row = current_streak(ctx.store, ctx.learner, ctx.now)
    cols[0].metric("Streak", f"{days_in_row} day{'' if days_in_row == 1 else 's'}")
    cols[1].metric("Reviews (30 days)", sum(d.reviews for d in days))
    mature = sum(d.mature_reviews for d in days)
    cols[2].metric(
        "True retention", f"{sum(d.recalled for d in days) / mature:.0%}" if mature else "–"
    )

    st.subheader("Reviews per day")
    st.bar_chart(
        pd.DataFrame({"day": [d.day for d in days], "reviews": [d.reviews for d in days]}),
        x="day",
        y="reviews",
    )

    st.subheader("True retention")
    st.caption("Share of cards in review (not new or learning) that were recalled, per day.")
    st.line_chart(
        pd.DataFrame({"day": [d.day for d in days], "retention": [d.retention for d in days]}),
        x="day",
        y="retention",
    )

    st.subheader("Due in the next 30 days")
    forecast = due_forecast(ctx.store, ctx.learner, ctx.decks, ctx.now, days=30)
    st.bar_chart(
        pd.DataFrame({"day": [d for d, _ in forecast], "cards": [n for _, n in forecast]}),
        x="day",
        y="cards",
    )

    st.subheader("Mastery per deck")
    rows = mastery(ctx.store, ctx.learner, ctx.decks, ctx.now)
    if rows:
        st.bar_chart(pd.DataFrame(rows), x="deck", y=["new", "young", "mature"], horizontal=True)
    else:
        st.info("No decks yet.")


try:
    main()
except QuizgenError as exc:
    st.error(escape_markdown(str(exc).splitlines()[0]))
