"""The deck's names compared: whether two may be one entity, whether a sentence names one,
whether one reads as a whole name, and names the corpus's markup cut ("Dow Jones amp Co.").
Moved from ``items.events``; the event cards and the argument clozes both ask them."""

from __future__ import annotations

import re

from quizgen.constants import LEGAL_FORMS, US_STATE_CODES
from quizgen.extract.name_checks import legal_form
from quizgen.facts import places
from quizgen.items.distractors import fold
from quizgen.items.scopes import US_STATES
from quizgen.nlp import english_word

_LOST_AMPERSAND = re.compile(r"\b([A-Z][\w.'’-]*) (?:amp|&amp;) (?=[A-Z])")


def ampersand(name: str) -> str:
    """A name whose "&" the corpus lost to its markup ("Reiss amp Co. B.V.", "Dow Jones &amp;
    Co.") spelt with it again: "Reiss & Co. B.V."."""
    return _LOST_AMPERSAND.sub(r"\1 & ", name)



def debris(name: str) -> bool:
    """A name carrying markup left in the corpus ("Goldman, Sachs amp Co."), only a legal form
    the tagger cut from its name ("S.A.", j77: offered beside "Cathay Pacific Airways Ltd"), or a
    word with a slip of the shift key ("KIrkuk", j190: offered beside "Baiji", "Mosul")."""
    words = name.split()
    if words and all(legal_form(w) for w in words):
        return True
    if any(_SHIFT_SLIP.match(w) for w in words):
        return True
    return bool(re.search(r"\bamp\b|&amp;|_", name))


# A capital, a capital vowel and then only small letters, in a word of five letters or more
# ("KIrkuk", "WAshington"): the shift key held a letter too long. Names with two capitals are a
# prefix's initial before a word ("MNsure", "DCleaks", "MTurk", "ISight": a consonant second, as
# in the 2,040 AllSides stories) or have a small letter second ("McCain", "LeBron").
_SHIFT_SLIP = re.compile(r"^[A-Z][AEIOU][a-z]{3,}$")


PHRASE_FUNCTION_WORDS = frozenset(["for", "of", "the", "and", "to", "in", "on", "at", "by", "with", "a", "an", "from", "or"])
CORPORATE_WORDS = frozenset(["the", "inc", "co", "corp", "corporation", "company", "group", "ltd", "plc", "llc", "amp"])
# What parts the words of a name: "Sears, Roebuck and Co" is "sears", "roebuck", … (j80: its
# comma kept "sears," apart from "Sears", and both were offered for one company).
NAME_WORD_BREAKS = r"[\s.,\-]+"


def same_entity(a: str, b: str) -> bool:
    """Whether two names may be one organisation: "Norton" and "Norton Co.", "QVC" and "QVC
    Network Inc." (one's words within the other's, or the same first word), or one country
    ("U.S." and "United States"); two different countries never ("United States" and "United
    Kingdom" share a first word)."""
    code, other = places.country_code(a), places.country_code(b)
    if code and other:
        return code == other
    state, other_state = _us_state(a), _us_state(b)
    if state and other_state:
        return state == other_state  # "Mass." and "Massachusetts" (j239)
    wa = [w for w in re.split(NAME_WORD_BREAKS, fold(a)) if w and w not in CORPORATE_WORDS]
    wb = [w for w in re.split(NAME_WORD_BREAKS, fold(b)) if w and w not in CORPORATE_WORDS]
    if not wa or not wb:
        return fold(a) == fold(b)
    return set(wa) <= set(wb) or set(wb) <= set(wa) or wa[0] == wb[0]


def _us_state(name: str) -> str | None:
    """The US state a name or its abbreviation names ("Mass.", "MA", "Massachusetts"), else None."""
    bare = name.strip().removesuffix(".")
    if bare in US_STATE_CODES.values():
        return bare
    return US_STATE_CODES.get(bare) or US_STATE_CODES.get(bare.replace(".", ""))


def named_in(sentence: str, name: str) -> bool:
    """Whether the sentence names ``name`` (a country by any of its names): a co-actor ("X and
    Y signed") or the object is no wrong answer."""
    names = [name]
    code = places.country_code(name)
    if code:
        names += places.names_of_country(code)
    folded = fold(sentence)
    return any(re.search(rf"(?<!\w){re.escape(fold(n))}(?!\w)", folded) for n in names if n)


def shares_a_name_word(question: str, name: str) -> bool:
    """Whether a word of the name (not "Corp.", "the", "de") is in the question: "Cie. Financiere
    de Paribas" is no choice for who joined Paribas's core."""
    words = {w for w in re.split(NAME_WORD_BREAKS, fold(name)) if len(w) > 3 and w not in CORPORATE_WORDS}
    asked = set(re.findall(r"\w+", fold(question)))
    # an acronym of two or three capitals is as distinctive ("DPC Acquisition Partners" is no
    # choice for who rejected an offer from DPC); matched in capitals only ("US" is not "us")
    acronyms = {w for w in re.split(r"[\s\-]+", name) if 2 <= len(w) <= 3 and w.isalpha() and w.isupper()}
    acronyms -= {w.upper() for w in CORPORATE_WORDS | LEGAL_FORMS}
    return bool(words & asked) or bool(acronyms & set(re.findall(r"\b[A-Z]{2,3}\b", question)))


def cut_phrase(name: str) -> bool:
    """Whether a run of capitalised words is a phrase cut from a headline or title rather than a
    name: it opens with "A"/"An" or ends on a function word ("A Better Time For")."""
    words = name.lower().split()
    return bool(words) and (words[0] in ("a", "an") or words[-1] in PHRASE_FUNCTION_WORDS)


def named_alone(name: str) -> bool:
    """Whether a name reads as a whole name: "Allianz", "NATO", "Navigation Mixte", not "Cie"
    (a fragment of "Cie. de Navigation Mixte")."""
    return len(name.split()) > 1 or (name.isupper() and len(name) > 1) or len(name) > 3


def opening_word_only(name: str, text: str) -> bool:
    """Whether a one-word "name" is an English word the article writes capitalised only where a
    sentence opens ("Consolidated 1987 capital spending will be reduced …", j123): the tagger's
    name for a word a capital happened to start, no organisation of the story."""
    if len(name.split()) != 1 or not name[:1].isupper() or name.isupper() or not english_word(name.lower()):
        return False
    spots = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    # what ends the text before each use, quotation marks and brackets aside: nothing, or a stop
    ends = [text[:i].rstrip(" \t\"'“‘(")[-1:] for i in spots]
    return bool(spots) and all(not end or end in ".!?\n" for end in ends)


def plural(name: str) -> bool:
    """ "Republicans", "Jews", "Britons" name people; "Republican", "Islamic", "Muslim" qualify."""
    last = name.split()[-1] if name.split() else ""
    return last.endswith("s") and not last.endswith("ss")


# "Florida", "Fla.", "Calif.": no "Washington" or "New York", mostly the cities in the news
# (their abbreviations, "N.Y.", "Wash.", and "New York State" name only the states)
US_STATE_NAMES = frozenset(fold(n) for n in US_STATES) - {"washington", "new york"}
TWO_STATES = frozenset(["washington", "new york"])  # a state's name that is a city's too


def place_class(name: str) -> str:
    """ "country", "state" (a US state) or "place" (a city, a region): a state for a state, a
    city for a city ("Florida" is no wrong answer for where in Las Vegas a debate was; nor
    "N.Y." or "New York State" for which suburb)."""
    if places.is_country(name):
        return "country"
    bare = fold(name).removeprefix("the ")
    stem = bare.removesuffix(" state")
    named_state = stem != bare and (stem in US_STATE_NAMES or stem in TWO_STATES)
    return "state" if bare in US_STATE_NAMES or named_state else "place"
