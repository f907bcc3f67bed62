"""Clauses of a figure's sentence that neither hold the figure nor govern it.

"Tellmark shareholders, who approved the plan in May, will receive $14 a share": the
relative clause says something of the holders, and "the plan" in it, which the sentence leaves
to the text before, is no part of what the figure's card asks (what the holders receive). A
card may keep such words as written. A description in the figure's own clause ("The
acceptances give Orvane a 61.5% stake"), or in a clause above it ("The company said it would cut
500 jobs": whose jobs), still needs a name (``items.wording.cloze``), as does a noun's
infinitive ("Lee is a favorite to win the state, leading Moore by 46 percent to 35 percent":
which state is the poll's). A sentence too long to ask may be asked without the reason or
contrast it ends with (``trailing_clause``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.extract.figure_times import CLAUSE_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# A side clause describes a noun or makes a statement of its own; a complement ("agreed to buy
# …") and a clausal subject say what the clause above asserts, and an adverbial clause ("After the
# deal closed, …") frames the occasion the figure is of.
SIDE_DEPS = frozenset(["relcl", "acl", "conj", "parataxis"])


def side_clauses(figure: Span) -> tuple[tuple[int, int], ...]:
    """(start, end) characters of each clause of ``figure``'s sentence that is set off from it:
    a clause (``SIDE_DEPS``) whose words do not hold the figure, hanging on a word of the
    figure's clause path, not itself inside another such clause (the outermost one is given)."""
    sent = figure.sent
    governing = _governing(figure.root)
    out: list[tuple[int, int]] = []
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in SIDE_DEPS or tok.dep_ not in CLAUSE_DEPS:
            continue
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
            continue  # "a favorite to win the state": a noun's complement says which
        left, right = tok.left_edge, tok.right_edge
        if left.i <= figure.start and figure.end - 1 <= right.i or figure.start <= right.i and left.i < figure.end:
            continue  # holds (part of) the figure
        if tok.i in governing:
            continue
        head = _phrase_head(tok.head, figure)
        if figure.start <= head.i < figure.end or (head == figure.root.head and figure.root.dep_ == "nummod"):
            continue  # "$46 million already spent … by the group": a clause on the figure says what it is
        if any(out_start <= left.idx < out_end for out_start, out_end in out):
            continue
        out.append((left.idx, right.idx + len(right)))
    return tuple(out)


# Conjunctions whose clause the sentence stays true without: a reason, a concession, a contrast
# ("X rose 5%, largely because …" says X rose 5%); not a condition ("if", "unless").
KEEPING_MARKS = frozenset(["because", "although", "though", "while", "whereas", "since"])


def trailing_clause(figure: Span) -> int | None:
    """Where a sentence-final adverbial clause set off by a comma after the figure begins (the
    comma's character), or None: "… the Harbor Party faces the task of defending 31 of the 40
    council seats up for election this autumn, largely because the terms of the members who swept
    into office in the last election have come due." A card of a sentence too long to ask may end before it: the reason or
    the circumstance is no part of the figure (``items.figures``)."""
    sent = figure.sent
    root = sent.root
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words:
        return None
    last = words[-1]
    for tok in root.children:
        if tok.dep_ != "advcl" or tok.pos_ not in ("VERB", "AUX") or tok.right_edge.i < last.i:
            continue
        if not any(c.dep_ == "mark" and c.lower_ in KEEPING_MARKS for c in tok.children):
            continue  # "…, if after five years …": a condition the figure holds only under
        comma = tok.left_edge.i - 1
        while comma > figure.end and sent.doc[comma].pos_ == "ADV":
            comma -= 1  # "…, largely because …"
        if comma < figure.end or sent.doc[comma].text != ",":
            continue
        if any(t.is_quote for t in sent.doc[comma : sent.end]):
            continue  # quoted words run on into it
        return sent.doc[comma].idx
    return None


_PHRASE_DEPS = frozenset(["pobj", "prep", "compound", "amod", "nmod"])


def _phrase_head(word: Token, figure: Span) -> Token:
    """The word of the figure's own phrase a noun hangs on through prepositions ("ads" of "$3
    million in ads reserved over that span": the clause on "ads" says what the figure is, round
    42), else the word itself."""
    tok = word
    for _ in range(4):
        if figure.start <= tok.i < figure.end or tok.dep_ not in _PHRASE_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok if figure.start <= tok.i < figure.end else word


def _governing(token: Token) -> set[int]:
    """The figure's own head words up to the root."""
    seen = {token.i}
    while token.head.i != token.i:
        token = token.head
        seen.add(token.i)
    return seen
