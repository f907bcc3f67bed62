"""Decks: every deck with its counts; browse, search, edit or delete items; generate a deck."""

import re
import tempfile
from pathlib import Path

import streamlit as st

from quizgen.app.context import load_context
from quizgen.app.markdown import escape_markdown, evidence_blocks
from quizgen.deck.edit import apply_item_edits, item_rows
from quizgen.deck.io import save_deck
from quizgen.deck.library import decks_dir, summarise_error
from quizgen.errors import DeckChangedError, QuizgenError
from quizgen.ingest.uploads import ALLOWED_SUFFIXES, MAX_FILE_BYTES, MAX_FILES, stage_articles
from quizgen.models import ID_PATTERN
from quizgen.study.session import deck_counts

BROWSE_LIMIT = 50


def overview(ctx):
    for entry in ctx.entries:
        if entry.deck is None:
            st.error(escape_markdown(f"{entry.path.name}: {entry.error}"))
            continue
        deck = entry.deck
        counts = deck_counts(ctx.store, ctx.learner, deck, ctx.now)
        with st.container(border=True):
            st.markdown("**" + escape_markdown(deck.deck.title) + "**")
            st.text(
                f"{counts.total} items · new {counts.new} · learning {counts.learning} · "
                f"due {counts.due} · {len(deck.sources)} articles · {entry.path.name}"
            )


def save_edits(entry, deck, edited, rows, loaded_sha, version):
    """Save the editor's rows, but only over the file the editor was filled from."""
    if loaded_sha != entry.sha256:
        st.error("Nothing was saved: the deck changed on disk since you opened it. Reload it first.")
        return
    try:
        new_deck = apply_item_edits(deck, edited, shown_ids=[r["id"] for r in rows])
        save_deck(new_deck, entry.path, expected_sha256=loaded_sha)
    except DeckChangedError as exc:  # saved by someone else between this run and the write
        st.error(escape_markdown(summarise_error(exc) + ". Nothing was saved."))
    except QuizgenError as exc:
        st.error(escape_markdown(summarise_error(exc)))
    else:
        st.session_state.editor_version = version + 1
        st.session_state.decks_saved = f"Saved {entry.path.name} ({len(new_deck.items)} items)."
        st.rerun()


def browse(ctx):
    entries = {e.deck.deck.id: e for e in ctx.entries if e.deck is not None}
    if not entries:
        return
    st.subheader("Browse and edit")
    deck_id = st.selectbox(
        "Deck", list(entries), key="browse_deck", format_func=lambda i: entries[i].deck.deck.title
    )
    entry = entries[deck_id]
    deck = entry.deck
    query = st.text_input("Search questions, answers and evidence", key="browse_query")
    rows = item_rows(deck, query=query)
    st.caption(
        f"{len(rows)} of {len(deck.items)} items. Lists (accept, tags) are separated by ';'. "
        "Select rows and press Delete to remove them."
    )
    version = st.session_state.get("editor_version", 0)
    # The file's hash when this editor was filled: save only over that very file.
    loaded_sha = st.session_state.setdefault(f"editor-sha-{deck_id}-{version}", entry.sha256)
    changed = loaded_sha != entry.sha256
    if changed:
        st.warning(
            escape_markdown(
                f"{entry.path.name} changed on disk since you opened it here (someone else saved it). "
                "Reload to see that version; edits not yet saved here are dropped."
            )
        )
        if st.button("Reload the deck", key="editor_reload"):
            st.session_state.editor_version = version + 1
            st.rerun()
    edited = st.data_editor(
        rows,
        key=f"editor-{deck_id}-{version}",
        num_rows="delete",
        hide_index=True,
        disabled=["id", "kind"],
        width="stretch",
    )
    if st.button("Save changes", type="primary"):
        save_edits(entry, deck, edited, rows, loaded_sha, version)
    if message := st.session_state.pop("decks_saved", None):
        st.success(escape_markdown(message))

    shown = [i for i in deck.items if i.id in {r["id"] for r in rows}][:BROWSE_LIMIT]
    st.markdown("#### Evidence")
    for item in shown:
        with st.expander(escape_markdown(item.question)):
            st.markdown("**Answer:** " + escape_markdown(item.answer))
            for quoted, caption in evidence_blocks(deck, item):
                st.markdown(quoted)
                st.caption(caption)


def generate(ctx):
    st.subheader("Generate a new deck")
    st.caption(
        f"Up to {MAX_FILES} articles, {', '.join(ALLOWED_SUFFIXES)} only, "
        f"{MAX_FILE_BYTES // 1_000_000} MB each."
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
    if not re.fullmatch(ID_PATTERN, deck_id):
        st.error("Give the deck an id made of letters, digits, '-', '_' or '.', e.g. nato-2024.")
        return
    folder = decks_dir()
    target = folder / f"{deck_id}.yaml"
    if target.exists():
        st.error(escape_markdown(f"{target.name} already exists; choose another id."))
        return
    try:
        from quizgen.deck.generate import generate_deck
    except ImportError as exc:
        st.error(escape_markdown(f"Deck generation is not available in this installation ({exc})."))
        return
    bar = st.progress(0.0, text="Checking the articles…")
    try:
        with tempfile.TemporaryDirectory(prefix="quizgen-upload-") as tmp:
            files = [(f.name, f.getvalue()) for f in uploads or []]
            paths = stage_articles(files, pasted, Path(tmp))
            bar.progress(0.2, text=f"Reading {len(paths)} article(s) and extracting facts…")
            deck = generate_deck([str(p) for p in paths], deck_id=deck_id, title=title or None)
            bar.progress(0.9, text="Saving…")
            folder.mkdir(parents=True, exist_ok=True)
            save_deck(deck, target)
    except QuizgenError as exc:
        bar.empty()
        st.error(escape_markdown(str(exc).splitlines()[0]))
        return
    bar.progress(1.0, text="Done")
    st.success(escape_markdown(f"Saved {target.name} with {len(deck.items)} items."))


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
    if not re.match(ID_PATTERN, deck_id):
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
    ctx = load_context()
    if not ctx.entries:
        st.info(escape_markdown(f"No decks in {decks_dir()}. Generate one below."))
    overview(ctx)
    browse(ctx)
    generate(ctx)
    from_web(ctx)


try:
    main()
except QuizgenError as exc:
    st.error(escape_markdown(str(exc).splitlines()[0]))
