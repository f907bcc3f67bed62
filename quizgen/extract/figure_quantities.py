"""Whether a count of time units is an amount of something rather than a duration (round 49).

"the company offers new mothers eight weeks of paid leave", "allows just 12 weeks of unpaid
leave": the weeks measure a thing the verb gives or takes (its object or subject, with "of" and
the thing), a figure of the story like a sum of money. A duration says how long something
lasted or when it happened ("lasted 12 hours", "after three days of fighting", "for 26 hours",
"41 years ago") and stays no figure (``extract.figures``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

# The places a noun holds as an argument of its verb, where it is the thing given, taken or had.
_ARGUMENT_DEPS = frozenset(["dobj", "nsubj", "nsubjpass", "attr", "dative"])


def time_quantity(span: Span) -> bool:
    """Whether the count ``span`` ends with numbers a time unit that is an argument of a verb
    and measures a thing named after "of" ("offers eight weeks of paid leave")."""
    last = span[-1]
    noun = last.head if last.dep_ in ("nummod", "quantmod", "compound") and last.head.i > last.i else None
    if noun is None or noun.pos_ != "NOUN" or noun.dep_ not in _ARGUMENT_DEPS or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == noun.i + 1
        and any(obj.dep_ == "pobj" and obj.pos_ == "NOUN" and not obj.like_num for obj in prep.children)
        for prep in noun.children
    )
