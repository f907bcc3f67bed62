"""Deck text is data: escape it before it reaches Streamlit's markdown renderer."""

from __future__ import annotations

import re
import unicodedata

# Every ASCII punctuation character may be backslash-escaped in CommonMark; escaping all of
# them also defuses Streamlit's extras (:colour[...] directives, :emoji:, $math$, ~strike~).
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&\"'=^%@;?,/])")


# Streamlit's markdown (remark-gfm) turns bare URLs, "www." names and e-mail addresses into
# live links after escapes are resolved, so escaping cannot stop it: a WORD JOINER (U+2060,
# invisible, no line break) after the scheme, after "www" and after "@" breaks each pattern.
WORD_JOINER = "\u2060"
_AUTOLINK_STARTS = re.compile(r"(?i)(?:https?|ftps?|mailto|xmpp|www)(?=[:.])|(?<=@)(?=[\w-])")


def defuse_links(text: str) -> str:
    """``text`` with a word joiner inside each would-be link: it reads the same and never links."""
    return _AUTOLINK_STARTS.sub(lambda m: m.group(0) + WORD_JOINER, text)


def escape_markdown(text: str) -> str:
    """Text that renders literally in ``st.markdown`` (no HTML, links, emphasis or math).

    ``escape_markdown("<b>*hi*</b>")`` gives ``\\<b\\>\\*hi\\*\\<\\/b\\>``.
    """
    text = _SPECIAL.sub(r"\\\1", defuse_links(text))
    # Newlines would start new blocks ("# heading"); keep one paragraph.
    return re.sub(r"\s*\n\s*", " ", text)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _fold_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text plus, for each folded character, its index in the original."""
    folded: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        for f in _fold(ch):
            folded.append(f)
            index.append(i)
    return "".join(folded), index


def highlight_markdown(sentence: str, candidates: list[str]) -> str:
    """Escaped ``sentence`` with the first candidate found in it (case/accent-blind) in bold."""
    folded, index = _fold_with_map(sentence)
    for candidate in candidates:
        needle = _fold(candidate.strip())
        if not needle:
            continue
        pos = folded.find(needle)
        if pos < 0:
            continue
        start = index[pos]
        end = index[pos + len(needle) - 1] + 1
        return (
            escape_markdown(sentence[:start])
            + "**"
            + escape_markdown(sentence[start:end])
            + "**"
            + escape_markdown(sentence[end:])
        )
    return escape_markdown(sentence)


def evidence_blocks(deck, item) -> list[tuple[str, str]]:
    """(quoted evidence with the answer in bold, caption naming its article) per evidence, as
    escaped markdown ready for ``st.markdown`` and ``st.caption``."""
    return [
        (
            "> " + highlight_markdown(ev.text, [item.answer, *item.accept]),
            escape_markdown(deck.source(ev.source).citation(" · ", url=False)),
        )
        for ev in item.evidence
    ]
