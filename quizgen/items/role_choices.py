"""Believable wrong choices for role cards ("In 2016, John Kerry was the ____."): other roles of
the deck held in the answer's country, of the same family, same story first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from quizgen.constants import ORG_HEAD_NOUNS, PARTY_WORDS
from quizgen.extract.roles import is_label, role_key
from quizgen.items import distractors
from quizgen.items.known_offices import a_state_s_head
from quizgen.items.near_stories import NEAR_DAYS
from quizgen.items.person_choices import Story
from quizgen.items.scopes import US_STATES, role_scope, scope_phrases, without_scopes
from quizgen.items.sides import LOCAL_HEADS
from quizgen.items.titles import OTHER_ROLE_WORDS, ROLE_WORDS, body_words

# Organisation nouns that say a role is held in a union, a firm or a club, not in a government
# ("president of the state firefighters union"): a government's own bodies ("committee",
# "department") are left out, their offices are a country's.
NON_GOVERNMENT_NOUNS = ORG_HEAD_NOUNS - frozenset(
    ["agency", "ministry", "department", "commission", "committee", "board", "authority", "bureau", "party",
     "campaign", "alliance"]
)
STATE_NAMES = frozenset(s.rstrip(".") for s in US_STATES)
_HELD_IN = re.compile(
    rf"\b(?:of|at|for|with)\s+(?:[\w'’&.-]+\s+){{0,6}}?(?:{'|'.join(sorted(NON_GOVERNMENT_NOUNS))})s?\b"
)


@dataclass(frozen=True)
class HeldRole:
    """A role of the deck as a wrong-choice candidate: who held it, where (article) and its scope."""

    role: str
    person: str
    article_id: str


def role_choices(
    answer: str,
    candidates: Iterable[HeldRole],
    *,
    key: str,
    article: str,
    stories: dict[str, Story],
    mine: Callable[[str], bool],
    determiner: Callable[[str], str] | None = None,
) -> list[str]:
    """Four roles (the answer among three of the same country and kind), or none.

    "In 2016, John Kerry was the ____." gets other US offices ("Secretary of Defense",
    "Attorney General"), never a "Chancellor", a "Cuban President" or a label ("Republican poll
    leader", ``extract.roles.is_label``); ``mine`` rejects the
    answer's other spellings and the person's other roles. The same story's roles come first.
    ``determiner`` says which article the question puts before a role ("the", "a", "an"):
    every choice takes the answer's ("was a ____" gets no "President", "was an ____" no
    "Florida senator"), or it gives itself away.
    """

    def scope_of_article(a: str) -> str | None:
        return stories.get(a, Story()).scope

    scope = role_scope(answer, scope_of_article(article))
    family = distractors.role_family(answer)
    if scope is None or family is None or is_label(answer):
        return []
    here = stories.get(article, Story()).published
    in_body = in_organisation(answer)
    local = is_local(answer)
    head = a_state_s_head(answer)
    ranked: list[tuple[int, str]] = []
    for c in candidates:
        their_family, label, their_body, their_local = _traits(c.role)
        if their_family != family or label or mine(c.role):
            # an office for an office: no "Republican poll leader" beside "Governor"
            continue
        if their_body != in_body:  # an organisation's office for a country's, or back
            continue
        if leans_on_context(c.role):
            continue  # "chamber's Democratic leader": whose chamber? read as no role of its own
        if names_party(c.role) != names_party(answer):
            # a party and a state are two ways of saying whose one seat is: "Republican Senator"
            # beside "Florida Senator" is Rubio's too (and "Texas Senator" a Republican's)
            continue
        if determiner is not None and determiner(c.role) != determiner(answer):
            continue  # "Rubio was a President": read wrong after the question's article
        if local and not their_local:  # a town's office for a town's: no "Vice President" for a mayor
            continue
        if (their_local or (_state_office(c.role) and not _state_office(answer))) and _CABINET.search(answer):
            # "Ind. Mayor", "Mayor" beside a Defense Secretary or an Attorney General (j193, j197);
            # "Governor", "Georgia Secretary of State" beside a Deputy Attorney General or the Vice
            # President (j231)
            continue
        if c.role[:1].isupper() != answer[:1].isupper():
            continue  # "assistant U.S. attorney general for …" beside "President" (j193): a description among titles

        if a_state_s_head(c.role) and not head:
            continue  # "President" for an Attorney General (j179): everyone knows who holds the top office
        if role_scope(c.role, scope_of_article(c.article_id)) != scope:
            continue
        when = stories.get(c.article_id, Story()).published
        days = -1 if c.article_id == article else abs((when - here).days) if when and here else NEAR_DAYS
        if days <= NEAR_DAYS:
            ranked.append((days, c.role))
    rng = distractors.rng_for(key + ":roles")
    rng.shuffle(ranked)
    ranked.sort(key=lambda dr: dr[0] >= 0)  # the same story's first, others in seeded order
    # One spelling per role: "Attorney General" beside "U.S. Attorney General" gives both away.
    kept: list[str] = []
    keys = [role_words(answer)]
    for _, role in ranked:
        k = role_words(role)
        if not any(_one_role(k, other) for other in keys):
            kept.append(role)
            keys.append(k)
    return distractors.full_choices(answer, kept, key=key)



# A national government's cabinet office: no town's office is a believable wrong choice for it
# (a governor's card may still offer "Mayor").
_CABINET = re.compile(r"\b(?:Secretary|Attorney General|Minister|Chief of Staff|Vice President)\b")


def _state_office(role: str) -> bool:
    """A bare governor's title, which says no state ("Governor"), or a state's lesser office, one
    the state's name opens ("Georgia Secretary of State"): no wrong choice beside a national
    government's office (a "Massachusetts Governor" is one)."""
    if role.lower() in ("governor", "lieutenant governor", "gov."):
        return True
    words = role.replace(".", " ").split()
    return "governor" not in role.lower() and any(" ".join(words[:n]) in STATE_NAMES for n in (1, 2, 3))


def names_party(role: str) -> bool:
    """Whether a role names a party ("Republican Senator", "GOP nominee")."""
    return any(w in PARTY_WORDS for w in re.findall(r"[a-z]+", role.lower()))


# a common noun's possessive ("state's"; a name's, "Women's Caucus", is part of a name), an age
_CONTEXT_WORDS = re.compile(r"\b[a-z]+['’]s\b|\b\d+[- ](?:years?|yr)[- ]old\b")


def leans_on_context(role: str) -> bool:
    """Whether a role as written leans on the sentence it was read from: a possessive says
    whose ("state's Democratic senator", "chamber's Democratic leader": which state?), an age
    describes the holder ("39-year old Texas land commissioner"). As a wrong choice beside
    whole titles it gives itself away."""
    return _CONTEXT_WORDS.search(role) is not None


@lru_cache(maxsize=1 << 15)  # every role card reads every other role of the deck
def _traits(role: str) -> tuple[str | None, bool, bool, bool]:
    """What ``role_choices`` asks of a candidate role: its family, whether it is a label, held in
    an organisation, a town's."""
    return distractors.role_family(role), is_label(role), in_organisation(role), is_local(role)


@lru_cache(maxsize=1 << 15)  # asked of every candidate role of every role card
def in_organisation(role: str) -> bool:
    """Whether a role is held in an organisation rather than a government: one it names
    ("Fidelity vice president", ``titles.body_words``; a place's name of several words is no
    organisation's: "New York Senator") or one its words say ("president of the Indiana state
    firefighters union")."""
    return bool(body_words(without_scopes(role))) or _HELD_IN.search(role.lower()) is not None


def role_words(role: str) -> set[str]:
    """The words of a role with its country as a code, whichever way it is written: "Russian
    President" and "President of Russia" → {"president", "ru"}. A state stays itself: a
    "Kentucky Senator" is no "Vermont senator"."""
    return set(_role_words(role))


@lru_cache(maxsize=1 << 15)  # asked of every candidate role of every role card
def _role_words(role: str) -> frozenset[str]:
    words = set(role_key(without_scopes(role)))
    for phrase, code in scope_phrases(role):
        if code is not None:
            words |= set(role_key(phrase)) if phrase.rstrip(".") in STATE_NAMES else {code.lower()}
    return frozenset(words)


def is_local(role: str) -> bool:
    """Whether a role is a town's or a county's office ("Mayor", "Boston police chief")."""
    folded = " ".join(role.lower().split())
    return any(re.search(rf"\b{re.escape(head)}\b", folded) for head in LOCAL_HEADS)


def _one_role(a: set[str], b: set[str]) -> bool:
    """Whether two role keys spell one role: one holds the other plus qualifiers only
    ({"attorney", "general"} and {"us", "attorney", "general"})."""
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    extra = big - small
    return small <= big and not (extra & (OTHER_ROLE_WORDS | ROLE_WORDS))
