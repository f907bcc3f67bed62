"""A person's name cleaned of the titles, possessives and stray marks written around it: "Mr.
Kerry's" → "Kerry". Moved from ``extract.people``."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from quizgen.constants import (
    ABBREVIATED_TITLES,
    NAME_PARTICLES,
    OCCUPATION_NOUNS,
    ROLE_NOUNS,
    ROLE_WORDS,
    SET_QUANTIFIERS,
    TITLE_OPENERS,
    TITLE_WORDS,
)
from quizgen.extract.name_lists import is_first_name, known_surnames
from quizgen.facts.names import GENERATIONS
from quizgen.nlp import english_word

POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_DASHES = frozenset(["-", "–", "—", "--"])
# Words that describe a person before the name ("Rival Hillary Clinton", "Clinton Senior
# Adviser Sidney Blumenthal"): titles, roles and other descriptions.
DESCRIPTOR_WORDS = TITLE_WORDS | ROLE_WORDS | TITLE_OPENERS | frozenset([
    "rival", "comedian", "star", "actress", "actor", "pastor", "rev", "adviser", "advisor", "aide",
    "strategist", "committee", "communications", "candidate", "nominee", "hopeful", "businessman",
    "businesswoman", "billionaire", "mogul", "activist", "author", "host", "anchor", "singer",
    "rapper", "coach", "lawmaker", "ag", "delegate", "blogger", "columnist", "commentator",
    "pundit", "pollster", "economist", "professor", "analyst", "democrat", "republican",
    "advocate", "treasurer", "sheriff", "alderman", "recorder", "staff", "ranking",
    # a player's position, as sports pages write it before a name ("Wing Christophe Dominici
    # says", BBC j56; "Striker Wayne Rooney")
    "wing", "winger", "striker", "midfielder", "defender", "goalkeeper", "keeper", "full-back",
    "fullback", "fly-half", "scrum-half", "flanker", "hooker", "prop", "centre-back", "skipper",
    "batsman", "bowler", "spinner", "sprinter", "hurdler", "jockey", "lock",
])
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_ABBREVIATION = re.compile(r"(?:Jr|Sr|[A-Z])\.")
_HYPHEN_SUFFIX = re.compile(r"-(?:led|backed|run|owned|style|era|appointed|endorsed|aligned|allied)$")


@lru_cache(maxsize=4096)
def title_slip(word: str) -> bool:
    """Whether ``word`` (lower case) is a title word of six letters or more mistyped by one
    letter swapped, dropped, added or changed ("minsiter" for "minister", "presdient"): the
    article's typo, never a given name ("Minsiter Vo Van Kiet" names Vo Van Kiet)."""
    if len(word) < 6 or not word.isalpha() or word in TITLE_WORDS:
        return False
    if is_first_name(word.capitalize()) or word.capitalize() in known_surnames() or english_word(word):
        return False  # "Justine" is a name, not "justice" mistyped
    return any(len(t) >= 6 and abs(len(t) - len(word)) <= 1 and one_slip_apart(word, t) for t in TITLE_WORDS)


def one_slip_apart(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with one letter swapped with its neighbour, dropped, added or changed."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def clean_name(text: str) -> str:
    """Drop titles, possessives and stray punctuation: "Mr. Kerry's" → "Kerry"."""
    text = _INVISIBLE.sub("", text)  # soft hyphens and zero-width marks ("Doug Andres")
    # An editor's brackets inside a quotation ("Secretary [Hillary] Clinton") hold part of the
    # name, never a mark of it: "Hillary] Clinton" is no spelling of anyone.
    text = text.replace("[", " ").replace("]", " ")
    words = " ".join(text.replace("\n", " ").split()).strip(" ,;:()[]\"“”'’").split(" ")
    # A dash standing alone opens an aside, never a name's next word: "Deborah Jordan Reynolds -
    # Santilli's girlfriend" names Deborah Jordan Reynolds.
    dash = next((i for i, w in enumerate(words) if w in _DASHES), None)
    if dash:
        words = words[:dash]
    if words and not _ABBREVIATION.fullmatch(words[-1]):
        words[-1] = words[-1].rstrip(".")  # a full stop, but "Jr." and "J." keep theirs
    # "Presidents Obama and Bush": a plural title is a title too.
    while len(words) > 1 and (w := words[0].lower().rstrip(".")) and (
        w in TITLE_WORDS or (w.endswith("s") and w[:-1] in TITLE_WORDS) or prefixed_title(w) or title_slip(w)
    ):
        words = words[1:]
    if words:
        words[-1] = POSSESSIVE.sub("", words[-1])
        words[-1] = _HYPHEN_SUFFIX.sub("", words[-1])  # "the Donald Trump-led field": Donald Trump
    # "Rival Hillary Clinton", "Clinton Senior Adviser Sidney Blumenthal", "Breitbart’s Joel
    # Pollak": the name is what follows the last role word or possessive, if two words follow.
    # So is what follows a word in lower case ("Wales physio Mark Davies", j53), a name's
    # particle ("Ludwig van Beethoven") and the "and" of two names ("Maria Delgado and Tom
    # Becker") aside.
    cut = max((i + 1 for i, w in enumerate(words[:-2]) if _describes(w)), default=0)
    words = drop_glued_word(words[cut:])
    if len(words) == 2 and words[0].lower() in OCCUPATION_NOUNS | ROLE_NOUNS and not is_first_name(words[0]):
        words = words[1:]  # "Analyst Crossen said …" (j139): a job and a surname, the surname the name
    if len(words) > 1 and _SENTENCE_ADVERB.fullmatch(words[0]) and not is_first_name(words[0]):
        words = words[1:]  # "Initially Sanger believed …" (j180): an adverb opening the sentence, no given name
    if len(words) > 1 and words[0].lower() in SET_QUANTIFIERS:
        words = words[1:]  # "Both Obama and his Republican challenger" (j199): a pair's determiner, no given name
    if len(words) > 1 and words[-1].lower().rstrip(".") in ABBREVIATED_TITLES:
        return ""  # "Pennsylvania Gov." ends with a title: the name comes after it
    if len(words) > 1 and words[0].rstrip(".,").lower() in GENERATIONS:
        return ""  # "the Rev. Martin Luther King Jr. Vivian’s protests" (j232): the suffix ends the name before
    if any(a == b and len(a) > 2 and a.isalpha() for a, b in pairwise(words)):  # not "J. J. Price"
        return ""  # "Mauskopf Mauskopf": the article doubled a word; which name was meant is unknown
    name = " ".join(w for w in words if w)
    return name if name[:1].isupper() else ""


# A sentence's opening adverb the tagger may take into the name after it ("Initially", "Eventually").
_SENTENCE_ADVERB = re.compile(r"[A-Z][a-z]{3,}ly")

# Prefixes a title is written with as one word ("Undersecretary", "Vice-Chairman",
# "Subprefect"): the rest is the title.
TITLE_PREFIXES = ("under", "vice", "sub")


def prefixed_title(word: str) -> bool:
    """Whether a lower-case word is a title written with a prefix in one word ("undersecretary",
    "vice-chairman"; j128's "Agriculture Undersecretary Daniel Amstutz")."""
    for prefix in TITLE_PREFIXES:
        rest = word[len(prefix):].lstrip("-") if word.startswith(prefix) else ""
        if len(rest) >= 4 and rest in TITLE_WORDS:
            return True
    return False


def _describes(word: str) -> bool:
    """Whether a word before a name describes its holder rather than being part of the name: a
    role word, a possessive, or any word in lower case but a name's particle or "and"/"or"."""
    if word.lower().rstrip(".") in DESCRIPTOR_WORDS or POSSESSIVE.search(word) or prefixed_title(word.lower().rstrip(".")):
        return True
    if title_slip(word.lower()):
        return True  # "Finance Miniister H. Onno Ruding" (j114): a title mistyped is still a title
    return word[:1].islower() and word.isalpha() and word not in NAME_PARTICLES and word not in ("and", "or")


def drop_glued_word(words: list[str]) -> list[str]:
    """A name without a capitalised word a headline or a label glued before it ("Icon Morton
    Blackwell", "Celebrities Julianne Moore"): a first word that
    is an English word (a noun, adjective or verb of spaCy's lemmatizer tables, "Celebrities"
    as "celebrity") and no known first name nor surname, before one that is a first name, with a
    surname after. "Anders Fogh Rasmussen", "Abu Bakr al-Baghdadi" and "Gholam Ali Hadad Adel"
    (a given name no list knows, no English word) keep theirs.

    >>> drop_glued_word(["Icon", "Morton", "Blackwell"])
    ['Morton', 'Blackwell']
    """
    if len(words) < 3 or not words[0].isalpha() or not words[0][:1].isupper() or not words[1][:1].isupper():
        return words  # "Osama bin Laden": a given name before a particle
    first, second = words[0].lower(), words[1].lower().rstrip(".")
    if is_first_name(first) or first in known_surnames() or second in DESCRIPTOR_WORDS or not is_first_name(second):
        return words
    return words[1:] if english_word(first) else words
