"""Whether a name takes "the": "the Netherlands", "the Justice Department", "the Confederation
of Indian Industry"; "Hungary", "Iraq", "MGM Grand Inc.", "Bank of America".

How a name is written is read first from the text it comes from, not from a list: its mentions
that stand alone (followed by punctuation, a possessive or a function word; not by a noun it
modifies, "the Iraq war", "Confederation of Indian Industry (CII) president", nor by a longer
name's next word, "the Iowa Democratic Party") vote for "the" or bare. Where the text never
writes the name alone, English grammar decides for an organisation: a name headed by a common
noun with an "of" after it ("Confederation of Indian Industry", "Ministry of Defence",
"University of Texas") takes "the"; a plural head ("Friends of the Earth") or a proper one does
not.

>>> takes_the("Netherlands", "In the Netherlands, voters said no. The Netherlands is small.")
True
>>> common_head_of("Confederation of Indian Industry"), common_head_of("Friends of the Earth")
(True, False)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen.nlp import english_stop_words, lemma_index

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

THE_BEFORE = re.compile(r"(?:^|[^\w])the\s+$", re.IGNORECASE)
# what follows a mention: an optional parenthesised short form ("(CII)"), then the next word
_NEXT = re.compile(r"(?:\s*\([^()\s]{1,12}\))?\s*(['’]s\b|[A-Za-z][\w-]*|.?)", re.DOTALL)
# "Confederation of Indian Industry": a capitalised head word, "of", a name after it
_HEAD_OF = re.compile(r"([A-Z][a-z]+)\s+of\s+\S")


@lru_cache(maxsize=4096)
def _mention(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)")


def takes_the(name: str, text: str) -> bool | None:
    """Whether ``text`` writes ``name`` with "the" (True), bare (False), or says nothing (None:
    no mention standing alone, or as many each way)."""
    stop = english_stop_words()
    with_the = bare = 0
    for m in _mention(name).finditer(text):
        following = _NEXT.match(text, m.end())
        word = following.group(1) if following else ""
        if word[:1].isalpha() and not word[:1].isupper() and word.lower() not in stop:
            continue  # "the Iraq war": the name modifies a noun, "the" is the noun's
        if word[:1].isupper() and not name.endswith("."):
            continue  # "the Iowa Democratic Party": a longer name's "the" ("U.S. The …" ends a sentence)
        if THE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            with_the += 1
        else:
            bare += 1
    if with_the == bare:
        return None
    return with_the > bare


def common_head_of(name: str) -> bool:
    """Whether a name is a common noun's "of" phrase ("Confederation of Indian Industry",
    "Ministry of Defence"): English writes it with "the" wherever it stands alone."""
    found = _HEAD_OF.match(name)
    return found is not None and found.group(1).lower() in lemma_index("noun")


def _next_word(doc: Doc, at: int) -> Token | None:
    """The first token from character ``at`` on, past a parenthesised short form ("(CII)")."""
    starts = [t.idx for t in doc]
    i = bisect_left(starts, at)
    if i < len(doc) and doc[i].text == "(" and i + 2 < len(doc) and doc[i + 2].text == ")":
        i += 3
    return doc[i] if i < len(doc) else None


def written_with_the(name: str, doc: Doc) -> bool | None:
    """Whether the article ``doc`` writes ``name`` with "the" where it stands alone (True), bare
    (False), or says nothing (None) — as ``takes_the``, but the word after a mention is read by
    its tag: a noun the name modifies ("CII president", "the Iraq war") makes no vote, a verb
    ("Bank of Arden said") does."""
    with_the = bare = 0
    for m in _mention(name).finditer(doc.text):
        after = _next_word(doc, m.end())
        if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and not after.is_sent_start:
            continue  # "Confederation of Indian Industry (CII) president", "the Iowa Democratic Party"
        if THE_BEFORE.search(doc.text, max(0, m.start() - 8), m.start()):
            with_the += 1
        else:
            bare += 1
    if with_the == bare:
        return None
    return with_the > bare


def with_article(name: str, doc: Doc) -> str:
    """``name`` as a sentence of ``doc`` would write it standing alone: with "the" when the
    article writes it so (``written_with_the``), or, where it never says, when its head is a
    common noun's "of" phrase (``common_head_of``)."""
    if name.lower().startswith("the "):
        return name
    habit = written_with_the(name, doc)
    if habit is None:
        habit = common_head_of(name)
    return f"the {name}" if habit else name
