"""One name per person across a deck: partial names and misspellings collapse.

"Stoltenberg", "Jens Stoltenberg" and "Jans Stoltenberg" (same surname, same role, a first
name one letter off) are one person, named by the spelling the articles use most.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from quizgen.constants import CORPORATE_SUFFIXES, HONORIFIC_GENDERS
from quizgen.facts.name_order import family_name_first
from quizgen.facts.names import generation, surname, written_alone, written_surname
from quizgen.facts.partition import Partition

MAX_FIRST_NAME_EDITS = 2
SURNAME_DOMINANCE = 3  # a surname alone means its most named bearer only when named this many times more


@dataclass(frozen=True)
class NameUse:
    """One use of a name in an article, with the role given there (if any)."""

    name: str
    article_id: str
    role: str | None = None


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (small strings only)."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


# Words that rank or qualify an office rather than name it: "Vice Premier" and "senior vice
# president" share no office (j170: China's Vice Premier Liu He was a regulator's counsel,
# Margaret Liu, of another story).
_RANK_WORDS = frozenset(["vice", "deputy", "senior", "junior", "assistant", "associate", "acting", "interim", "former", "chief", "executive", "and", "of", "the", "for"])


# Words of a role that make someone another's family ("first lady", "his wife"): no office the
# family's surname is titled with is theirs.
_FAMILY_WORDS = frozenset(["lady", "wife", "husband", "widow", "widower", "son", "daughter", "brother", "sister", "mother", "father"])


def family_role(roles: set[str]) -> bool:
    """Whether one of the roles names the person as another's family ("first lady")."""
    return any(w in _FAMILY_WORDS for r in roles for w in r.lower().replace("-", " ").split())


def written_titles(roles: Iterable[str]) -> set[str]:
    """The roles written as a title before a name ("President Trump"), not a description
    ("Ortiz, a former teacher") nor a form of address ("Mr.")."""
    return {r for r in roles if r[:1].isupper() and r.lower().rstrip(".") not in HONORIFIC_GENDERS}


def another_of_the_family(titles: set[str], theirs: set[str]) -> bool:
    """Whether a surname titled with ``titles`` is another person than the one named in full
    with roles ``theirs``: she is another's family ("first lady Melania Trump") and no office
    of the titles is hers ("President Trump", j172)."""
    return bool(titles) and family_role(theirs) and not roles_agree(titles, theirs)


def roles_agree(a: set[str], b: set[str]) -> bool:
    """Whether two sets of titles could be one person's: either unknown, or a word of an office
    shared (not only a rank: ``_RANK_WORDS``)."""
    if not a or not b:
        return True
    words_a = {w for r in a for w in r.lower().replace("-", " ").split()} - _RANK_WORDS
    words_b = {w for r in b for w in r.lower().replace("-", " ").split()} - _RANK_WORDS
    return bool(words_a & words_b)


def canonical_names(
    uses: list[NameUse], *, surnames: bool = True, gender: Callable[[str], str] | None = None
) -> dict[str, str]:
    """Map every name used (full or partial) to its canonical full name. With ``surnames``
    false a one-word name maps to itself (``short_names`` resolves those article by article).
    First names a letter or two apart are one person's spellings ("Jans Stoltenberg") only when
    ``gender`` (a full name's "m"/"f"/"?" from its first name) does not tell them apart: Jane
    and Jake Sanders, Eric and Erica Trump are a family, not a misspelling."""
    counts = Counter(u.name for u in uses)
    articles: dict[str, set[str]] = {}
    roles: dict[str, set[str]] = {}
    for u in uses:
        articles.setdefault(u.name, set()).add(u.article_id)
        if u.role:
            roles.setdefault(u.name, set()).add(u.role)
    full = sorted({u.name for u in uses if len(u.name.split()) > 1})
    spellings_of: Partition[str] = Partition(full)  # full names that are spellings of one person
    by_surname: dict[str, list[str]] = {}
    for n in full:
        by_surname.setdefault(surname(n), []).append(n)
    # Only names sharing a surname can be one person: compare within those groups.
    pairs = ((a, b) for group in by_surname.values() for i, a in enumerate(group) for b in group[i + 1 :])
    namesakes = _namesakes_apart(uses)
    unsure = _between_namesakes(by_surname)
    for a, b in pairs:
        if generation(a) != generation(b) and not _formal_name_of(a, b, namesakes):
            continue  # "Donald Trump Jr." is the son of "Donald Trump", never a spelling of him
        if not middles_agree(a, b) or a in unsure or b in unsure:
            continue  # "George H.W. Bush" and "George W. Bush" (j218): father and son; "George Bush" either
        first_a, first_b = a.split()[0], b.split()[0]
        same = first_a == first_b and a.split()[:-1] == b.split()[:-1]
        near = (
            first_a[:1] == first_b[:1]
            and len(first_a) > 2
            and edit_distance(first_a.lower(), first_b.lower()) <= min(MAX_FIRST_NAME_EDITS, len(first_a) // 3)
            and roles_agree(roles.get(a, set()), roles.get(b, set()))
            and (gender is None or "?" in (gender(a), gender(b)) or gender(a) == gender(b))
        )
        # "Ashton Carter" and "Ash Carter"; middle names ("Anders Fogh Rasmussen")
        middle = first_a == first_b and (set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split()))
        if same or near or middle:
            spellings_of.join(a, b)
    mapping: dict[str, str] = {}
    for members in spellings_of.groups(full):
        best = max(members, key=lambda n: (len(articles.get(n, ())), counts[n], len(n.split()), n))
        for n in members:
            mapping[n] = best
    canonical_set = set(mapping.values())
    by_surname: dict[str, set[str]] = {}
    by_first: dict[str, set[str]] = {}
    for c in canonical_set:
        by_surname.setdefault(surname(c), set()).add(c)
        by_first.setdefault(c.split()[0], set()).add(c)
    for name in {u.name for u in uses if len(u.name.split()) == 1}:
        matches = set(by_surname.get(name, ())) or set(by_first.get(name, ()))
        mapping[name] = matches.pop() if surnames and len(matches) == 1 else name
    return mapping


def _middle_initials(words: list[str]) -> str:
    return "".join(re.findall(r"[A-Z]", " ".join(words)))


def _middles(name: str) -> list[str]:
    """The words between a full name's first word and its surname ("H.W." of "George H.W. Bush";
    none in "Walter Pruitt Jr.")."""
    words = name.split()
    last = surname(name)
    end = max((i for i, w in enumerate(words) if w == last), default=len(words) - 1)
    return words[1:end]


def middles_agree(a: str, b: str) -> bool:
    """Whether two full names' middle names may be one person's: either has none, one's are
    among the other's, or they are the same initials written out or not ("George H.W. Bush",
    "George Herbert Walker Bush"); "George H.W. Bush" and "George W. Bush" are two people."""
    ma, mb = _middles(a), _middles(b)
    if not ma or not mb or set(ma) <= set(mb) or set(mb) <= set(ma):
        return True
    return _middle_initials(ma) == _middle_initials(mb)


def _between_namesakes(by_surname: dict[str, list[str]]) -> set[str]:
    """Names without a middle name that two people of the deck, told apart by theirs, share
    ("George Bush" beside "George H.W. Bush" and "George W. Bush"): a spelling of either."""
    out: set[str] = set()
    for group in by_surname.values():
        for name in group:
            if _middles(name):
                continue
            first = name.split()[0]
            fuller = [n for n in group if n != name and n.split()[0] == first and _middles(n)]
            if any(not middles_agree(x, y) for i, x in enumerate(fuller) for y in fuller[i + 1 :]):
                out.add(name)
    return out


def _namesake_key(name: str) -> tuple[str, str]:
    return name.split()[0], surname(name)


def _namesakes_apart(uses: list[NameUse]) -> set[tuple[str, str]]:
    """(given name, surname) of namesakes an article names both of, one with a generational
    suffix ("Donald J. Trump" and "Donald Trump Jr."): two people."""
    generations: dict[tuple[str, str, str], set[str]] = {}
    for u in uses:
        if len(u.name.split()) > 1:
            generations.setdefault((u.article_id, *_namesake_key(u.name)), set()).add(generation(u.name))
    return {(first, last) for (_, first, last), seen in generations.items() if len(seen) > 1}


def _formal_name_of(a: str, b: str, namesakes: set[tuple[str, str]]) -> bool:
    """Whether names of different generations are one person's: the suffixed one is a formal
    full name whose middle name the other writes too ("James B. Comey Jr." and "James B.
    Comey"), and no article names both namesakes. "Donald Trump Jr." is never "Donald Trump"."""
    if _namesake_key(a) in namesakes:
        return False
    suffixed, plain = (a, b) if generation(a) else (b, a)
    words = suffixed.split()[:-1]
    return len(words) > 2 and words == plain.split()


def _alias_key(name: str) -> str:
    """The word whose bearers a short form is shared among: the surname, or the family name of
    a Chinese or Korean name written family name first ("Wang" of Wang Yi and Wang Jian)."""
    return name.split()[0] if family_name_first(name) else surname(name)


class SpellingIndex:
    """The other full spellings that a name mapping (``canonical_names``) sends to each
    canonical name, for ``accept``."""

    def __init__(
        self,
        mapping: dict[str, str],
        *,
        mentions: dict[str, int] | None = None,
        given_name: Callable[[str], bool] | None = None,
    ):
        # ``given_name``: whether a word is a known first name; a spelling whose given name is
        # another known one ("Mario Rubio" for Marco) is a slip of one article, joined to the
        # person but never an answer to accept.
        self._given_name = given_name
        self._canonicals = set(mapping.values())
        self.by_canonical: dict[str, list[str]] = {}
        for name, canonical in mapping.items():
            if name != canonical and len(name.split()) > 1:
                self.by_canonical.setdefault(canonical, []).append(name)
        holders: dict[str, set[str]] = {}
        for canonical in set(mapping.values()):
            if len(canonical.split()) > 1:
                holders.setdefault(_alias_key(canonical), set()).add(canonical)
        # Who a surname alone means in the deck: its one bearer, or the one named far more
        # often than every other (Donald Trump beside Melania); nobody when it is a close call.
        counts = mentions or {}
        self._surname_holder: dict[str, str | None] = {}
        for last, people in holders.items():
            ranked = sorted(people, key=lambda p: (-counts.get(p, 0), p))
            dominant = len(ranked) == 1 or counts.get(ranked[0], 0) >= SURNAME_DOMINANCE * max(1, counts.get(ranked[1], 0))
            self._surname_holder[last] = ranked[0] if dominant else None

    def surname_alias(self, canonical: str, texts: Iterable[str] = ()) -> list[str]:
        """The surname alone as an accepted answer when it means ``canonical`` in the deck:
        "Trump" is never Melania's or Donald Jr.'s answer. ``texts`` (the articles naming the
        person): when they never write the surname alone but write one other word of the name
        alone, that word is the short form ("Mobutu" of Mobutu Sese Seko, never "Seko")."""
        written = written_surname(canonical)  # "Le Pen", never "Pen"; "Ban" of Ban Ki-moon
        if written == canonical or self._surname_holder.get(_alias_key(canonical), canonical) != canonical:
            return []
        texts = list(texts)
        alone = written_alone(canonical, texts) if texts else None
        if alone is not None and alone == canonical.split()[0] and any(
            other != canonical and other.split()[0] == alone for other in self._canonicals
        ):
            # "I believe David will make a great leader" of David Collins, in a story quoting David
            # Moorcroft (j65): a given name another person of the deck also goes by is no short form
            alone = None
        return [alone or written]

    def of(self, canonical: str) -> list[str]:
        """Other full spellings that map to ``canonical``, but none with another known given
        name ("Mario Rubio" is a misspelling of Marco Rubio's, not a name he goes by; "Ash
        Carter", a short form of Ashton, is)."""
        return sorted(s for s in self.by_canonical.get(canonical, ()) if not self._another_given_name(s, canonical))

    def _another_given_name(self, spelling: str, canonical: str) -> bool:
        mine, theirs = canonical.split()[0], spelling.split()[0]
        if self._given_name is None or mine.lower() == theirs.lower():
            return False
        if mine.lower().startswith(theirs.lower()) or theirs.lower().startswith(mine.lower()):
            return False  # "Ash" of "Ashton": a short form
        return self._given_name(mine) and self._given_name(theirs)


def entity_key(text: str) -> str:
    """How two spellings of one organisation or place compare: "the U.S." ~ "US", "Nato" ~ "NATO"."""
    text = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
    text = re.sub(r"['’]s$", "", text)
    return re.sub(r"[.\s]+", "", text).casefold()


_CAPITALS_WORD = re.compile(r"(?<![\w.&'’-])[A-Z]{4,}(?![\w.&'’-])")
_CAPITALS_ANY = re.compile(r"(?<![\w.&'’-])[A-Z]{2,}(?![\w.&'’-])")
_CAPITALS_SUFFIX = re.compile(r"(?<![\w.&'’-])([A-Z]{2,})(?=\.)")  # "CORP." — kept if a company suffix


def wire_capitals(name: str) -> bool:
    """Whether a name is set in a wire lead's capitals: two or more words in capitals, one of
    four letters or more ("GOODY PRODUCTS Inc.", "CMS ENERGY Corp."). One capitals word is an
    acronym ("NATO", "NASA Ames Research Center")."""
    suffixes = [w for w in _CAPITALS_SUFFIX.findall(name) if w.lower() in CORPORATE_SUFFIXES]
    return len(_CAPITALS_ANY.findall(name)) + len(suffixes) >= 2 and bool(_CAPITALS_WORD.search(name))


def normal_case(name: str) -> str:
    """A name in wire capitals with its words of four or more capitals in title case, acronyms
    of three letters or fewer kept, and an abbreviated company suffix in capitals written as a
    suffix: "CMS ENERGY Corp." → "CMS Energy Corp.", "BLOCKBUSTER ENTERTAINMENT CORP." →
    "Blockbuster Entertainment Corp."; else unchanged."""
    if not wire_capitals(name):
        return name
    titled = _CAPITALS_WORD.sub(lambda m: m.group().capitalize(), name)
    return _CAPITALS_SUFFIX.sub(
        lambda m: m.group().capitalize() if m.group().lower() in CORPORATE_SUFFIXES else m.group(), titled
    )


def canonical_entities(mentions: list[tuple[str, str]], aliases: list[tuple[str, str]]) -> dict[str, str]:
    """Map every spelling of an organisation or place to one name across the deck.

    ``mentions`` are (text, article id); ``aliases`` (short, long) pairs that articles define.
    Spellings that differ only in case, dots, "the" or a possessive are one entity, and so are
    an acronym and the long name an article defines it as. The canonical name is the spelling
    used in most articles (then most often, then the shorter).
    """
    counts = Counter(text for text, _ in mentions)
    articles: dict[str, set[str]] = {}
    for text, article_id in mentions:
        articles.setdefault(text, set()).add(article_id)
    same_entity: Partition[str] = Partition(entity_key(text) for text in counts)
    for short, long in aliases:
        same_entity.join(entity_key(short), entity_key(long))
    groups: dict[str, list[str]] = {}
    for text in counts:
        groups.setdefault(same_entity.find(entity_key(text)), []).append(text)
    mapping: dict[str, str] = {}
    for members in groups.values():
        # a spelling in normal case before one in a wire lead's capitals ("GOODY PRODUCTS Inc.")
        best = max(members, key=lambda t: (not wire_capitals(t), len(articles[t]), counts[t], -len(t), t))
        best = normal_case(re.sub(r"^the\s+", "", best, flags=re.IGNORECASE))
        for t in members:
            mapping[t] = best
    return mapping


def entity_renamer(entities: dict[str, str]) -> Callable[[str], str]:
    """A function giving text with every known spelling of an entity replaced by its canonical
    name ("Nato Secretary General" → "NATO Secretary General"); one regex for all spellings."""
    variants = sorted((t for t, c in entities.items() if t != c), key=len, reverse=True)
    if not variants:
        return lambda text: text
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(v) for v in variants) + r")(?!\w)")

    def canonical(m: re.Match[str]) -> str:
        name = entities[m.group()]
        # "U.S" (a sentence's "the U.S." cut by the tokenizer) spelt "U.S." in "U.S. Surgeon
        # General": the text's own dot ends the name, never a second one ("U.S..").
        return name[:-1] if name.endswith(".") and m.string.startswith(".", m.end()) else name

    return lambda text: pattern.sub(canonical, text)
