"""Each country's people and capital, by ISO code: "LB" → "Lebanese", "Beirut". Read from the
``countryinfo`` package's data (a lexicon of 250 countries), matched to a place through the
gazetteer's ISO codes (``facts.places``), so "the Lebanese" gives "Lebanon" away and "Tehran's
parliament" gives "Iran" away, whatever their spellings share.

>>> people_of_country("Lebanese", "Lebanon"), capital_of_country("Tehran", "Iran"), capital_of_country("Washington", "the U.S.")
(True, True, True)
"""

from __future__ import annotations

from functools import lru_cache

from quizgen.constants import COUNTRY_PART_ALIASES
from quizgen.facts.places import country_code


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """ISO alpha-2 code → (demonyms, capitals): most countries have one of each, some several
    capitals (South Africa), a few none in the data."""
    from countryinfo import CountryInfo

    out: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for info in CountryInfo.all().values():
        code = (info.get("ISO") or {}).get("alpha2")
        if not code:
            continue
        demonyms = tuple(w for w in _strings(info.get("demonym")) if w)
        capitals = tuple(c.removesuffix(" D.C.").strip() for c in _strings(info.get("capital")) if c)  # "Washington D.C."
        out.setdefault(code, (demonyms, capitals))
    return out


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value.strip()]
    if isinstance(value, list):
        return [v.strip() for v in value if isinstance(v, str)]
    return []


def _entry(place: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The (demonyms, capitals) of the country ``place`` names as a whole ("Lebanon", "the
    U.S."); nothing for a part the gazetteer files under its country ("the West Bank",
    "Scotland") or a place that is no country."""
    if " ".join(place.split()).casefold().removeprefix("the ") in COUNTRY_PART_ALIASES:
        return (), ()
    code = country_code(place)
    return _table().get(code, ((), ())) if code else ((), ())


def people_of_country(people: str, place: str) -> bool:
    """Whether ``people`` ("Lebanese", "Iranians", "the Dutch") is the demonym of the country
    ``place`` names ("Lebanon", "the Netherlands"); not of a part of one ("Palestinians" and
    "the West Bank")."""
    word = people.lower().removeprefix("the ").strip()
    return any(word in (d.lower(), d.lower() + "s") for d in _entry(place)[0])


def capital_of_country(city: str, place: str) -> bool:
    """Whether ``city`` ("Tehran") is the capital of the country ``place`` names ("Iran")."""
    return city.lower().removeprefix("the ").strip() in {c.lower() for c in _entry(place)[1]}


@lru_cache(maxsize=1)
def _capitals() -> frozenset[str]:
    return frozenset(c for _, capitals in _table().values() for c in capitals)


def is_capital(name: str) -> bool:
    """Whether ``name`` is a country's capital as the gazetteer writes it ("Madrid", "Lisbon")."""
    return name in _capitals()
