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
from quizgen.errors import DeckChangedError, QuizgenError
from quizgen.ingest.uploads import (
    ALLOWED_SUFFIXES,
    MAX_FILE_BYTES,
    MAX_FILES,
    MAX_PAGE_BYTES,
    stage_articles,
)
from quizgen.models import ID_PATTERN
from quizgen.study.session import deck_counts

PAGE_SIZE = 25
TABS_KEY = "decks_tab"  # the open tab's label, in session state
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


def save(entry, deck, pending, loaded_sha):
    """Save the pending edits, but only over the file the editor was filled from (its hash)."""
    if not pending:
        st.info("Nothing to save: no changes.")
        return
    if loaded_sha != entry.sha256:
        st.error("Nothing was saved: the deck changed on disk since you opened it. Reload it first.")
        return
    try:
        rows = [row for row in pending.values() if row is not None]
        new_deck = apply_item_edits(deck, rows, shown_ids=list(pending))
        if new_deck == deck:
            pending.clear()
            st.info("Nothing to save: the edits give back the deck as it was.")
            return
        save_deck(new_deck, entry.path, expected_sha256=loaded_sha)
    except DeckChangedError as exc:  # saved by someone else between this run and the write
        st.error(escape_markdown(summarise_error(exc) + ". Nothing was saved."))
        return
    except QuizgenError as exc:
        st.error(escape_markdown(summarise_error(exc)))
        return
    pending.clear()
    st.session_state.pop(f"editor-sha-{entry.deck.deck.id}", None)  # filled anew from the saved file
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
    all_rows = item_rows(deck)
    originals = {row["id"]: row for row in all_rows}
    found = item_rows(deck, query=query) if query.strip() else all_rows  # one pass, not two
    matching = [pending.get(r["id"], r) for r in found if pending.get(r["id"], r) is not None]
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
    # The file's hash when this editor was filled: save only over that very file.
    loaded_sha = st.session_state.setdefault(f"editor-sha-{deck_id}", entry.sha256)
    if loaded_sha != entry.sha256:
        st.warning(
            escape_markdown(
                f"{entry.path.name} changed on disk since you opened it here (someone else saved it). "
                "Reload to see that version; edits not yet saved here are dropped."
            )
        )
        if st.button("Reload the deck", key="editor_reload"):
            pending.clear()
            st.session_state.pop(f"editor-sha-{deck_id}", None)
            st.session_state.pop(f"editor-{deck_id}", None)
            st.rerun()
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
        save(entry, deck, pending, loaded_sha)
    if pending and buttons.button("Discard changes"):
        pending.clear()
        st.rerun()
    if message := st.session_state.pop("decks_saved", None):
        st.success(escape_markdown(message))

    evidence(deck, rows)


def evidence(deck, rows):
    """One item's evidence at a time, chosen among the page's rows (an expander per row drew
    ~100 elements, most of the page's drawing time, for text one reads one item at a time)."""
    if not rows:
        return
    items = {item.id: item for item in deck.items}
    shown = [row["id"] for row in rows if row["id"] in items]  # added rows have no evidence yet
    if not shown:
        return
    st.markdown("#### Evidence")
    item_id = st.selectbox(
        "Evidence of",
        shown,
        key="browse_evidence",
        format_func=lambda i: items[i].question,
    )
    item = items[item_id]
    st.markdown("**Answer:** " + escape_markdown(item.answer))
    for quoted, caption in evidence_blocks(deck, item):
        st.markdown(quoted)
        st.caption(caption)


def generate(ctx):
    st.caption(
        f"Up to {MAX_FILES} articles: .txt or .md files of {MAX_FILE_BYTES // 1_000_000} MB at "
        f"most, or web pages saved from the browser (.html, {MAX_PAGE_BYTES // 1_000_000} MB). "
        "The articles are kept in decks/<id>/articles/ beside the deck, so it can be regenerated."
    )
    uploads = st.file_uploader(
        "Articles",
        type=[s.lstrip(".") for s in ALLOWED_SUFFIXES],
        accept_multiple_files=True,
        key="gen_files",
        max_upload_size=max(1, MAX_PAGE_BYTES // 1_000_000),
    )
    pasted = st.text_area("…or paste an article", key="gen_paste")
    deck_id = st.text_input("Deck id (letters, digits, '-', '_', '.')", key="gen_id").strip()
    title = st.text_input("Title", key="gen_title").strip()
    if not st.button("Generate deck"):
        return
    if not re.fullmatch(ID_PATTERN, deck_id):
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


# --- From the web: article and feed links, and updates of decks that follow feeds ---------


def from_web(ctx):
    """Paste links (articles or a feed) to make a deck; update the decks that follow feeds.
    Private addresses are refused unless the server sets QUIZGEN_ALLOW_PRIVATE_HOSTS=1."""
    with st.expander("From the web"):
        links = st.text_area("Article or feed links, one per line", key="web_links")
        web_id = st.text_input("Deck id", key="web_id").strip()
        web_title = st.text_input("Title", key="web_title").strip()
        if st.button("Fetch and generate", key="web_generate"):
            _run_web(lambda progress: _generate_web(links, web_id, web_title, progress))
        for entry in [e for e in ctx.entries if e.deck is not None and e.deck.feeds]:
            label = f"Update “{entry.deck.deck.title}” from its feeds"
            if st.button(label, key=f"web_update_{entry.deck.deck.id}"):
                _run_web(lambda progress, entry=entry: _update_web(entry, progress))


def _run_web(job):
    bar = st.progress(0.0, text="Starting…")

    def progress(done, total, message):
        bar.progress(min(1.0, done / max(total, 1)), text=escape_markdown(message[:120]))

    try:
        message, failures, ok = job(progress)
    except QuizgenError as exc:
        bar.empty()
        st.error(escape_markdown(str(exc).splitlines()[0]))
        return
    bar.progress(1.0, text="Done")
    for line in failures:
        st.warning(escape_markdown(line))
    (st.success if ok else st.error)(escape_markdown(message))


def _generate_web(links, deck_id, title, progress):
    from quizgen.deck.follow import generate_from_inputs
    from quizgen.ingest.fetching import FetchPolicy
    from quizgen.ingest.web import parse_links

    urls = parse_links(links, limit=MAX_FILES)
    target = decks_dir() / f"{deck_id}.yaml"
    if not re.fullmatch(ID_PATTERN, deck_id):
        return "Give the deck an id of letters, digits, '-', '_' or '.', e.g. world-news.", [], False
    if target.exists():
        return f"{target.name} already exists; choose another id.", [], False
    result = generate_from_inputs(
        urls, deck_path=target, deck_id=deck_id, title=title or None,
        policy=FetchPolicy.from_environment(), progress=progress,
    )  # fmt: skip
    if result.deck is None:
        return "No article could be read; no deck was made.", result.report.failures, False
    target.parent.mkdir(parents=True, exist_ok=True)
    save_deck(result.deck, target)
    follows = f", following {len(result.deck.feeds)} feed(s)" if result.deck.feeds else ""
    return f"Saved {target.name} with {len(result.deck.items)} items{follows}.", result.report.failures, True


def _update_web(entry, progress):
    from quizgen.deck.follow import update_deck
    from quizgen.ingest.fetching import FetchPolicy

    result = update_deck(entry.path, policy=FetchPolicy.from_environment(), progress=progress)
    articles = len(result.report.saved)
    message = f"{entry.path.name}: {len(result.added)} new items from {articles} new articles."
    return message, result.report.failures, True


def main():
    st.title("Decks")
    ctx = load_context(browser_learner(st))
    # Only the open tab runs and is drawn (on_change="rerun"): drawing all three, with the
    # item table and the uploader hidden, made the page slow to show its deck list.
    decks_tab, browse_tab, generate_tab = st.tabs(
        ["Decks", "Browse and edit", "Generate"], key=TABS_KEY, on_change="rerun"
    )
    if decks_tab.open:
        with decks_tab:
            overview(ctx)
    if browse_tab.open:
        with browse_tab:
            browse(ctx)
    if generate_tab.open:
        with generate_tab:
            generate(ctx)
            from_web(ctx)


try:
    main()
except QuizgenError as exc:
    st.error(escape_markdown(str(exc).splitlines()[0]))
