"""Whether a wrong choice fits the words around the blank it fills: the determiner before it,
the region named after it.

A name takes "the" or not: "the Netherlands", "the U.S.", "the Justice Department"; "Hungary",
"Iraq", "MGM Grand Inc.". A cloze keeps the sentence's "the" before its blank ("The ____
became the last country to ratify …"), so a choice that takes none reads wrong there ("the
Hungary") and one that takes "the" reads wrong where the sentence has none ("soldiers into
U.S."): either gives itself away, whatever the learner knows of the story.

How a name is written is read from the text it comes from (``extract.name_articles``): a
name the text never writes alone says nothing, and is no choice after "the" (fewer choices,
or a typed card, rather than a guess).

The same holds for a place the sentence locates: "arrived in ____, Florida" takes only a town
the text itself puts in Florida ("Tampa, Florida"); beside "Washington" or "San Bernardino"
the answer is the one Florida town.

>>> takes_the("Netherlands", "In the Netherlands, voters said no. The Netherlands is small.")
True
>>> fits_blank("Hungary", "Netherlands", "The ____ voted.", "Hungary is small. The Netherlands is too.")
False
"""

from __future__ import annotations

import re

from quizgen.extract.name_articles import THE_BEFORE, takes_the
from quizgen.items.place_names import known_place
from quizgen.items.wording import BLANK

# ", Florida" right after the blank: one to three capitalised words up to punctuation or a
# lowercase word ("____, Florida, four days after …", "____, Texas.")
_REGION_AFTER = re.compile(r"\s*,\s+((?:[A-Z][\w.]*)(?:\s+[A-Z][\w.]*){0,2})(?=[\s,.;:)]|$)")


def definite_blank(question: str) -> bool:
    """Whether the blank follows "the": "The ____ is taking …", "… said the ____ is …"."""
    head, blank, _ = question.partition(BLANK)
    return bool(blank) and THE_BEFORE.search(head) is not None


def region_after_blank(question: str) -> str | None:
    """The state or country the question places its blank in ("arrived in ____, Florida, …"
    → "Florida"), by the gazetteer (``items.place_names``); None when it names none."""
    _, blank, tail = question.partition(BLANK)
    found = _REGION_AFTER.match(tail) if blank else None
    return found.group(1).rstrip(".") if found and known_place(found.group(1)) else None


def fits_blank(option: str, answer: str, question: str, text: str) -> bool:
    """Whether ``option`` reads right in the blank ``answer`` fills: in the region the question
    names after it, a place ``text`` puts there; after "the" only a name ``text`` writes with
    "the", elsewhere none it does. When the
    answer itself is written against its habit here ("U.S." used as a modifier), the frame says
    nothing and every option fits."""
    region = region_after_blank(question)
    if region is not None and not re.search(rf"(?<![\w.]){re.escape(option)},\s+{re.escape(region)}\b", text):
        return False  # "____, Florida": only a town the text puts in Florida
    definite = definite_blank(question)
    mine = takes_the(answer, text)
    if mine is not None and mine != definite:
        return True
    theirs = takes_the(option, text)
    return theirs is True if definite else theirs is not True
