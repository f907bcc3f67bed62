"""People named in an article: mentions with roles, and the fullest name each mention means.

>>> index = PersonIndex(mentions)
>>> index.full_name("Stoltenberg", before=1200)   # → "Jens Stoltenberg"
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from quizgen.constants import (
    NAME_PARTICLES,
    NON_BUSINESS_HEADS,
    NOT_NAME_WORDS,
    ORG_HEAD_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    REGNAL_TITLES,
    ROLE_FAMILIES,
    ROLE_NOUNS,
    ROLE_WORDS,
    THING_NAME_HEADS,
    TITLE_OPENERS,
    TITLES,
    WORK_NOUNS,
)
from quizgen.facts.deaths import BEFORE_STARTS, cued_after, said_dead
from quizgen.facts.names import surname
from quizgen.facts.records import Mention
from quizgen.nlp import english_stop_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

STOP_WORDS = english_stop_words()

TITLE_WORDS = frozenset(w.rstrip(".") for t in TITLES for w in t.split())  # "mr", "president", …
# Nouns for people by kinship (no gender) an apposition may name: "the parents, Tom and Ann Reyes".
KIN_NOUNS = ("parent", "couple", "brothers", "sisters", "siblings", "family", "child", "relative", "cousin", "spouse", "twin")
# Nouns for a person an apposition may name ("his lawyer John Smith", "the singer Taylor Swift").
_PERSON_HEADS = ROLE_NOUNS | ROLE_WORDS | PERSON_NOUNS | TITLE_WORDS | frozenset(
    w for phrases in ROLE_FAMILIES.values() for p in phrases for w in p.split()
) | frozenset(KIN_NOUNS)  # "the parents, Temir and Gulnaz Sadiq"
RECENT_FULL_NAME = 300  # characters: "Eric Trump said … Trump added" means Eric
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_DASHES = frozenset(["-", "–", "—", "--"])
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms)\.? ([A-Z][\w’'-]+)")
HONORIFIC_GENDERS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
_PRONOUN_GENDERS = {**PERSON_PRONOUNS, "himself": "m", "herself": "f"}
_GENDERED_PRONOUN = re.compile(r"\b(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _PRONOUN_GENDERS) + r")\b")
_SENTENCE_STOP = re.compile(r"[.!?][”\"']*\s|\n|[“\"]")
_ROLE_STOP_POS = {"VERB", "AUX", "PUNCT", "DET", "ADP", "CCONJ", "SCONJ", "PRON", "NUM", "PART"}
# Words that describe a person before the name ("Rival Hillary Clinton", "Clinton Senior
# Adviser Sidney Blumenthal"): titles, roles and other descriptions.
DESCRIPTOR_WORDS = TITLE_WORDS | ROLE_WORDS | TITLE_OPENERS | frozenset([
    "rival", "comedian", "star", "actress", "actor", "pastor", "rev", "adviser", "advisor", "aide",
    "strategist", "committee", "communications", "candidate", "nominee", "hopeful", "businessman",
    "businesswoman", "billionaire", "mogul", "activist", "author", "host", "anchor", "singer",
    "rapper", "coach", "lawmaker", "ag", "delegate", "blogger", "columnist", "commentator",
    "pundit", "pollster", "economist", "professor", "analyst", "democrat", "republican",
    "advocate", "treasurer", "sheriff", "alderman", "recorder", "staff", "ranking",
])
_ABBREVIATED_TITLES = frozenset(["gov", "sen", "rep", "gen", "lt", "col", "sgt", "capt", "adm", "atty", "mr", "mrs", "ms", "dr"])
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_ABBREVIATION = re.compile(r"(?:Jr|Sr|[A-Z])\.")
_HYPHEN_SUFFIX = re.compile(r"-(?:led|backed|run|owned|style|era|appointed|endorsed|aligned|allied)$")


def clean_name(text: str) -> str:
    """Drop titles, possessives and stray punctuation: "Mr. Kerry's" → "Kerry"."""
    text = _INVISIBLE.sub("", text)  # soft hyphens and zero-width marks ("Doug Andres")
    words = " ".join(text.replace("\n", " ").split()).strip(" ,;:()[]\"“”'’").split(" ")
    # A dash standing alone opens an aside, never a name's next word: "Deborah Jordan Reynolds -
    # Santilli's girlfriend" names Deborah Jordan Reynolds.
    dash = next((i for i, w in enumerate(words) if w in _DASHES), None)
    if dash:
        words = words[:dash]
    if words and not _ABBREVIATION.fullmatch(words[-1]):
        words[-1] = words[-1].rstrip(".")  # a full stop, but "Jr." and "J." keep theirs
    # "Presidents Obama and Bush": a plural title is a title too.
    while len(words) > 1 and (w := words[0].lower().rstrip(".")) and (w in TITLE_WORDS or (w.endswith("s") and w[:-1] in TITLE_WORDS)):
        words = words[1:]
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1])
        words[-1] = _HYPHEN_SUFFIX.sub("", words[-1])  # "the Donald Trump-led field": Donald Trump
    # "Rival Hillary Clinton", "Clinton Senior Adviser Sidney Blumenthal", "Breitbart’s Joel
    # Pollak": the name is what follows the last role word or possessive, if two words follow.
    cut = max(
        (i + 1 for i, w in enumerate(words[:-2]) if w.lower().rstrip(".") in DESCRIPTOR_WORDS or _POSSESSIVE.search(w)),
        default=0,
    )
    words = words[cut:]
    if len(words) > 1 and words[-1].lower().rstrip(".") in _ABBREVIATED_TITLES:
        return ""  # "Pennsylvania Gov." ends with a title: the name comes after it
    name = " ".join(w for w in words if w)
    return name if name[:1].isupper() else ""


def _could_be_a_name(name: str) -> bool:
    """Whether a PERSON entity can be a person's name: not "West Palm Beach Tuesday", "Anselm
    College Saturday", an all-capitals headline, nor a title-case headline's words
    ("Clinton Campaign Manager Laughs", "Aides Caught Conspiring", "Laughs Off Poll")."""
    words = name.split()
    if any(w.lower() in NOT_NAME_WORDS for w in words):
        return False
    if len(words) > 1 and _thing_head(words[-1]):
        return False
    if len(words) > 1 and all(w.isupper() and len(w) > 2 for w in words):
        return False
    return not _headline_words(words)


_THING_HEADS = THING_NAME_HEADS | ORG_HEAD_NOUNS | NON_BUSINESS_HEADS | WORK_NOUNS


def _thing_head(word: str) -> bool:
    """Whether a name's last word makes it a thing's or an organisation's ("Dodd-Frank Act",
    "Clinton Foundation", "Kelly File"): a head noun of those, and no surname Faker's lists
    know ("Case", "House", "Banks" stay)."""
    lower = word.lower().rstrip(".")
    return lower in _THING_HEADS and lower not in _known_surnames()


@cache
def _known_surnames() -> frozenset[str]:
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


def _names_a_thing(ent: Span) -> bool:
    """Whether the parse puts a PERSON entity in apposition to a common noun that names no kind
    of person: "operations Desert Shield and Desert Storm", "the ship Queen Mary" (not "his
    lawyer John Smith", "the singer Taylor Swift")."""
    root = ent.root
    while root.dep_ == "conj" and root.head.ent_type_ == "PERSON" and root.head.i < root.i:
        root = root.head  # "… Desert Shield and Desert Storm": the first of the pair
    head = root.head
    if root.dep_ != "appos" or head.pos_ != "NOUN" or head.i >= ent.start or head.text[:1].isupper():
        return False
    return head.lemma_.lower() not in _PERSON_HEADS and head.lower_ not in _PERSON_HEADS


def _headline_words(words: list[str]) -> bool:
    """Whether title-case words are a headline's, not a name: a role noun or a function word
    inside the name ("Campaign Manager", "Off"), or an inflected verb ("Caught", "Conspiring")
    in a name that does not open with a known first name."""
    lower = [w.lower().rstrip(".") for w in words]
    titles = TITLE_WORDS | TITLE_OPENERS | REGNAL_TITLES | ROLE_NOUNS
    for k in range(1, len(words) - 1):
        w = lower[k]
        if len(w) < 2 or is_first_name(w):
            continue  # an initial ("Robert A. Pruzan"), a given name ("Will")
        if w in ROLE_NOUNS and not all(x in titles for x in lower[:k]):
            return True  # "Clinton Campaign Manager Laughs", but "Crown Prince Hassan"
        if w in STOP_WORDS and w not in NAME_PARTICLES:
            return True
    if is_first_name(words[0]):
        return False  # "Henry Fielding", "Peyton Manning"
    # A headline's verb opens the words the tagger took for a name ("Praises Marco Rubio Donor").
    return _inflected_verb(words[0], endings=("ed", "ing", "s", "es")) or any(_inflected_verb(w) for w in words[1:])


def _inflected_verb(word: str, *, endings: tuple[str, ...] = ("ed", "ing")) -> bool:
    """"Caught", "Conspiring", "Rejected": a past or -ing form of an English verb per spaCy's
    lemmatizer tables, and no noun or adjective itself ("Sterling", "Fielding" as nouns stay)."""
    if not word.isalpha() or not word[:1].isupper():
        return False
    lower = word.lower()
    index, rules, exceptions = _lemma_tables()
    if lower in index.get("noun", ()) or lower in index.get("adj", ()):
        return False
    if lower in exceptions.get("verb", {}):
        return exceptions["verb"][lower][0] != lower
    return any(
        lower.endswith(old) and lower[: len(lower) - len(old)] + new in index.get("verb", ())
        for old, new in rules.get("verb", ())
        if old in endings
    )


@lru_cache(maxsize=1)
def _lemma_tables() -> tuple[dict, dict, dict]:
    """spaCy's English lemmatizer tables (words by part of speech, suffix rules, irregular
    forms) as plain dicts of sets: the lexicon that tells "caught" is a verb's."""
    from quizgen.nlp import load_pipeline

    lookups = load_pipeline().get_pipe("lemmatizer").lookups
    index = lookups.get_table("lemma_index")
    rules = lookups.get_table("lemma_rules")
    exceptions = lookups.get_table("lemma_exc")
    pos = ("noun", "verb", "adj")
    return (
        {p: set(index[p]) for p in pos if p in index},
        {p: rules[p] for p in pos if p in rules},
        {p: dict(exceptions[p]) for p in pos if p in exceptions},
    )


def person_mentions(doc: Doc, *, skip: Iterable[tuple[int, int]] = ()) -> list[Mention]:
    """People named in ``doc`` outside the ``skip`` spans, with a role where one is given.

    The small English model often tags a lone surname as an organisation ("Stoltenberg
    said"); a surname of someone the article names in full counts as a mention of them.
    """
    skipped = list(skip)
    found: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or any(s <= ent.start_char < e for s, e in skipped):
            continue
        name = clean_name(_extend_left(ent).text)
        if not name or not any(ch.isalpha() for ch in name) or not _could_be_a_name(name) or _names_a_thing(ent):
            continue
        found.append(Mention(name=name, start=ent.start_char, end=ent.end_char, role=role_of(ent)))
    covered = {i for m in found for i in range(m.start, m.end)}
    for span in _unlabelled_names(doc):
        if span.start_char in covered or any(s <= span.start_char < e for s, e in skipped):
            continue
        name = clean_name(span.text)
        if len(name.split()) > 1 and _could_be_a_name(name):
            found.append(Mention(name=name, start=span.start_char, end=span.end_char, role=role_of(span)))
    covered = {i for m in found for i in range(m.start, m.end)}
    for tok in doc:
        given = _kin_given_name(tok)
        if given is not None and not any(s <= tok.idx < e for s, e in skipped):
            # "Trump's wife, Melania": she is Melania Trump, though the tagger saw a place
            found = [m for m in found if not m.start <= tok.idx < m.end]
            found.append(Mention(name=given, start=tok.idx, end=tok.idx + len(tok.text)))
    surnames = {surname(m.name) for m in found if len(m.name.split()) > 1}
    covered = {i for m in found for i in range(m.start, m.end)}
    for tok in doc:
        word = _POSSESSIVE.sub("", tok.text)
        if (
            word in surnames
            and tok.idx not in covered
            and tok.pos_ == "PROPN"
            and not any(s <= tok.idx < e for s, e in skipped)
        ):
            found.append(Mention(name=word, start=tok.idx, end=tok.idx + len(word)))
    return sorted(found, key=lambda m: m.start)


# Relatives whom "X's <kin>, <Given>" names by the possessor's surname ("Trump's wife, Melania").
_SURNAME_KIN = frozenset(["wife", "husband", "son", "daughter", "brother", "sister", "father"])


def _kin_given_name(tok: Token) -> str | None:
    """The full name of a relative named by a given name alone in apposition to a kinship word
    with a named possessor: "Trump's wife, Melania" → "Melania Trump" (the tagger may call
    her a place); None for anything else."""
    head = tok.head
    if (
        tok.dep_ != "appos"
        or tok.pos_ != "PROPN"
        or not tok.text[:1].isupper()
        or tok.text.isupper()
        or head.lower_ not in _SURNAME_KIN
        or tok.i < head.i
        or any(c.dep_ in ("compound", "flat") for c in tok.children)
        or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN"
    ):
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    # the tagger may take a possessive surname for a noun or an organisation ("Reyes's wife")
    if owner is None or owner.pos_ not in ("PROPN", "NOUN") or not owner.text[:1].isupper() or owner.ent_type_ not in ("PERSON", "ORG", ""):
        return None
    family = surname(_POSSESSIVE.sub("", owner.text))
    if not family or family == tok.text or not _could_be_a_name(f"{tok.text} {family}"):
        return None
    return f"{tok.text} {family}"


def _unlabelled_names(doc: Doc) -> Iterator[Span]:
    """Runs of proper nouns the tagger did not call PERSON but that start with a known first
    name ("Spokeswoman [Haley Morris]" tagged ORG)."""
    genders = _known_first_names()
    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON" and tok.lower_ in genders and tok.text[:1].isupper():
            j = i + 1
            while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and doc[j].ent_type_ != "PERSON":
                j += 1
            if j - i >= 2:
                yield doc[i:j]
            i = j
        else:
            i += 1


def _extend_left(ent: Span) -> Span:
    """Take in given names the tagger left out ("General Anders [Fogh Rasmussen]")."""
    start = ent.start
    while start > 0:
        tok = ent.doc[start - 1]
        if (
            tok.pos_ == "PROPN"
            and tok.text[:1].isupper()
            and not tok.text.isupper()
            and tok.lower_.rstrip(".") not in TITLE_WORDS
            and tok.ent_type_ in ("", "PERSON")
            and not tok.is_space
        ):
            start -= 1
        else:
            break
    return ent.doc[start : ent.end]


def _in_possessor(tok: Token, noun: Token) -> bool:
    """Whether ``tok`` is in a possessor or a prepositional object of ``noun`` ("President
    Barack Obama's former top adviser", "a spokesman for House Speaker Paul Ryan"): the role is
    the whole phrase, not the other person's title ("President", "Speaker")."""
    while tok.i != noun.i and tok.head.i != tok.i:
        if tok.dep_ in ("poss", "pobj"):
            return True
        tok = tok.head
    return False


def role_of(ent: Span) -> str | None:
    """The title before a name ("NATO Secretary General") or an appositive after it."""
    doc = ent.doc
    ent = _extend_left(ent)
    i = ent.start
    words: list[Token] = []
    while i > 0:
        tok = doc[i - 1]
        if tok.pos_ in _ROLE_STOP_POS and tok.text not in ("-",) or tok.is_space:
            break
        if not (tok.text[:1].isupper() or tok.lower_.rstrip(".") in TITLE_WORDS):
            break
        words.insert(0, tok)
        i -= 1
    title = " ".join(t.text for t in words).strip()
    if title and any(t.lower_.rstrip(".") in TITLE_WORDS for t in words):
        return title
    # "Jens Stoltenberg, the secretary-general of NATO (…), said"
    for child in ent.root.children:
        if child.dep_ == "appos" and child.i > ent.root.i and child.ent_type_ != "PERSON":
            tokens = []
            for t in child.subtree:
                if t.i <= ent.end - 1:
                    continue
                if t.dep_ in ("cc", "conj") or (t.ent_type_ == "PERSON" and not _in_possessor(t, child)):
                    break  # "the party spokesman and Devin Scott": the role ends at "and"
                tokens.append(t)
            text = doc[tokens[0].i : tokens[-1].i + 1].text if tokens else ""
            text = re.sub(r"\s*\([^)]*\)", "", text).strip(" ,")
            text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.IGNORECASE)
            if re.fullmatch(r"[\d\s.,()]+", text):
                continue  # "Perez, 54," / "3. Ted Cruz (4.)": an age or a rank, not a role
            if 1 <= len(text.split()) <= 10:
                return text
            # a long apposition ("a 54-year-old retired nurse from Boone who attended the rally
            # with her husband"): its noun with the words before it, what the person is
            noun = doc[child.left_edge.i : child.i + 1].text if child.left_edge.i > ent.end - 1 else child.text
            noun = re.sub(r"^(the|a|an)\s+", "", noun.strip(" ,"), flags=re.IGNORECASE)
            if child.pos_ in ("NOUN", "PROPN") and 1 <= len(noun.split()) <= 10:
                return noun
    return None


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
def _known_first_names() -> dict[str, str]:
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
    genders = dict(_known_first_names())
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


_KIN_GENDERS = {
    **dict.fromkeys(["husband", "son", "brother", "father", "grandson", "grandfather", "nephew", "uncle"], "m"),
    **dict.fromkeys(["wife", "daughter", "sister", "mother", "granddaughter", "grandmother", "niece", "aunt"], "f"),
}
_KIN_WORDS = "|".join(_KIN_GENDERS)
_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s+$")
_COUPLE = re.compile(r"\b([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][\w’'-]+)\b")


def _couples_named(text: str, mentions: list[Mention]) -> list[tuple[str, int, str, int]]:
    """Both full names of a couple or siblings written with one surname ("Tom and Ann Reyes" →
    Tom Reyes, Ann Reyes), with where they are written: the surname is one a person the article
    names bears, and each first name is a known first name or tagged as a person ("Khizr and
    Ghazala Khan")."""
    surnames = {surname(m.name) for m in mentions if len(m.name.split()) > 1}
    tagged = {m.name for m in mentions}
    genders = _known_first_names()
    found: list[tuple[str, int, str, int]] = []
    for m in _COUPLE.finditer(text):
        first, second, last = m.groups()
        if _NAME_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Hillary Clinton and Bernie Sanders": two people, not a "Clinton Sanders"
        if last in surnames and all(g.lower() in genders or g in tagged or f"{g} {last}" in tagged for g in (first, second)):
            found.append((f"{first} {last}", m.start(1), f"{second} {last}", m.start(2)))
    return found


def _couple_genders(text: str, couples: list[tuple[str, int, str, int]], known: Callable[[str], str]) -> dict[str, str]:
    """Genders a couple's naming tells: "Khizr and Ghazala Khan" where the text also writes "Mr.
    and Mrs. Khan" are a man and a woman, named (as English news names a married couple) the
    man first; where one's gender is ``known`` otherwise, the other is of the other gender."""
    found: dict[str, str] = {}
    for first, _, second, _ in couples:
        last = surname(first)
        if not re.search(rf"\bMr\.? and (?:Mrs|Ms)\.? {re.escape(last)}\b", text):
            continue
        a, b = known(first), known(second)
        if a == b == "?":
            found.setdefault(first, "m")
            found.setdefault(second, "f")
        elif "?" in (a, b):
            other = {"m": "f", "f": "m"}[a if a != "?" else b]
            found.setdefault(first if a == "?" else second, other)
    return found


class PersonIndex:
    """Resolves partial names to the fullest name the article gives for that person."""

    def __init__(self, mentions: list[Mention], *, text: str = ""):
        self.mentions = sorted(mentions, key=lambda m: m.start)
        # Where each person is first named in full: a family's "Mr. Khan" means one named before.
        self._first_named: dict[str, int] = {}
        for m in self.mentions:
            if len(m.name.split()) > 1:
                self._first_named.setdefault(m.name, m.start)
        self._couples = _couples_named(text, self.mentions)
        for first, first_at, second, second_at in self._couples:
            self._first_named.setdefault(first, first_at)
            self._first_named.setdefault(second, second_at)
        self._from_couples: dict[str, str] | None = None
        self.full_names = sorted(self._first_named)
        self.text = text  # the article body, for names the parser did not tag as people
        self._honorifics: dict[str, str] | None = None
        self._pronoun_genders: dict[str, str] | None = None
        self._shown_dead: dict[str, bool] = {}  # full name → whether the article shows them dead

    def gender(self, full: str) -> str:
        """'m', 'f' or '?': from the first name, else from "Mr."/"Ms." before the surname,
        else from the pronouns that follow the person's name in the article."""
        found = gender_of(full)
        if found != "?":
            return found
        if self._honorifics is None:
            genders: dict[str, set[str]] = {}
            for m in _HONORIFIC.finditer(self.text):
                genders.setdefault(m.group(2), set()).add("m" if m.group(1) == "Mr" else "f")
            self._honorifics = {k: v.pop() for k, v in genders.items() if len(v) == 1}
        found = self._honorifics.get(surname(full), "?")
        if found != "?" and not any(f != full and surname(f) == surname(full) for f in self.full_names):
            # "Mr. Khan" tells Khizr's gender only when no other Khan is named in full
            return found
        found = self._kin_gender(full)
        if found != "?":
            return found
        if self._from_couples is None:
            self._from_couples = {}  # set first: the couple's own reading asks these genders
            self._from_couples = _couple_genders(self.text, self._couples, self._told_gender)
        found = self._from_couples.get(full, "?")
        if found != "?":
            return found
        if self._pronoun_genders is None:
            self._pronoun_genders = {}  # set first: reading the pronouns resolves names, which asks genders
            self._pronoun_genders = self._genders_from_pronouns()
        return self._pronoun_genders.get(full, "?")

    def _told_gender(self, full: str) -> str:
        """The gender the first name or a kinship word tells, without the couple's naming."""
        found = gender_of(full)
        return found if found != "?" else self._kin_gender(full)

    def _kin_gender(self, full: str) -> str:
        """The gender a kinship word written just before the name gives ("her son, Humayun
        Khan", "his wife Ann Reyes"), when every such word agrees."""
        if not self.text or " " not in full:  # "his wife, Jane": a one-word name stays no antecedent
            return "?"
        pattern = re.compile(rf"\b({_KIN_WORDS}),?\s+(?:the\s+late\s+)?{re.escape(full)}\b", re.IGNORECASE)
        genders = {_KIN_GENDERS[m.group(1).lower()] for m in pattern.finditer(self.text)}
        return genders.pop() if len(genders) == 1 else "?"

    def _genders_from_pronouns(self) -> dict[str, str]:
        """Genders told by the text: the first he/his/him or she/her after a name, in its
        sentence and before anyone else is named ("Hillary Clinton said her plan …"), counted
        over the article; a person's gender when one kind wins at least twice and three to one."""
        votes: dict[str, dict[str, int]] = {}
        for m, after in zip(self.mentions, [*self.mentions[1:], None]):
            stop = min(m.end + 80, after.start if after is not None else len(self.text))
            window = _SENTENCE_STOP.split(self.text[m.end : stop], maxsplit=1)[0]
            pronoun = _GENDERED_PRONOUN.search(window)
            full = self.of_mention(m)
            if pronoun is None or full is None:
                continue
            gender = _PRONOUN_GENDERS[pronoun.group().lower()]
            counts = votes.setdefault(full, {"m": 0, "f": 0})
            counts[gender] += 1
        return {
            full: gender
            for full, counts in votes.items()
            for gender, other in (("m", "f"), ("f", "m"))
            if counts[gender] >= 2 and counts[gender] >= 3 * counts[other]
        }

    def named_in_full(self, name: str, *, before: int) -> str | None:
        """"Palmer" → "Anna Palmer" where the text before gives a known first name with that
        surname, though the parser did not tag the person."""
        if not self.text or len(name.split()) != 1 or not name[:1].isupper():
            return None
        genders = _known_first_names()
        pattern = re.compile(rf"\b([A-Z][a-z]+)(?: [A-Z]\.)? {re.escape(name)}\b")
        found = {m.group(1) for m in pattern.finditer(self.text, 0, before) if m.group(1).lower() in genders}
        return f"{found.pop()} {name}" if len(found) == 1 else None

    def of_mention(self, mention: Mention) -> str | None:
        """The full name a mention means, its "Mr."/"Ms." telling the gender ("Mr. Khan" is
        not his wife)."""
        honorific = HONORIFIC_GENDERS.get((mention.role or "").lower().rstrip("."), "?")
        return self.full_name(mention.name, before=mention.start + 1, gender=honorific)

    def full_name(self, name: str, *, before: int, gender: str = "?") -> str | None:
        """The full name ``name`` stands for, or None if two people could be meant; ``gender``
        ("m"/"f", from "Mr."/"Ms." before the name) rules out people of the other one."""
        name = clean_name(name) or name
        if len(name.split()) > 1:
            longer = [f for f in self.full_names if f != name and f.endswith(" " + name)]
            return longer[0] if len(longer) == 1 else name
        by_surname = [f for f in self.full_names if surname(f) == name]
        by_first = [f for f in self.full_names if f.split()[0] == name]
        candidates = by_surname or by_first
        if len(by_surname) > 1:
            # A family ("Mr. Khan" among Khizr, Ghazala and their late son Humayun Khan): only
            # the living, of the honorific's gender; nobody when none of them fits.
            named_before = [f for f in by_surname if self._first_named.get(f, 0) < before]
            candidates = self._family_member(named_before or by_surname, gender)
            if not candidates:
                return None
        if len(candidates) == 1:
            return candidates[0]
        if not candidates:
            return self.named_in_full(name, before=before) or name
        # Several people share the name (Donald and Eric Trump): the one named in full just
        # before, else the one the article mentions most; a tie is not resolved.
        # Only a name written in full counts: "Trump's wife, Melania, … Trump said" is him.
        recent = [
            m for m in self.mentions
            if m.start < before and m.name in candidates and (not self.text or self.text.startswith(m.name, m.start))
        ]
        if recent and before - recent[-1].start <= RECENT_FULL_NAME:
            return recent[-1].name
        counts = {c: sum(1 for m in self.mentions if m.name in self._forms(c)) for c in candidates}
        best = sorted(counts.items(), key=lambda kv: -kv[1])
        if best[0][1] > best[1][1]:
            return best[0][0]
        # A tie: the one of the tied named in full last (never a third, less named, person).
        tied = {c for c, n in best if n == best[0][1]}
        recent = [m for m in recent if m.name in tied]
        return recent[-1].name if recent else None

    def _family_member(self, family: list[str], gender: str) -> list[str]:
        """Who of several people sharing a surname a bare or "Mr."/"Ms." surname may mean: not
        one the article shows dead ("the late …", "…, who died"), not one of the other gender
        than ``gender``; those whose gender is known to be ``gender`` before the one of unknown
        gender ("Ms. Khan": Ghazala, whom the article calls "she", not Khizr, whom it never
        genders); none when several of unknown gender are left."""
        living = [f for f in family if not self.dead(f)]
        if gender == "?":
            return living
        known = [f for f in living if self.gender(f) == gender]
        unknown = [f for f in living if self.gender(f) == "?"]
        # Of several whose gender the article never tells, "Mr. Khan" could be any: nobody.
        return known or (unknown if len(unknown) == 1 else [])

    def _forms(self, full: str) -> list[str]:
        """How the article writes ``full``: in full, and by the given name alone when no one
        else it names in full has that given name ("his brother Freddy, who died" is Freddy
        Trump beside Donald J. Trump)."""
        given = full.split()[0]
        if len(full.split()) < 2 or not is_first_name(given) or any(
            f != full and f.split()[0] == given for f in self.full_names
        ):
            return [full]
        return [full, given]

    def dead(self, full: str) -> bool:
        """Whether the article shows ``full`` dead (``facts.deaths``), by full or given name."""
        if full not in self._shown_dead:
            before_starts = [m.start() for m in BEFORE_STARTS.finditer(self.text)]
            cued = cued_after(self.text)
            self._shown_dead[full] = bool(before_starts or cued) and said_dead(
                self.text, self._forms(full), before_starts, cued
            )
        return self._shown_dead[full]

    def role(self, full: str) -> str | None:
        roles = [m.role for m in self.mentions if m.role and (m.name == full or full.endswith(" " + m.name))]
        return roles[0] if roles else None
