"""Organisation names the tagger cut from a coordinated name.

"the Anna, Mark and Lucy Perrin Foundation" is one name, but the tagger's organisation span is
"Lucy Perrin Foundation" — a name the article never uses. Such a span starts right after "and",
"&" or a comma, with its first word a given name, and before it a run of capitalised words
joined by commas and "and", each a word of its own (no longer entity holds it), after "the" or
all given names: the run is the start of the same name (one "the" for the lot). When every word of the run is a given
name the whole name as written can be read ("Anna, Mark and Lucy Perrin Foundation"); otherwise
which words belong to it is unsafe to say, and nothing is named from the span.

>>> whole_name(ent)  # doctest: +SKIP
Anna, Mark and Lucy Perrin Foundation
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.extract.name_lists import is_first_name

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_JOINS = frozenset([",", "and", "&"])


def cut_run(ent: Span) -> list[Token] | None:
    """The capitalised words joined before ``ent`` that belong to its name (in text order), or
    None when ``ent`` is no cut name."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.start < 2 or doc[ent.start - 1].lower_ not in _JOINS or not is_first_name(ent[0].text):
        return None
    run: list[Token] = []
    i = ent.start - 1
    while i >= 1 and doc[i].lower_ in _JOINS:
        if doc[i].lower_ != "," and i >= 1 and doc[i - 1].text == ",":  # "Anna, Mark, and Lucy …"
            i -= 1
        word = doc[i - 1]
        if not (word.is_alpha and word.is_title) or word.ent_iob_ == "I" or (
            word.i + 1 < len(doc) and doc[word.i + 1].ent_iob_ == "I"
        ):
            break  # not a single capitalised word: "Acme Corp, and …" is a name of its own
        run.insert(0, word)
        i -= 2
    if not run:
        return None
    before = doc[run[0].i - 1] if run[0].i > 0 else None
    if before is not None and before.is_title and not before.is_sent_start and before.lower_ != "the":
        return None  # a longer run of names than can be read: "Smith Anna, Mark and …"
    shared = before is not None and before.lower_ == "the"  # "the Oakes, Brandt and Lucy … Foundation": one name
    if not shared and not all(is_first_name(w.text) for w in run):
        return None  # "Paris, London and Lucy Perrin Foundation": three of them
    return run


def whole_name(ent: Span) -> Span | None:
    """``ent`` when it is no cut name; the whole name as written when it is one whose joined
    words are all given names ("Anna, Mark and Lucy Perrin Foundation"); None when it is cut
    and which words belong to it is unsafe to say."""
    run = cut_run(ent)
    if run is None:
        return ent
    if not all(is_first_name(w.text) for w in run):
        return None
    from spacy.tokens import Span as SpanType

    return SpanType(ent.doc, run[0].i, ent.end, label=ent.label_)
