"""Sentences of page furniture inside a paragraph of prose: a bare link, a run of wire listings.

A newsletter's roundup item ends on where to read more ("… Jo Roe at POLITICO New York reports:
http://politi.co/1AbC"), and a wire's list of new issues runs its entries together ("Acme Inc. --
$125 million of notes … via Goldman, Sachs and Co. Hertz Corp. -- $100 million …") so that the
sentence splitter makes one "sentence" of two entries. Neither is prose a card can be read from:
a link is no English and its lead-in ("… reports:") is cut off by it, and a listing's entries are
a table's rows. A sentence holding a bare URL, two listing entries ("Name -- $amount"), or one
entry's head run into the words before it across an abbreviation's stop (the last entry's "…
via Harlow, Finch and Co. Tamarack Freight Corp. -- $80 million …") makes no card; nor does
an editor's note run into a paragraph ("… a back seat. Editor’s note: Donald Trump regularly
incites …"), the outlet speaking about its article, not the story; nor a subheading in capitals
run into its section's first sentence ("SAVE A QUARTER Let's say …").

>>> bool(holds_url("Jo Roe at POLITICO New York reports: http://politi.co/1AbC"))
True
>>> bool(is_listing("Acme Inc. -- $125 million of notes, via Goldman, Sachs and Co. Hertz Corp. -- $100 million of notes."))
True
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from quizgen.constants import CORPORATE_SUFFIXES, EDITORIAL_NOTE_STARTS
from quizgen.nlp import english_stop_words, lemma_index

if TYPE_CHECKING:
    from spacy.tokens import Doc

# "http://…", "https://…", "www.…", or a short link's host and path ("bit.ly/1Tnr3QM", "politi.co/1oGc").
_URL = re.compile(
    r"\b(?:https?://|www\.)\S+"
    r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|co|ly|io|me|us|uk|tv)/\S+",
    re.IGNORECASE,
)
# A stop inside an entry's name before another capitalised word: "Co. Hertz Corp." is two names.
_INNER_STOP = re.compile(r"\.\s+[A-Z&]")
# A listing entry: an issuer's capitalised name, a double dash, an amount ("Hertz Corp. -- $100 million").
_ENTRY = re.compile(r"[A-Z][\w.&'’-]*(?:,? [A-Z&][\w.&'’-]*)*\s+(?:--|—|–)\s+(?:[A-Z]{1,3})?\$\s?\d")


def holds_url(text: str) -> bool:
    """Whether ``text`` holds a bare web address."""
    return _URL.search(text) is not None


def is_listing(text: str) -> bool:
    """Whether ``text`` runs two listing entries ("Name -- $amount") together, or the tail of
    one into the head of the next (``run_in_entry``)."""
    return len(_ENTRY.findall(text)) >= 2 or run_in_entry(text)


def run_in_entry(text: str) -> bool:
    """Whether an entry's head ("Hertz Corp. -- $100 million") follows other words of the
    sentence across a full stop the splitter read as an abbreviation's: the last entry's
    closing "… via Goldman, Sachs and Co." (its line break lost) and the next one made one
    "sentence", and a card read from it says one company did what the other did. A name and a
    dashed amount inside prose ("the top fundraiser was Right to Rise USA -- $103 million")
    follow no stop and stay.

    >>> run_in_entry("The issue was priced via Harlow, Finch and Co. Tamarack Freight Corp. -- $80 million of notes.")
    True
    >>> run_in_entry("Tamarack Freight Corp. -- $80 million of notes, via Harlow, Finch and Co.")
    False
    """
    opening = len(text) - len(text.lstrip(" \t\n\"“‘'(["))
    for m in _ENTRY.finditer(text):
        if m.start() <= opening:
            continue  # the entry opens the sentence: one line of a listing
        if text[: m.start()].rstrip().endswith(".") or _INNER_STOP.search(m.group()):
            return True
    return False


def editorial_note(text: str) -> bool:
    """Whether ``text`` opens with the outlet speaking about the article ("Editor’s note: …",
    ``constants.EDITORIAL_NOTE_STARTS``): a note run into a paragraph of prose, where the
    paragraph-level furniture check does not see it."""
    return text.lstrip(" \"“‘'([").lower().startswith(EDITORIAL_NOTE_STARTS)


# Two or more words in capitals opening a sentence, then a capitalised word of prose: a
# subheading the page ran into its section's first sentence ("SAVE A QUARTER Let's say …").
_CAPITALS_RUN = re.compile(r"((?:[A-Z][A-Z'’-]*\.? +)+)(?=[A-Z][a-z])")


def opens_with_subheading(text: str) -> bool:
    """Whether ``text`` opens with a subheading in capitals run into its prose ("SAVE A QUARTER
    Let's say a degree costs …", "ROLL TIDE Alabama beat …"): two or more words of the run are
    English words, not names (spaCy's stop words or WordNet's verbs, adjectives and adverbs, as
    the lemmatizer ships them), and the prose after it is no company's legal form ("GOODY
    PRODUCTS Inc. cut …"). Acronyms ("A CBS News poll"), a name ("BRUCE R. BENT President") or
    a lede in capitals that runs on in lower case ("PROGRAM TRADING is being curbed") are none.

    >>> opens_with_subheading("SAVE A QUARTER Let's say a degree costs $90,000.")
    True
    >>> opens_with_subheading("A CBS News poll showed a tie.")
    False
    """
    m = _CAPITALS_RUN.match(text.lstrip(" \t\n\"“‘'(["))
    if m is None:
        return False
    words = [w.strip(".").lower() for w in m.group(1).split()]
    after = text.lstrip(" \t\n\"“‘'([")[m.end() :].split(" ", 1)[0].strip(".,").lower()
    if len(words) < 2 or after in CORPORATE_SUFFIXES:
        return False
    plain = _plain_words()
    return sum(len(w) > 1 and w in plain for w in words) >= 2


@cache
def _plain_words() -> frozenset[str]:
    """English words that are no name: spaCy's stop words, WordNet's verbs, adjectives, adverbs."""
    return english_stop_words() | lemma_index("verb") | lemma_index("adj") | lemma_index("adv")


def furniture_sentences(doc: Doc) -> frozenset[int]:
    """The start offsets (characters) of ``doc``'s sentences holding a link, a run of listings,
    an editor's note, a subheading run into them or a programme's air time."""
    return frozenset(
        s.start_char for s in doc.sents
        if holds_url(s.text) or is_listing(s.text) or editorial_note(s.text) or opens_with_subheading(s.text)
        or agenda_entry(doc.text, s.start_char, s.end_char) or tune_in(s.text) or shows_a_graphic(s.text)
        or opens_with_a_label(s.text)
    )


# The page's own graphic pointed at: "Here is a chart of all 50 states showing …" (j236), "The map
# below shows …", "(See chart.)": a caption for what the reader sees beside the text, whose
# words say what the graphic holds, not what happened.
_GRAPHIC = r"(?:chart|charts|map|maps|graphic|graphics|graph|graphs|table|infographic|timeline|video|interactive|slideshow)"
_SHOWS_A_GRAPHIC = re.compile(
    rf"^\W*(?:here(?:'s|’s|\s+is|\s+are)|below\s+is|above\s+is)\s+(?:a|an|the|our)\s+(?:\w+\s+){{0,2}}{_GRAPHIC}\b"
    rf"|\b(?:the|this)\s+(?:\w+\s+)?{_GRAPHIC}\s+(?:below|above)\b|\(see\s+(?:the\s+)?{_GRAPHIC}\)"
    r"|^\W*(?:below|above)\s+(?:are|is)\b",  # "Below are the candidates' policies and proposals" (j240): the page's list
    re.IGNORECASE,
)


# A label set before a sentence with a spaced colon, as a page sets its entries' heads
# ("Democratic question for House managers : Even if …", j236): the page's layout, and the card
# would open on it. Prose writes its colon against the word.
_SPACED_LABEL = re.compile(r"^\W*[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,7}\s+:\s")


def opens_with_a_label(text: str) -> bool:
    """Whether ``text`` opens with a short label and a spaced colon (``_SPACED_LABEL``).

    >>> opens_with_a_label("Democratic question for House managers : Even if a communication is covered …")
    True
    >>> opens_with_a_label("The president said: we will win.")
    False
    """
    return _SPACED_LABEL.match(text) is not None


def shows_a_graphic(text: str) -> bool:
    """Whether ``text`` points at a graphic on the page (``_SHOWS_A_GRAPHIC``).

    >>> shows_a_graphic("Here is a chart of all 50 states showing their distance from the median.")
    True
    >>> shows_a_graphic("The map below shows where the storm hit.")
    True
    >>> shows_a_graphic("Below are the candidates' policies and proposals on trade.")
    True
    >>> shows_a_graphic("The Senate voted to chart a new course on trade.")
    False
    """
    return _SHOWS_A_GRAPHIC.search(text) is not None


# A programme's air time on its channel: "… Town Hall Special," Thursday at 8 p.m. ET on CNN" (j202),
# "Watch … tonight at 9 ET on Fox News": the outlet's promotion of its own show, no news. Not a
# time "on" a day ("will address the nation at 9 p.m. ET on Tuesday").
_AIR_TIME = re.compile(
    r"\bat\s+\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?\s*)?(?:ET|EST|EDT|PT|PST|PDT|CT|CST|CDT)\b"
    r"(?:\s*/\s*\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?\s*)?(?:ET|PT|CT)\b)?"
    r"\s+(?:only\s+)?on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)[A-Z]"
)


def tune_in(text: str) -> bool:
    """Whether ``text`` tells when a programme airs on its channel (``_AIR_TIME``): a promotion.

    >>> tune_in('Anderson Cooper looks at both sides in "Guns Under Fire," Thursday at 8 p.m. ET on CNN.')
    True
    >>> tune_in("The president will address the nation at 9 p.m. ET on Tuesday.")
    False
    """
    return _AIR_TIME.search(text) is not None


# A news agency's agenda or advisory entry ends on its story's slug: "JAKARTA: Reporting from Aceh
# on relief efforts … (WEATHER-INDONESIA-FLOODS)", "… (Iraq-vote-foreign)"
_SLUG_END = re.compile(r"\((?:[A-Za-z]+-){2,}[A-Za-z]+\)\s*$")


def agenda_entry(text: str, start: int, end: int) -> bool:
    """Whether the sentence at ``start``–``end`` of ``text`` is in a paragraph that ends on a
    story slug (``_SLUG_END``): an entry of what reporters will cover, written as a plan ("Reporting
    from …", "Covering developments …"), not as the story.

    >>> text = "JAKARTA: Reporting from Aceh on relief efforts. (WEATHER-INDONESIA-FLOODS)\\n\\nThe rain stopped."
    >>> agenda_entry(text, 9, 47), agenda_entry(text, 77, 93)
    (True, False)
    """
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end < 0 else para_end
    para_start = text.rfind("\n\n", 0, start)
    para_start = max(para_start, 0)
    return _SLUG_END.search(text[para_start:para_end]) is not None
