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

A word the article slips on once is mended to the article's own spelling of it, whatever its
case (``article_slips``: "Geogia Power" beside "Georgia Power" five times, "Carboulia" beside
"Carbozulia", "a five pct equity postion" beside "position", "18.5 poct" beside "pct", j105),
and two short words run together are parted ("bond withan 11 pct coupon" → "with an").

The evidence keeps the article's words as written; the question a learner reads is mended, and
an answer or a role only to the article's own spelling.
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

from quizgen.constants import WIRE_UNIT_WORDS
from quizgen.extract.key_slips import one_slip
from quizgen.extract.name_lists import is_first_name, known_surnames
from quizgen.nlp import english_word, lemmatizer_lexicon

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


# Short words a slip of the space bar runs together ("withan", "ofthe"): parted, never a word.
_RUN_TOGETHER = frozenset(["a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "that", "this", "as"])
# Any word, capitalised or not, of three letters or more (a possessive's "'s" after it).
_ANY_WORD = re.compile(r"(?<![\w'’.-])[A-Za-z]{3,}(?=(?:['’]s)?(?![\w'’-]))")


@lru_cache(maxsize=2)
def _checker(distance: int = 1):
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=distance)


# A word this long with no known word one slip away is looked up two slips away.
TWO_SLIP_LETTERS = 7


def _two_slips(word: str, right: str) -> bool:
    """Whether ``word`` is ``right`` typed with two slips of the fingers ("inlcuing" for
    "including": two letters swapped and one dropped, j110; "agreemement": a syllable typed
    twice), its first two and last two letters kept. Only letters dropped, added or swapped
    (no other letter put for one: "retracement" is no "replacement"), never one added and
    another dropped; two letters dropped only where they repeat the two beside them."""
    if word[:2] != right[:2] or word[-2:] != right[-2:] or abs(len(word) - len(right)) > 2:
        return False
    longer, shorter = (word, right) if len(word) >= len(right) else (right, word)
    if len(longer) - len(shorter) == 2:
        return any(
            longer[:i] + longer[i + 2 :] == shorter and longer[i : i + 2] in (longer[i - 2 : i], longer[i + 2 : i + 4])
            for i in range(2, len(longer) - 1)
        )
    return _dropped_or_swapped(longer, shorter) <= 2


def _dropped_or_swapped(longer: str, shorter: str) -> int:
    """The fewest letters dropped from ``longer`` or pairs swapped in it that give ``shorter``."""
    far = len(longer) + 1
    steps = [[far] * (len(shorter) + 1) for _ in range(len(longer) + 1)]
    for i in range(len(longer) + 1):
        steps[i][0] = i
    for i in range(1, len(longer) + 1):
        for j in range(1, len(shorter) + 1):
            best = steps[i - 1][j] + 1
            if longer[i - 1] == shorter[j - 1]:
                best = min(best, steps[i - 1][j - 1])
            if i > 1 and j > 1 and longer[i - 1] == shorter[j - 2] and longer[i - 2] == shorter[j - 1]:
                best = min(best, steps[i - 2][j - 2] + 1)
            steps[i][j] = best
    return steps[len(longer)][len(shorter)]


# Prefixes English joins to a word without a hyphen ("subsea", "nonaccrual", "unviable").
PREFIXES = (
    "anti", "auto", "co", "counter", "cross", "de", "dis", "extra", "fore", "hyper", "inter", "intra",
    "macro", "mega", "micro", "mid", "mini", "mis", "multi", "non", "out", "over", "post", "pre", "re", "semi",
    "sub", "super", "trans", "un", "under",
    # an adverb particle before its word ("onboard", j222: mended to "inboard" inside a quotation;
    # "upend", "offshore", "backfill", "downsize")
    "on", "up", "off", "back", "down",
)  # "destocking" (j124: mended to "restocking", the opposite), "misreport", "microchips"


@lru_cache(maxsize=1 << 14)
def right_spelling(word: str) -> str | None:
    """The one known word a lower-case unknown ``word`` is a typo of, or None."""
    if _known(word):
        return None
    tripled = re.sub(r"(\w)\1\1", r"\1\1", word)  # "surpasssing" (j103): English never writes a letter three times
    if tripled != word and _known(tripled):
        return tripled
    for i in range(1, len(word)):
        if word[:i] in _RUN_TOGETHER and word[i:] in _RUN_TOGETHER:
            return f"{word[:i]} {word[i:]}"  # "withan" (j105)
    if _compound(word):
        return None
    candidates = _checker().candidates(word) or set()
    known = {c for c in candidates if c != word and c.isalpha()}
    if not known and len(word) >= TWO_SLIP_LETTERS:
        known = {c for c in _checker(2).candidates(word) or set() if c != word and c.isalpha() and _two_slips(word, c)}
    if len(known) > 1:
        known = _dominant(word, known)
    if len(known) != 1:
        return None
    right = known.pop()
    if _variant(word, right) or _inflected(word, right) or _ending_or_opening(word, right):
        return None
    return right


# How many times more often than every other candidate a word must be used for a slip to be
# read as its typo when several known words are a slip away: "bilion" (j155) is "billion"
# (40,833 in the checker's counts), not "billon" or "ilion" (50 each).
DOMINANT_USE = 200


def _dominant(slip: str, candidates: set[str]) -> set[str]:
    """The one candidate used ``DOMINANT_USE`` times more often than every other (by the spell
    checker's word counts), as a set of one, when the slip is it with a doubled letter written
    once ("bilion"), the commonest slip of all; else all of them. A letter changed may make a
    term of its own ("libor" is no "labor")."""
    counts = sorted(((_checker()[c], c) for c in candidates), reverse=True)
    (top, word), (second, _) = counts[0], counts[1]
    doubled_once = any(word[i] == word[i + 1] and word[:i] + word[i + 1 :] == slip for i in range(len(word) - 1))
    return {word} if doubled_once and top >= DOMINANT_USE * max(second, 1) else candidates


def _ending_or_opening(word: str, right: str) -> bool:
    """Whether ``word`` is ``right`` with a letter more at an end that makes it another word,
    not a slip: a vowel after it ("robusta" is no "robust", j114; "cordero", "democratica") or an
    "-ed" of its past ("collateralized"), and at its start any letter but its first one doubled
    ("davila"; "aamount" is a slip). A consonant glued after a word ("betweenm") is a slip."""
    if word[:-1] == right:
        return word[-1] in "aeiouy" or (word[-1] == "d" and right.endswith("e"))
    if word[1:] == right:
        return word[0] != word[1]
    return False


@lru_cache(maxsize=1 << 14)
def _known(word: str) -> bool:
    """Whether a lower-case word is English: in the lexicon or the word list, or a British
    spelling of a word in them (``_british_spelling``)."""
    return _listed(word) or _british_spelling(word)


def _listed(word: str) -> bool:
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


# British spellings and the American ones English word lists hold: "-ise" for "-ize", "-our"
# for "-or", "-tre" for "-ter", "-ogue" for "-og", "-yse" for "-yze", a doubled "l".
_BRITISH_TO_AMERICAN = (("is", "iz"), ("ys", "yz"), ("our", "or"), ("tre", "ter"), ("ogue", "og"), ("ll", "l"))


def _british_spelling(word: str) -> bool:
    """Whether ``word`` is a known word in its British spelling ("subsidises", j144: the one
    word one slip away was "subsidies", another word): one of its British endings or letters,
    written the American way, makes a word the lexicon or the word list knows."""
    for british, american in _BRITISH_TO_AMERICAN:
        at = word.find(british)
        while at > 0:
            if _listed(word[:at] + american + word[at + len(british):]):
                return True
            at = word.find(british, at + 1)
    return False


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


# Words English says twice on purpose ("blah blah", "bye bye").
_REDUPLICATED = frozenset(["blah", "bye", "tut", "knock", "chop", "yada", "night", "boo"])


def _verb_only_next(m: re.Match[str]) -> bool:
    """Whether the word after the match is one the lexicon knows as a verb and never as a noun
    ("sought", "agreed"; not "talks", "dinner", "to")."""
    after = re.match(r"\s+([a-z]+)\b", m.string[m.end() :])
    if after is None:
        return False
    lexicon = lemmatizer_lexicon()
    return lexicon.knows(after.group(1), "verb") and not lexicon.knows(after.group(1), "noun")


def _never_twice(m: re.Match[str]) -> bool:
    """Whether a word written twice over is a slip: an article or a conjunction ("the the"), or
    a common noun that is no adjective or adverb ("Dutch Coffee Trade Association chairman
    chairman", j108); "had had", "that that", "very very" and "long long" are English."""
    word = m.group(1)
    if word == "had" and _verb_only_next(m):
        return True  # "the U.S. had had sought free access" (j149): "had had" before another verb is a slip
    if not m.group(0).split()[1].islower() or word.lower() in _REDUPLICATED or _chain(m):
        return False
    if word.lower() in _NEVER_TWICE:
        return True
    lexicon = lemmatizer_lexicon()
    return (
        word.islower()
        and len(word) >= MIN_LETTERS - 1
        and lexicon.knows(word, "noun")
        and not lexicon.knows(word, "adj")
        and not lexicon.knows(word, "adv")
    )


# A capitalised word with a letter typed three times ("the Monopolies and Mergers Commisssion", j108).
_CAPITAL_TRIPLED = re.compile(r"(?<![\w'’-])[A-Z][a-z]*([a-z])\1\1[a-z]*(?![\w'’-])")


def _one_letter_less(m: re.Match[str]) -> str:
    word = m.group(0)
    doubled = re.sub(r"(\w)\1\1", r"\1\1", word)
    return doubled if _known(doubled.lower()) else word


def article_slips(body: str) -> dict[str, str]:
    """The words an article writes once and spells otherwise elsewhere, each with the article's
    own spelling: "Geogia" → "Georgia" (written five times), "Carboulia" → "Carbozulia",
    "postion" → "position", "poct" → "pct" (j105). A slip is unknown to the word lists and of
    four letters or more; its spelling is the one word of the article a slip away from it
    (``extract.key_slips.one_slip``) that the article writes more than once, or that is a word of
    the lists or of the wire (``constants.WIRE_UNIT_WORDS``), and it is not written in capitals throughout."""
    counts = Counter(m.group(0) for m in _ANY_WORD.finditer(body))
    slips: dict[str, str] = {}
    for word, n in counts.items():
        if n > 1 or len(word) < 4 or word.isupper() or _known(word.lower()) or word.lower() in WIRE_UNIT_WORDS:
            continue
        if word[0].isupper() and (len(word) < MIN_LETTERS or is_first_name(word) or word.lower() in known_surnames()):
            continue  # "Bain and Co" beside "Basin", "Donald Regan" beside "Reagan": a name of its own
        rights = [other for other in counts if one_slip(word, other) and _written_right(other, counts[other])]
        if len(rights) == 1 and not _side_by_side(body, word, rights[0]):
            slips[word] = rights[0]
    return slips


def _written_right(word: str, times: int) -> bool:
    """Whether a word an article writes ``times`` times is sure to be spelt right: written more
    than once, or (in lower case) a word of the lists or of the wire. A name written once is no
    surer than its slip: "Bear, Stearns" beside one "Sterns" (a word of the lists)."""
    return times > 1 or (word.islower() and (_known(word) or word in WIRE_UNIT_WORDS))


def _side_by_side(body: str, word: str, other: str) -> bool:
    """Whether two words stand next to each other: the two halves of a name ("Jumardi
    Jukardi"), not a slip and its mending."""
    return re.search(rf"\b{word}\s+{other}\b|\b{other}\s+{word}\b", body) is not None


def mended_by_article(text: str, slips: dict[str, str]) -> str:
    """``text`` with each of its article's slips (``article_slips``) written as the article
    spells the word elsewhere."""
    if not slips:
        return text
    return _ANY_WORD.sub(lambda m: slips.get(m.group(0), m.group(0)), text)


def mended_spelling(text: str, *, keep: frozenset[str] = frozenset(), slips: dict[str, str] | None = None) -> str:
    """``text`` with each sure typo of a lower-case word replaced by its right spelling, and
    words typed twice written once; a word of ``keep`` (``words_used_again``) stays, and a slip
    of its article (``article_slips``) takes the article's own spelling."""
    text = mended_by_article(text, slips or {})
    text = _TWICE.sub(lambda m: m.group(0) if _chain(m) else m.group(1), text)
    text = _ONE_TWICE.sub(lambda m: m.group(1) if _never_twice(m) else m.group(0), text)
    text = _CAPITAL_TRIPLED.sub(_one_letter_less, text)
    return _WORD.sub(lambda m: m.group(0) if m.group(0) in keep else (right_spelling(m.group(0)) or m.group(0)), text)
