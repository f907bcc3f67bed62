"""quizgen study app (placeholder): lists the decks in decks/."""

from pathlib import Path

import streamlit as st

from quizgen.deck_io import load_deck
from quizgen.errors import QuizgenError

st.set_page_config(page_title="quizgen", page_icon="📰")
st.title("quizgen decks")
for path in sorted(Path("decks").glob("*.yaml")):
    try:
        deck = load_deck(path)
    except QuizgenError as exc:
        st.error(str(exc))
        continue
    st.subheader(deck.deck.title)
    st.text(f"{len(deck.items)} items from {len(deck.sources)} articles · {path}")
