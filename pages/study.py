"""Study: due cards first, then new ones; type an answer or reveal; rate Again/Hard/Good/Easy."""

import streamlit as st

from quizgen.app.context import load_context, utc_now
from quizgen.app.markdown import escape_markdown, evidence_blocks
from quizgen.errors import QuizgenError
from quizgen.study.answers import check_answer
from quizgen.study.scheduling import RATINGS
from quizgen.study.session import button_labels, next_card, record_rating, study_card, today_counts


def show_evidence(deck, item):
    for quoted, caption in evidence_blocks(deck, item):
        st.markdown(quoted)
        st.caption(caption)


def rate(ctx, card, rating):
    started = st.session_state.get("study_shown_at")
    now = utc_now()
    duration = int((now - started).total_seconds() * 1000) if started else None
    record_rating(
        ctx.store,
        ctx.learner,
        card.deck_id,
        card.item.id,
        rating,
        now,
        ctx.settings,
        duration_ms=duration,
    )
    for key in ("study_current", "study_revealed", "study_check", "study_shown_at", "study_typed"):
        st.session_state.pop(key, None)


def main():
    st.title("Study")
    ctx = load_context()
    for entry in ctx.entries:
        if entry.error:
            st.warning(f"Skipped a deck that does not validate: {escape_markdown(entry.error)}")
    if not ctx.decks:
        st.info("No decks yet. Add one on the Decks page (or run `make decks`).")
        return
    options = {d.deck.id: d for d in ctx.decks}
    chosen = st.multiselect(
        "Decks", list(options), default=list(options), format_func=lambda i: options[i].deck.title
    )
    decks = [options[i] for i in chosen]
    if not decks:
        st.info("Choose at least one deck to study.")
        return

    counts = today_counts(ctx.store, ctx.learner, decks, ctx.now, ctx.settings)
    cols = st.columns(3)
    cols[0].metric("New", counts.new)
    cols[1].metric("Learning", counts.learning)
    cols[2].metric("To review", counts.review)
    st.text(f"Studied today: {counts.studied_today}")

    # Keep the card on screen stable across reruns until it is rated.
    current = st.session_state.get("study_current")
    card = study_card(ctx.store, ctx.learner, decks, *current, ctx.now) if current else None
    if card is None:
        card = next_card(ctx.store, ctx.learner, decks, ctx.now, ctx.settings)
        if card is None:
            st.success(
                "All done for today. Come back tomorrow, or raise the new-card limit in Settings."
            )
            return
        st.session_state.study_current = (card.deck_id, card.item.id)
        st.session_state.study_shown_at = ctx.now
        st.session_state.pop("study_revealed", None)
        st.session_state.pop("study_check", None)

    item = card.item
    st.caption(
        escape_markdown(f"{card.deck.deck.title} · {item.kind}" + (" · new" if card.is_new else ""))
    )
    st.markdown("### " + escape_markdown(item.question))

    revealed = st.session_state.get("study_revealed", False)
    if not revealed:
        with st.form("typed_answer", clear_on_submit=False, border=False):
            typed = st.text_input("Your answer (optional)", key="study_typed")
            if st.form_submit_button("Check"):
                st.session_state.study_check = check_answer(typed, item.answer, item.accept)
                st.session_state.study_revealed = True
                st.rerun()
        if st.button("Show answer", type="primary", shortcut="Space"):
            st.session_state.study_revealed = True
            st.rerun()
        return

    check = st.session_state.get("study_check")
    if check is not None:
        message = escape_markdown(check.message)
        {"correct": st.success, "close": st.warning, "wrong": st.error}[check.verdict](message)
    st.markdown("**Answer:** " + escape_markdown(item.answer))
    show_evidence(card.deck, item)

    labels = button_labels(card.card, ctx.now, ctx.settings)
    suggested = None if check is None else (3 if check.accepted else 1)
    for col, rating in zip(st.columns(4), RATINGS, strict=True):
        kind = "primary" if suggested == int(rating) else "secondary"
        if col.button(
            labels[rating],
            key=f"rate_{rating.name}",
            type=kind,
            shortcut=str(int(rating)),  # keys 1-4, as in Anki
            width="stretch",
        ):
            rate(ctx, card, rating)
            st.rerun()
    st.caption("Keys: Space shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy.")


try:
    main()
except QuizgenError as exc:
    st.error(escape_markdown(str(exc).splitlines()[0]))
