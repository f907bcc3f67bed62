"""Whether an article's text was set in lower case, its names with it.

Some wire stories reach us lowered ("Caracas, march 12 - president jaime lusinchi defended …
bring needed foreign investment to venezuela", j94: four of the 1,560 Reuters-21578 stories of
our draws). The tagger cannot tell a name from a word in such text, and a card would print
"lusinchi" and "venezuela" as its question and answer. The test reads two marks that no
edited English text shows: hardly a capital after a sentence's first word (under 1% of those
words; a business brief with few names, "Shoney's Inc. said it will report a write-off …",
has under 1% too), and a month written in lower case before its day or year ("march 12",
"february 1984"), which no newsroom writes. Both must hold.
"""

from __future__ import annotations

import re

# A month in lower case before a day or a year ("march 12", "february 1984"); not "may" (a verb).
_LOWER_MONTH = re.compile(
    r"\b(?:january|february|march|april|june|july|august|september|october|november|december)\s+\d"
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?:\"”])\s+|\n+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# Fewer capitals than this share of the words after each sentence's first is no edited text.
MAX_CAPITAL_SHARE = 0.01
# Too few words to tell: a short text may name no one.
MIN_WORDS = 60


def set_in_lower_case(body: str) -> bool:
    """Whether ``body`` was written (or lowered) without the capitals of its names.

    >>> set_in_lower_case("Caracas, march 12 - president jaime lusinchi defended the accord. " * 10)
    True
    >>> set_in_lower_case("Shoney's Inc. said it will report a write-off on march 12 for its quarter. " * 8)
    False
    """
    if not _LOWER_MONTH.search(body):
        return False
    words = capitals = 0
    for sentence in _SENTENCE_BREAK.split(body):
        for word in _WORD.findall(sentence)[1:]:
            words += 1
            capitals += word[0].isupper()
    return words >= MIN_WORDS and capitals / words < MAX_CAPITAL_SHARE
