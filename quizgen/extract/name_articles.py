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
    from collections.abc import Callable

    from spacy.tokens import Doc

THE_BEFORE = re.compile(r"(?:^|[^\w])the\s+$", re.IGNORECASE)
# what follows a mention: an optional parenthesised short form ("(CII)"), then the next word
_NEXT = re.compile(r"(?:\s*\([^()\s]{1,12}\))?\s*(['’]s\b|[A-Za-z][\w-]*|.?)", re.DOTALL)
# "Confederation of Indian Industry": a capitalised head word, "of", a name after it
_HEAD_OF = re.compile(r"([A-Z][a-z]+)\s+of\s+\S")


@lru_cache(maxsize=4096)
def _mention(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)")


def _votes(name: str, text: str, alone: Callable[[int], bool]) -> bool | None:
    """Whether the mentions of ``name`` in ``text`` that ``alone`` says stand alone (it is given
    where each mention ends) are written with "the" (True), bare (False), or neither more often
    (None)."""
    with_the = bare = 0
    for m in _mention(name).finditer(text):
        if not alone(m.end()):
            continue
        if THE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            with_the += 1
        else:
            bare += 1
    return None if with_the == bare else with_the > bare


def takes_the(name: str, text: str) -> bool | None:
    """Whether ``text`` writes ``name`` with "the" (True), bare (False), or says nothing (None:
    no mention standing alone, or as many each way). The word after a mention is read by its
    spelling: a lower-case content word is a noun the name modifies ("the Iraq war": the "the"
    is the noun's), a capitalised one a longer name's next word ("the Iowa Democratic Party";
    "U.S. The …" ends a sentence)."""
    stop = english_stop_words()

    def alone(end: int) -> bool:
        following = _NEXT.match(text, end)
        word = following.group(1) if following else ""
        if word[:1].isalpha() and not word[:1].isupper() and word.lower() not in stop:
            return False
        return not (word[:1].isupper() and not name.endswith("."))

    return _votes(name, text, alone)


def common_head_of(name: str) -> bool:
    """Whether a name is a common noun's "of" phrase ("Confederation of Indian Industry",
    "Ministry of Defence"): English writes it with "the" wherever it stands alone."""
    found = _HEAD_OF.match(name)
    return found is not None and found.group(1).lower() in lemma_index("noun")


def written_with_the(name: str, doc: Doc) -> bool | None:
    """Whether the article ``doc`` writes ``name`` with "the" where it stands alone (True), bare
    (False), or says nothing (None) — as ``takes_the``, but the word after a mention is read by
    its tag: a noun the name modifies ("CII president", "the Iraq war") makes no vote, a verb
    ("Bank of Arden said") does."""
    starts = [t.idx for t in doc]

    def alone(end: int) -> bool:
        i = bisect_left(starts, end)
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            i += 3  # past a short form in brackets: "Confederation of Indian Industry (CII) president"
        after = doc[i] if i < len(doc) else None
        return after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") or after.is_sent_start

    return _votes(name, doc.text, alone)


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
