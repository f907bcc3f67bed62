"""Name helpers every stage needs: the surname of a full name, a given name's nicknames."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from quizgen.constants import PEERAGE_TITLES, REGNAL_TITLES, ROLE_WORDS, TITLE_WORDS
from quizgen.facts.name_order import family_name_first

GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


@lru_cache(maxsize=1)
def _nicknamer():
    # here, not at the top: its table is read only when a deck needs it
    from nicknames import NickNamer

    return NickNamer()


@lru_cache(maxsize=65536)
def given_name_forms(given: str) -> frozenset[str]:
    """A given name in lower case with its nicknames and the names it is a nickname of ("chuck" →
    chuck, charles, charlie, chick), from the ``nicknames`` package's hand-curated table."""
    word = given.lower().rstrip(".")
    namer = _nicknamer()
    return frozenset({word} | namer.nicknames_of(word) | namer.canonicals_of(word))


def nickname_of_each_other(a: str, b: str) -> bool:
    """Whether two full names are one person's by a nickname of the given name: the same
    surname, and one given name the other's formal name or nickname ("Chuck Schumer", "Charles
    Schumer"; "Bill Clinton", "William Clinton"), not two names of one family ("Hillary Clinton")."""
    pa, pb = a.split(), b.split()
    if len(pa) < 2 or len(pb) < 2 or surname(a) != surname(b) or pa[0] == pb[0]:
        return False
    first_a, first_b = pa[0].lower().rstrip("."), pb[0].lower().rstrip(".")
    return first_b in given_name_forms(first_a) or first_a in given_name_forms(first_b)


@lru_cache(maxsize=65536)
def surname(name: str) -> str:
    parts = name.split()
    if len(parts) > 1 and parts[-1].rstrip(".,").lower() in GENERATIONS:
        parts = parts[:-1]
    return parts[-1] if parts else ""


_ARTICLE_JOINED = re.compile(r"^(?:al|el|Al|El)[-‐](?=[A-Z])")


def surname_forms(name: str) -> frozenset[str]:
    """The ways a story writes the surname alone: the last word, and for an Arabic surname whose
    article is joined by a hyphen also the word without it ("Ali al-Nuaimi" … "Nuaimi said";
    "Omar el-Bashir" … "Bashir")."""
    last = surname(name)
    bare = _ARTICLE_JOINED.sub("", last)
    return frozenset({last, bare}) if bare else frozenset({last})


# Particles that belong to the surname after them ("Marine Le Pen" is Ms. Le Pen, "Bill de
# Blasio" Mr. de Blasio, "Ursula von der Leyen"): a surname written alone is never "Pen" or
# "Blasio". The Arabic ones open a name only written in lower case ("Al Gore" is a given name).
SURNAME_PARTICLES = frozenset({"le", "la", "de", "del", "della", "di", "da", "du", "van", "von", "der", "den", "ter", "dos", "das"})
ARABIC_PARTICLES = frozenset({"al", "el", "bin", "ibn"})


def written_surname(name: str) -> str:
    """The surname as a reader writes it alone, with its particles: "Marine Le Pen" → "Le Pen",
    "Osama bin Laden" → "bin Laden", "Donald Trump Jr." → "Trump"; a Chinese or Korean name
    written family name first gives its first word ("Ban Ki-moon" → "Ban", never "Ki-moon"),
    and one whose order cannot be known ("Li Peng") the whole name: no short form
    (``name_order``). (``surname`` keeps the last word, which is what groups namesakes across a
    deck.)"""
    order = family_name_first(name)
    if order is None:
        return name
    if order:
        return name.split()[0]
    parts = name.split()
    if len(parts) > 1 and parts[-1].rstrip(".,").lower() in GENERATIONS:
        parts = parts[:-1]
    if not parts:
        return ""
    start = len(parts) - 1
    while start > 0 and _particle(parts[start - 1], opening=start == 1):
        start -= 1
    return " ".join(parts[start:])


def written_alone(name: str, texts: Iterable[str]) -> str | None:
    """The one word of a full name the articles write alone for the person when they never write
    its surname alone: "Mobutu" of Mobutu Sese Seko (a family name first, which ``name_order``
    cannot know), "Surayud" of Surayud Chulanont; None when the surname is written alone, or no
    word or several are. The word must stand alone at least twice (not once in a headline's
    shorthand), and be no title ("Lord" of "Lord Armstrong", written before other peers)."""
    words = name.split()
    last = written_surname(name)
    if len(words) < 2 or last == name:
        return None
    counts: dict[str, int] = {}
    full = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b")
    addressed = _addressed_word(words, last, [full.sub(" ", text) for text in texts])
    if addressed is not None:
        return addressed  # "Park Seung" … "Mr Park's statement": a family name written first
    for text in texts:
        rest = full.sub(" ", text)
        for word in {*words, last}:
            if word[:1].isupper() and len(word.rstrip(".")) > 1:
                # alone: not the first name of another person ("John" of "John McCain" beside
                # Sen. John Cornyn, j185: "Sen. John" was accepted for Cornyn)
                found = len(re.findall(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])(?!\s+[A-Z][\w'’-]*[a-z])", rest))
                counts[word] = counts.get(word, 0) + found
    if counts.get(last, 0):
        return _tail_written_alone(words, last, [full.sub(" ", text) for text in texts])
    alone = [w for w in words if w != last and counts.get(w, 0) >= 2 and w.lower() not in PEERAGE_TITLES | REGNAL_TITLES]
    return alone[0] if len(alone) == 1 else None


# Forms of address a surname follows ("Mr Park"), not a given name ("Sir John", "Lord Peter").
_SURNAME_ADDRESS = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?"


def _addressed_word(words: list[str], last: str, texts: list[str]) -> str | None:
    """The one word of a full name other than its last that the texts (the full name taken out)
    write after "Mr", "Ms" or "Dr", when they never write the last word so: the family name of a
    name written family name first that ``name_order`` cannot tell ("Park Seung" … "Mr Park")."""
    def addressed(word: str) -> bool:
        pattern = re.compile(rf"(?<![\w'’-]){_SURNAME_ADDRESS}\s+{re.escape(word)}(?=['’]s\b|[^\w'’-]|$)")  # "Mr Park's" too
        return any(pattern.search(text) for text in texts)

    if addressed(last):
        return None
    found = [w for w in words if w != last and w[:1].isupper() and len(w.rstrip(".")) > 1 and addressed(w)]
    return found[0] if len(found) == 1 else None


def _tail_written_alone(words: list[str], last: str, texts: list[str]) -> str | None:
    """The shortest end of the name the texts (the full name taken out) write without the word
    before it, when that is longer than the surname: "Suu Kyi" of Aung San Suu Kyi, whose
    "Kyi" never stands without "Suu" (a Burmese name has no family name to shorten it to);
    None when the surname itself stands alone ("Trump") or the surname is no last word."""
    if words[-1] != last:
        return None
    for size in range(1, len(words)):
        tail, before = words[-size:], words[-size - 1]
        pattern = re.compile(r"(?<![\w'’-])(\S+\s+)?" + r"\s+".join(re.escape(w) for w in tail) + r"(?![\w'’-])")
        if any((m.group(1) or "").strip() != before for text in texts for m in pattern.finditer(text)):
            return None if size == 1 else " ".join(tail)
    return None


def _particle(word: str, *, opening: bool) -> bool:
    lower = word.lower()
    return lower in SURNAME_PARTICLES or (lower in ARABIC_PARTICLES and (word.islower() or not opening))


def generation(name: str) -> str:
    """The generational suffix ending a full name ("jr" for "Donald Trump Jr."), else "": a
    father and his namesake son share every other word of their names."""
    parts = name.split()
    last = parts[-1].rstrip(".,").lower() if len(parts) > 1 else ""
    return last if last in GENERATIONS else ""


# Typographic apostrophes and quotation marks fold to the typewriter ones: one article spells
# "O’Brien", another "O'Brien", and a choice must not differ from the answer by its apostrophe.
_TYPEWRITER_MARKS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'})


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive form used to compare options (remembered: a
    deck folds the same names and questions again and again)."""
    decomposed = unicodedata.normalize("NFKD", text).translate(_TYPEWRITER_MARKS)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def regnal(role: str | None) -> bool:
    """Whether a role is a monarch's or a cleric's title that goes with one given name
    ("King", "Crown Prince", "Pope", "Sheikh")."""
    return bool(role) and any(w.lower().rstrip(".") in REGNAL_TITLES for w in role.split())


# Kinship words and the gender each tells ("his wife Ann Reyes", "Trump's son, Eric").
KIN_GENDERS = {
    **dict.fromkeys(["husband", "son", "brother", "father", "grandson", "grandfather", "nephew", "uncle"], "m"),
    **dict.fromkeys(["wife", "daughter", "sister", "mother", "granddaughter", "grandmother", "niece", "aunt"], "f"),
}
_KIN_WORDS = "|".join(KIN_GENDERS)


def _bare_use(text: str, at: int) -> bool:
    """Whether the surname at ``at`` stands alone or after a title ("Trump said", "President
    Trump"), not after a given name ("Margaret Holloway")."""
    words = text[:at].split()
    if not words:
        return True
    before = words[-1].rstrip(",")
    return not (before[:1].isupper() and before.isalpha()) or before.rstrip(".").lower() in TITLE_WORDS | ROLE_WORDS


def introduced_as_family(text: str, full: str) -> bool:
    """Whether ``text`` writes ``full`` after a word that makes them another's family ("first lady
    Michelle Obama", "his daughter Ivanka Trump"): beside a bare surname titled with an office
    ("President Obama", j214) the one named in full is not its bearer. Looser than
    ``named_as_kin``, which says whose relative they are; read where a bare surname would
    otherwise take the article's one full name that ends with it (``items.argument_clozes``)."""
    return re.search(rf"\b(?:first lady|{_KIN_WORDS})\s+{re.escape(full)}\b", text, re.IGNORECASE) is not None


def named_as_kin(text: str, short: str, full: str) -> bool:
    """Whether ``text`` names ``full`` as a relative of a ``short`` ("Reagan's wife Nancy" for
    Nancy Reagan, j93; "Clinton's wife, Hillary" beside "Hillary Clinton's people", j165): the
    bare ``short`` is the one whose wife she is ("President Reagan", the ex-president speaking),
    never her, whether or not the text writes her name in full elsewhere; "Greg Pence, …, the
    brother of Vice President Pence": the bare "Pence" is the brother's brother."""
    if surname(full) != short:
        return False
    given = re.escape(full.split()[0])
    if re.search(rf"\b{re.escape(short)}['’]s?\s+(?:{_KIN_WORDS}),?\s+{given}\b", text) is not None:
        return True
    # "Vice President Biden and wife Jill Biden", "his father, Frederick Trump" in a story whose
    # bare "Trump" is the son (j196: the Vice President's title and the President's words were
    # given to the relative, the only one of the surname named in full)
    for m in re.finditer(rf"\b{re.escape(short)}\s+and\s+(?:his\s+|her\s+)?(?:{_KIN_WORDS}),?\s+{given}\b", text):
        if _bare_use(text, m.start()):  # not "Oriel Tamsin and his wife, Zafira Tamsin": both named in full
            return True
    kin = re.search(rf"\b(?:[Hh]is|[Hh]er)\s+(?:{_KIN_WORDS}),?\s+{re.escape(full)}\b", text)
    # named in full once, as a relative of one the text already called by the bare surname:
    # "Trump on Sunday … his father, Frederick Trump, was born in New York" (not "Margaret
    # Holloway and her daughter, Lydia Holloway, opened a bakery", where both are the story's)
    if kin is not None and text.count(full) == 1 and any(
        _bare_use(text, m.start()) for m in re.finditer(rf"\b{re.escape(short)}\b", text[: kin.start()])
    ):
        return True
    # "Greg Pence, Messer's finance director and the brother of Vice President Pence" (j169): the
    # relative's apposition names the other by title and surname only ("Raul Castro, younger
    # brother of President Fidel Castro" names both in full: the bare "Castro" may be either)
    for m in re.finditer(
        rf"\b{re.escape(full)},[^.;]{{0,80}}?\b(?:{_KIN_WORDS})\s+of\s+((?:[A-Z][\w.]*\s+){{0,3}}){re.escape(short)}\b", text
    ):
        if all(w.rstrip(".").lower() in TITLE_WORDS | ROLE_WORDS for w in m.group(1).split()):
            return True
    return False
