"""Sentences of page furniture inside a paragraph of prose: a bare link, a run of wire listings.

A newsletter's roundup item ends on where to read more ("… Jo Roe at POLITICO New York reports:
http://politi.co/1AbC"), and a wire's list of new issues runs its entries together ("Acme Inc. --
$125 million of notes … via Goldman, Sachs and Co. Hertz Corp. -- $100 million …") so that the
sentence splitter makes one "sentence" of two entries. Neither is prose a card can be read from:
a link is no English and its lead-in ("… reports:") is cut off by it, and a listing's entries are
a table's rows. A sentence holding a bare URL, or two listing entries ("Name -- $amount"), makes
no card; nor does an editor's note run into a paragraph ("… a back seat. Editor’s note: Donald
Trump regularly incites …"), the outlet speaking about its article, not the story.

>>> bool(holds_url("Jo Roe at POLITICO New York reports: http://politi.co/1AbC"))
True
>>> bool(is_listing("Acme Inc. -- $125 million of notes, via Goldman, Sachs and Co. Hertz Corp. -- $100 million of notes."))
True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.constants import EDITORIAL_NOTE_STARTS

if TYPE_CHECKING:
    from spacy.tokens import Doc

# "http://…", "https://…", "www.…", or a short link's host and path ("bit.ly/1Tnr3QM", "politi.co/1oGc").
_URL = re.compile(
    r"\b(?:https?://|www\.)\S+"
    r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|co|ly|io|me|us|uk|tv)/\S+",
    re.IGNORECASE,
)
# A listing entry: an issuer's capitalised name, a double dash, an amount ("Hertz Corp. -- $100 million").
_ENTRY = re.compile(r"[A-Z][\w.&'’-]*(?:,? [A-Z&][\w.&'’-]*)*\s+(?:--|—|–)\s+(?:[A-Z]{1,3})?\$\s?\d")


def holds_url(text: str) -> bool:
    """Whether ``text`` holds a bare web address."""
    return _URL.search(text) is not None


def is_listing(text: str) -> bool:
    """Whether ``text`` runs two listing entries ("Name -- $amount") together."""
    return len(_ENTRY.findall(text)) >= 2


def editorial_note(text: str) -> bool:
    """Whether ``text`` opens with the outlet speaking about the article ("Editor’s note: …",
    ``constants.EDITORIAL_NOTE_STARTS``): a note run into a paragraph of prose, where the
    paragraph-level furniture check does not see it."""
    return text.lstrip(" \"“‘'([").lower().startswith(EDITORIAL_NOTE_STARTS)


def furniture_sentences(doc: Doc) -> frozenset[int]:
    """The start offsets (characters) of ``doc``'s sentences holding a link, a run of listings or
    an editor's note."""
    return frozenset(
        s.start_char for s in doc.sents if holds_url(s.text) or is_listing(s.text) or editorial_note(s.text)
    )
