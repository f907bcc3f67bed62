"""Study: the card first. Counts on one line, the question, the answer box (focused), then the
answer and the rating buttons right under it, the evidence below. Keys: Enter checks (an empty
answer just shows it), 1-4 rate, Ctrl+Z undoes the last rating, E edits the card."""

import streamlit as st

from quizgen.app.context import STUDY_DECKS, browser_learner, load_context, study_deck_ids, utc_now
from quizgen.app.markdown import escape_markdown, evidence_blocks
from quizgen.deck.edit import apply_item_edits
from quizgen.deck.io import save_deck
from quizgen.deck.library import summarise_error
from quizgen.errors import QuizgenError
from quizgen.study.answers import check_answer
from quizgen.study.scheduling import RATINGS
from quizgen.study.session import (
    button_labels,
    next_card,
    record_rating,
    study_card,
    today_counts,
    undo_last_rating,
)

CARD_KEYS = ("study_current", "study_revealed", "study_check", "study_shown_at", "study_typed")

# Puts the cursor in the answer box when a card appears (Streamlit has no autofocus option).
# A fixed script: no deck text reaches it; the counter only makes each card's copy differ.
FOCUS_SCRIPT = """<script>/* card {n} */
(function focusAnswer(tries) {{
  const box = document.querySelector('input[aria-label="Your answer"]');
  if (box) {{ box.focus(); }} else if (tries > 0) {{ setTimeout(() => focusAnswer(tries - 1), 50); }}
}})(40);
</script>"""


def forget_card():
    for key in CARD_KEYS:
        st.session_state.pop(key, None)


def rate(ctx, card, rating):
    """Button callback: record the rating before the next run, which then draws the next card.
    (A callback rather than `if st.button(...): ...; st.rerun()`, which ran the page twice.)"""
    if st.session_state.get("study_current") != (card.deck_id, card.item.id):
        return  # a second press that reached the previous card's buttons: already rated
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
    forget_card()


def undo(ctx):
    """Button callback (runs before the page's next run, so the undo costs no extra rerun)."""
    restored = undo_last_rating(ctx.store, ctx.learner)
    forget_card()
    if restored is None:
        st.session_state.study_notice = "Nothing to undo."
    else:
        st.session_state.study_current = restored  # the card comes back, answer hidden
        st.session_state.study_notice = "Last rating undone."


def choose_decks(ctx):
    """The decks to study, remembered per learner (in the store, so it outlives the session)."""
    options = {d.deck.id: d for d in ctx.decks}
    key = f"study_decks_{ctx.learner}"

    def remember():
        ctx.store.set_preference(ctx.learner, STUDY_DECKS, st.session_state[key])
        forget_card()

    chosen = st.sidebar.multiselect(
        "Decks to study",
        list(options),
        default=study_deck_ids(ctx),
        format_func=lambda i: options[i].deck.title,
        key=key,
        on_change=remember,
    )
    return [options[i] for i in chosen if i in options]


@st.dialog("Edit card")
def edit_card(ctx, card):
    item = card.item
    st.caption("Saved to the deck file, checked as on the Decks page. Lists are separated by ';'.")
    question = st.text_area("Question", item.question)
    answer = st.text_input("Answer", item.answer)
    accept = st.text_input("Also accept", "; ".join(item.accept))
    tags = st.text_input("Tags", "; ".join(item.tags))
    if st.button("Save card", type="primary"):
        entry = ctx.entry(card.deck_id)
        row = {
            "id": item.id,
            "question": question,
            "answer": answer,
            "accept": accept,
            "tags": tags,
        }
        try:
            new_deck = apply_item_edits(card.deck, [row], shown_ids=[item.id])
            if new_deck == card.deck:
                st.info("Nothing changed.")
                return
            save_deck(new_deck, entry.path)
        except QuizgenError as exc:
            st.error(escape_markdown(summarise_error(exc)))
            return
        st.session_state.study_notice = f"Card saved to {entry.path.name}."
        st.rerun()


def counts_line(ctx, decks):
    # The counts change only with a rating, an undo, a new day, other decks or settings:
    # revealing an answer reuses them (they read every card of the decks).
    key = (
        ctx.learner,
        tuple(id(d) for d in decks),
        ctx.store.history_mark(ctx.learner),
        ctx.now.date(),
        ctx.settings,
    )
    cached = st.session_state.get("study_counts")
    if cached and cached[0] == key:
        counts = cached[1]
    else:
        counts = today_counts(ctx.store, ctx.learner, decks, ctx.now, ctx.settings)
        st.session_state.study_counts = (key, counts)
    # Anki's "new + learning + to review", coloured as Anki colours them.
    st.markdown(
        f"**:blue[{counts.new}]** + **:red[{counts.learning}]** + **:green[{counts.review}]**"
        f" &nbsp;·&nbsp; Studied today: {counts.studied_today}",
        help="New cards left today + cards being learned + reviews due today.",
    )


def tools(ctx, card):
    """Undo and Edit, with their keys."""
    row = st.container(horizontal=True)
    row.button(
        "Undo",
        key="undo",
        shortcut="Ctrl+Z",
        icon=":material/undo:",
        disabled=not ctx.store.can_undo(ctx.learner),
        on_click=undo,
        args=(ctx,),
    )
    if card is not None and row.button("Edit", key="edit", shortcut="E", icon=":material/edit:"):
        edit_card(ctx, card)


def show_answer(card, checked):
    """Form callback: the verdict on the typed answer (if Check), then the answer."""
    item = card.item
    # Nothing typed is "Show answer", not a wrong answer.
    typed = st.session_state.get("study_typed", "") if checked else ""
    check = check_answer(typed, item.answer, item.accept) if typed.strip() else None
    st.session_state.study_check = check
    st.session_state.study_revealed = True


def ask(card):
    with st.form("typed_answer", clear_on_submit=False, border=False):
        st.text_input(
            "Your answer",
            key="study_typed",
            placeholder="Your answer (optional)",
            label_visibility="collapsed",
        )
        buttons = st.container(horizontal=True)
        buttons.form_submit_button("Check", type="primary", on_click=show_answer, args=(card, True))
        buttons.form_submit_button(
            "Show answer", shortcut="Space", on_click=show_answer, args=(card, False)
        )
    st.session_state.study_focus = st.session_state.get("study_focus", 0) + 1
    st.html(FOCUS_SCRIPT.format(n=st.session_state.study_focus), unsafe_allow_javascript=True)


def reveal(ctx, card):
    item = card.item
    check = st.session_state.get("study_check")
    if check is not None:
        message = escape_markdown(check.message)
        {"correct": st.success, "close": st.warning, "wrong": st.error}[check.verdict](message)
    st.markdown("**Answer:** " + escape_markdown(item.answer))
    labels = button_labels(card.card, ctx.now, ctx.settings)
    suggested = None if check is None else (3 if check.accepted else 1)
    row = st.container(horizontal=True)
    for rating in RATINGS:
        row.button(
            labels[rating],
            key=f"rate_{rating.name}",
            type="primary" if suggested == int(rating) else "secondary",
            shortcut=str(int(rating)),  # keys 1-4, as in Anki
            width="stretch",
            on_click=rate,
            args=(ctx, card, rating),
        )
    blocks = evidence_blocks(card.deck, item)
    for quoted, caption in blocks[:1]:
        st.markdown(quoted)
        st.caption(caption)
    if len(blocks) > 1:
        with st.expander(f"More evidence ({len(blocks) - 1})"):
            for quoted, caption in blocks[1:]:
                st.markdown(quoted)
                st.caption(caption)


def main():
    ctx = load_context(browser_learner(st))
    for entry in ctx.entries:
        if entry.error:
            st.warning(f"Skipped a deck that does not validate: {escape_markdown(entry.error)}")
    if not ctx.decks:
        st.title("Study")
        st.info("No decks yet. Add one on the Decks page (or run `make decks`).")
        return
    decks = choose_decks(ctx)
    if not decks:
        st.info("Choose at least one deck to study (in the sidebar).")
        return
    if notice := st.session_state.pop("study_notice", None):
        st.toast(escape_markdown(notice))

    counts_line(ctx, decks)
    # Keep the card on screen stable across reruns until it is rated.
    current = st.session_state.get("study_current")
    card = study_card(ctx.store, ctx.learner, decks, *current, ctx.now) if current else None
    if card is None:
        card = next_card(ctx.store, ctx.learner, decks, ctx.now, ctx.settings)
        if card is None:
            st.success(
                "All done for today. Come back tomorrow, or raise the new-card limit in Settings."
            )
            tools(ctx, None)
            return
        forget_card()
        st.session_state.study_current = (card.deck_id, card.item.id)
        st.session_state.study_shown_at = ctx.now

    item = card.item
    st.markdown("### " + escape_markdown(item.question))
    if st.session_state.get("study_revealed", False):
        reveal(ctx, card)
    else:
        ask(card)
    st.caption(
        escape_markdown(f"{card.deck.deck.title} · {item.kind}" + (" · new" if card.is_new else ""))
        + " · Keys: Enter checks (empty: show answer) · 1–4 rate · Ctrl+Z undo · E edit"
    )
    tools(ctx, card)


try:
    main()
except QuizgenError as exc:
    st.error(escape_markdown(str(exc).splitlines()[0]))
