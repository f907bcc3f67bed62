"""How items read outside the app: answers in their evidence, source citations, tags.

Plain text only; each exporter escapes for its own format.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from quizgen.models import Deck, Source

_TAG_UNSAFE = re.compile(r"[\s\"]+")


def answer_spans(
    text: str, answer: str, *, alternatives: Sequence[str] = ()
) -> Iterator[tuple[str, bool]]:
    """Split ``text`` into (segment, is_answer) pieces, matching case-insensitively.

    The first of ``answer``, ``alternatives`` and the answer's last word (a surname: articles
    say "Trump said") that occurs in ``text`` is marked.

    >>> list(answer_spans("Hello Bob and bob", "Bob"))
    [('Hello ', False), ('Bob', True), (' and ', False), ('bob', True)]
    """
    words = answer.split()
    candidates = [answer, *alternatives] + ([words[-1]] if len(words) > 1 else [])
    pattern = None
    for candidate in candidates:
        if len(candidate.strip()) >= 3 or candidate == answer:
            found = re.compile(re.escape(candidate.strip()), flags=re.IGNORECASE)
            if candidate.strip() and found.search(text):
                pattern = found
                break
    if pattern is None:
        yield text, False
        return
    pos = 0
    for match in pattern.finditer(text):
        if match.start() > pos:
            yield text[pos : match.start()], False
        yield match.group(0), True
        pos = match.end()
    if pos < len(text):
        yield text[pos:], False


def cite(source: Source) -> str:
    """One line naming an article: title, outlet, date, URL — whatever the deck has."""
    return printable(source.citation())


def anki_tag(text: str) -> str:
    """A tag Anki accepts: no spaces (they separate tags) and no double quotes."""
    return _TAG_UNSAFE.sub("_", text.strip()).strip("_")


def item_tags(deck: Deck, item) -> list[str]:
    """Deck tags, item tags (``conflict`` among them), kind and sources, sanitised and unique."""
    raw = [*deck.deck.tags, *item.tags, item.kind]
    raw += [f"source::{ev.source}" for ev in item.evidence]
    tags: list[str] = []
    for tag in (anki_tag(t) for t in raw):
        if tag and tag not in tags:
            tags.append(tag)
    return tags


def is_http_url(url: str | None) -> bool:
    return bool(url) and url.lower().startswith(("http://", "https://"))


# C0 controls (but tab, newline, carriage return) and DEL: XML 1.0 forbids most of them and
# spreadsheets refuse them; article text carries them by accident (ESC, BEL, VT).
_LINE_CONTROLS = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f\ufffe\uffff]")


def printable(text: str) -> str:
    """``text`` without control characters: vertical tab and other line separators become
    newlines, the rest (ESC, BEL, NUL, …) are dropped.

    >>> printable("a\\x1b[1mb\\x07\\x0bc")
    'a[1mb\\nc'
    """
    return _CONTROLS.sub("", _LINE_CONTROLS.sub("\n", text))


# Spreadsheet formula injection (=HYPERLINK(…), @SUM(…)): a cell starting with one of these
# is run as a formula when a spreadsheet opens the CSV. Plain numbers (-5, +3.2) are safe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
WORD_JOINER = "\u2060"
_PLAIN_NUMBER = re.compile(r"^[-+]?\d[\d,.]*$")


def starts_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.match(text)


def guard_formula(text: str) -> str:
    """``text`` made inert for spreadsheets without changing what anyone sees.

    Every CSV quizgen writes is imported directly by a platform (Anki, Quizlet, Blooket,
    Gimkit) that shows cells as text, so the usual leading apostrophe would show there as a
    stray ``'``. An invisible WORD JOINER (U+2060) first does the same for Excel, LibreOffice
    and Sheets — the cell no longer starts with ``=`` — and shows as nothing on the platforms.

    >>> guard_formula("=HYPERLINK(x)")
    '\u2060=HYPERLINK(x)'
    >>> guard_formula("-5")
    '-5'
    """
    return WORD_JOINER + text if starts_formula(text) else text


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def shorten_quote(question: str, max_length: int, *, min_words: int = 4) -> str | None:
    """``question`` with its “quotation” cut to whole sentences so it fits ``max_length``.

    Same speaker, same verbatim words, fewer of them: the longest run of leading sentences
    that fits, else the longest single sentence; `` …`` marks the cut. None if no sentence
    of at least ``min_words`` words fits.

    >>> shorten_quote("Who said: “We will win this. We always do.”?", 35)
    'Who said: “We will win this. …”?'
    """
    if len(question) <= max_length:
        return question
    start, end = question.find("“"), question.rfind("”")
    if start < 0 or end <= start:
        return None
    head, quote, tail = question[: start + 1], question[start + 1 : end], question[end:]
    sentences = [s for s in _SENTENCE_END.split(quote.strip()) if s and s != "…"]
    room = max_length - len(head) - len(tail) - len(" …")
    candidates = [" ".join(sentences[:n]) for n in range(len(sentences) - 1, 0, -1)]
    candidates += sorted(sentences, key=len, reverse=True)
    for text in candidates:
        if len(text) <= room and len(text.split()) >= min_words:
            text = text.rstrip()
            return f"{head}{text if text.endswith('…') else text + ' …'}{tail}"
    return None
