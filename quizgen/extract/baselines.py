"""Whether a figure is the baseline of a comparison, read from the parse.

"Sales rose 8% to $1.2 billion from $1.06 billion a year earlier": $1.2 billion is the news and
$1.06 billion only the baseline it is compared with. Words alone miss the baseline when names
or brackets stand between the marker and the figure ("In the year-earlier period, Norton Co. had
net of $77.2 million"); the parse sees the figure's own path to its verb:

- the figure is the object of "from" ("up 39% from $388.5 million", "from 71 to 55 percent"),
  or of "compared with/to" or "versus" in a comparison with an earlier period ("compared with a
  loss of $9.7 million a year earlier"; not a contrast of one time: "compared with 31% who …");
- or a word of an earlier period hangs from that path, outside any comparing phrase: "In the
  year-earlier period … had net of ____", "____ a year ago", "the prior-year quarter's ____";
- or the figure measures an earlier movement that a change is told against: a rise, fall or
  growth (noun or verb) that is the object of "from" or "since" ("to 5.2 pct from August's 4.5
  pct growth", "the largest increase since a 1.2 pct rise in April 1986"), or of "after" when
  the clause it hangs from has a figure of its own ("rose 1.66 billion stg in September after a
  978 mln stg August rise", "ended at 2,664.70 after falling 40 points in late morning").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.constants import CHANGE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MAX_CLIMB = 6
COMPARING = frozenset(["from", "versus", "vs.", "vs"])  # not "against": "voted against the $700 billion bailout"
COMPARE_VERBS = frozenset(["compare"])  # "compared with", "compared to", "as compared to"
# Words of an earlier period: "year-earlier", "year-ago", "prior-year", and "a year earlier/ago/before".
EARLIER_PERIOD = frozenset(["year-earlier", "year-ago", "prior-year", "year-before", "previous-year"])
EARLIER_WORDS = frozenset(["earlier", "ago", "before"])
PERIOD_WORDS = frozenset(["year", "quarter", "period", "month"])
# Phrases that hold the other side of a comparison, not the figure's own time.
OTHER_SIDE = frozenset(["than", "from", "compared", "versus", "vs.", "vs", "against", "over"])
# Lemmas of a movement a figure can measure (nouns and verbs: "a 1.2 pct rise", "after falling
# 40 points"), and the prepositions that make such a movement the earlier one a change is told
# against; "after" only beside another figure ("rose 5% after a 3% rise": the 5% is the news).
MOVEMENT_LEMMAS = CHANGE_NOUNS | frozenset([
    "growth", "grow", "climb", "dip", "slide", "slip", "ease", "plunge", "tumble", "soar", "advance", "lose", "loss",
])
EARLIER_MOVEMENT_PREPS = frozenset(["from", "since"])
YEAR = re.compile(r"(1[89]|20)\d\d")


def is_baseline(span: Span) -> bool:
    """Whether the figure ``span`` is what something is compared with (see the module)."""
    path = _path(span)
    if any(_earlier_movement(tok, span) for tok in path):
        return True
    for tok in path:
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            prep = tok.head
            if prep.lower_ == "from" and _figure_object(tok, span):
                return True
            # "compared with a loss of $9.7 million a year earlier", "versus $4.2 billion in the
            # prior-year quarter"; not a contrast of the same time ("compared with 31% who …")
            phrase = prep.head if prep.head.lemma_.lower() in COMPARE_VERBS else prep
            if (prep.lower_ in COMPARING or phrase is not prep) and _names_earlier_time(phrase):
                return True
    sides = [c for tok in path for c in tok.children if c.dep_ == "prep" and c.lower_ in OTHER_SIDE]
    if sides:
        return False  # "rose to $40 million from $34 million a year earlier": the year is the other side's
    return any(_earlier_period(c) for tok in path for c in tok.children if c not in path and _own_time(c))


def _earlier_movement(tok: Token, span: Span) -> bool:
    """Whether ``tok``, on the figure's path, is a movement the figure measures that is the
    object of "from" or "since", or of "after" beside a figure of the clause (see the module)."""
    prep = tok.head
    if tok.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep" or tok.lemma_.lower() not in MOVEMENT_LEMMAS:
        return False
    if prep.lower_ in EARLIER_MOVEMENT_PREPS:
        return True
    if prep.lower_ != "after":
        return False
    inside = {t.i for t in prep.subtree} | set(range(span.start, span.end))
    return any(t.like_num and t.i not in inside and not _calendar_number(t) for t in prep.head.subtree)


def _calendar_number(tok: Token) -> bool:
    """Whether a number is a year or a day of a date ("in 1987", "on March 15"), not a figure."""
    return bool(YEAR.fullmatch(tok.text)) or (tok.ent_type_ in ("DATE", "TIME") and tok.text.isdigit() and int(tok.text) <= 31)


def _names_earlier_time(phrase: Token) -> bool:
    """Whether a comparing phrase, or the sentence it stands in, names an earlier period."""
    return any(_earlier_period(t) for t in (phrase, phrase.sent.root))


def _path(span: Span) -> list[Token]:
    """The figure's root and its ancestors up to the first verb (inclusive)."""
    tok, path = span.root, [span.root]
    for _ in range(MAX_CLIMB):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
        path.append(tok)
    return path


def _figure_object(pobj: Token, span: Span) -> bool:
    """Whether "from"'s object is the figure itself ("from $388.5 million", "from 16.2%") or a
    count going somewhere ("from 16 members to 19"), not a source ("donations from 200 people")."""
    if span.start <= pobj.i < span.end:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in pobj.head.head.children)


def _own_time(child: Token) -> bool:
    return child.dep_ in ("prep", "npadvmod", "advmod", "amod", "poss", "nsubj", "nsubjpass") and child.lower_ not in OTHER_SIDE and child.lemma_.lower() not in COMPARE_VERBS


def _earlier_period(child: Token) -> bool:
    """Whether a phrase names an earlier period, outside any comparing phrase inside it ("up
    39% from $388.5 million a year earlier": the year is the baseline's)."""
    words, stack = set(), [child]
    while stack:
        tok = stack.pop()
        words.add(tok.lower_)
        stack.extend(c for c in tok.children if not (c.dep_ == "prep" and c.lower_ in OTHER_SIDE))
    if words & EARLIER_PERIOD:
        return True
    return bool(words & EARLIER_WORDS and words & PERIOD_WORDS)
