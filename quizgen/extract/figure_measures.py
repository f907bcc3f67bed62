"""Figures of one sentence that state one measure, read from the parse.

"Net income rose 20% to $5 million from $4.2 million": the change, the level it reached and the
level it came from are one fact told three ways — a card on any one gives the others away, and a
teacher asks it once. So are "sales were $6.6 billion, up 13% from $5.8 billion" (the level, then
the change set after it), "a 38% jump in profit to £54.8 million" (a change written as a noun)
and "holds 525,546 shares, or a 5.3% stake" (an amount restated as a share of the whole).
Figures of one sentence that measure different things ("sales rose 8% to $410 million and net
income fell to $12 million") are not joined: each is joined only to the figures its own change
word takes ("to", "from") or to the amount it restates.

Each figure of a measure gets its role: "level" (the level reached, or a figure the change stands
beside), "change", "baseline" (the level it came from), "amount" (what a share restates) or
"share". Ranges and conversions are read elsewhere (``extract.figure_ranges``,
``items.conversions``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# How a figure's words hang from the preposition whose object they are: "to a record $110.9
# million" (an apposition to "record"), "from $4.2 million".
_OBJECT_DEPS = frozenset(["appos", "compound", "nummod", "quantmod", "nmod", "pobj"])
# What may stand between "to" and its figure: "to a record $110.9 million".
_BETWEEN = frozenset(["det", "amod", "compound", "quantmod"])
# A figure restated as a share right after it and the words of its unit: "812,300 Harlow common
# shares, or a 6.2% stake", "about $3 billion -- more than 12% of assets", "2.7 million shares (18%)".
_RESTATES = re.compile(r"^(?:\s+[A-Za-z][A-Za-z.'’&-]*){0,4}\s*(?:,\s*or|--|—|–|\()\s*(?:an?\s+)?$")
# What joins a figure to its restatement per unit or in another unit ("$422.5 million, or $6.44 a
# share"): the figure a change stands beside is the first of them.
_OR_AGAIN = re.compile(r"^\s*,\s*or\s+$")
# A result's two sides, not a change and its level: "leads 46 percent to Marsh's 39 percent".
_SCORE = re.compile(r"^\s+to\s+(?:[A-Z][\w.-]*(?:['’]s?)?\s+){0,3}$")
# The words a change set after its figure is written with: "sales were $6.6 billion, up 13%".
_UP_DOWN = frozenset(["up", "down"])


def _verb_of(token: Token) -> Token:
    """The verb heading the clause a token stands in (the sentence's root at the latest)."""
    t = token
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def _change_head(span: Span) -> Token | None:
    """The word a figure is the amount of change of: the verb or adverb it measures ("rose 0.4
    percent", "up 13%"), the noun it modifies ("a 38% jump") or the verb "by" hangs from ("increased
    by 20%"); None for a figure that is no change's amount. Whether the word is a change is read
    from what it takes: a level it reached or came from, or a level it stands beside."""
    root = span.root
    if root.dep_ == "npadvmod" and root.head.pos_ in ("VERB", "ADV", "ADP"):
        return root.head  # not an object ("Baines had 49.9 percent to Marsh's 49.6 percent": two sides)
    if root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN" and root.head.i >= span.end:
        return root.head  # "a 38% jump" (not "51 cents": a count's noun is what it counts)
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.pos_ in ("VERB", "NOUN"):
        return root.head.head
    return None


def _object_of(span: Span, word: str) -> Token | None:
    """The preposition ``word`` ("to", "from") whose object the figure is, or None."""
    tok = span.root
    while tok.dep_ in _OBJECT_DEPS and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ == word:
            return tok.head
        if tok.dep_ == "pobj":
            break
        tok = tok.head
    # the parser may tie "to" to the figure itself ("posted a 27% jump in profit for the year to
    # £61.2 million": "to" a quantifier of the figure)
    i = span.start - 1
    doc = span.doc
    while i >= 0 and doc[i].dep_ in _BETWEEN and doc[i].lower_ != word and not doc[i].like_num and doc[i].pos_ != "SYM":
        i -= 1
    if i < 0 or doc[i].lower_ != word or (i > 0 and doc[i - 1].like_num):
        return None  # not the "to" of a score or a range ("by 1 percent -- 212,205 to 210,424 votes")
    return doc[i]


def _takes(head: Token, prep: Token | None) -> bool:
    """Whether a change word takes the preposition (its own, or tied by the parser to the figure
    inside the change word's phrase)."""
    if prep is None:
        return False
    if prep.head.i == head.i or (prep.dep_ == "quantmod" and any(a.i == head.i for a in prep.ancestors)):
        return True
    if head.dep_ == "dobj" and prep.head.i == head.head.i:
        return True  # "posted a 27% jump in profit … from £48.2 million": the verb whose object the change is
    # tied inside the change's other phrase: "jumped 16% to $88.4 million, or 51 cents a share,
    # from $76.2 million" ("from" under "cents")
    below = prep.head
    while below.head.i != head.i:
        if below.head.i == below.i or below.pos_ in ("VERB", "AUX"):
            return False
        below = below.head
    return below.dep_ == "prep" and below.lower_ in ("to", "from")


def measure_roles(figures: list[tuple[Span, int, int, str]], text: str) -> dict[int, tuple[int, str]]:
    """For each figure of one sentence that states the same measure as another, its index →
    (start of the measure's first figure, role). ``figures`` holds (span, start, end, unit) of the
    sentence's figures in text order (start and end with the qualifier, as ``FigureFact``);
    ``text`` is the article body the offsets index.

    Roles: "level", "change", "baseline", "amount", "share" (see the module)."""
    parent = list(range(len(figures)))
    roles: dict[int, str] = {}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(a: int, b: int, role_a: str, role_b: str) -> None:
        parent[find(b)] = find(a)
        roles.setdefault(a, role_a)
        roles.setdefault(b, role_b)

    for c, (span, _start, _end, _unit) in enumerate(figures):
        head = _change_head(span)
        if head is None:
            continue
        reached = False
        for o, (other, *_rest) in enumerate(figures):
            if o == c:
                continue
            if _takes(head, _object_of(other, "to")) and other.start > span.start and not _SCORE.match(
                text[figures[c][2] : figures[o][1]]
            ):
                join(c, o, "change", "level")
                reached = True
            elif _takes(head, _object_of(other, "from")):
                join(c, o, "change", "baseline")
        if reached or head.lower_ not in _UP_DOWN or head.dep_ not in ("advmod", "prt"):
            continue
        # "sales were $6.6 billion, up 13% from $5.8 billion": the change stands beside the
        # level before it, in the same clause (past its restatement per share: "$422.5 million,
        # or $6.44 a share, up 8.9%")
        before = [o for o in range(c) if figures[o][0].end <= head.i]
        if not before:
            continue
        level = before[-1]
        while level > 0 and _OR_AGAIN.match(text[figures[level - 1][2] : figures[level][1]]):
            level -= 1
        if _verb_of(figures[level][0].root).i == _verb_of(head).i and roles.get(level) != "baseline":
            join(level, c, "level", "change")
    for x, (span, *_rest) in enumerate(figures):
        to = _object_of(span, "to")
        for y, (other, *_rest2) in enumerate(figures):
            came = _object_of(other, "from") if to is not None and y != x else None
            if came is not None and came.head.i == to.head.i:
                join(x, y, "level", "baseline")  # "raised it to $15 from $7.25"
    for a in range(len(figures) - 1):
        b = a + 1
        if figures[b][3].startswith("percent") and not figures[a][3].startswith("percent") and _RESTATES.match(
            text[figures[a][2] : figures[b][1]]
        ):
            join(a, b, "amount", "share")
    out: dict[int, tuple[int, str]] = {}
    for i, role in roles.items():
        first = min(j for j in range(len(figures)) if find(j) == find(i))
        out[i] = (figures[first][1], role)
    return out
