"""Decks: every deck with its counts (and "Study this deck"); browse, search, edit or delete
items page by page, with unsaved edits kept while the search changes; generate a deck from
articles, which are kept beside it in decks/<id>/articles/ so it can be regenerated."""

import math
import re
import shutil

import streamlit as st

from quizgen.app.context import STUDY_DECKS, browser_learner, load_context
from quizgen.app.markdown import escape_markdown, evidence_blocks
from quizgen.deck.edit import apply_item_edits, item_rows
from quizgen.deck.io import save_deck
from quizgen.deck.library import decks_dir, summarise_error
from quizgen.errors import QuizgenError
from quizgen.ingest.uploads import ALLOWED_SUFFIXES, MAX_FILE_BYTES, MAX_FILES, stage_articles
from quizgen.models import ID_PATTERN
from quizgen.study.session import deck_counts

PAGE_SIZE = 25
# The answer comes right after the question, so it stays on screen in a narrow window.
COLUMNS = ("question", "answer", "accept", "tags", "kind")


def plural(n, word):
    return f"{n} {word}{'' if n == 1 else 's'}"


def study_this(ctx, deck_id):
    ctx.store.set_preference(ctx.learner, STUDY_DECKS, [deck_id])
    for key in (f"study_decks_{ctx.learner}", "study_current", "study_revealed", "study_check"):
        st.session_state.pop(key, None)
    st.switch_page("pages/study.py")


def overview(ctx):
    if not ctx.entries:
        st.info(escape_markdown(f"No decks in {decks_dir()}. Generate one on the Generate tab."))
    for entry in ctx.entries:
        if entry.deck is None:
            st.error(escape_markdown(f"{entry.path.name}: {entry.error}"))
            continue
        deck = entry.deck
        counts = deck_counts(ctx.store, ctx.learner, deck, ctx.now)
        with st.container(border=True):
            st.markdown("**" + escape_markdown(deck.deck.title) + "**")
            st.text(
                f"{plural(counts.total, 'item')} · new {counts.new} · learning {counts.learning}"
                f" · due {counts.due} · {plural(len(deck.sources), 'article')} · {entry.path.name}"
            )
            if st.button("Study this deck", key=f"study_{deck.deck.id}", icon=":material/school:"):
                study_this(ctx, deck.deck.id)


def note_edits(pending, originals, shown, edited):
    """Record the editor's rows as pending edits by item id (None: deleted); True if changed."""
    before = dict(pending)
    by_id = {row["id"]: row for row in edited}
    for item_id in shown:
        row = by_id.get(item_id)
        if row is None:
            pending[item_id] = None
        elif {k: row.get(k) for k in originals[item_id]} != originals[item_id]:
            pending[item_id] = {k: row.get(k) for k in originals[item_id]}
        else:
            pending.pop(item_id, None)
    return pending != before


def save(entry, deck, pending):
    if not pending:
        st.info("Nothing to save: no changes.")
        return
    try:
        rows = [row for row in pending.values() if row is not None]
        new_deck = apply_item_edits(deck, rows, shown_ids=list(pending))
        if new_deck == deck:
            pending.clear()
            st.info("Nothing to save: the edits give back the deck as it was.")
            return
        save_deck(new_deck, entry.path)
    except QuizgenError as exc:
        st.error(escape_markdown(summarise_error(exc)))
        return
    pending.clear()
    st.session_state.decks_saved = f"Saved {entry.path.name} ({plural(len(new_deck.items), 'item')})."
    st.rerun()


def browse(ctx):
    entries = {e.deck.deck.id: e for e in ctx.entries if e.deck is not None}
    if not entries:
        st.info("No valid decks to browse.")
        return
    deck_id = st.selectbox(
        "Deck", list(entries), key="browse_deck", format_func=lambda i: entries[i].deck.deck.title
    )
    entry = entries[deck_id]
    deck = entry.deck
    query = st.text_input("Search questions, answers and evidence", key="browse_query")
    pending = st.session_state.setdefault("pending_edits", {}).setdefault(deck_id, {})
    originals = {row["id"]: row for row in item_rows(deck)}
    matching = [
        pending.get(row["id"], row)
        for row in item_rows(deck, query=query)
        if pending.get(row["id"], row) is not None
    ]
    pages = max(1, math.ceil(len(matching) / PAGE_SIZE))
    page = 1
    if pages > 1:
        page = st.number_input(f"Page (of {pages})", 1, pages, 1, key=f"browse_page_{deck_id}")
    page = min(int(page), pages)
    rows = matching[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    st.caption(
        f"{len(matching)} of {plural(len(deck.items), 'item')} match; showing "
        f"{(page - 1) * PAGE_SIZE + min(1, len(rows))}–{(page - 1) * PAGE_SIZE + len(rows)}. "
        "Lists (accept, tags) are separated by ';'. Select rows and press Delete to remove them."
    )
    edited = st.data_editor(
        rows,
        key=f"editor-{deck_id}",
        num_rows="delete",
        hide_index=True,
        column_order=COLUMNS,
        column_config={"question": st.column_config.TextColumn("question", width="medium")},
        disabled=["id", "kind"],
        width="stretch",
    )
    if note_edits(pending, originals, [r["id"] for r in rows], edited):
        st.rerun()  # redraw the table from the pending edits, so none is lost on the next one
    buttons = st.container(horizontal=True)
    if pending:
        st.warning(
            f"{plural(len(pending), 'unsaved change')}: kept while you search or turn pages; "
            "press Save changes to write them to the deck."
        )
    if buttons.button("Save changes", type="primary"):
        save(entry, deck, pending)
    if pending and buttons.button("Discard changes"):
        pending.clear()
        st.rerun()
    if message := st.session_state.pop("decks_saved", None):
        st.success(escape_markdown(message))

    items = {item.id: item for item in deck.items}
    st.markdown("#### Evidence")
    for row in rows:
        item = items[row["id"]]
        with st.expander(escape_markdown(item.question)):
            st.markdown("**Answer:** " + escape_markdown(item.answer))
            for quoted, caption in evidence_blocks(deck, item):
                st.markdown(quoted)
                st.caption(caption)


def generate(ctx):
    st.caption(
        f"Up to {MAX_FILES} articles, {', '.join(ALLOWED_SUFFIXES)} only, "
        f"{MAX_FILE_BYTES // 1_000_000} MB each. The articles are kept in "
        "decks/<id>/articles/ beside the deck, so it can be regenerated."
    )
    uploads = st.file_uploader(
        "Articles",
        type=[s.lstrip(".") for s in ALLOWED_SUFFIXES],
        accept_multiple_files=True,
        key="gen_files",
        max_upload_size=max(1, MAX_FILE_BYTES // 1_000_000),
    )
    pasted = st.text_area("…or paste an article", key="gen_paste")
    deck_id = st.text_input("Deck id (letters, digits, '-', '_', '.')", key="gen_id").strip()
    title = st.text_input("Title", key="gen_title").strip()
    if not st.button("Generate deck"):
        return
    if not re.match(ID_PATTERN, deck_id):
        st.error("Give the deck an id made of letters, digits, '-', '_' or '.', e.g. nato-2024.")
        return
    folder = decks_dir()
    target = folder / f"{deck_id}.yaml"
    articles = folder / deck_id / "articles"
    if target.exists() or (folder / deck_id).exists():
        st.error(escape_markdown(f"{deck_id} is already used in {folder}; choose another id."))
        return
    try:
        from quizgen.deck.generate import generate_deck
    except ImportError as exc:
        st.error(escape_markdown(f"Deck generation is not available in this installation ({exc})."))
        return
    bar = st.progress(0.0, text="Checking the articles…")
    try:
        files = [(f.name, f.getvalue()) for f in uploads or []]
        paths = stage_articles(files, pasted, articles)
        bar.progress(0.2, text=f"Reading {plural(len(paths), 'article')} and extracting facts…")
        deck = generate_deck([str(p) for p in paths], deck_id=deck_id, title=title or None)
        bar.progress(0.9, text="Saving…")
        save_deck(deck, target)
    except QuizgenError as exc:
        bar.empty()
        shutil.rmtree(folder / deck_id, ignore_errors=True)  # no half-made deck is left
        st.error(escape_markdown(str(exc).splitlines()[0]))
        return
    bar.progress(1.0, text="Done")
    st.success(
        escape_markdown(
            f"Saved {target} with {plural(len(deck.items), 'item')}; its articles are in "
            f"{articles} (regenerate with: quizgen generate {articles} --out {target} "
            f"--id {deck_id})."
        )
    )


def main():
    st.title("Decks")
    ctx = load_context(browser_learner(st))
    decks_tab, browse_tab, generate_tab = st.tabs(["Decks", "Browse and edit", "Generate"])
    with decks_tab:
        overview(ctx)
    with browse_tab:
        browse(ctx)
    with generate_tab:
        generate(ctx)


try:
    main()
except QuizgenError as exc:
    st.error(escape_markdown(str(exc).splitlines()[0]))
