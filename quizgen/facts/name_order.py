"""Which word of a person's name is the family name: the last in most names the news prints,
the first in a Chinese or Korean name written in its own order ("Xi Jinping", "Ban Ki-moon",
"Kim Jong Un"). A name is read family name first when its first word is a Chinese or Korean
family name (Faker's romanised Chinese lists and ``constants.EAST_ASIAN_FAMILY_NAMES``) and
the rest reads as such a given name: one word of one or two pinyin syllables ("Jinping",
"Shouhuo"), two syllables joined by a hyphen ("Ki-moon", "Ying-jeou") or two one-syllable
words ("Jong Un"). When the last word is a family name too ("Li Peng", "Wei Wang": a Chinese
name in either order) the order cannot be known.

>>> family_name_first("Ban Ki-moon"), family_name_first("Jack Ma"), family_name_first("Li Peng")
(True, False, None)
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from quizgen.constants import EAST_ASIAN_FAMILY_NAMES

_PINYIN_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_PINYIN_FINAL = (
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u|v)"
)
_PINYIN_SYLLABLE = _PINYIN_INITIAL + _PINYIN_FINAL
# A given name of one or two pinyin syllables written as one word ("Jinping", "Keqiang").
_PINYIN_GIVEN = re.compile(rf"{_PINYIN_SYLLABLE}(?:{_PINYIN_SYLLABLE})?")
# One syllable of any romanisation (pinyin, Wade-Giles, Korean): a few consonants, a few
# vowels, a final consonant ("Ki", "moon", "Jeou", "Hsien", "Geun", "hye").
_SYLLABLE = re.compile(r"[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(?:ng|[nmkplrth])?")


@cache
def family_names() -> frozenset[str]:
    """Chinese and Korean family names, lower case: Faker's romanised Chinese lists (pinyin and
    Wade-Giles) and ``EAST_ASIAN_FAMILY_NAMES``."""
    import importlib

    found = set(EAST_ASIAN_FAMILY_NAMES)
    for locale in ("zh_CN", "zh_TW"):
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):
            continue
        found |= {n.lower() for n in getattr(provider, "last_romanized_names", ()) if isinstance(n, str) and len(n) > 1}
    return frozenset(found)


def _syllable(word: str) -> bool:
    return _SYLLABLE.fullmatch(word.lower()) is not None


def _given_name(words: list[str]) -> bool:
    """Whether ``words`` read as a Chinese or Korean given name."""
    if len(words) == 2:
        return all(_syllable(w) for w in words)  # "Jong Un", "Kuan Yew"
    if len(words) != 1:
        return False
    word = words[0]
    parts = word.split("-")
    if len(parts) == 2:
        return all(p and _syllable(p) for p in parts)  # "Ki-moon", "Ying-jeou"
    return len(parts) == 1 and _PINYIN_GIVEN.fullmatch(word.lower()) is not None  # "Jinping"


@lru_cache(maxsize=1 << 14)
def family_name_first(name: str) -> bool | None:
    """True when ``name`` is written family name first, False when it is not, None when it
    may be either ("Li Peng": both words are family names)."""
    words = name.split()
    if len(words) not in (2, 3) or not all(w[:1].isupper() for w in words):
        return False
    families = family_names()
    if words[0].lower() not in families or not _given_name(words[1:]):
        return False
    if len(words) == 2 and words[1].lower() in families:
        return None
    return True
