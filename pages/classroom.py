"""Classroom: pick items from the decks, preview and reword them, download a quiz."""

import random

import streamlit as st

from quizgen.app.markdown import escape_markdown
from quizgen.deck.library import decks_dir
from quizgen.errors import QuizgenError
from quizgen.export import classroom
from quizgen.export.platforms import PLATFORMS, pick_for_platform
from quizgen.export.render import FORMATS
from quizgen.export.selection import make_quiz, pick_items
from quizgen.models import ITEM_KINDS

st.title("Classroom quiz")
SHOWN = 30  # left-out questions listed at most

decks, problems = classroom.load_decks()
for problem in problems:
    st.error(escape_markdown(problem))
if not decks:
    st.info(escape_markdown(f"No decks in {decks_dir()}.") + " Make one with `quizgen generate`.")
    st.stop()

deck_titles = {d.deck.id: d.deck.title for d in decks}
chosen_ids = st.multiselect(
    "Decks", list(deck_titles), default=list(deck_titles), format_func=deck_titles.get
)
chosen = [d for d in decks if d.deck.id in chosen_ids]
if not chosen:
    st.info("Choose at least one deck.")
    st.stop()

sources = classroom.source_options(chosen)
left, right = st.columns(2)
kinds = left.multiselect("Kinds", ITEM_KINDS)
tags = right.multiselect("Tags", classroom.tag_options(chosen))
source_ids = st.multiselect("Sources", list(sources), format_func=sources.get)
fmt = st.selectbox(
    "Format", FORMATS, format_func=classroom.FORMAT_LABELS.get, key="classroom-format"
)
left, middle, right = st.columns(3)
count = left.number_input("Questions", min_value=1, max_value=500, value=20)
if "classroom-seed" not in st.session_state:  # a fresh draw for every teacher; the key prints it
    st.session_state["classroom-seed"] = random.SystemRandom().randrange(1_000_000)
seed = middle.number_input("Seed (same seed, same quiz)", min_value=0, key="classroom-seed")
versions = right.number_input("Versions", min_value=1, max_value=10, value=1)
title = st.text_input("Quiz title", value=" + ".join(d.deck.title for d in chosen))

filters = {"kinds": kinds, "tags": tags, "sources": source_ids}
wording = {}
try:
    if fmt in PLATFORMS:  # draw among the questions the platform takes
        picked, wording, note = pick_for_platform(
            chosen, fmt, count=int(count), seed=int(seed), **filters
        )
        if note:
            st.info(escape_markdown(note))
    else:
        picked = pick_items(chosen, **filters, count=int(count), seed=int(seed))
except QuizgenError as exc:
    st.error(escape_markdown(str(exc)))
    st.stop()

gone = classroom.left_out(chosen, fmt, **filters)
if gone:
    platform = PLATFORMS[fmt].name
    with st.expander(
        f"Left out for {platform}: {len(gone)} questions (reword one to bring it back)"
    ):
        for entry in gone[:SHOWN]:
            st.markdown(escape_markdown(entry.question))
            st.caption(escape_markdown(f"Left out: {entry.reason}"))
            if entry.limit:
                text = st.text_area(
                    f"Wording for {platform}", value=entry.question, key=f"fix-{entry.key}"
                )
                st.caption(classroom.character_count(text, entry.limit))
                if text.strip() and not classroom.rewording_fits(chosen, fmt, entry, text):
                    if entry.picked not in picked:
                        picked.append(entry.picked)
                    wording[entry.picked.item_id] = text.strip()
                    st.success("Back in the quiz.")
        if len(gone) > SHOWN:
            st.caption(f"… and {len(gone) - SHOWN} more.")

keep = []
with st.expander(f"Pick and reword the {len(picked)} questions (this quiz only)"):
    for view, item in zip(classroom.item_views(chosen, picked), picked):
        if st.checkbox(
            escape_markdown(f"{view.kind}: {view.question}"), value=True, key=f"use-{view.key}"
        ):
            keep.append(item)
        shown = wording.get(view.item_id, view.question)
        text = st.text_input(
            "Wording", value=shown, key=f"wording-{view.key}", label_visibility="collapsed"
        )
        if text.strip() and text != shown:
            wording[view.item_id] = text
if not keep:
    st.info("Tick at least one question.")
    st.stop()

try:
    quiz = make_quiz(
        chosen,
        keep,
        title=title.strip() or None,
        versions=int(versions),
        seed=int(seed),
        wording=wording,
    )
except QuizgenError as exc:
    st.error(escape_markdown(str(exc)))
    st.stop()

st.subheader("Preview")
shown = st.selectbox("Version", [v.number for v in quiz.versions]) if len(quiz.versions) > 1 else 1
st.dataframe(classroom.preview_rows(quiz.versions[shown - 1]), hide_index=True)

st.subheader("Download")
time_limit = None
if fmt in classroom.TIME_LIMITS:
    allowed = classroom.TIME_LIMITS[fmt]
    time_limit = st.selectbox("Seconds per question", allowed, index=allowed.index(20))
try:
    files, warnings = classroom.downloads(quiz, fmt, time_limit=time_limit)
except QuizgenError as exc:
    st.error(escape_markdown(str(exc)))
    st.stop()
for warning in warnings:
    st.warning(escape_markdown(warning))
for file in files:
    st.download_button(
        file.label,
        data=file.data,
        file_name=file.file_name,
        mime=file.mime,
        key=f"dl-{file.file_name}",
    )
