"""Which dates of a sentence date a figure, read from the parse.

"Hochsprung was one of 26 people killed in the December 2012 shooting": the toll is 2012's, and
a story of 2016 only recalls it. "Paribas was denationalized in 1987, and it now holds just
under 5%": the stake is today's; 1987 dates another clause. A date dates a figure when it
stands in the figure's own clause (the nearest verb heading both is the same) or inside the
noun phrase the figure counts ("26 people killed in the December 2012 shooting"). A clause
of its own (a relative clause, an adverbial one: "when Paribas was denationalized in 1987",
one after a semicolon) keeps its date, as does the other side of a comparison ("13 of the past
19 contests, compared with three of the last 10 in 2008").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Dependencies that open a clause of their own: a date beneath one dates that clause's verb.
CLAUSE_DEPS = frozenset(["ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "csubj", "pcomp"])
NOUN_POS = frozenset(["NOUN", "PROPN", "PRON"])
# Words opening the other side of a comparison: its date is that side's ("than in 2008").
OTHER_SIDE = frozenset(["compared", "than", "versus", "vs.", "vs", "unlike", "whereas", "while"])


def figure_dates(span: Span, sent: Span) -> tuple[tuple[int, int], ...]:
    """(start, end) characters of each DATE entity of ``sent`` that dates the figure ``span``."""
    clause = _clause_of(span.root)
    counted = _counted_noun(span.root)
    phrase = range(counted.left_edge.i, counted.right_edge.i + 1) if counted is not None else range(0)
    found = []
    for ent in sent.ents:
        if ent.label_ != "DATE" or (ent.start < span.end and span.start < ent.end):
            continue
        if _clause_of(ent.root).i == clause.i or ent.root.i in phrase:
            found.append((ent.start_char, ent.end_char))
    return tuple(found)


def figure_clause(span: Span) -> tuple[int, int]:
    """(start, end) characters of the clause a figure stands in: its verb's words ("that killed
    259 people on the plane") and, for a clause that describes a noun, that noun's phrase before
    it ("the Dec. 21, 1988, bombing of Pan Am Flight 103"); the whole sentence for a figure of its
    main clause."""
    clause = _clause_of(span.root)
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = _clause_of(clause.head)  # "helped a party route $2.2 million": the helper's clause
    start, end = clause.left_edge, clause.right_edge
    if clause.dep_ in ("relcl", "acl") and clause.head.i < clause.i:
        start = clause.head.left_edge
    return start.idx, end.idx + len(end)


def _clause_of(token: Token) -> Token:
    """The verb heading the clause a token stands in: itself or its nearest ancestor that is a
    verb opening a clause (the sentence's root at the latest), or the word opening the other
    side of a comparison it stands in ("compared with Obama's three wins in 2008")."""
    t = token
    while True:
        if t.pos_ in ("VERB", "AUX") and t.dep_ in CLAUSE_DEPS or t.lower_ in OTHER_SIDE:
            return t
        if t.head.i == t.i:
            return t
        t = t.head


def _counted_noun(token: Token) -> Token | None:
    """The noun a figure counts or measures: the figure's own head when it is a noun ("nearly
    70 percent"), else the noun it modifies ("26 people", "80 murders"), or None."""
    if token.pos_ in NOUN_POS:
        return token
    if token.dep_ in ("nummod", "quantmod", "compound", "amod") and token.head.pos_ in NOUN_POS:
        return token.head
    return None
