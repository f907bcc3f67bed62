"""A wire's misspelt words and words typed twice, mended in a card's question: "the deal's
first stage, closng March 22" → "closing", "the certificate progam" → "program", "was to was
to run" → "was to run" (j99, j101: readers failed cards that copied the typo; a learner would
memorise it).

A word is mended only when it is sure to be a typo and its right spelling is sure:

- lower case and of five letters or more (names, initials and the wire's own short forms —
  "mln", "dlrs", "bpd", "stg" — are never touched);
- unknown both to the pipeline's lemmatizer tables (WordNet's words with their regular endings,
  ``nlp.english_word``) and to pyspellchecker's English word list;
- with exactly one known word one edit away (a letter dropped, added, changed or two swapped:
  pyspellchecker's ``candidates`` at distance 1): "sighned" (signed, sighed, sighted) stays;
- not written again elsewhere in its article with its "right spelling" nowhere in it
  (``words_used_again``: "the temporao crop" five times is the story's own word, not a slip);
- and none of the words its list lacks but English writes: a British spelling ("criticised",
  "neighbouring": the list is American), a plural or a currency's ("invisibles", "cruzados"),
  a compound of two words or a prefix and a word ("pigmeat", "yearend", "subsea", "unviable").

The evidence keeps the article's words as written; only the question a learner reads is mended.
The word list is pyspellchecker's, pinned in ``pyproject.toml``, so the same text gives the same
card on every machine.

>>> mended_spelling("the deal's first stage, closng March 22")
"the deal's first stage, closing March 22"
>>> mended_spelling("Congressmen seem upset mosty with Japan")  # mostly, most, musty …: unsure
'Congressmen seem upset mosty with Japan'
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from quizgen.nlp import english_word

MIN_LETTERS = 5
# A word, its possessive's "'s" left after it ("the worlkd's largest", j101).
_WORD = re.compile(rf"(?<![\w'’.-])[a-z]{{{MIN_LETTERS},}}(?=(?:['’]s)?(?![\w'’-]))")
# Words typed twice over ("an agreement that was to was to run", j101): a run of two or three
# words written again right after itself, or an article or a conjunction ("the the", "and
# and"; "had had", "that that" are English, and so is a preposition twice: "What did he call on
# on 20 October?").
_TWICE = re.compile(r"(?<![\w'’-])((?:[a-z][A-Za-z]*\s+){1,2}[A-Za-z]+)\s+\1(?![\w'’-])")
_NEVER_TWICE = frozenset(["the", "a", "an", "and", "or"])
_ONE_TWICE = re.compile(r"(?<![\w'’-])([A-Za-z]+)\s+\1(?![\w'’-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _checker():
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1)


# Prefixes English joins to a word without a hyphen ("subsea", "nonaccrual", "unviable").
PREFIXES = ("anti", "co", "counter", "inter", "mid", "multi", "non", "out", "over", "post", "pre", "re", "semi", "sub", "super", "trans", "un", "under")


@lru_cache(maxsize=1 << 14)
def right_spelling(word: str) -> str | None:
    """The one known word a lower-case unknown ``word`` is a typo of, or None."""
    if _known(word):
        return None
    tripled = re.sub(r"(\w)\1\1", r"\1\1", word)  # "surpasssing" (j103): English never writes a letter three times
    if tripled != word and _known(tripled):
        return tripled
    if _compound(word):
        return None
    candidates = _checker().candidates(word) or set()
    known = {c for c in candidates if c != word and c.isalpha()}
    if len(known) != 1:
        return None
    right = known.pop()
    if _variant(word, right) or _inflected(word, right):
        return None
    return right


def _known(word: str) -> bool:
    return english_word(word) or word in _checker()


def _compound(word: str) -> bool:
    """Two known words written as one ("pigmeat", "yearend": one of four letters or more, the
    other of three or more), or a prefix and a known word ("subsea", "unviable")."""
    if any(word.startswith(p) and len(word) - len(p) >= 3 and _known(word[len(p):]) for p in PREFIXES):
        return True
    return any(
        _known(word[:i]) and _known(word[i:]) and max(i, len(word) - i) >= 4
        for i in range(3, len(word) - 2)
    )


def _variant(word: str, right: str) -> bool:
    """Whether two spellings are the British and American forms of one word: an "s" for a "z"
    ("criticised"), "our" for "or" ("honoured"), a doubled "l" ("travelled")."""
    if len(word) == len(right):
        diff = [(a, b) for a, b in zip(word, right) if a != b]
        return diff == [("s", "z")]
    longer, shorter = (word, right) if len(word) > len(right) else (right, word)
    for i in range(len(longer)):
        if longer[:i] + longer[i + 1 :] == shorter:
            return (longer[i] == "u" and longer[i - 1 : i] == "o" and longer[i + 1 : i + 2] == "r") or (
                longer[i] == "l" and longer[i - 1 : i] == "l"
            )
    return False


def _inflected(word: str, right: str) -> bool:
    """Whether the two differ by a plural's "s" ("invisibles", "cruzados", "outstandings")."""
    return word == right + "s" or right == word + "s" or word == right + "es"


def _chain(m: re.Match[str]) -> bool:
    """Whether the words written twice go on a third time, a figure of speech ("headline after
    headline after headline"): the words after the second copy open as the first did."""
    rest = m.string[m.end() :].split()
    return bool(rest) and rest[0].strip(",.;:!?'’\"”").lower() == m.group(1).split()[0].lower()


def words_used_again(body: str) -> frozenset[str]:
    """The lower-case words an article writes more than once and whose "right spelling" it never
    writes: its own words, not slips of the keys ("the temporao crop" five times in a story of
    Bahia's cocoa, j104: the Portuguese name of the early crop, "mended" to "temporal"). A slip
    made twice beside the word spelt right ("ownerhsip" three times, "ownership" once) is still
    a slip."""
    counts = Counter(m.group(0) for m in _WORD.finditer(body))
    return frozenset(w for w, n in counts.items() if n > 1 and right_spelling(w) not in counts)


def mended_spelling(text: str, *, keep: frozenset[str] = frozenset()) -> str:
    """``text`` with each sure typo of a lower-case word replaced by its right spelling, and
    words typed twice written once; a word of ``keep`` (``words_used_again``) stays."""
    text = _TWICE.sub(lambda m: m.group(0) if _chain(m) else m.group(1), text)
    text = _ONE_TWICE.sub(lambda m: m.group(1) if m.group(1).lower() in _NEVER_TWICE and m.group(0).split()[1].islower() else m.group(0), text)
    return _WORD.sub(lambda m: m.group(0) if m.group(0) in keep else (right_spelling(m.group(0)) or m.group(0)), text)
