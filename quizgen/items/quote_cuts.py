"""Where a quote card may cut a quotation it cannot show whole.

A card shows at most ``limit`` words of the speaker's (``items.quotes.excerpt``). It takes whole
units while they fit: sentences and the pieces the attribution split ("… ,” he said, “…"). A
full stop after an abbreviation ("Mr.", "U.S.", "Corp.": ``trivia.ABBREVIATION_PERIOD``) ends no
sentence, so "In stark contrast to Mr. …" is never a unit.

When the first unit alone is too long — or the units that fit show fewer than ``MIN_CUT_WORDS``
words ("the more interesting issue …") and the next does not fit — that unit is cut where the speaker's own punctuation closes a
phrase — after a comma, semicolon or colon, or before a dash — never between two words of one
phrase ("economic choices that would be devastating …", "and refrain …", "if the kids …",
readers' "cut mid-phrase"). A boundary beside a chunk of one or two words is a list's
("research on monetary, military, and trade policy", "in speeches that, quote, …"): no place to
end. The part kept must hold ``MIN_CUT_WORDS`` words, and must be more than an opening
adverbial: a unit opening with a subordinator, a preposition or a participle used as one
(``constants.FRONTED_OPENERS``) is not cut at its first boundary ("Following recent discussion
at the meeting, …" says nothing yet). With no such place the
unit is not cut: the card shows no quotation (right before more).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.constants import FRONTED_OPENERS
from quizgen.items.trivia import ABBREVIATION_PERIOD
from quizgen.nlp import lemmatizer_lexicon

MIN_CUT_WORDS = 12  # a shorter piece rarely shows enough of the speech to place it
_UNIT_END = re.compile(r"(?<=[.!?…])\s+")
_DASHES = frozenset(["—", "–", "-", "--", "―"])
_CLOSES_PHRASE = (",", ";", ":")
_LIST_ITEM_WORDS = 2


def units(quote: str) -> Iterator[str]:
    """The quotation's sentences and attribution pieces, in order.

    >>> list(units("In contrast to Mr. Trump, he stays. We go … Fine."))
    ['In contrast to Mr. Trump, he stays.', 'We go …', 'Fine.']
    """
    abbreviations = {m.end() for m in ABBREVIATION_PERIOD.finditer(quote)}
    start = 0
    for m in _UNIT_END.finditer(quote):
        if m.start() in abbreviations:
            continue
        yield quote[start : m.start()]
        start = m.end()
    if start < len(quote):
        yield quote[start:]


def clause_cut(unit: str, limit: int) -> str | None:
    """``unit``'s opening words up to the last place within ``limit`` words where its own
    punctuation closes a phrase, or None when there is none fit to end on.

    >>> clause_cut("We all need to work together towards real unity as a whole nation, and understand "
    ...            "that the others have their own reasons to be angry at all of us", 20)
    'We all need to work together towards real unity as a whole nation,'
    """
    words = unit.split()
    # two dashes set an aside in the sentence ("The very probability of a growth … - and that
    # expansion only being viable in South Africa or Russia - leads me to conclude …", j106): the
    # words before either are the sentence's subject, waiting for its verb; only a lone dash
    # ends what came before it
    paired = sum(w in _DASHES for w in words) > 1
    boundaries = [
        i
        for i in range(1, len(words))
        if words[i - 1].endswith(_CLOSES_PHRASE) or (words[i] in _DASHES and not paired)
    ]
    edges = [0, *boundaries, len(words)]
    # a comma between short chunks is a list's ("research on monetary, military, and trade
    # policy", "speeches that, quote, …"): ending there leaves the list's phrase open
    listed = {
        b for k, b in enumerate(boundaries, start=1)
        if edges[k] - edges[k - 1] <= _LIST_ITEM_WORDS or edges[k + 1] - edges[k] <= _LIST_ITEM_WORDS
    }
    # a comma after an adjective stands between two of a noun's ("to engage in aggressive, even
    # manipulative tactics", j149): ending there leaves the noun's phrase open
    listed |= {b for b in boundaries if _adjectives_in_a_row(words, b)}
    fit = [i for i in boundaries if min(MIN_CUT_WORDS, limit) <= i <= limit and i not in listed]
    if not fit:
        return None
    end = fit[-1]
    if end == boundaries[0] and _fronted(words[0]):
        return None  # "Following recent discussion …," is only the adverbial before the clause
    return " ".join(words[:end])


def _adjectives_in_a_row(words: list[str], at: int) -> bool:
    """Whether the comma before ``words[at]`` stands between two adjectives of one noun
    ("aggressive, even manipulative tactics"): the word before it is one the lexicon knows as an
    adjective and as no noun or verb, and the next word, or the one after an adverb ("even"), is
    an adjective too. A comma after an adjective that ends a clause ("she is certainly smart and
    very pretty, we told her …") is left a place to cut."""
    before = words[at - 1]
    if not before.endswith(",") or not _adjective(before.rstrip(",")):
        return False
    lexicon = lemmatizer_lexicon()
    after = [w.strip("“”\"'‘’").lower() for w in words[at : at + 2]]
    if not after:
        return False
    if _adjective(after[0]):
        return True
    return len(after) > 1 and after[0].isalpha() and lexicon.knows(after[0], "adv") and _adjective(after[1])


def _adjective(word: str) -> bool:
    """Whether the lexicon knows a lower-case word as an adjective and as no noun or verb."""
    bare = word.lower()
    if not bare.isalpha():
        return False
    lexicon = lemmatizer_lexicon()
    return lexicon.knows(bare, "adj") and not lexicon.knows(bare, "noun") and not lexicon.knows(bare, "verb")


def _fronted(word: str) -> bool:
    """Whether a unit opening with ``word`` opens with an adverbial clause or phrase."""
    folded = word.lower().strip("“‘\"'(")
    return folded in FRONTED_OPENERS


# An opening single mark with a space after it ("… of Christianity, ‘ well I’m not"): a closing
# mark the writer or a converter turned the wrong way, so the inner quotes no longer pair up.
_STRAY_OPENING = re.compile(r"‘(?=\s|$)")
_SENTENCE_CLOSED = re.compile(r"[.!?…][”’\"']?\s*$")
# A closing single mark (not an apostrophe inside a word: "I’m", "nation’s").
_INNER_CLOSING = re.compile(r"’(?!\w)")


# The quotation's own closing mark written as a single one, the words that say who spoke running
# on after it ("… of wage and salary earners,' he said, adding a freeze …", j131): the converter
# took the double opening mark's partner for an apostrophe and the quotation ran to the paragraph's end.
_SINGLE_CLOSING_THEN_SPEAKER = re.compile(
    r"[,.!?]['’]\s+(?:he|she|they|it|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)*)\s+"
    r"(?:said|says|added|adds|told|tells|stated|declared|noted|continued|explained)\b"
)


def stray_mark(quote: str) -> int | None:
    """Where the quotation's inner single marks stop pairing up: an opening ‘ followed by a
    space, which can open nothing, or a single mark closing the quotation itself before the
    words that say who spoke ("… earners,' he said, adding …"); None when there is none.

    >>> stray_mark("They said, ‘We lead the faith, ‘ but I do not.")
    31
    """
    m = _STRAY_OPENING.search(quote)
    if m:
        return m.start()
    m = _SINGLE_CLOSING_THEN_SPEAKER.search(quote)
    return m.start() + 1 if m else None


def before_stray_mark(quote: str) -> str | None:
    """The quotation's whole sentences before its stray mark (``stray_mark``), or None when
    they are too few to place the speech (``MIN_CUT_WORDS``) or leave an inner quote open:
    a card shows no words that run into the misdirected mark.

    >>> before_stray_mark("We will win this race and we will win it by a mile, believe me. "
    ...                   "They said, ‘We lead the faith, ‘ but I do not.")
    'We will win this race and we will win it by a mile, believe me.'
    """
    at = stray_mark(quote)
    if at is None:
        return quote
    closing = quote[at : at + 1] in ("'", "’") and _SINGLE_CLOSING_THEN_SPEAKER.match(quote, at - 1) is not None
    before = quote[: at - 1] if closing and quote[at - 1] == "," else quote[:at]
    pieces = list(units(before))
    if pieces and not _SENTENCE_CLOSED.search(before) and not closing:
        pieces.pop()  # the sentence the stray mark stands in, cut short (not one the quotation's own closing mark ends)
    kept = " ".join(" ".join(pieces).split())
    if len(kept.split()) < MIN_CUT_WORDS or kept.count("‘") > len(_INNER_CLOSING.findall(kept)):
        return None
    return kept

