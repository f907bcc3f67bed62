"""Stats: reviews per day, true retention, 30-day due forecast, per-deck mastery, streak.

Every chart names its axes in plain words; the retention chart draws the same reviews the
figure above it counts (days without reviews of cards in review have no bar).
"""

import altair as alt
import pandas as pd
import streamlit as st

from quizgen.app.context import browser_learner, load_context
from quizgen.app.markdown import escape_markdown
from quizgen.errors import QuizgenError
from quizgen.study.stats import current_streak, due_forecast, mastery, reviews_by_day


def plural(n, word):
    return f"{n} {word}{'' if n == 1 else 's'}"


WHOLE = alt.Axis(format="d", tickMinStep=1)  # counts of cards: no 0.5 ticks


def as_datetime(day):
    return alt.DateTime(year=day.year, month=day.month, date=day.day)


def bars(frame, x, y, x_title, y_title, **encode):
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X(x, title=x_title),
            y=alt.Y(y, title=y_title, axis=WHOLE),
            tooltip=[alt.Tooltip(x, title=x_title), alt.Tooltip(y, title=y_title)],
            **encode,
        )
    )


def main():
    st.title("Stats")
    ctx = load_context(browser_learner(st))
    days = reviews_by_day(ctx.store, ctx.learner, ctx.now, days=30)
    cols = st.columns(3)
    days_in_row = current_streak(ctx.store, ctx.learner, ctx.now)
    cols[0].metric("Streak", plural(days_in_row, "day"))
    cols[1].metric("Reviews (30 days)", sum(d.reviews for d in days))
    mature = sum(d.mature_reviews for d in days)
    recalled = sum(d.recalled for d in days)
    cols[2].metric("True retention", f"{recalled / mature:.0%}" if mature else "–")

    st.subheader("Reviews per day")
    frame = pd.DataFrame({"day": [d.day for d in days], "reviews": [d.reviews for d in days]})
    st.altair_chart(bars(frame, "day:T", "reviews:Q", "Day", "Cards reviewed"), width="stretch")

    st.subheader("True retention")
    if mature:
        st.caption(
            f"Of {plural(mature, 'review')} of cards already learned (not new or learning) in "
            f"the last 30 days, {recalled} {'was' if recalled == 1 else 'were'} recalled: "
            f"{recalled / mature:.0%}. "
            "One bar per day with such reviews."
        )
        rows = [d for d in days if d.mature_reviews]
        frame = pd.DataFrame(
            {
                "day": [d.day for d in rows],
                "recalled": [d.retention for d in rows],
                "reviews": [d.mature_reviews for d in rows],
            }
        )
        chart = (
            alt.Chart(frame)
            .mark_bar()
            .encode(
                x=alt.X(
                    "day:T",
                    title="Day",
                    # The same 30 days as the chart above, even with one bar.
                    scale=alt.Scale(domain=[as_datetime(days[0].day), as_datetime(days[-1].day)]),
                ),
                y=alt.Y(
                    "recalled:Q",
                    title="Share recalled",
                    axis=alt.Axis(format="%"),
                    scale=alt.Scale(domain=[0, 1]),
                ),
                tooltip=[
                    alt.Tooltip("day:T", title="Day"),
                    alt.Tooltip("recalled:Q", title="Share recalled", format=".0%"),
                    alt.Tooltip("reviews:Q", title="Reviews of learned cards"),
                ],
            )
        )
        st.altair_chart(chart, width="stretch")
    else:
        st.info("No reviews of learned cards yet: retention shows once cards come back for review.")

    st.subheader("Due in the next 30 days")
    forecast = due_forecast(ctx.store, ctx.learner, ctx.decks, ctx.now, days=30)
    frame = pd.DataFrame({"day": [d for d, _ in forecast], "cards": [n for _, n in forecast]})
    st.altair_chart(bars(frame, "day:T", "cards:Q", "Day", "Cards due"), width="stretch")

    st.subheader("Mastery per deck")
    rows = mastery(ctx.store, ctx.learner, ctx.decks, ctx.now)
    if rows:
        frame = pd.DataFrame(rows).melt(id_vars="deck", var_name="stage", value_name="cards")
        frame["stage"] = frame["stage"].map(
            {"new": "New", "young": "Learning or young", "mature": "Mature (21+ days)"}
        )
        chart = (
            alt.Chart(frame)
            .mark_bar()
            .encode(
                y=alt.Y("deck:N", title="Deck"),
                x=alt.X("cards:Q", title="Cards", axis=WHOLE),
                color=alt.Color("stage:N", title="Stage"),
                tooltip=[
                    alt.Tooltip("deck:N", title="Deck"),
                    alt.Tooltip("stage:N", title="Stage"),
                    alt.Tooltip("cards:Q", title="Cards"),
                ],
            )
        )
        st.altair_chart(chart, width="stretch")
    else:
        st.info("No decks yet.")


try:
    main()
except QuizgenError as exc:
    st.error(escape_markdown(str(exc).splitlines()[0]))
