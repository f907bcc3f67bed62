"""Whether two spellings differ by one slip of the keys: what the spelling mender reads as a
word the article mistyped once (``items.spelling.article_slips``: "Geogia" beside "Georgia") and
what the cast reads as a surname mistyped once (``PersonIndex``: "Japsper said" after "Thomas
Jasper").

>>> one_slip("Japsper", "Jasper"), one_slip("Soctt", "Scott"), one_slip("Osama", "Obama")
(True, True, False)
"""

from __future__ import annotations

SWAP_LETTERS = 5  # two neighbours swapped, or a letter changed, only in a word this long


def one_slip(word: str, other: str) -> bool:
    """Whether ``other`` is ``word`` with one slip of the keys mended, inside the word (its first
    letter and its last two the same): a letter dropped or added, or in a word of five letters or
    more two neighbours swapped or (in lower case only) a letter changed. An ending is a word's
    grammar, not a slip: "Kuwaiti" beside "Kuwait", "Reagans" beside "Reagan", "Hanson" beside
    "Hansen" stay."""
    if other == word or other[0] != word[0] or other[-2:] != word[-2:] or abs(len(other) - len(word)) > 1:
        return False
    if len(other) != len(word):
        longer, shorter = (word, other) if len(word) > len(other) else (other, word)
        return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))
    if len(word) < SWAP_LETTERS:
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, other)) if a != b]
    if word[0].isupper():
        # a name's changed letter is often another name: "Osama" beside "Obama", "Caris" beside "Chris"
        return _swapped(word, other, diff)
    return len(diff) == 1 or _swapped(word, other, diff)


def _swapped(word: str, other: str, diff: list[int]) -> bool:
    """Whether the letters at ``diff`` are two neighbours swapped ("Ogpin", "Soctt")."""
    return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == other[diff[1]] and word[diff[1]] == other[diff[0]]
