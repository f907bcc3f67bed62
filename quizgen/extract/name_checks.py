"""Whether a PERSON entity names a person: not a place and a day ("West Palm Beach Tuesday"), a
thing or an organisation ("Dodd-Frank Act", "the ship Queen Mary"), nor a headline's words
("Clinton Campaign Manager Laughs"). Moved from ``extract.people``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.constants import (
    COMPANY_NOUNS,
    CORPORATE_SUFFIXES,
    LEGAL_FORMS,
    NAME_PARTICLES,
    NATIONALITY_NOUNS,
    NEWSPAPER_HEADS,
    NON_BUSINESS_HEADS,
    NOT_NAME_WORDS,
    ORG_HEAD_NOUNS,
    PARTY_WORDS,
    PERSON_NOUNS,
    REGNAL_TITLES,
    ROLE_FAMILIES,
    ROLE_NOUNS,
    ROLE_WORDS,
    THING_NAME_HEADS,
    TITLE_OPENERS,
    WORK_NOUNS,
)
from quizgen.extract.name_cleaning import TITLE_WORDS
from quizgen.extract.name_lists import gender_of, is_first_name, known_surnames
from quizgen.facts.nations import is_capital
from quizgen.nlp import english_stop_words, lemmatizer_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span

STOP_WORDS = english_stop_words()
# Nouns for people by kinship (no gender) an apposition may name: "the parents, Tom and Ann Reyes".
KIN_NOUNS = ("parent", "couple", "brothers", "sisters", "siblings", "family", "child", "relative", "cousin", "spouse", "twin")
# Nouns for a person an apposition may name ("his lawyer John Smith", "the singer Taylor Swift").
_PERSON_HEADS = ROLE_NOUNS | ROLE_WORDS | PERSON_NOUNS | TITLE_WORDS | frozenset(
    w for phrases in ROLE_FAMILIES.values() for p in phrases for w in p.split()
) | frozenset(KIN_NOUNS)  # "the parents, Temir and Gulnaz Sadiq"


def could_be_a_name(name: str) -> bool:
    """Whether a PERSON entity can be a person's name: not "West Palm Beach Tuesday", "Anselm
    College Saturday", an all-capitals headline, nor a title-case headline's words
    ("Clinton Campaign Manager Laughs", "Aides Caught Conspiring", "Laughs Off Poll")."""
    words = name.split()
    if any(w.lower() in NOT_NAME_WORDS for w in words):
        return False
    if len(words) > 1 and _thing_head(words[-1]):
        return False
    if len(words) > 1 and _party_members(words[-1]):
        return False  # "Lib Dems", "Liberal Democrats", "Young Republicans": a party's people, no person (j53)
    if len(words) > 1 and all(w.isupper() and len(w) > 2 for w in words):
        return False
    if len(words) > 1 and words[0].isalpha() and words[0].isupper() and len(words[0]) > 2 and not words[1].isupper():
        return False  # "| REUTERS Clinton rebuts GOP criticism" (j172): a photo credit run into a caption's name
    if len(words) > 1 and _thing_head(words[0]) and not _known_given_name(words[0], words[-1]):
        return False  # "Oscar nominee Hotel Rwanda": a film, a hotel, a club; no given name opens it (j62)
    if len(words) == 2 and is_capital(words[1]) and not is_first_name(words[0]):
        return False  # "Atletico Madrid", "Sporting Lisbon" (j65): a club of a capital, no given name before it
    if len(words) == 2 and words[0].rstrip(".") in ("St", "Saint"):
        return False  # "St Mary" of "St Mary's" (j67): a stadium's, a church's saint, no one in the news
    if name.lower() in NATIONALITY_NOUNS:
        return False  # "The 22-year-old Scot finished fourth" (j67): a nationality, no one's name
    if len(words) > 1 and words[0].lower() in _SAYING_WORDS:
        return False  # "Said Mr Fogg: …" (j65): the verb of an inverted attribution, then the name
    if len(words) > 1 and _club_letters(words[-1]):
        return False  # "Graz AK", "Ajax FC": a club's letters end it; a surname is never capitals (j64)
    if len(words) > 1 and all(_office_word(w) for w in words):
        return False  # "Tory MP", "Labour MP", "Democratic Senator": a party and an office, no one's name (j61)
    return not _headline_words(words)


_SAYING_WORDS = frozenset(["said", "says", "added", "adds", "told", "asked", "warned"])
_ROMAN_NUMERALS = frozenset(["II", "III", "IV", "VI", "VII", "VIII"])


def _club_letters(word: str) -> bool:
    """Whether a name's last word is letters in capitals ("AK", "FC", "AC"): a club's or a
    company's, never a surname; a generation's numeral ("III") may end a name."""
    return word.isalpha() and word.isupper() and 2 <= len(word) <= 4 and word not in _ROMAN_NUMERALS


def _known_given_name(first: str, last: str) -> bool:
    """Whether the name lists know ``first`` as a given name ("Bill", "Rose")."""
    return gender_of(f"{first} {last}") in ("m", "f")


def _office_word(word: str) -> bool:
    """Whether a word is a party's or an office's, no part of a name ("Tory", "Labour", "MP")."""
    lower = word.lower().rstrip(".")
    return lower in _PERSON_HEADS or lower in PARTY_WORDS or lower in ("labour", "lib", "dem")


def _party_members(word: str) -> bool:
    """Whether a word names a party's members in the plural ("Dems", "Democrats", "Tories")."""
    lower = word.lower()
    return lower == "tories" or (lower.endswith("s") and lower[:-1] in PARTY_WORDS)


def could_be_a_given_name(word: str) -> bool:
    """Whether a capitalised word before a surname can be a given or middle name: a word or an
    initial ("W."), never a title, a role, a party or a function word ("President Obama",
    "Democrat Obama" are not first names)."""
    bare = word.rstrip(".")
    lower = bare.lower()
    if not bare.isalpha() or not word[:1].isupper():
        return False
    if len(bare) == 1:
        return True  # an initial
    blocked = TITLE_WORDS | TITLE_OPENERS | REGNAL_TITLES | ROLE_NOUNS | ROLE_WORDS | PERSON_NOUNS | PARTY_WORDS
    return lower not in blocked and lower not in NOT_NAME_WORDS and lower not in english_stop_words() and not _thing_head(bare)


_THING_HEADS = THING_NAME_HEADS | ORG_HEAD_NOUNS | NON_BUSINESS_HEADS | WORK_NOUNS | NEWSPAPER_HEADS


def _thing_head(word: str) -> bool:
    """Whether a name's last word makes it a thing's or an organisation's ("Dodd-Frank Act",
    "Clinton Foundation", "Kelly File"): a head noun of those, and no surname Faker's lists
    know ("Case", "House", "Banks" stay)."""
    lower = word.lower().rstrip(".")
    return lower in _THING_HEADS and lower not in known_surnames()


def names_a_thing(ent: Span) -> bool:
    """Whether the parse puts a PERSON entity in apposition to a common noun that names no kind
    of person: "operations Desert Shield and Desert Storm", "the ship Queen Mary" (not "his
    lawyer John Smith", "the singer Taylor Swift"), or opens with an article of its own ("the
    Obama White House")."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ == "the" and before.dep_ == "det" and ent.start <= before.head.i < ent.end:
        return True  # "the Obama White House", "the Trump Organization": a person's name takes no article
    root = ent.root
    while root.dep_ == "conj" and root.head.ent_type_ == "PERSON" and root.head.i < root.i:
        root = root.head  # "… Desert Shield and Desert Storm": the first of the pair
    head = root.head
    if root.dep_ != "appos" or head.pos_ != "NOUN" or head.i >= ent.start or head.text[:1].isupper():
        return False
    return head.lemma_.lower() not in _PERSON_HEADS and head.lower_ not in _PERSON_HEADS


def legal_form(word: str) -> bool:
    """Whether a word is a company's legal form ("Co", "Inc.", "N.V.", "S.A.,"), compared without
    dots and commas; "&" alone is none."""
    return word != "&" and word.lower().replace(".", "").strip(",") in LEGAL_FORMS


def corporate_suffixed(ent: Span) -> bool:
    """Whether a corporate suffix ends the name or follows it, a comma, an "and" or one bracketed
    word allowed between ("Granite Foods PLC", "Harlan Meyer Inc.", "Dow Jones & Co.", "Laurie
    Milbank and Co", "Jardine Fleming (Securities) Ltd": the tagger may leave it out)."""
    doc = ent.doc
    at = ent.end
    if at + 2 < len(doc) and doc[at].text == "(" and doc[at + 2].text == ")" and doc[at + 1].text[:1].isupper():
        at += 3  # "Jardine Fleming (Securities) Ltd economist Eric Rasmussen" (j146): the firm's bracketed word
    after = doc[at] if at < len(doc) else None
    if after is not None and after.text == ",":
        after = doc[at + 1] if at + 1 < len(doc) else None
    if named_with_and_co(ent):
        return True  # "Laurie Milbank and Co assistant manager Machiko Suzuki" (j124): a firm
    return any(
        t is not None and t.lower_.rstrip(".,") in CORPORATE_SUFFIXES and t.text[:1] in "&ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        for t in (ent[-1], after)
    )


def named_with_and_co(ent: Span) -> bool:
    """Whether "and Co" ("& Sons", "and Company") follows a name: the firm named after a person
    ("Mario Gabelli and Co", beside Mario Gabelli himself), this mention only."""
    doc = ent.doc
    return (
        ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("and", "&")
        and doc[ent.end + 1].lower_.rstrip(".,") in CORPORATE_SUFFIXES and doc[ent.end + 1].text[:1].isupper()
    )


def a_persons_firm(ent: Span) -> bool:
    """Whether a name follows another person's name and "of" ("analyst Peter Appert of C.J.
    Lawrence", j126), maybe with the firm's trade in lower case between ("Christopher Osborne of
    stockbroker Hoare Govett", j130): where that person works, a firm named like a person, this
    mention only."""
    doc = ent.doc
    at = ent.start - 1
    while at > 0 and doc[at].pos_ in ("NOUN", "ADJ") and doc[at].is_lower:
        at -= 1  # "of [stockbroker] Hoare Govett", "of [investment bank] Kleinwort Benson"
    return at >= 1 and doc[at].lower_ == "of" and doc[at - 1].ent_type_ == "PERSON"


def names_a_company(ent: Span) -> bool:
    """Whether a PERSON entity is a company the tagger took for a person: a corporate suffix
    follows it ("Harlan Meyer Inc.", "Dow Jones & Co.") or an apposition after it calls it a
    company ("Anheuser-Busch, the world's largest brewer", "Vinter, a maker of tools"), and the
    article never gives it an honorific ("Mr. Vinter"), which only a person takes."""
    suffixed = corporate_suffixed(ent)
    described = any(
        noun.pos_ == "NOUN" and noun.lemma_.lower() in COMPANY_NOUNS
        for child in ent.root.children
        if child.dep_ == "appos" and child.i >= ent.end
        for noun in [child, *(c for c in child.children if c.dep_ == "conj")]  # "a wholesaler and … maker"
    )
    if not (suffixed or described):
        return False
    last = ent.text.split()[-1]
    return not re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z][\w.'’-]*\s+)*{re.escape(last)}\b", ent.doc.text)


def _headline_words(words: list[str]) -> bool:
    """Whether title-case words are a headline's, not a name: a role noun or a function word
    inside the name ("Campaign Manager", "Off"), a common noun before a known first name ("Icon
    Morton Blackwell"), or an inflected verb ("Caught", "Conspiring") in a name that does not
    open with a known first name."""
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
    if len(words) > 2 and is_first_name(words[1]) and lower[1] not in titles and _common_noun(words[0]):
        return True  # a headline's noun before a full name: "Conservative Icon Morton Blackwell Endorses …"
    # A headline's verb opens the words the tagger took for a name ("Praises Marco Rubio Donor").
    return _inflected_verb(words[0], endings=("ed", "ing", "s", "es")) or any(_inflected_verb(w) for w in words[1:])


def _common_noun(word: str) -> bool:
    """A capitalised English common noun per spaCy's lemmatizer tables ("Icon", "Hero",
    "Legend") that no list of surnames knows: not a name's first word."""
    lower = word.lower()
    return word.isalpha() and word[:1].isupper() and lower in _lemma_tables()[0].get("noun", ()) and lower not in known_surnames()


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


def _lemma_tables() -> tuple[dict, dict, dict]:
    """spaCy's English lemmatizer tables (words by part of speech, suffix rules, irregular
    forms; ``nlp.lemmatizer_lexicon``): the lexicon that tells "caught" is a verb's."""
    lexicon = lemmatizer_lexicon()
    return lexicon.index, lexicon.rules, lexicon.irregular
