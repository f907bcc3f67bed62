"""Which place names are countries: Babel's English names of the world's territories (CLDR,
kept up to date with Unicode's locale data), with the short forms news writes for a few."""

from __future__ import annotations

from functools import lru_cache

# CLDR names each country once ("United States", "United Kingdom"); news also writes these.
SHORT_FORMS = frozenset(["us", "u.s.", "usa", "u.s.a.", "america", "britain", "great britain", "uk", "u.k."])
# Codes CLDR gives to unions, organisations and placeholders, not countries.
NOT_COUNTRIES = frozenset(["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"])


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    from babel import Locale

    territories = Locale("en").territories
    # Two-letter codes are countries; three-digit ones are regions ("Western Europe", "World").
    names = {name.lower() for code, name in territories.items() if code.isalpha() and code not in NOT_COUNTRIES}
    return frozenset(names | SHORT_FORMS)


def is_country(name: str) -> bool:
    """Whether ``name`` names a country ("Kenya", "the United States", "U.S."), not a city,
    a state or a region ("New York", "Kalamazoo", "Western Europe")."""
    text = " ".join(name.split()).lower()
    text = text.removeprefix("the ")
    return text in _country_names()
