"""Faker's name lists, read once: first names and the gender each tells, and surnames. Moved
from ``extract.people``."""

from __future__ import annotations

from functools import cache, lru_cache

# Faker's first-name lists read for genders: curated lists of some locales whose names are
# common in English-language news, then its large general English list (Bernie, Newt, …) for
# names those lack. A name listed for both genders ("Andrea", "Hillary") is "?".
NAME_LOCALES = ("en_US", "en_GB", "en_IE", "en_NZ", "de_DE", "es_ES", "fr_FR", "it_IT")
FALLBACK_NAME_LOCALE = "en"


@cache
def _locale_genders(locale: str) -> dict[str, str]:
    import importlib

    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    found: dict[str, str] = {}
    for gender, names in (("f", "first_names_female"), ("m", "first_names_male")):
        for name in getattr(provider, names, ()):
            key = name.lower()
            found[key] = gender if found.get(key, gender) == gender else "?"
    return found


@lru_cache(maxsize=1)
def known_first_names() -> dict[str, str]:
    """First names to recognise people by ("Will Estrada"): the curated lists only, since the
    large one also holds "West", "North" and "Washington"."""
    genders: dict[str, str] = {}
    for locale in NAME_LOCALES:
        for key, gender in _locale_genders(locale).items():
            genders[key] = gender if genders.get(key, gender) == gender else "?"
    return genders


@lru_cache(maxsize=1)
def _first_name_genders() -> dict[str, str]:
    """Genders of first names: the curated lists, then the large one for names they lack."""
    genders = dict(known_first_names())
    for key, gender in _locale_genders(FALLBACK_NAME_LOCALE).items():
        genders.setdefault(key, gender)
    return genders


def is_first_name(word: str) -> bool:
    """Whether Faker's lists know ``word`` as a first name (of either gender)."""
    return word.lower() in _first_name_genders()


def gender_of(name: str) -> str:
    """'m', 'f' or '?' from the first name, using Faker's lists of first names."""
    parts = name.split()
    if len(parts) < 2:
        return "?"
    return _first_name_genders().get(parts[0].lower(), "?")


@cache
def known_surnames() -> frozenset[str]:
    """Surnames of Faker's name lists (every locale that has them)."""
    import importlib
    import pkgutil

    import faker.providers.person as providers

    found: set[str] = set()
    for module in pkgutil.iter_modules(providers.__path__):
        try:
            provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        except (ImportError, AttributeError):
            continue
        names = getattr(provider, "last_names", ())
        found |= {n.lower() for n in names if isinstance(n, str)}
    return frozenset(found)
