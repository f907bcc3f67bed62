"""People with roles: titles before a name and appositions around it.

"NATO Secretary General Jens Stoltenberg", "British Prime Minister Theresa May" (titles);
"Jens Stoltenberg, the secretary-general of NATO (…)," and "the head of NATO, Jens
Stoltenberg" (appositions); "a British-Libyan man named Salman Abedi" (a description).
A role marked as past ("former", "then-") is not a role at publication and gives no fact here
(a title after "former" is read apart, as a former role: ``extract.former_roles``);
nor is one the article does not state as current: a title in an irrealis frame ("a President
Trump", "if …, President X would"), of a dead person, of a time the sentence dates to the past,
one of two people in the same one-holder office, or an author's bio line closing the article.
A headline set in title capitals and run into the text gives no role: its capitals are no
title's ("… Welcome American Refugees Fleeing President X"); a role the prose states is read there.
A title is only the words the parse ties to the name as one noun phrase (``_tied_start``).
A title keeps the organisation or place the parse attaches to it ("World Bank President").
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from quizgen.constants import (
    ADDRESS_HONORIFICS,
    BODY_NOUNS,
    CONDITION_MARKERS,
    CORPORATE_SUFFIXES,
    DEATH_WORDS,
    GENERAL_OFFICE_WORDS,
    IRREALIS_MODALS,
    IRREALIS_ROLE_WORDS,
    LABEL_NOUNS,
    LEADING_NOUNS,
    MANY_HOLDER_NOUNS,
    MILITARY_RANKS,
    NON_SCOPE_WORDS,
    NOT_NAME_PART_LABELS,
    OCCUPATION_NOUNS,
    PARTY_OFFICES,
    PARTY_WORDS,
    PAST_ROLE_WORDS,
    PERSON_NOUNS,
    PLAIN_PERSON_NOUNS,
    POSTED_OFFICES,
    RANK_ABBREVIATIONS,
    REGNAL_TITLES,
    REMOVED_ROLE_WORDS,
    ROLE_NOUNS,
    ROLE_WORDS,
    SINGLE_HOLDER_WORDS,
    STANDALONE_TITLES,
    STATE_OFFICES,
    TITLE_OPENERS,
    US_STATE_CODES,
    WRITER_NOUNS,
)
from quizgen.extract.business_titles import bare_business_title, lede_company, only_company_so_far
from quizgen.extract.dates import prose_sentences, publication_dates
from quizgen.extract.departures import departed_people, handing_over, lone_antecedent, past_terms
from quizgen.extract.events import headline_case
from quizgen.extract.name_checks import legal_form
from quizgen.extract.number_words import ORDINAL_WORDS
from quizgen.extract.org_descriptions import org_head
from quizgen.extract.people import person_mentions
from quizgen.extract.person_roles import (
    PARTY_STATE,
    is_party_tag,
    name_determiner,
    opening_adverb,
    told_agency_words,
)
from quizgen.facts.records import Mention, RoleFact
from quizgen.ingest.articles import Article
from quizgen.nlp import english_word, sentence_end, sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

HONORIFICS = frozenset(["sir", "dame", "lord", "lady", "mr", "mrs", "ms", "dr", "prince", "princess", "sheikh", "rev"])
_ACRONYM = re.compile(r"^(?:U\.S\.|U\.K\.|U\.N\.|E\.U\.)$|^[A-Z]{2,}$")  # not "D.C."
# The capitalised words before a name, with the lower-case words a title holds: "of", "for",
# and "acting" or "interim" inside it ("Italian acting Finance Minister", j80: cut at "acting",
# the title lost its country and took the story's).
_TITLE_RUN = re.compile(
    r"((?:(?:[A-Z][\w.'’-]*|of|for|-|acting|interim)\s+)*?(?:[A-Z][\w.'’-]*))\s+$"
)
_AFTER = re.compile(
    r"^,\s+(?P<det>the|a|an)\s+(?P<role>[^,;()“”\"]+?)\s*(?:\([^)]*\)\s*)?"
    r"(?=[,;]|(?<!\b[A-Z])\.(?:\s|$)|\s+(?:said|says|told)\b)"
)
# "and" may join two titles of one person ("the president and CEO of Globex, Jo Roe"): each
# conjunct must then be headed by a role noun (``_joined_titles``).
_ROLE_PHRASE = r"(?P<role>(?:(?!(?:the|a|an|as|or|by|to)\b)[\w’'.-]+\s+){0,6}?(?!(?:the|a|an)\b)[\w’'-]+)"
_BEFORE = re.compile(rf"(?:^|[\s,(])(?P<det>[Tt]he|a|an)\s+{_ROLE_PHRASE}\s*(?P<link>,\s*|\s+(?:named|called)\s+)$")
MAX_ROLE_WORDS = 8


# ("Osaka-based": "based" after a hyphen ends no role, it is part of a word)
_ROLE_END = re.compile(r"\s*(?:[,;(]|(?<![-\w])(?:who|whose|which|that|based|since|until|when)\b)")
_ROLE_COMPLEMENT = re.compile(r"\s+(?:of|for|to|at|in|on|with|from|under|between)\s+")


# The rest of a role after its body's "of": capitalised words, then one lower-case role word.
_BODY_THEN_ROLE = re.compile(r"(?:[A-Z][\w'’.&-]*\s+)+[a-z][a-z-]*")


def role_head(role: str) -> str | None:
    """The noun a role phrase is about, lower-cased: "a Boca Raton lawyer who …" → "lawyer",
    "Secretary of State" → "secretary", "Executive Order" → "order"."""
    phrase = _ROLE_END.split(role, maxsplit=1)[0]
    parts = _ROLE_COMPLEMENT.split(phrase, maxsplit=1)
    if len(parts) == 2 and _BODY_THEN_ROLE.fullmatch(parts[1]) and parts[1].split()[-1] in ROLE_NOUNS:
        # "Association of Chief Police Officers president": the "of" is inside the body's name,
        # and the role is the lower-case role noun that ends the phrase (not "leader in
        # Republican polls": a leader's standing)
        return parts[1].split()[-1]
    phrase = parts[0]
    words = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", phrase)
    if not words:
        return None
    head = words[-1].lower()
    return head if head in ROLE_NOUNS else head.split("-")[-1]


def has_role_noun(role: str, *, descriptions: bool = True) -> bool:
    """Whether a role phrase is headed by a role noun (a lexicon, ``ROLE_NOUNS``): "the
    Vermont senator" is a role; "Executive Order" or "brief concession speech shortly after
    she" is not. A description ("a British-Libyan man") may be headed by a person noun too;
    one that only says a person ("man") needs a word of its own saying which ("a man" alone,
    whatever the clause after it, describes nobody)."""
    head = role_head(role)
    if head is None:
        return False
    if head in ROLE_NOUNS:
        return True
    if head in PLAIN_PERSON_NOUNS:
        words = re.findall(r"[\w’'-]+", trim_role(role))
        return descriptions and len([w for w in words if w.lower() not in ("a", "an", "the")]) > 1
    return descriptions and head in PERSON_NOUNS


# Heads of a business of their own, a post of some paper or firm: said with only a nation
# ("British publisher Robert Maxwell"), they describe their holder, whose firm is unnamed.
PROPRIETOR_NOUNS = frozenset(["publisher", "editor", "proprietor", "owner", "financier", "industrialist", "tycoon", "magnate", "shipowner"])


def is_label(role: str) -> bool:
    """Whether a role phrase is a label of its person, not a position held with a scope: headed
    by a label noun ("Republican front-runner", "real estate mogul", ``LABEL_NOUNS``), by a
    trade practised anywhere ("Georgia businessman", ``OCCUPATION_NOUNS``), or by a
    noun of leading whose lower-case noun before it names no body that is led ("Republican poll
    leader", not "Republican party leader" nor "Senate Majority Leader")."""
    head = role_head(role)
    if head is None:
        return False
    if head in LABEL_NOUNS | OCCUPATION_NOUNS:
        return True
    if head in WRITER_NOUNS | PROPRIETOR_NOUNS and _by_nationality_only(role):
        # "British author", "British publisher" (j130): as many hold it as Britain has authors
        # or publishers; "publisher of The Times" names the paper whose post it is
        return True
    if head not in LEADING_NOUNS:
        return False
    phrase = _ROLE_COMPLEMENT.split(_ROLE_END.split(role, maxsplit=1)[0], maxsplit=1)[0]
    words = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", phrase)
    if len(words) < 2 or words[-1].lower() != head:
        return False
    before = words[-2]
    return before.islower() and before not in BODY_NOUNS | ROLE_NOUNS | TITLE_OPENERS | {"a", "an", "the"}


def _by_nationality_only(role: str) -> bool:
    """Whether a role's words before its noun say only of what nation or kind its holder is
    ("British author", "Indian-born novelist", "award-winning poet"), naming no body or place
    whose post it is ("White House speechwriter"), and nothing follows the noun ("author of …"
    names the one who wrote it)."""
    phrase = _ROLE_END.split(role, maxsplit=1)[0].strip()
    if _ROLE_COMPLEMENT.search(f" {phrase} "):
        return False
    words = phrase.split()[:-1]
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return all(p.islower() or _is_adjective(p) for w in words for p in w.split("-") if p)


def as_description(role: str) -> str:
    """A role phrase read as a description of its person: "Republican poll leader" → "a
    Republican poll leader" (a description is kept as it is)."""
    if role.startswith(("a ", "an ")):
        return role
    return f"{'an' if role[:1].lower() in 'aeiou' else 'a'} {role}"


# Seats a collective body has several of: "Federal Reserve Board governor", "Commission
# director"; the body's head is a chairman or a president.
BOARD_SEAT_NOUNS = frozenset(["governor", "director", "commissioner"])
COLLECTIVE_BODY_NOUNS = frozenset(["board", "commission", "council", "committee", "panel", "tribunal"])


def many_hold(role: str) -> bool:
    """Whether many people hold the role at once ("Republican senator", "Supreme Court justice",
    a rank: "PLA Major General"), so that "Who was the …?" has no one answer ("Chief Justice"
    has one)."""
    if is_rank(role):
        return True
    if _owns_a_kind(role):
        return True
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", role)}
    # a body's initials ending in its "Commission", "Council" or "Committee" ("CFTC", "SEC", "FCC")
    # with nothing else before the seat, such as a portfolio ("EC Farm Commissioner" is one)
    parts = role.split()
    initials = len(parts) == 2 and re.fullmatch(r"[A-Z]{2,6}", parts[0]) is not None and parts[0].endswith("C")
    if role_head(role) in BOARD_SEAT_NOUNS and (words & COLLECTIVE_BODY_NOUNS or initials) and not words & SINGLE_HOLDER_WORDS:
        # "Federal Reserve Board governor" (j112), "CFTC Commissioner" (j145): a board or a
        # commission has several; "Bank of England governor" one
        return True
    return role_head(role) in MANY_HOLDER_NOUNS and not words & SINGLE_HOLDER_WORDS



# Nouns of owning: one business's owner is one person, a kind of business has many
_OWNER_NOUNS = frozenset(["owner", "co-owner", "proprietor"])


def _owns_a_kind(role: str) -> bool:
    """Whether the role owns a kind of thing, not a named one: "British bar owner", "restaurant
    owner" (many hold it); "Chelsea owner", "owner of the Harland Arms" name what is owned."""
    if role_head(role) not in _OWNER_NOUNS or _ROLE_COMPLEMENT.search(f" {role} "):
        return False
    words = re.findall(r"[\w'’-]+", _ROLE_END.split(role, maxsplit=1)[0])[:-1]
    return all(w.islower() or is_nationality(w) for w in words)


def is_rank(role: str) -> bool:
    """Whether a role phrase ends in a rank of armed forces or police (``MILITARY_RANKS``,
    WordNet's): "PLA Major General", "Army major", "Rear Admiral", "police inspector". A
    "general" after another role noun is an office one person holds ("Attorney General",
    "Secretary General", "Inspector General"), and "chief" makes a rank's word a post
    ("Police Chief", "chief inspector") unless the rank holds it ("chief petty officer")."""
    phrase = _ROLE_COMPLEMENT.split(_ROLE_END.split(role, maxsplit=1)[0], maxsplit=1)[0]
    words = [w.lower() for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", phrase)]
    words = [RANK_ABBREVIATIONS.get(w, w) for w in words]  # "Lt. Gen." → lieutenant general
    if not words:
        return False
    for n in (3, 2):
        if len(words) >= n and " ".join(words[-n:]) in MILITARY_RANKS:
            return True
    if _hyphened_rank(words[-1]):
        return True  # "Brigadier-General": one rank, however it is written
    last = words[-1]
    if last not in MILITARY_RANKS or set(words) & SINGLE_HOLDER_WORDS:
        return False
    before = words[-2] if len(words) > 1 else ""
    # "Director General" is an office; "Armed Forces Commander General" a post and the rank of
    # its holder (j84): a commander is the army's, whose ranks follow
    office = before in GENERAL_OFFICE_WORDS or (before in ROLE_NOUNS and before not in MILITARY_RANKS and before != "commander")
    return not (last == "general" and office)


def _hyphened_rank(word: str) -> bool:
    """Whether a hyphened word is a rank of several words ("brigadier-general", "lieutenant-colonel")."""
    return "-" in word and word not in MILITARY_RANKS and word.replace("-", " ") in MILITARY_RANKS


def without_rank(title: str) -> str:
    """A title before a name less the rank that follows its office: "Information Minister
    Brigadier-General [X]" → "Information Minister", "Defence Minister Lt. Gen." → "Defence
    Minister". The rank is the person's grade, no part of the office; a title that is a rank
    alone, or whose words before the rank hold no office ("Army Major"), is left whole."""
    words = title.split()
    if not is_rank(title) and not _rank_after_office(words):
        return title  # "Attorney General", "Secretary General": an office of its own
    for k in range(len(words) - 1, 0, -1):  # the shortest rank first: "Chief of Staff | Lieutenant"
        rest = words[k:]
        if not is_rank(" ".join(rest)) or not all(_rank_word(w) for w in rest):
            continue
        office = " ".join(words[:k])
        if has_role_noun(office, descriptions=False) and not is_rank(office) and not is_label(office):
            return office
    return title


def _rank_after_office(words: list[str]) -> bool:
    """Whether a title's last word is a rank of one word ("Chief of Staff Lieutenant", where
    "chief" kept ``is_rank`` from reading it); never "general", which after an office word
    names the office ("Attorney General")."""
    if len(words) < 2:
        return False
    last = words[-1].lower().rstrip(".")
    last = RANK_ABBREVIATIONS.get(last, last)
    return last != "general" and last in MILITARY_RANKS and words[-2].lower() != "chief"  # "Chief Inspector": a post


def _rank_word(word: str) -> bool:
    """Whether ``word`` is (part of) a rank's name ("Brigadier-General", "Lt.", "Gen.", "Major")."""
    w = word.lower().rstrip(".")
    w = RANK_ABBREVIATIONS.get(w, w)
    return w in MILITARY_RANKS or _hyphened_rank(w) or any(w in r.split() for r in MILITARY_RANKS)


# Words no title ends on: a role read up to one was cut inside a list or a phrase ("President
# Barack Obama of the United States and President Xi Jinping of China" read "President of the
# United States and", j202).
_CUT_ENDS = frozenset(["and", "or", "but", "nor", "of", "the", "a", "an", "to", "for", "in", "at", "with", "by", "from", "on"])


def trim_role(role: str) -> str:
    """The role without the clause that follows it: "a lawyer in Orlando who specializes in …"
    → "a lawyer in Orlando"; "a Democratic pollster who worked on Mr" → "a Democratic pollster"."""
    return _ROLE_END.split(role, maxsplit=1)[0].strip()


def _has_role_word(text: str) -> bool:
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    return bool(words & ROLE_WORDS)


def title_before(text: str) -> str | None:
    """The capitalised title that ends ``text`` (the words just before a name)."""
    m = _TITLE_RUN.search(text)
    if not m:
        return None
    words = m.group(1).split()
    joined = _AND_BEFORE.search(text, 0, m.start())
    if joined and words[0].lower() not in ROLE_WORDS | TITLE_OPENERS and english_word(joined.group().split()[0].lower()):
        # "Health and Human Services Secretary" (j209): the run is the second half of a body's name
        # ("Human Services Secretary" before); not after a name ("Pelosi and Senate Minority Leader
        # Chuck Schumer") nor where the run opens a title ("Bush and Vice President Dick Cheney")
        words = joined.group().split() + words
    return _title_words(words)


# A capitalised word and "and" right before a title run: the run may be the second half of a
# body's name ("Health and Human Services", "Housing and Urban Development").
_AND_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+and\s+$")


def _title_words(words: list[str]) -> str | None:
    """The title in ``words`` (the capitalised words before a name), or None if they hold none."""
    tags = [i for i, w in enumerate(words) if is_party_tag(w)]
    if tags:
        # "said Pelosi, D-Calif. [President] Donald Trump has …" (j236): a party-and-state tag closes
        # the name before it and, written with its period, the sentence the parse ran on
        words = words[tags[-1] + 1 :]
    # Drop leading words that are not part of a title ("Still", "Thanks").
    while words and (
        not (
            _ACRONYM.match(words[0])
            or words[0].lower() in ROLE_WORDS | TITLE_OPENERS
            or _is_adjective(words[0])
            or _hyphened_title(words[0])
        )
        or words[0].lower() in _MONTH_NAMES  # "in March French Justice Minister Jean-Jacques Urvoas said" (j217)
    ):
        words = words[1:]
    while words and words[0].lower() in ("of", "for", "and", "-"):
        words = words[1:]
    while len(words) > 1 and words[-1].lower().rstrip(".") in HONORIFICS:
        words = words[:-1]  # "Chairman Sir [John Egan]": the honorific belongs to the name
    title = " ".join(words)
    if not title or not _has_role_word(title) or len(words) > MAX_ROLE_WORDS:
        return None
    if len(words) == 1 and title.lower() not in STANDALONE_TITLES and not _hyphened_title(title):
        return None  # "General", "Head": a rank or a fragment, not a role to learn
    if all(w.lower().rstrip(".") in ADDRESS_HONORIFICS for w in words):
        return None
    return title


_MONTH_NAMES = frozenset(m.lower() for m in calendar.month_name[1:])


def _hyphened_title(word: str) -> bool:
    """Whether ``word`` is one title written with a hyphen whose last part a title opener leads
    ("Vice-President", "Deputy-Governor"): its parts are the title's words."""
    parts = word.lower().split("-")
    return len(parts) > 1 and parts[0] in TITLE_OPENERS and parts[-1] in ROLE_WORDS


def _definite_role(role: str) -> bool:
    """"the secretary-general of NATO" names a role; "the committee's chairman" is too vague,
    and so is "the British concern's chairman" (``_owner_by_trade``)."""
    return _has_role_word(role) and any(w[:1].isupper() for w in role.split()[_owner_by_trade(role) :])


def _owner_by_trade(role: str) -> int:
    """How many words open ``role`` as its owner described by trade and nationality, not named
    ("British concern's chairman", "Canadian mining company's president"): those words say whose
    the role is no more than "the company's" does. 0 when the role has no such owner."""
    words = role.split()
    for i, word in enumerate(words):
        stem = re.sub(r"['’]s?$", "", word)
        if stem != word:
            before = words[:i]
            described = all(w.islower() or _is_adjective(w) for w in before)
            return i + 1 if stem.islower() and org_head(stem.lower()) and described else 0
    return 0


def apposition_after(after: str) -> tuple[str, int] | None:
    """The definite role set off after a name ("…, the former governor of Vermont, …"): the
    role's words and where the apposition ends in ``after`` (the text from the name's end)."""
    m = _AFTER.match(after)
    if m is None or m.group("det").lower() != "the" or not _definite_role(m.group("role")):
        return None
    return m.group("role"), m.end()


# Where an envoy is posted: "to Kenya", "to the United Nations", "in Baghdad", "at the Vatican",
# "for Syria" (a special envoy's brief).
_POSTED_TO = re.compile(r"\b(?:to|in|at|for)\s+(?:the\s+)?[A-Z]")


def posted_nowhere(role: str) -> bool:
    """Whether ``role`` is an office held abroad (``POSTED_OFFICES``) that does not say where:
    "U.S. Ambassador", "Soviet envoy"; not "U.S. Ambassador to Kenya"."""
    return role_head(role) in POSTED_OFFICES and not _POSTED_TO.search(role)


def is_qualified(role: str) -> bool:
    """Whether a role says whose it is ("British Prime Minister", not "Foreign Minister").

    An unqualified role makes a poor "Who was …?" question: which country's minister? Only a
    name says whose: a lower-case word says what kind ("military leader": of which country?),
    and a party says whose only a party's office is ("Republican nominee", not "Republican
    Secretary of State": of which state?). An office a country holds abroad (``POSTED_OFFICES``)
    says whose only with where it is held: "U.S. Ambassador to Kenya", not "U.S. Ambassador".
    """
    if posted_nowhere(role):
        return False  # "U.S. Ambassador": to which country? ("U.S. Ambassador to Kenya" says)
    generic = ROLE_WORDS | TITLE_OPENERS | NON_SCOPE_WORDS | {"of", "for", "the", "general"}
    # "Democratic committee chairman" (j135): a body's chairman, whose only the body's name says
    party_office = role_head(role) in PARTY_OFFICES and not _chairs_an_unnamed_body(role) and not _state_contest(role)
    whose = " ".join(role.split()[_owner_by_trade(role) :])  # "British concern's chairman": not whose
    whose = _EVERY_COUNTRY_S.sub(" ", whose)  # "Central Bank president" (j92: of Brazil, said only by the dateline)
    return any(
        w[:1].isupper() and w.lower() not in generic and (party_office or w.lower().rstrip(".") not in PARTY_WORDS)
        for w in re.findall(r"[\w.]+", whose.replace("-", " "))
    )


# Contests every state, district or city holds: a party's nominee in one says whose only with the
# place ("Republican gubernatorial nominee", j216: which state's?; "Democratic Senate candidate").
_STATE_CONTEST_WORDS = frozenset(["gubernatorial", "mayoral", "congressional", "legislative", "senate", "house", "state", "county", "city", "municipal", "district"])


def _state_contest(role: str) -> bool:
    """Whether a party's candidacy or office is in a contest of a state or a smaller place."""
    return role_head(role) in ("nominee", "candidate") and any(w.lower() in _STATE_CONTEST_WORDS for w in re.findall(r"[\w]+", role))


def _chairs_an_unnamed_body(role: str) -> bool:
    """Whether the office's word follows a body's common noun in lower case ("Democratic
    committee chairman", "Republican panel leader"): the office is the body's, not the party's."""
    words = re.findall(r"[\w-]+", _ROLE_END.split(role, maxsplit=1)[0])
    return len(words) >= 2 and words[-2] in COLLECTIVE_BODY_NOUNS | {"subcommittee"}


# A body every country has, named as its own: "the Central Bank" says whose only with a country
# ("Reserve Bank Governor", j101: South Africa's, said only by the dateline; Australia, New
# Zealand and India have one too).
_EVERY_COUNTRY_S = re.compile(
    r"\b(?:Central|Reserve|National)\s+Bank\b|\b(?:Supreme|Constitutional)\s+Court\b|\bNational\s+Assembly\b|\bParliament\b",
    re.IGNORECASE,
)


# Bodies formed for one errand, which a story names before calling them by their common noun
# ("the review team … Group leader X", "the delegation … Delegation head Y").
ERRAND_BODIES = frozenset(["delegation", "panel", "mission", "team", "group", "committee", "commission"])


def _sentence_cased_first_word(role: str) -> str | None:
    """The role's first word in lower case when only that word is capitalised ("Group leader",
    "Farm leader"), else None: a capital the sentence's or the title's start may have given."""
    words = re.findall(r"[\w.'’-]+", role)
    if len(words) < 2 or not words[0][:1].isupper() or not all(w.islower() for w in words[1:]):
        return None
    return words[0].lower()


def _sentence_cased_body(role: str) -> bool:
    """Whether a role is a body's common noun capitalised as its first word and lower-case words
    after it ("Group leader", "Team spokesman", "Delegation head"): the capital is the sentence's
    or the title's start, not a name, and the role names no group, team or delegation of its own
    ("Senate Majority Leader", "Group Chief Executive" are set in title capitals and left as they are)."""
    first = _sentence_cased_first_word(role)
    # an organisation's head noun ("group", "team", "party") or a body formed for one errand
    # ("delegation", "panel", "mission"), not a service or house of the story's place ("Fire chief",
    # "Police chief", "State senator": ``BODY_NOUNS`` holds those too)
    return first is not None and (org_head(first) or first in ERRAND_BODIES)


def _capital_of_the_sentence(role: str, before: str, body: str) -> bool:
    """Whether a role opens its sentence (``before``, the text from the sentence's start, is
    blank) as a common word capitalised only there and lower-case words after it, a word the
    article writes in lower case elsewhere: "Farm leader Raymond Lacombe said" (j98; "the farm
    sector") names no union, no country; or the head noun of a longer name the story gave
    ("Chamber head" after "the Japan Chamber of Commerce and Industry", j103). A body of the
    story's place stays ("Police chief …", ``BODY_NOUNS``), as for ``_sentence_cased_body``."""
    first = _sentence_cased_first_word(role)
    if before.strip() or first is None or first in BODY_NOUNS or not first.isalpha():
        return False
    if re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])", body) is not None:
        return True
    # the head noun of a longer name the story gave: "Chamber head Noboru Gotoh" after "the Japan
    # Chamber of Commerce and Industry" (j103: "Who was the Chamber head?", which chamber)
    word = first.capitalize()
    return re.search(rf"\b[A-Z][\w.'’-]*\s+{re.escape(word)}\s+(?:of|for)\s+[A-Z]", body) is not None


def _title_at(text: str, title: str) -> int | None:
    """Where ``title`` (words joined by single spaces) starts in ``text``, which may wrap lines."""
    pattern = r"\s+".join(re.escape(w) for w in title.split()) + r"\s+$"
    m = re.search(pattern, text)
    return m.start() if m else None


def is_nationality(word: str) -> bool:
    """Whether ``word`` reads as a nationality or place adjective ("Mongolian", "Bhutanese")."""
    return _is_adjective(word)


def _is_adjective(word: str) -> bool:
    """Nationality and place adjectives that open a title ("British", "US", "German")."""
    return bool(re.match(r"^[A-Z][a-z]+(?:an|ian|ish|ese|ch|i)$", word)) or word.rstrip(".") in ("U.S", "US", "UK", "EU", "UN")


# A lower-case word of jurisdiction right before a capitalised title: the title is a state's,
# a county's or a city's body ("state House Republican Leader", "county Board Chairman"), and
# without the place it reads as the nation's.
_LOCAL_SCOPE_BEFORE = re.compile(r"(?<![\w-])(?:state|county|city|provincial|municipal|regional|local|tribal)\s+$")


def normalise_role(role: str) -> str:
    """Readable title form: "secretary-general of NATO (…)" → "NATO Secretary-General"."""
    role = re.sub(r"\s*\([^)]*\)?", "", role).strip(" ,.")
    if role.split()[-1:] and role.split()[-1].lower() in CORPORATE_SUFFIXES - {"company", "corporation", "&"}:
        role += "."  # "… Matsushita Electric Industrial Corp.": the abbreviation keeps its stop
    role = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.IGNORECASE)
    # "Current Secretary of State" (j178): held now, as every role read here is
    role = re.sub(r"^(?:current|sitting|incumbent)\s+(?=\S)", "", role, flags=re.IGNORECASE)
    m = re.match(r"^(?P<title>[a-z][\w -]*?)\s+of\s+(?P<org>(?:[A-Z]\.){2,}|[A-Z]{2,})$", role)
    if m:
        title = "-".join(w.capitalize() for w in m.group("title").split("-"))
        title = " ".join(w[:1].upper() + w[1:] for w in title.split())
        return f"{m.group('org')} {title}"
    return role


def role_key(role: str) -> tuple[str, ...]:
    """Words that identify a role whatever its spelling ("U.S."/"US", "defence"/"defense")."""
    text = role.lower().replace("-", " ").replace("u.s.", "us").replace("u.s", "us").replace("u.k.", "uk")
    text = text.replace("defence", "defense").replace("secretary of defense", "defense secretary")
    text = text.replace("united states", "us")
    return tuple(sorted(set(re.findall(r"[a-z]+", text)) - {"the", "of", "a", "an"}))


def extract_roles(doc: Doc, *, article: Article, mentions: list[Mention] | None = None) -> Iterator[RoleFact]:
    """People named in the prose with the role or description the article gives them."""
    as_of = role_month(article)
    sentences = list(prose_sentences(doc, article))
    sentence_starts = [s.start_char for s in sentences]
    text = doc.text  # Doc.text joins every token anew on each access: read it once
    gone = dead_people(doc) | departed_people(doc)  # died, or left the post ("X, chairman, resigned")
    # sworn in, taking office, a predecessor or successor: the month fits two holders (round 44)
    gone |= handing_over(doc, year=article.published.year if article.published else None)
    ended = past_terms(doc, year=article.published.year if article.published else None)  # "served as governor until 2011"
    mentions = person_mentions(doc) if mentions is None else mentions
    # "former President X" anywhere in the article: "President X" elsewhere is a courtesy title.
    formerly = {surname_of(m.name) for m in mentions if _PAST_BEFORE.search(text, max(0, m.start - 80), m.start)}
    bio = _author_bio(sentences, mentions, article)
    company = lede_company(doc, sentences[0]) if sentences else None
    facts: list[RoleFact] = []
    titled_then: list[tuple[str, str]] = []  # (title, person) given to someone not holding it now
    for mention in mentions:
        if not mention.name[:1].isupper() or surname_of(mention.name) in formerly:
            continue
        at = bisect_right(sentence_starts, mention.start) - 1  # sentences are in order, apart
        if at < 0 or mention.start >= sentences[at].end_char:
            continue
        sent = sentences[at]
        if headline_case(sent):
            continue  # a headline run into the text: its capitals are not a title's (a role stated in prose is read there)
        if bio is not None and bio.start_char <= mention.start < bio.end_char:
            continue  # "Jo Roe, a delegate from Ohio, is co-founder of …" closing an op-ed: its author's bio
        name = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if name is not None and irrealis(name):
            continue  # "a President Trump", "if …, President Cruz would": not a role held
        name_start = text.rfind(mention.name, max(sent.start_char, mention.end - len(mention.name) - 2), mention.end)
        before = text[sent.start_char : name_start if name_start >= 0 else mention.start]
        if before.count("“") > before.count("”") or before.count('"') % 2 or before.count("''") % 2:
            continue  # inside quoted words: a chant ("President Bernie Sanders!"), not the article's
        # The parser may end a sentence at an abbreviation ("the U.S."): read on to the paragraph's end.
        after = text[mention.end : sent.end_char + 200].split("\n\n")[0]
        found: list[tuple[str, int, int]] = []
        titled = title_of(doc, text, sent, before, name, mention.end)
        if titled is not None:
            title, start, title_end, word_before = titled
            if title_end == mention.end:  # no "of" place after the name read into the title
                state = _state_after(text, mention.end) if not is_qualified(title) else None
                if state is not None and title_key_words(title) & STATE_OFFICES:
                    title = f"{state} {title}"  # "Governor Jo Roe (R-OK)": Oklahoma's governor
            regnal = len(mention.name.split()) == 1 and any(w.lower() in REGNAL_TITLES for w in title.split())
            if time_word(word_before) not in PAST_ROLE_WORDS | IRREALIS_ROLE_WORDS and not regnal:
                # ("King Hussein" is a monarch's own name: never to be read as Saddam Hussein's surname)
                found.append((title, start, title_end))
        if name is not None:  # "presidential candidate [Sen.] Lindsey Graham": a role in common nouns
            common = _common_title_before(name, sent, found[0][1] if found else mention.start)
            if common is not None and preceding_word(text, sent.start_char, common[1]) not in PAST_ROLE_WORDS | IRREALIS_ROLE_WORDS:
                found.append(common)
        bare = bare_business_title(after) if company else None
        if bare is not None and only_company_so_far(doc, company, sent.end_char):
            # "Robert M. Price, chairman and chief executive, said" in a story led by one company
            found.append((f"{bare[0]} of {company}", mention.start, mention.end + bare[1]))
        m = _AFTER.match(after)
        if m and name is not None and _subject_of_the_verb_after(after[m.end():], name):
            m = None  # "After a meeting with Lee Park, the Vermont Governor said": the governor said it
        if m and (m.group("det").lower() != "the" or _definite_role(m.group("role"))):
            role = m.group("role") if m.group("det").lower() == "the" else f"{m.group('det')} {m.group('role')}"
            found.append((role, mention.start, mention.end + m.end()))
        m = _BEFORE.search(before)
        if m:
            definite = m.group("det").lower() == "the"
            named = m.group("link").strip() in ("named", "called")
            if not _joined_titles(m.group("role")):
                pass  # "the rally and the chairman, …": "and" joins no two titles of one person
            elif not named and name is not None and not _in_apposition(doc, sent.start_char + m.start("role"), sent.start_char + m.end("role"), name):
                pass  # "After meeting the Vermont Governor, Lee Park said": the comma ends a phrase, not a title
            elif (definite and _definite_role(m.group("role"))) or (not definite and named):
                role = m.group("role") if definite else f"{m.group('det')} {m.group('role')}"
                found.append((role, sent.start_char + m.start("det"), mention.end))
        office = _office_by_verb(name) if name is not None else None
        if office is not None:  # "X, D-Fla., chairs the Democratic National Committee"
            found.append(office)
        if surname_of(mention.name) in gone:
            continue  # a dead person's role, or one they left
        if _about_another_time(sent, article) or (name is not None and _possessor_of_a_past_post(name)):
            # a role at a time the sentence dates: none now, but the title still counts as given
            # to them ("President Barack Obama narrowly won in 2008" beside "President George W.
            # Bush": the article's writer titles whoever held it then, ``_one_holder_each``)
            titled_then += [(trim_role(role), mention.name) for role, _, _ in found if not role.startswith(("a ", "an "))]
            continue
        for role, start, end in found:
            if any(time_word(w) in (PAST_ROLE_WORDS - REMOVED_ROLE_WORDS) | IRREALIS_ROLE_WORDS for w in role.split()):
                continue
            if _one_of_a_series(text[sent.start_char : start]):
                continue
            if any(time_word(w) in REMOVED_ROLE_WORDS for w in _ROLE_COMPLEMENT.split(trim_role(role), maxsplit=1)[0].split()):
                # "the ousted dictator"; not a clause or an "of" after the role's noun ("who wants
                # Grey removed", "a loyalist of ousted Premier Lee": another's removal)
                continue
            description = role.startswith(("a ", "an "))
            role = trim_role(role)
            if role.endswith(("-", "‐", "–")):
                continue  # "… of Osaka-": cut inside a hyphened word, no whole role
            if role.split()[-1:] and role.split()[-1].lower() in _CUT_ENDS:
                continue  # "President of the United States and" (j202): cut inside a list, no whole role
            if runs_into_a_clause(role):
                continue  # "the president of Russia has given him a major nod" (j187): a clause, no title
            if not has_role_noun(role, descriptions=description):
                continue  # words between a title and a verb, a caption's words: no role
            if _sentence_cased_body(role) or _capital_of_the_sentence(role, article.body[sent.start_char : start], article.body):
                continue  # "Group leader Ron Gould said": which group, the text before said
            if _LOCAL_SCOPE_BEFORE.search(article.body, sent.start_char, start):
                continue  # "state House Republican Leader Todd Gilbert" (j185): which state's House, the title alone does not say
            if (surname_of(mention.name), role_head(role)) in ended:
                continue  # "Park served as governor from 2003 to 2011": a governor then
            if is_label(role):
                role = as_description(role)  # "poll leader", "front-runner": what one is called, not held
            facts.append(RoleFact(
                article_id=article.id,
                person=mention.name,
                role=normalise_role(role) if not role.startswith(("a ", "an ")) else role,
                start=start,
                end=end,
                sent_start=sentence_start(sent),
                sent_end=sentence_end(sent),
                as_of=as_of,
            ))
    yield from _one_holder_each(facts, titled_then)


def _one_of_a_series(before: str) -> bool:
    """Whether the words before a title make its holder one of someone's series: "left [his
    first] Secretary of Defense Les Aspin" (j238), "Obama's second chief of staff": a holder in
    the order a president named them, of a time the title does not date."""
    words = before.split()
    if len(words) < 2 or words[-1].lower() not in set(ORDINAL_WORDS) | {"last", "previous"}:
        return False
    owner = words[-2].lower()
    return owner in ("his", "her", "their", "its") or owner.endswith(("'s", "’s"))


def _possessor_of_a_past_post(name: Span) -> bool:
    """Whether the titled name owns a post someone held in the past tense: "He was [CIA Director
    George Tenet]'s chief of staff", "served as [Governor Jo Roe]'s counsel" (j236: a
    biography's boss, titled as of then, in a story years later)."""
    post = name.root.head if name.root.dep_ == "poss" else None
    if post is None or post.pos_ not in ("NOUN", "PROPN"):
        return False
    if post.dep_ in ("attr", "acomp"):
        verb = post.head
    elif post.dep_ == "pobj" and post.head.lower_ == "as":
        verb = post.head.head
    else:
        return False
    return verb.tag_ == "VBD"


def title_of(doc: Doc, text: str, sent: Span, before: str, name: Span | None, name_end: int) -> tuple[str, int, int, str] | None:
    """The title written before a person's name in ``sent`` (``before`` is the sentence's text up
    to the name): (title, start, end, the word before the title). The title takes the words that
    say whose it is ("World Bank President": the bank's, not a country's) and an "of" place after
    the name ("President X of Iran" → "President of Iran"; one of many, "Senator X of Vermont" →
    "Vermont Senator", as the press writes it), which then ends it. Read for current roles here
    and for former ones (``extract.former_roles``)."""
    title = title_before(before)
    at = _title_at(before, title) if title else None
    owned = _organisation_title(doc, sent, name) if name is not None and (title is None or at is None) else None
    if owned is not None:
        # "Microsoft Chairman Bill Gates": the company's title, of which the capitalised run kept
        # only a bare "Chairman", no role on its own
        title, start = owned
        preceding = text[max(0, min(start, sent.start_char)) : start].split()
        if told_agency_words(preceding[-1] if preceding else "", title.split()):
            return None  # "told Reuters Chairman …": Reuters was told
        return title, start, name_end, preceding[-1] if preceding else ""
    if title is None or at is None:
        return None
    start = sent.start_char + at
    if name is not None:  # "… Refugees Fleeing President X": only the words the parse ties to the name
        tied = _tied_start(doc, start, sent.start_char + len(before.rstrip()), name)
        if tied > start:
            title = _title_words(text[tied : sent.start_char + len(before.rstrip())].split())
            at = _title_at(before, title) if title else None
            if title is None or at is None:
                return None
            start = sent.start_char + at
    owner = _cut_owner(doc, start) or _fields_owner(doc, start, sent.start_char + at + len(title))
    if owner is not None:  # "Center for American Progress President": the title read from "American"
        held = text[owner.end_char : sent.start_char + at + len(title)].split()
        if not held or not all(w[:1].isupper() for w in held):
            return None
        title = f"{' '.join(held)} of {_with_its_article(owner)}"  # "President of the Center for American Progress"
        start = owner.start_char
    title = without_rank(title)  # "Information Minister Brigadier-General": the office, not the rank after it
    particle = _PARTICLE_BEFORE.search(text, sent.start_char, start)
    if particle is not None and particle.end() == start:
        title = f"{particle.group(1)} {title}"  # "de Havilland president" (j93: "the Havilland president")
        start = particle.start(1)
    qualified = _with_qualifiers(doc, start, name_end, sent)
    if qualified < start and not any(is_party_tag(w) for w in text[qualified:start].split()):
        title = " ".join(text[qualified:start].split() + title.split())
        start = qualified
    country = _country_owner_before(doc, start)
    if country is not None:  # "Ecuador's Deputy Energy Minister X" (j119): Ecuador's, not the story's country's
        title = f"{country.text} {title}"
        start = country.start_char
    preceding = text[sent.start_char : start].split()
    agency = told_agency_words(preceding[-1] if preceding else "", title.split())
    if agency:  # "told Reuters Finance Secretary Jaime Ongpin had decided" (j117): Reuters was told
        rest = title.split()[agency:]
        title = _title_words(rest) or ""
        at = text.find(title, start) if title else -1
        if at < 0:
            return None  # no title left, or not written as the words join (a line break inside)
        start = at
        preceding = text[sent.start_char : start].split()
    end = name_end
    of = _of_place_after(name) if name is not None else None
    if of is not None and not is_qualified(title):
        place = re.sub(r"^of\s+(?:the\s+)?", "", of.text)
        title = f"{place} {title}" if many_hold(title) else f"{title} {of.text}"
        end = of.end_char
    return title, start, end, preceding[-1] if preceding else ""


# A name's lower-case particle right before a title's first word ("de Havilland president"), of
# the particles no English sentence uses as a word of its own (not "la", "le", "al", "y").
TITLE_PARTICLES = frozenset(["de", "da", "del", "della", "di", "dos", "das", "du", "van", "von", "der", "den", "ter", "ten", "bin", "ibn"])
_PARTICLE_BEFORE = re.compile(rf"(?<![\w'’-])({'|'.join(sorted(TITLE_PARTICLES))})\s+(?=[A-Z])")


def _country_owner_before(doc: Doc, start: int) -> Span | None:
    """A country's possessive right before a title ("Ecuador's | Deputy Energy Minister"): the
    place the recognizer names (GPE) and its "'s", or None."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None or not len(first) or first[0].i < 2:
        return None
    mark = doc[first[0].i - 1]
    if mark.tag_ != "POS" or doc[mark.i - 1].ent_type_ != "GPE":
        return None
    ent = next((e for e in doc.ents if e.start <= mark.i - 1 < e.end), None)
    if ent is None or ent.start >= mark.i:
        return None  # the recognizer may run the place on over "'s" ("New Zealand's Overseas", j138)
    return doc[ent.start : mark.i + 1]


# At most this many office words between an organisation's name and a person's ("Acme Corp.
# Executive Vice President").
_MAX_OFFICE_WORDS = 4


def _organisation_title(doc: Doc, sent: Span, name: Span) -> tuple[str, int] | None:
    """A company's or a body's office written between its name and the person's, as the parse
    ties them into one noun phrase ("Microsoft Chairman Bill Gates" → ("Microsoft Chairman",
    where "Microsoft" starts), as the press writes "World Bank President"): title words
    (``ROLE_WORDS``, ``TITLE_OPENERS``) right before the name, and right before them the last
    word of a name the tagger reads as an organisation. The capitalised run alone
    (``title_before``) drops the company's name as no title's word, and a bare "Chairman" is no
    role, a bare "President" a head of state's. None when no organisation's name stands there or
    the office words are no office's ("Still Chairman")."""
    first = name.start
    while first > sent.start and doc[first - 1].text[:1].isupper() and doc[first - 1].ent_type_ == "PERSON":
        first -= 1  # "Bill" of "Bill Gates" read into the span already; the name's own words
    office: list = []
    at = first - 1
    while at >= sent.start and len(office) < _MAX_OFFICE_WORDS and doc[at].lower_.rstrip(".") in ROLE_WORDS | TITLE_OPENERS:
        if not doc[at].text[:1].isupper():
            break  # "the company's chairman": lower case, an apposition's, read elsewhere
        office.insert(0, doc[at])
        at -= 1
    # the parse may end a sentence at a company's abbreviated form ("Acme Corp. | President John
    # Smith said"): the name is read across it when it is all that "sentence" holds (one that
    # ends "… to Acme Corp." is a sentence of its own, whatever title opens the next)
    crossed = (
        at == sent.start - 1 and at >= 0 and doc[at].text.endswith(".") and doc[at].ent_type_ == "ORG"
        and all(t.ent_type_ == "ORG" or t.is_space or t.is_punct for t in doc[at].sent)
    )
    if not office or (at < sent.start and not crossed) or not any(t.lower_ in ROLE_WORDS for t in office):
        return None
    last = doc[at]
    if last.ent_type_ != "ORG" or (last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I" and doc[last.i + 1].ent_type_ == "ORG"):
        return None
    org = next((e for e in doc.ents if e.start <= last.i < e.end and e.label_ == "ORG"), None)
    if org is None or org.end != last.i + 1 or any(t.dep_ not in _NAME_PHRASE_DEPS for t in office):
        return None
    owner = org[1:] if org[0].lower_ == "the" and len(org) > 1 else org
    begin = owner.start
    while begin > sent.start and doc[begin - 1].ent_type_ == "ORG" and doc[begin - 1].dep_ == "compound" and doc[begin - 1].text[:1].isupper():
        begin -= 1  # "House | Ways and Means Chairman": the tagger's two names, one body
    return doc.text[doc[begin].idx : office[-1].idx + len(office[-1].text)], doc[begin].idx


def _cut_owner(doc: Doc, start: int) -> Span | None:
    """The organisation whose name the title starts inside, when the title was read from the
    middle of it: "Center for American Progress President" gives the capitalised run "American
    Progress President" (the "for" stops it), a title naming an organisation that does not
    exist. The tagger's organisation span holds the whole name (without its "the"); the title is
    then the words after it "of" it: "President of the Center for American Progress". None when
    the title starts a name or outside one."""
    for ent in doc.ents:
        if ent.start_char >= start:
            return None
        if ent.label_ == "ORG" and start < ent.end_char:
            name = ent[1:] if ent[0].lower_ == "the" and len(ent) > 1 else ent
            cut = doc.text[name.start_char : start].split()
            # cut at a lower-case joining word ("for", "of", "on"); "Homeland Security Deputy
            # Secretary" is whole once its qualifiers are read (``_with_qualifiers``)
            return name if any(w.islower() for w in cut) else None
    return None


def _fields_owner(doc: Doc, start: int, end: int) -> Span | None:
    """The department a title opens with when its name joins fields with "and" ("Health and
    Human Services Secretary", ``title_before`` reading past the "and"): the tagger's organisation
    starting the title and ending before the title's last word, so that the title reads
    "Secretary of Health and Human Services", as the cut name of ``_cut_owner`` does."""
    for ent in doc.ents:
        if ent.label_ == "ORG" and ent.start_char == start and ent.end_char < end and any(c.dep_ == "cc" for c in ent.root.children):
            return ent
    return None


def _with_its_article(owner: Span) -> str:
    """An organisation's name as it follows "of" in a title: with "the" before a body's head noun
    ("President of the Center for American Progress"), without it before fields joined by "and",
    as departments are written ("Health and Human Services Secretary" → "Secretary of Health and
    Human Services", j176)."""
    if any(c.dep_ == "cc" for c in owner.root.children):
        return owner.text
    return f"the {owner.text}"


# Dependencies that tie a word into the noun phrase of a title and a name ("World Bank
# President", "Secretary of State", "President and CEO"); a clause ("Fleeing", an "acl" or
# "advcl") or a verb's argument ("Refugees", its "dobj") ties it to a verb instead.
_TITLE_DEPS = frozenset(["compound", "amod", "nmod", "poss", "case", "prep", "pobj", "punct", "appos", "cc", "conj", "det", "nummod", "quantmod"])


def _tied_start(doc: Doc, start: int, end: int, name: Span) -> int:
    """Where the words from ``start`` to ``end`` (a capitalised run before ``name``) start to
    form one noun phrase with the name by the parse: read leftwards, every word up to there
    hangs, through modifiers of a noun, on the phrase that holds the name ("Senate Armed
    Services Committee Chairman", "the district GOP Chairman, Chuck Williams", "Secretary of
    State"). A word the name reaches only through a verb's argument or a clause is no part of
    its title: in "Refugees Fleeing President X" the name is the object of "Fleeing", and
    "Refugees" heads that clause; the title starts after them. ``start`` when every word is tied."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start
    phrase = _phrase_head(name.root)
    for tok in reversed(span):
        if not _tied(tok, phrase):
            return tok.idx + len(tok.text)
    return start


# Links by which a name's phrase goes on up to a noun it is part of: "[President] … Nieto",
# "Chairman, Chuck Williams" (an apposition), "Secretary [of] State X".
_NAME_PHRASE_DEPS = frozenset(["compound", "flat", "appos", "nmod", "amod"])


def _phrase_head(root: Token) -> Token:
    """The head of the noun phrase that holds a name, up through compounds, appositions and an
    "of" ("Secretary of State Jo Roe" parsed with the name under "of"), never up to a verb or
    through any other preposition ("Refugees from President X": the refugees are another
    argument)."""
    tok = root
    while tok.head.i != tok.i and tok.head.pos_ not in ("VERB", "AUX"):
        if tok.dep_ in _NAME_PHRASE_DEPS or (tok.dep_ == "pobj" and tok.head.lower_ == "of") or (
            tok.dep_ == "prep" and tok.lower_ == "of" and tok.head.pos_ in ("NOUN", "PROPN")
        ):
            tok = tok.head
        else:
            break
    return tok


def _tied(tok: Token, phrase: Token) -> bool:
    """Whether ``tok`` hangs on ``phrase`` through modifiers of a noun, no verb between."""
    if tok.i != phrase.i and not phrase.is_ancestor(tok):
        return False
    while tok.i != phrase.i:
        opener = tok.dep_ == "amod" and tok.lower_ in TITLE_OPENERS  # "Italian [acting] Finance Minister": tagged a verb
        if tok.dep_ not in _TITLE_DEPS or (tok.pos_ in ("VERB", "AUX") and not opener):
            return False
        tok = tok.head
    return tok.pos_ not in ("VERB", "AUX")


def _subject_of_the_verb_after(rest: str, name: Span) -> bool:
    """Whether a role after a name's comma runs straight into "said" ("…, the Vermont Governor
    said") while the name is no subject, so the role is the sayer, not the name's apposition:
    "After a meeting with Lee Park, the Vermont Governor said" (the parse hangs it on the name
    anyway, leaving "said" with no subject)."""
    return rest.lstrip().startswith(("said", "says", "told")) and name.root.dep_ not in ("nsubj", "nsubjpass")


def _in_apposition(doc: Doc, start: int, end: int, name: Span) -> bool:
    """Whether the parse sets the role phrase at ``start``–``end`` and the name after its comma
    side by side, one in apposition to the other ("The head of NATO, Jens Stoltenberg, said"),
    or conjoined as the parser often reads such pairs; not when the comma closes another phrase
    that ends with a role noun ("After meeting the Vermont Governor, Lee Park said", "Although
    Americans look to the president for leadership against ISIS, Obama spoke")."""
    role = doc.char_span(start, end, alignment_mode="expand")
    if role is None:
        return False
    inside = set(range(role.start, role.end))
    root = name.root
    if root.head.i in inside and root.dep_ in ("appos", "conj", "npadvmod", "dep"):
        return True
    return any(doc[i].head.i == root.i and doc[i].dep_ in ("appos", "conj", "npadvmod", "dep") for i in inside)


def _joined_titles(role: str) -> bool:
    """Whether every part of a role that "and" joins is headed by a role or person noun: "president
    and CEO of Globex" (two titles, one organisation, shared); "Iowa and Senator" is not."""
    parts = re.split(r"\s+and\s+", role)
    return len(parts) == 1 or all(has_role_noun(p) for p in parts)


def preceding_word(text: str, sent_start: int, start: int) -> str:
    """The word before ``start`` in its sentence, as ``time_word`` reads it ("" at the start)."""
    words = text[sent_start:start].split()
    return time_word(words[-1]) if words else ""


_COMMON_DEPS = frozenset(["compound", "amod", "nmod"])
# Lower-case role heads that a company or an agency has many of ("MGM Grand director" is a board
# member, "Provigo executive" one of its managers): a description, never "Who was the …?".
_MANY_IN_A_FIRM = frozenset(["executive", "director", "investor", "manager", "partner", "shareholder", "banker", "officer", "official", "member", "employee"])
_DEAD_WORDS = frozenset(["slain", "killed", "murdered", "deceased", "dead", "late"])


def _common_title_before(name: Span, sent: Span, start: int) -> tuple[str, int, int] | None:
    """A role in common nouns the parse attaches before a name (or before its capitalised
    title): "presidential candidate" in "presidential candidate Sen. Lindsey Graham",
    "Republican adviser" in "Republican adviser Paul Manafort", "White House press secretary"
    in "White House press secretary Josh Earnest". The words are the name's compounds and
    modifiers (or theirs), taken leftwards without a break; the role ends at its last
    lower-case noun ("Sen." after it is a rank, not part of the role), which must be a role noun
    (``ROLE_NOUNS``): "rival Donald Trump" or "gunman X" give none. A role many hold or that
    says not whose it is comes as a description ("an adviser"). (title, start, end) or None."""
    doc = name.doc
    first = doc.char_span(start, name.end_char, alignment_mode="expand")
    if first is None:
        return None
    over = _title_over_name(name, first.start)
    if over is not None:
        return over
    inside = set(range(first.start, first.end))
    taken: list[Token] = []
    i = first.start - 1
    while i >= sent.start:
        tok = doc[i]
        if not (
            tok.dep_ in _COMMON_DEPS
            and tok.head.i in inside
            # "Acting SEC chairman" (j76): the parse's verb "acting" is a title's opener
            and (tok.pos_ in ("NOUN", "ADJ", "PROPN") or (tok.tag_ == "VBG" and tok.lower_ in TITLE_OPENERS))
            and tok.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT")
            and tok.whitespace_
        ):
            break
        inside.add(i)
        taken.insert(0, tok)
        i -= 1
    if taken and i > sent.start and name_determiner(doc[i]) and taken[0].pos_ == "PROPN":
        taken.insert(0, doc[i])  # "All England Club chairman Tim Phillips": the club's name begins at "All"
    if taken and taken[0].ent_type_ == "ORG" and taken[0].ent_iob_ == "I":
        # "Stop Stansted Expansion chairman Peter Sanders" (j64): the parse took "Stop" for a
        # verb, the tagger read the group's name whole; the role is its chairman's
        begin = taken[0].i - 1
        while begin > sent.start and doc[begin].ent_iob_ == "I":
            begin -= 1
        if doc[begin].ent_type_ == "ORG" and doc[begin].lower_ != "the":
            taken[:0] = list(doc[begin : taken[0].i])
    if taken and taken[0].text[:1].isupper():
        # "British and Irish Lions coach", "Association of Chief Police Officers president",
        # "Culture, Media and Sport Secretary" (j68): the parse hangs the body's name on its
        # last words only; the rest of the capitalised name is read back to its start
        begin = _body_name_start(doc, taken[0].i, sent.start)
        if begin < taken[0].i:
            taken[:0] = list(doc[begin : taken[0].i])
    if taken and taken[0].text[:1].isupper() and taken[0].i > sent.start and doc[taken[0].i - 1].text in TITLE_PARTICLES:
        taken.insert(0, doc[taken[0].i - 1])  # "de Havilland president" (j93: "the Havilland president")
    if taken and taken[0].i > sent.start and not doc[taken[0].i - 1].whitespace_:
        return None  # "Baltimore-area businessman": the words start inside a hyphenated compound
    # The name's own capitalised rank after the role ("Sen.", "Gen."), then the role's head.
    while taken and not taken[-1].text[:1].islower():
        if legal_form(taken[-1].text) or taken[-1].ent_type_ == "ORG":
            return None  # "starch producer Amylum NV Pierre Callebaut" (j101): the producer is the company
        taken.pop()
    if not taken or taken[-1].pos_ != "NOUN" or taken[-1].lower_ not in ROLE_NOUNS:
        return None
    if any(time_word(t.text) in PAST_ROLE_WORDS | IRREALIS_ROLE_WORDS for t in taken):
        return None
    if any(t.lemma_.lower() in DEATH_WORDS or t.lower_ in _DEAD_WORDS for t in taken):
        return None  # "slain principal X": a role of someone the story mourns, not held now
    first = taken[0]
    owner = _named_owner(taken[-1], first)
    if owner is not None:  # "The Scottish National Party's Holyrood leader": the party's, not Holyrood's
        first = owner
    title = doc[first.i : taken[-1].i + 1].text
    country = _country_owner_before(doc, first.idx) if owner is None else None
    if country is not None and _capitalised_office(taken):
        # "New Zealand's Overseas Trade minister Mike Moore" (j138): the country's, which the
        # title alone does not say; a place's own office ("London's mayor") is read elsewhere
        title = f"{country.text} {title}"
        return _as_held(title, taken[-1].lower_, one_word=False), country.start_char, name.end_char
    if first.tag_ == "VBG" and first.is_sent_start:
        title = title[:1].lower() + title[1:]  # "Acting SEC chairman …" opening a sentence: "the acting SEC chairman"
    return _as_held(title, taken[-1].lower_, one_word=first is taken[0] and len(taken) == 1), first.idx, name.end_char


# Words that join the parts of one body's name ("Trade and Industry", "Bank of England").
_NAME_JOINERS = frozenset(["and", "&", "of", "for"])


def _body_name_start(doc: Doc, first: int, sent_start: int) -> int:
    """Where the capitalised name ending at ``doc[first]`` begins, read leftwards over its
    capitalised words and the words that join them ("British and Irish Lions", "Association of
    Chief Police Officers", "Culture, Media and Sport"): a comma joins only a list that an "and"
    closes, and a person's name, a date or a number is never part of it ("Smith and Lions coach
    X" is two people). ``first`` itself when nothing before it belongs to the name."""
    start = first
    j = first - 1
    joined_list = False
    while j >= sent_start:
        tok = doc[j]
        if _name_word(tok):
            start = j
            j -= 1
            continue
        joiner = tok.lower_ in _NAME_JOINERS or (tok.text == "," and joined_list)
        if joiner and j - 1 >= sent_start and _name_word(doc[j - 1]):
            joined_list = joined_list or tok.lower_ in ("and", "&")
            j -= 1
            continue
        break
    return start


def _name_word(tok: Token) -> bool:
    """A capitalised word that may be part of a body's name: a noun, a name or an adjective
    ("Irish"), not a person's name, a time or a number."""
    return tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ") and tok.ent_type_ not in NOT_NAME_PART_LABELS


def _capitalised_office(taken: list[Token]) -> bool:
    """Whether a role in common nouns opens on a capitalised portfolio ("Overseas Trade
    minister"): an office of a government, whose country a possessive before it names."""
    return len(taken) > 1 and taken[0].text[:1].isupper()


def _named_owner(head: Token, first: Token) -> Token | None:
    """The first word of the name that owns a role, written as a possessor before it ("The
    Scottish National Party's Holyrood leader": "Scottish"), its article left out; None when the
    role has no possessor before its words, one that is no name ("his", "the firm's") or a place's."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.i < first.i), None)
    if owner is None or owner.pos_ != "PROPN" or not any(c.dep_ == "case" for c in owner.children):
        return None
    marker = next(c for c in owner.children if c.dep_ == "case")
    if marker.i + 1 != first.i:
        return None  # "Labour's record and party leader X": the name owns the record, not the leader
    if owner.ent_type_ in ("GPE", "LOC", "FAC"):
        return None  # "London's newly elected mayor": a place's office is read as the place's ("Mayor of London") elsewhere
    start = owner.left_edge
    while start.i < owner.i and start.pos_ == "DET":
        start = start.doc[start.i + 1]
    return start


def _as_held(title: str, head: str, *, one_word: bool) -> str:
    """A role in common nouns as a role, or — one word, a role many hold or that says not whose
    it is ("adviser Paul Manafort", "investor X", "Provigo executive X": whose, one of how
    many?) — as a description of the person (a cloze of its sentence), never "Who was the …?"."""
    if one_word or head in _MANY_IN_A_FIRM or many_hold(title) or not is_qualified(title):
        return f"{'an' if title[:1].lower() in 'aeiou' else 'a'} {title}"
    return title


def _title_over_name(name: Span, first: int) -> tuple[str, int, int] | None:
    """A role of the form "head of state" before a name, which the parse reads as the title
    over the name ("Estonian head of state Ema Sepp": "head" the subject, "of [state Ema Sepp]"
    under it): the name hangs under the "of" of a lower-case role noun, after only the
    compounds that end the title. The title is the role noun's phrase up to the name
    ("Estonian head of state"), its determiner dropped; (title, start, end) or None."""
    doc = name.doc
    root = name.root
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep" or first != name.start:
        return None
    head = of.head
    if head.pos_ != "NOUN" or not head.text.islower() or head.lower_ not in ROLE_NOUNS or head.i >= of.i:
        return None
    between = doc[of.i + 1 : name.start]
    if not len(between) or not all(t.dep_ == "compound" and t.pos_ == "NOUN" and t.text.islower() for t in between):
        return None  # "a friend of Ema Sepp": no title, someone else
    words = [t for t in doc[head.left_edge.i : name.start] if t.dep_ != "det"]
    if not words or any(t.dep_ not in _COMMON_DEPS and t.i < head.i for t in words):
        return None
    if any(time_word(t.text) in PAST_ROLE_WORDS | IRREALIS_ROLE_WORDS for t in words):
        return None
    if any(t.lemma_.lower() in DEATH_WORDS or t.lower_ in _DEAD_WORDS for t in words):
        return None
    title = doc[words[0].i : name.start].text
    return _as_held(title, head.lower_, one_word=False), words[0].idx, name.end_char


# Verbs of holding an office over a body, in the present tense, and the office each names:
# "X chairs the Democratic National Committee" → "chair of the Democratic National Committee".
_OFFICE_VERBS = {"chair": "chair", "head": "head"}
_PRESENT = frozenset(["VBZ", "VBP"])


def _office_by_verb(name: Span) -> tuple[str, int, int] | None:
    """An office the article states with a verb of holding it: the name (or "who" in a clause on
    the name or on its apposition) is the subject of a present-tense "chairs" or "heads" whose
    object is an organisation spaCy names ("Rep. Jo Roe, D-Fla., chairs the Democratic National
    Committee"; "Jo Roe, a Texas Republican who chairs the House Judiciary Committee"). The past
    ("chaired"), the future ("will chair") and "heads to Iowa" name no office held now.
    (role, start, end): the office as a title ("chair of the …") from the name to its body."""
    root = name.root
    verbs = []
    if root.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(root.head)
    for holder in [root, *(c for c in root.children if c.dep_ == "appos")]:
        verbs += [c for c in holder.children if c.dep_ == "relcl"
                  and any(s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in c.children)]
    for verb in verbs:
        office = _OFFICE_VERBS.get(verb.lemma_.lower())
        if office is None or verb.tag_ not in _PRESENT or verb.pos_ != "VERB":
            continue
        if any(c.dep_ in ("aux", "neg") for c in verb.children):
            continue  # "does not chair", "would head": not an office the article states as held
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            ent = next((e for e in name.doc.ents if e.start <= obj.i < e.end), None)
            if ent is None or ent.label_ != "ORG" or obj.left_edge.i < ent.start - 1:
                continue  # "heads the effort", "chairs a panel": no body the question can name
            body = name.doc[obj.left_edge.i : ent.end]  # "the Federal Bureau of Investigation"
            return f"{office} of {body.text}", name.start_char, body.end_char
    return None


_KILLING_VERBS = frozenset(["kill", "slay", "murder", "assassinate", "execute"])


def dead_people(doc: Doc) -> set[str]:
    """Surnames of people the article says have died: the subject of "died", the one "killed" or
    "assassinated" (the object of an active verb — its subject is the killer — the subject of a
    passive one), the one whose "death", "funeral" or "assassination" it is, "the late X"; with
    the names joined to them ("X and two others were killed", "four Americans, including X, were
    killed") and the name a "who" clause is about ("X, who was killed in 2012")."""
    gone: set[str] = set()
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma not in DEATH_WORDS and tok.lower_ not in DEATH_WORDS and lemma not in _KILLING_VERBS:
            continue
        if lemma == "pass" and not any(c.lower_ == "away" for c in tok.children):
            continue
        related = []
        if tok.pos_ in ("VERB", "AUX"):
            if tok.tag_ in ("VB", "VBG") or any(c.dep_ == "neg" or c.lower_ in ("will", "would", "could", "might", "may", "to") for c in tok.children):
                continue  # "was not killed", "could die", "attempts to kill Castro": no death
            if lemma in _KILLING_VERBS:
                passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
                related = [c for c in tok.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
                if not related and tok.dep_ == "conj" and not passive:  # "shot and killed X"
                    related = [c for c in tok.head.children if c.dep_ == "dobj"]
            else:
                related = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if tok.dep_ == "relcl" and any(c.lower_ in ("who", "that") for c in related):
                related = [tok.head]  # "Jo Roe, who was killed in 2012": the clause's name
        elif tok.pos_ == "NOUN":
            related = [c for c in tok.children if c.dep_ == "poss"]
            related += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        elif tok.lower_ == "late" and tok.dep_ == "amod":
            related = [tok.head]
        for head in _with_joined(related):
            while head.dep_ == "compound" and head.head.i != head.i:
                head = head.head  # "the late [Senator] Edward Kennedy": the name's last word
            if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.pos_ == "PROPN":
                head = head.head  # "X, the ambassador who perished in them": the name the description is of
            if head.pos_ == "PRON":
                named = lone_antecedent(head)  # "His death last week": the one person named just before
                if named is not None:
                    gone.add(named)
            elif head.ent_type_ == "PERSON" or head.pos_ == "PROPN":
                gone.add(head.text.removesuffix("’s").removesuffix("'s"))
    return gone


def _with_joined(tokens: list[Token]) -> list[Token]:
    """``tokens`` and the names joined to them: conjuncts ("X and Y"), appositions, and those an
    "including" names ("four Americans, including X")."""
    out: list[Token] = []
    todo = list(tokens)
    while todo:
        tok = todo.pop()
        if tok in out:
            continue
        out.append(tok)
        for c in tok.children:
            if c.dep_ in ("conj", "appos"):
                todo.append(c)
            elif c.dep_ == "prep" and c.lower_ == "including":
                todo.extend(g for g in c.children if g.dep_ == "pobj")
            elif c.dep_ == "prep" and tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON":
                # "killed U.S. Ambassador to Libya Chris Stevens", parsed with the name under "to"
                todo.extend(g for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "PERSON")
    return out


_PAST_BEFORE = re.compile(
    r"\b(?:[Ff]ormer|[Tt]hen|[Ee]x|[Ll]ate|[Ee]rstwhile|[Oo]utgoing)\b[- ]+(?:[A-Z][\w.'’-]*\s+|of\s+){0,6}$"
)


def surname_of(name: str) -> str:
    words = [w for w in name.split() if w.rstrip(".").lower() not in ("jr", "sr", "ii", "iii")]
    return words[-1] if words else name


def _about_another_time(sent, article: Article) -> bool:
    """Whether the sentence dates what it tells to a year before the article's ("In 1987,
    President Reagan said") or to "the time" of an earlier event ("Prime Minister Nouri al
    Maliki at the time"): a title there is the title of then, not of the article's time."""
    if article.published is None:
        return False
    if _AT_THE_TIME.search(sent.text):
        return True  # "a joint press conference with Iraqi Prime Minister Nouri al Maliki at the time" (j170)
    if _PAST_ERA.search(sent.text):
        return True  # "… New York Mayor Fiorello LaGuardia over the Triborough Bridge during the Depression" (j187)
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        years = [int(y) for y in re.findall(r"\b(1[89]\d\d|20\d\d)s?\b", ent.text)]
        if years and max(years) < article.published.year:
            return True
        if _LONG_AGO.search(ent.text) and "Past" in ent.root.head.morph.get("Tense"):
            return True  # "two decades ago, President X cut taxes": a title of then
        decade = _DECADE.search(ent.text)
        if decade and 1900 + int(decade.group(1)) + 9 < article.published.year:
            return True  # "in the '80s"
    return False


# Words that set what a sentence tells at a time before the article's, and its titles with it.
_AT_THE_TIME = re.compile(r"\bat (?:the|that) time\b", re.IGNORECASE)
# An auxiliary or a finite verb of having or being inside a role: the words run into a clause.
_FINITE_VERB = re.compile(r"\s(?:has|have|had|is|are|was|were|will|would|does|did)\s+\w", re.IGNORECASE)


def runs_into_a_clause(role: str) -> bool:
    """Whether a role's words run on into a clause: an auxiliary or a finite verb of having or
    being inside it ("the president of Russia has given him …", "chief justice of the Alabama
    supreme court was ahead of …", where the writer left out the apposition's closing comma)."""
    return _FINITE_VERB.search(role) is not None
# Eras of history named by their events: a title given in a sentence set in one is of then.
_PAST_ERA = re.compile(
    r"\b(?:the (?:Great )?Depression|World War (?:I|II|One|Two)\b|(?:First|Second) World War|the (?:American )?Civil War"
    r"|the Cold War|the (?:Vietnam|Korean) War|the New Deal|the Gilded Age|the Reconstruction era|Prohibition era)",
)
# Spans of time long enough that a title of then says nothing of now ("three decades ago").
_LONG_AGO = re.compile(r"\b(?:decades?|generations?|centur(?:y|ies)|(?:[1-9]\d|ten|twenty|thirty|forty|fifty)\s+years)\s+ago\b", re.IGNORECASE)
_DECADE = re.compile(r"[‘'’]([2-9]0)s\b")


def role_month(article: Article) -> str | None:
    """The month the article speaks of (its publication), at the precision we can be sure of."""
    dates = publication_dates(article)
    if not dates:
        return None
    months = {(d.year, d.month) for d in dates}
    if len(months) == 1:
        y, mo = months.pop()
        return f"{y:04d}-{mo:02d}"
    years = {d.year for d in dates}
    return f"{years.pop():04d}" if len(years) == 1 else None


_QUALIFIER_DEPS = frozenset(["compound", "amod", "nmod", "poss"])
_QUALIFIER_ENTS = frozenset(["ORG", "GPE", "NORP", "LOC", "FAC", "PERSON", ""])


def time_word(word: str) -> str:
    """"Ex-" → "ex", "then-Gov." → "then", "Former" → "former": the word that may time a role."""
    return word.lower().strip(",.").split("-")[0] if word.lower() not in IRREALIS_ROLE_WORDS else word.lower()


def _with_qualifiers(doc: Doc, start: int, end: int, sent: Span) -> int:
    """Where a title starts once the words the parse attaches to it are taken in: "World Bank"
    in "World Bank President Jim Yong Kim", "Massachusetts" in "Massachusetts Governor Charlie
    Baker" (compounds and modifiers whose head lies in the title or the name, capitalised,
    not a date)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return start
    inside = set(range(span.start, span.end))
    i = span.start - 1
    while i >= sent.start:
        tok = doc[i]
        if tok.text in ("-", "–") and not tok.whitespace_ and i > sent.start and not doc[i - 1].whitespace_:
            i -= 1  # "AFL-CIO": a hyphen inside one name
            continue
        if not (
            tok.dep_ in _QUALIFIER_DEPS
            and tok.head.i in inside
            and tok.text[:1].isupper()
            and tok.ent_type_ in _QUALIFIER_ENTS
            and tok.pos_ in ("PROPN", "ADJ", "NOUN")
            and time_word(tok.text) not in PAST_ROLE_WORDS | IRREALIS_ROLE_WORDS
            and not opening_adverb(tok)  # "Earlier Foreign Secretary X said"
        ):
            break
        inside.add(i)
        i -= 1
    if i >= sent.start and doc[i].pos_ == "ADP" and not any(c.dep_ in ("pobj", "pcomp") for c in doc[i].children):
        return start  # "In Iowa President Obama said": the place is the preposition's object, mis-parsed
    if i > sent.start and i + 1 < span.start and doc[i].lower_ in ("and", "&") and doc[i + 1].lower_.rstrip(".") in CORPORATE_SUFFIXES:
        # "Jefferies and Co Director of Trading James Melton" (j137): the suffix ends a firm's
        # name that began before the "and", not a "co-" of the title
        j = i - 1
        while j > sent.start and doc[j - 1].pos_ == "PROPN" and doc[j - 1].text[:1].isupper():
            j -= 1
        return doc[j].idx if doc[j].text[:1].isupper() else start
    return doc[i + 1].idx if i + 1 < span.start else start


_PARTY_STATE = PARTY_STATE


def _state_after(text: str, end: int) -> str | None:
    """The state a party-and-state parenthesis after a name gives: "Oklahoma" in "Mary Fallin
    (R-OK)" or "(R-Okla.)"; None without one."""
    m = _PARTY_STATE.match(text[end : end + 24])
    if m is None:
        return None
    code = m.group("state").rstrip(".")
    if code in US_STATE_CODES:
        return US_STATE_CODES[code]
    return code if code in US_STATE_CODES.values() else None


def title_key_words(title: str) -> set[str]:
    """A title's words, lower-case, without dots, and its two-word runs ("lieutenant governor")."""
    words = [w.lower().rstrip(".") for w in title.split()]
    return set(words) | {" ".join(p) for p in pairwise(words)}


def _of_place_after(name: Span) -> Span | None:
    """The place or organisation an "of" after the name gives the title: "Iran" in "President
    Hashemi Rafsanjani of Iran" (the parse's "of" under the name, its object a GPE or ORG)."""
    for prep in name.root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != name.end:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "ORG", "NORP"):
                words = list(prep.subtree)
                if len(words) <= 6 and all(w.text[:1].isupper() or w.lower_ in ("of", "the", "and", "-") for w in words):
                    return name.doc[words[0].i : words[-1].i + 1]
    return None


def irrealis(name: Span) -> bool:
    """Whether the sentence speaks of the named person in a world that may not be: an
    indefinite article before title and name ("the prospect of a President Donald Trump"), or
    a condition ("If he wins, President Cruz would repeal it": a clause under "if", or a
    "would"/"could"/"might" clause with an "if" clause beside it)."""
    root = name.root
    if any(c.dep_ == "det" and (c.morph.get("Definite") == ["Ind"] or c.lower_ in ("any", "another")) for c in root.children):
        return True
    clause: Token | None = root
    while clause is not None and clause.pos_ not in ("VERB", "AUX"):
        clause = clause.head if clause.head.i != clause.i else None
    if clause is None:
        return False
    for tok in [clause, *clause.ancestors]:
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKERS for c in tok.children):
            return True
    modal = any(c.dep_ == "aux" and c.lower_ in IRREALIS_MODALS for c in clause.children)
    condition = any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKERS for m in c.children)
        for c in clause.children
    )
    return modal and condition


def _author_bio(sentences: list[Span], mentions, article: Article) -> Span | None:
    """The op-ed author's bio line that closes an article ("Jo Roe, a delegate from Ohio, is
    co-founder of …"): the last block's only sentence, opening with a name the article names
    nowhere else, saying what they are ("is …"). Page furniture, though its block reads as prose."""
    blocks = list(article.text_blocks())
    if len(blocks) < 2 or not sentences:
        return None
    last = max(blocks, key=lambda b: b.start)
    inside = [s for s in sentences if last.start <= s.start_char < last.end]
    if len(inside) != 1:
        return None
    sent = inside[0]
    opening = [m for m in mentions if m.start == sent.start_char]
    if not opening or not (sent.root.lemma_ == "be" and "Pres" in sent.root.morph.get("Tense")):
        return None  # a bio says what its author is now: "…, is co-founder of …"
    surname = surname_of(opening[0].name)
    before = [m for m in mentions if m.start < last.start and surname_of(m.name) == surname]
    return sent if not before else None


def _one_holder_each(facts: list[RoleFact], titled_then: list[tuple[str, str]] = ()) -> list[RoleFact]:
    """The facts, but none of a one-holder title the article gives two people ("President
    Obama" and "President George W. Bush" in one story): one of them holds it no longer, and
    the article does not say which. ``titled_then`` are titles the article gives to people
    who hold them no longer or at another time; they count as given too."""
    holders: dict[tuple[str, ...], set[str]] = {}
    for role, person in [*((f.role, f.person) for f in facts), *titled_then]:
        if role.startswith(("a ", "an ")) or many_hold(role) or not has_role_noun(role, descriptions=False):
            continue
        holders.setdefault(role_key(normalise_role(role)), set()).add(surname_of(person))
    shared = {key for key, people in holders.items() if len(people) > 1}
    return [
        f for f in facts
        if f.role.startswith(("a ", "an ")) or many_hold(f.role) or role_key(f.role) not in shared
    ]
