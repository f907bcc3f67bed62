"""Which places are countries: a gazetteer (ISO 3166 through pycountry, with the names news
uses in ``constants.COUNTRY_ALIASES``), since spaCy's GPE tag does not tell Cuba from Havana.

>>> country_code("U.S."), country_code("the United States"), country_code("Havana")
('US', 'US', None)
"""

from __future__ import annotations

import re
from functools import lru_cache

from quizgen.constants import CASED_COUNTRY_ALIASES, COUNTRY_ALIASES


def _fold(name: str) -> str:
    return re.sub(r"^the\s+", "", " ".join(name.split()).casefold())


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    import pycountry

    out: dict[str, str] = {}
    for table in (pycountry.historic_countries, pycountry.countries):  # today's names win
        for c in table:
            for attr in ("name", "official_name", "common_name"):
                name = getattr(c, attr, None)
                if name:
                    out[_fold(name)] = c.alpha_2
                    out.setdefault(_fold(name.split(",")[0]), c.alpha_2)  # "Korea, Republic of"
    out.update(COUNTRY_ALIASES)
    return out


def country_code(name: str) -> str | None:
    """The ISO code of the country ``name`` names, or None (a city, a state, not a place)."""
    return CASED_COUNTRY_ALIASES.get(name.strip()) or _names().get(_fold(name))


@lru_cache(maxsize=1)
def _withdrawn() -> dict[str, str]:
    """ISO code → the year-or-date ISO 3166 withdrew it, for the states gone since (the Soviet
    Union, East Germany, Yugoslavia, Zaire; not a code reused by a country of today)."""
    import pycountry

    out: dict[str, str] = {}
    for c in pycountry.historic_countries:
        if pycountry.countries.get(alpha_2=c.alpha_2) is None and getattr(c, "withdrawal_date", None):
            out[c.alpha_2] = max(out.get(c.alpha_2, ""), str(c.withdrawal_date))
    return out


def gone_by(name: str, day: str) -> bool:
    """Whether the country ``name`` names no longer existed on ``day`` (ISO, any precision):
    "Soviet Union" in a story of 2020 is no country a choice may offer (j184)."""
    code = country_code(name)
    ended = _withdrawn().get(code) if code else None
    return ended is not None and ended[:4] < day[:4]


def names_of_country(code: str) -> list[str]:
    """Every name the gazetteer knows for a country ("US" → "United States", "u.s.", "america"…)."""
    return [name for name, c in _names().items() if c == code]


def place_kind(name: str) -> str:
    """"country" or "place" (a city, a state, a region)."""
    return "country" if country_code(name) else "place"


def is_country(name: str) -> bool:
    """Whether ``name`` names a country ("Kenya", "the United States", "U.S."), not a city, a
    state or a region ("New York", "Kalamazoo", "Western Europe")."""
    return country_code(name) is not None


@lru_cache(maxsize=1)
def zone_rows() -> tuple[tuple[str, str, str], ...]:
    """The rows of the time-zone database's ``zone.tab`` (the pinned ``tzdata`` package): country
    code, ISO 6709 coordinates, zone name ("IQ", "+3321+04425", "Asia/Baghdad")."""
    from importlib.resources import files

    table = files("tzdata").joinpath("zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    rows = []
    for line in table.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, coords, zone = line.split("\t")[:3]
        rows.append((code, coords, zone))
    return tuple(rows)
