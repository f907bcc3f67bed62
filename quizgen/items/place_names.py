"""Whether a name offered as a place is one: a gazetteer first, the deck's own reading after.

spaCy tags a given name or a stray word as a place now and then ("Aliya arrived …" read as a
town), and a city as an organisation; a wrong choice of the wrong kind gives itself away beside
"Cairo" or "EgyptAir". The gazetteer is what the installed libraries know: countries and their
subdivisions (``pycountry``), the US states (``items.scopes``) and the cities the time-zone
database names ("Africa/Cairo", the ``tzdata`` package's list). A name it does not know is a place when two or
more of the deck's mentions, and most, tag it one (GPE, LOC, FAC) and no person of the deck
bears it as a name.

>>> known_place("Cairo"), known_place("Ohio"), known_place("Aliya")
(True, True, False)
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from quizgen.extract.demonyms import people_of
from quizgen.facts import places
from quizgen.facts.names import fold
from quizgen.facts.nations import capital_of_country
from quizgen.items.entity_index import EntityIndex, name_words
from quizgen.items.org_kinds import org_kind
from quizgen.items.scopes import US_STATES, scope_phrases

PLACE_LABELS = frozenset(["GPE", "LOC", "FAC"])
CORROBORATING_MENTIONS = 2  # place tags a name the gazetteer does not know needs in the deck
_CONTINENTS = frozenset(["Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"])


def _plain(name: str) -> str:
    """Folded, without accents or dots: "Al Qāhirah" → "al qahirah", "N.Y." → "ny"."""
    bare = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"^the\s+", "", " ".join(fold(bare).replace(".", "").split()))


@lru_cache(maxsize=1)
def _cities() -> frozenset[str]:
    from importlib.resources import files

    return frozenset(
        _plain(z.rsplit("/", 1)[1].replace("_", " "))
        # the pinned ``tzdata`` package's list, not the machine's own zone files: the same
        # gazetteer, and so the same deck, on every machine
        for z in files("tzdata").joinpath("zones").read_text(encoding="utf-8").split()
        if "/" in z and z.split("/", 1)[0] in _CONTINENTS  # no "US/Central", "Etc/GMT": cities only
    )


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    import pycountry

    return frozenset({_plain(s.name) for s in pycountry.subdivisions} | {_plain(s) for s in US_STATES})


@lru_cache(maxsize=1)
def _gazetteer() -> frozenset[str]:
    return frozenset(n for n in _cities() | _regions() if n)


def city_or_region(name: str) -> str | None:
    """"city" for a city the time-zone database names and no country's subdivision does
    ("Beirut", "Baghdad"), "region" for a subdivision or state it names as no city ("Northern
    Ireland", "Ohio"), None for neither or both: a city's wrong choices are cities (j76 offered
    "Northern Ireland" for where refugee camps lie in Beirut)."""
    plain = _plain(name)
    city, region = plain in _cities(), plain in _regions()
    return "city" if city and not region else "region" if region and not city else None


def known_place(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a country, a region or state, or a city."""
    return places.is_country(name) or _plain(name) in _gazetteer()


def person_bears(name: str, index: EntityIndex) -> bool:
    """Whether a one-word "place" is a word of a person's name the deck knows ("Aliya" of
    "Aliya Hassan"): the tagger read a person as a place."""
    words = name_words(name)
    return len(words) == 1 and any(words[0] in name_words(p) for p in index.people)


def is_place(name: str, index: EntityIndex | None) -> bool:
    """Whether a wrong choice for a place is a place: the gazetteer knows it, or at least
    ``CORROBORATING_MENTIONS`` of the deck's mentions, and most, tag it a place and it is no
    person's name (no index: trusted as tagged). One tag alone is the tagger's guess: a child's
    name in a list ("Adam, Salma and Aliya"), the tail of a firm's ("Mota-Engil")."""
    if known_place(name):
        return True
    if index is None:
        return True
    if _initials(name):
        return False  # "NRA", "D.C.": the tagger's places in initials are bodies, or a city's other name (j182)
    votes = index.labels.get(name)
    placed = sum(n for label, n in votes.items() if label in PLACE_LABELS) if votes else 0
    return (
        placed >= CORROBORATING_MENTIONS and placed * 2 > sum(votes.values()) and not person_bears(name, index)
    )


def _initials(name: str) -> bool:
    """Whether a name is written in initials ("NRA", "D.C."): a place so written that the
    gazetteer does not know is a body the tagger read as a place, or another name of a city
    the story names in full ("D.C." beside "Washington")."""
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()


def is_organisation(name: str, index: EntityIndex | None) -> bool:
    """Whether a wrong choice for an organisation is no place: not a city, state or country
    the gazetteer knows ("Angers" beside "EgyptAir"), nor a name the deck mostly tags a place."""
    if known_place(name) and not name.replace(".", "").isupper():  # "ACT" may be a group's initials
        return False
    if index is None:
        return True
    votes = index.labels.get(name)
    placed = sum(n for label, n in votes.items() if label in PLACE_LABELS) if votes else 0
    return not (votes and placed * 2 > sum(votes.values()))


def capital_named(question: str, name: str) -> bool:
    """Whether ``question`` names the capital of the country ``name`` names, standing for its
    government ("asked for consultations with Tokyo"), or the country whose capital ``name`` is:
    that country (or capital) is no wrong answer for who dealt with it (j70: "Japan" among the
    choices). Not the capital as a country's only sign
    for ``country_implied``: there it says where, and the country may be the blank's answer; a
    choice is only ever a wrong answer, so leaving it out is safe.

    >>> capital_named("Which country asked for consultations with Tokyo on the issue?", "Japan")
    True
    >>> capital_named("Which country asked for consultations with Tokyo on the issue?", "Brazil")
    False
    >>> capital_named("Under pressure from Japan and China, which government gave way?", "Tokyo")
    True
    """
    named = re.findall(r"\b[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*", question)
    # and back: "pressure from Japan and China" rules out Tokyo and Beijing (j234)
    return any(capital_of_country(city, name) or capital_of_country(name, city) for city in named)


def country_implied(question: str, name: str) -> bool:
    """Whether ``question`` names the country ``name`` names by another of its names or by its
    people's word ("transferred to Chinese rule" names China, "British troops" Britain): a
    country the question names is no wrong answer for the place it blanks. Its capital, its
    states and its bodies ("Washington", "New Jersey", "Congress") do not count: they say
    where, not which country the blank is not.

    >>> country_implied("ties to ____ after its transfer to Chinese rule", "China")
    True
    >>> country_implied("a depot north of ____, a Vietnamese port", "Vietnam")
    True
    >>> country_implied("Congress sent aid to ____", "United States")
    False
    """
    code = places.country_code(name)
    if code is None:
        return False
    for phrase, said in scope_phrases(question.replace("-", " ")):
        if said == code and phrase[:1].isupper() and org_kind(phrase) is None and (
            places.country_code(phrase) == code or not known_place(phrase)
        ):
            return True
    words = re.findall(r"\b[A-Z][a-z]{3,}\b", question)
    return any(people_of(w, name) for w in words if fold(w) != fold(name))


def written_within(place: str, other: str, text: str) -> bool:
    """Whether the article writes one place inside the other, as a place is addressed: "the
    Surabaya, East Java, district court" (j50: "Surabaya" offered beside "East Java" was right
    too), "Kirkland, Wash.". Then neither is a wrong choice for the other. Two countries so
    written are a list ("Poland, Hungary and …"), not an address."""
    if places.is_country(place) and places.is_country(other):
        return False
    a, b = re.escape(place), re.escape(other)
    return bool(re.search(rf"(?<!\w)(?:{a},\s+(?:the\s+)?{b}|{b},\s+(?:the\s+)?{a})(?!\w)", text))
