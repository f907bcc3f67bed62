"""Reading a role's title: its head noun ("Massachusetts Governor" → "governor"), the words that
make it another title ("Vice President"), the organisation it is held in, and the word lists
these readers share (role words, a government's office words, abbreviated titles).

Question stems (``items.question_stems``), person choices (``items.person_choices``) and role
choices (``items.role_choices``) all read titles through this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from quizgen.constants import PAST_ROLE_WORDS, ROLE_FAMILIES, ROLE_NOUNS
from quizgen.extract.roles import time_word
from quizgen.items.scopes import scopes_in

# Abbreviated titles as a question writes them before its blank ("Sen. ____").
TITLE_ABBREVIATIONS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "pres": "president", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "capt": "captain", "adm": "admiral", "sgt": "sergeant", "atty": "attorney",
}
ROLE_WORDS = ROLE_NOUNS | frozenset(w for phrases in ROLE_FAMILIES.values() for p in phrases for w in p.split())
# Capitalised words of a government's titles that name no organisation ("Secretary of State",
# "Senate Minority Leader", "Foreign Minister").
OFFICE_WORDS = frozenset(
    ["of", "the", "and", "for", "former", "then", "state", "defense", "defence", "treasury", "justice",
     "homeland", "security", "health", "education", "energy", "labor", "labour", "commerce", "interior",
     "agriculture", "transportation", "veterans", "affairs", "foreign", "home", "minority", "majority",
     "surgeon", "joint", "chiefs", "staff", "exchequer", "house", "national", "intelligence", "finance",
     "economy", "trade", "environment", "prime", "vice", "deputy", "assistant", "acting", "chief", "sen",
     "rep", "gov", "lt", "gen", "attorney", "supreme", "court", "federal", "reserve"]
)

# Words that make another role of the same title: "Vice President" is not "President".
OTHER_ROLE_WORDS = frozenset(["vice", "deputy", "assistant", "acting", "associate", "under", "lieutenant", "former", "co"])


# Words that make another title of the same head: a Vice President or a Prime Minister is not
# any president or minister (a former one still held the title).
TITLE_QUALIFIERS = (OTHER_ROLE_WORDS - {"former"}) | {"prime"}


def title_head(role: str | None) -> str | None:
    """The role noun a title ends in: "Massachusetts Governor" → "governor", "Secretary of State"
    → "secretary of state" (a title with "of" keeps its complement)."""
    if not role:
        return None
    words = re.findall(r"[a-z][a-z\-]*", role.lower())
    if "of" in words:
        at = words.index("of")
        head = [w for w in words[:at] if w in ROLE_WORDS]
        if head:
            return " ".join([head[-1], *words[at:]])
    heads = [w for w in words if w in ROLE_WORDS]
    return heads[-1] if heads else None



def title_key(title: str) -> str | None:
    """A title's head with the words that make it another title: "U.S. Vice President" →
    "vice president", "President" → "president", "Sen." → "senator"."""
    words = [TITLE_ABBREVIATIONS.get(w.strip("."), w) for w in re.findall(r"[a-z][a-z.\-]*", title.lower())]
    head = title_head(" ".join(words))
    if head is None:
        return None
    qualifiers = [w for w in words if w in TITLE_QUALIFIERS]
    return " ".join([*dict.fromkeys(qualifiers), head])


# Where a role turns to someone else's title: "aide to Sen. Ted Cruz", "staff member for former
# Gov. Bob Ehrlich", "Gov. Hogan's spokesman" hold no senator's or governor's title.
_OWN_TITLE = re.compile(r"\s(?:for|to|with|under|such as)\s", re.IGNORECASE)
_POSSESSOR = re.compile(r"['’]s?\s")


def holds_title(roles: Iterable[str], head: str) -> bool:
    """Whether one of ``roles`` is the title ``head`` (a ``blank_title``): "president" in "U.S.
    President", "senator" in "Sen."; not in "Vice President", which is another title."""
    return any(title_key(own_title(role)) == head for role in roles)


def holds_office(roles: Iterable[str], office: str) -> bool:
    """Whether one of ``roles`` is the office ``office`` (a ``title_key``), alone or of a body, and
    held now: "House Speaker" and "Speaker of the House" hold "speaker"; "Vice President" and
    "former President" no "president"."""
    keys = {title_key(own_title(role)) or "" for role in roles if role.split() and time_word(role.split()[0]) not in PAST_ROLE_WORDS}
    return any(key == office or key.startswith(office + " of ") for key in keys)


def own_title(role: str) -> str:
    """The part of a role that is its holder's own title: "former aide to Sen. Ted Cruz" →
    "former aide", "Gov. Hogan's spokesman" → "spokesman", "Secretary of State" unchanged."""
    return _OWN_TITLE.split(_POSSESSOR.split(role)[-1])[0]



@lru_cache(maxsize=1 << 14)  # asked of every candidate's every role, card after card
def body_words(role: str) -> frozenset[str]:
    """The organisation a role is held in, as its capitalised words: "American Bridge President"
    → {"Bridge"}, "Fidelity vice president" → {"Fidelity"}; a country's office has none
    ("U.S. Attorney General", "Massachusetts Governor", "NATO Secretary General")."""
    words = re.findall(r"[A-Z][\w.&’'-]*", role)
    out = set()
    for w in words:
        bare = re.sub(r"(?:['’]s|['’])$", "", w)
        if bare.lower().strip(".") in ROLE_WORDS | OFFICE_WORDS or scopes_in(bare):
            continue
        out.add(bare)
    return frozenset(out)
