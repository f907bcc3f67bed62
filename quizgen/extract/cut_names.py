"""Organisation names the tagger cut from a coordinated name.

"the Anna, Mark and Lucy Perrin Foundation" is one name, but the tagger's organisation span is
"Lucy Perrin Foundation" — a name the article never uses. Such a span starts right after "and"
or "&", with its first word a given name and at least one word after it; before it is a run of
capitalised words joined by commas and "and", each a word of its own (no longer entity holds
it), after "the": the run is the start of the same name, one "the" for the lot ("Norton and
Texas Eastern had each …" are two companies). When every word of the run is a given name, the whole name as written can be read ("Anna,
Mark and Lucy Perrin Foundation"); otherwise which words belong to it is unsafe to say, and
nothing is named from the span.

>>> whole_name(ent)  # doctest: +SKIP
Anna, Mark and Lucy Perrin Foundation
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.constants import NAME_PARTICLES
from quizgen.extract.name_checks import legal_form
from quizgen.extract.name_lists import is_first_name

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_JOINS = frozenset([",", "and", "&"])
# The small words that join the parts of a European institution's name ("Bank fuer
# Gemeinwirtschaft", "Kreditanstalt fuer Wiederaufbau", "Aachener und Muenchener Beteiligungs-AG",
# "Banco de Bilbao"): a person's name particles and the German ones, written with or without
# the umlaut.
NAME_JOINING_WORDS = NAME_PARTICLES | frozenset(["fuer", "für", "zur", "zum", "und", "voor"])


def particle_before(ent: Span) -> bool:
    """Whether the tagger's name begins after a particle of the same name: "Bank fuer
    [Gemeinwirtschaft AG]" (j155), "Aachener und [Muenchener Beteiligungs-AG]": a lower-case
    joining word (``NAME_JOINING_WORDS``) right before it, itself after a capitalised word with
    nothing between. The name as written starts earlier; the span alone is a fragment of it."""
    doc = ent.doc
    if ent.start < 2:
        return False
    particle, word = doc[ent.start - 1], doc[ent.start - 2]
    return (
        particle.text in NAME_JOINING_WORDS and particle.text.islower()
        and word.text[:1].isupper() and word.is_alpha and bool(word.whitespace_) and bool(particle.whitespace_)
    )


def cut_run(ent: Span) -> list[Token] | None:
    """The capitalised words joined before ``ent`` that belong to its name (in text order), or
    None when ``ent`` is no cut name."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.start < 2 or doc[ent.start - 1].lower_ not in ("and", "&"):
        return None  # a list ends in "and": "Florida, Pate supported …" is no name's run
    if len([t for t in ent if t.tag_ != "POS"]) < 2 or not is_first_name(ent[0].text):
        return None  # a given name and the name's own words after it: "Lucy Perrin Foundation"
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
    if run[0].i == 0 or doc[run[0].i - 1].lower_ != "the":
        return None  # no "the" for the lot: "Norton and Texas Eastern had each …" are two
    return run


def joined_company(ent: Span) -> bool:
    """Whether ``ent`` is a company name that may be the end of a longer one joined by "and":
    "American Telephone and Telegraph Co" tagged "Telegraph Co" (j81, named "[Telegraph Co]"),
    "Procter and Gamble Co". Two companies are written so too ("Norton and Texas Eastern Corp"):
    which words belong to the name is unsafe to say."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.start < 2 or doc[ent.start - 1].lower_ not in ("and", "&"):
        return False
    before = doc[ent.start - 2]
    return legal_form(ent[-1].text) and before.is_alpha and before.is_title


def whole_name(ent: Span) -> Span | None:
    """``ent`` when it is no cut name; the whole name as written when it is one whose joined
    words are all given names ("Anna, Mark and Lucy Perrin Foundation"); None when it is cut
    and which words belong to it is unsafe to say (as for a company's name after "and" and
    capitalised words, ``joined_company``)."""
    run = cut_run(ent)
    if run is None:
        return None if joined_company(ent) else ent
    if not all(is_first_name(w.text) for w in run):
        return None
    from spacy.tokens import Span as SpanType

    return SpanType(ent.doc, run[0].i, ent.end, label=ent.label_)
