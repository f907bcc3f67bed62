"""What kind of organisation a name names, and whether two names are one organisation.

A "Which organisation …?" card's wrong choices must be organisations of the answer's kind: a
company for a company ("NATO" or "the Big Board" is no buyer of shares), a news outlet for an
outlet ("GOP", "ISIS" report nothing), a government body for a government body. The kind is
read from the name itself — its suffix ("Inc.", "Corp."), its head word ("… Department",
"… Court", "… Party", "… Times") — or from a short list of well-known bodies named by an
acronym or a nickname; a name that says nothing of its kind gets None and is offered only
beside other names of unknown kind from the same story.

>>> org_kind("Hewlett-Packard Co.")
'company'
>>> org_kind("State Department")
'government'
>>> is_alias("INS", "U.S. Immigration and Naturalization Service")
True
"""

from __future__ import annotations

import re

from quizgen.facts.names import fold

# Last (or any) words of a name that say its kind. Checked in this order: "Federal Trade
# Commission" is government, "Columbia Broadcasting System Inc." a company.
KIND_SUFFIXES: tuple[tuple[str, frozenset[str]], ...] = (
    ("company", frozenset([
        "inc", "corp", "co", "corporation", "company", "ltd", "plc", "llc", "ag", "sa", "nv", "bv", "gmbh",
        "spa", "ab", "as", "holdings", "industries", "enterprises", "partners", "bancorp", "bancshares",
        "airlines", "airline", "airways", "motors", "capital", "securities", "financial", "brewing",
        "communications", "systems", "technologies", "group",
        "cie", "associates", "petroleum", "pharmaceuticals", "electronics", "laboratories", "stores", "bank",
    ])),
    ("court", frozenset(["court", "tribunal"])),
    ("party", frozenset(["party"])),
    ("outlet", frozenset([
        "times", "post", "journal", "news", "tribune", "herald", "gazette", "press", "telegraph", "guardian",
        "magazine", "newspaper", "radio", "television", "tv", "network", "broadcasting", "wire", "today",
        "review",
    ])),
    ("government", frozenset([
        "department", "ministry", "commission", "agency", "bureau", "service", "administration", "office",
        "council", "senate", "congress", "parliament", "assembly", "house", "government", "cabinet",
        "police", "army", "navy", "military", "force", "forces", "authority", "board", "committee",
        "fbi", "cia", "sec", "ftc", "fda", "epa", "ins", "irs", "nsa", "fdic", "fcc", "pentagon", "kremlin",
        "white", "treasury",
    ])),
    ("university", frozenset(["university", "college", "institute", "school"])),
    ("campaign", frozenset(["campaign", "pac", "action"])),
)
# Bodies a name alone does not type (acronyms, nicknames): the commonest of news.
KNOWN_KINDS = {
    "nato": "alliance", "un": "alliance", "united nations": "alliance", "eu": "alliance",
    "european union": "alliance", "opec": "alliance", "african union": "alliance", "arab league": "alliance",
    "world bank": "alliance", "imf": "alliance", "security council": "alliance", "wto": "alliance",
    "gop": "party", "rnc": "party", "dnc": "party", "republicans": "party", "democrats": "party",
    "labour": "party", "tories": "party",
    "isis": "militant", "isil": "militant", "islamic state": "militant", "al-qaeda": "militant",
    "al qaeda": "militant", "taliban": "militant", "hamas": "militant", "hezbollah": "militant",
    "boko haram": "militant", "ira": "militant", "farc": "militant", "al-shabab": "militant",
    "big board": "exchange", "nyse": "exchange", "new york stock exchange": "exchange", "nasdaq": "exchange",
    "cnn": "outlet", "fox news": "outlet", "bbc": "outlet", "reuters": "outlet", "ap": "outlet",
    "associated press": "outlet", "msnbc": "outlet", "nbc": "outlet", "abc": "outlet", "cbs": "outlet",
    "npr": "outlet", "afp": "outlet", "fox": "outlet", "pbs": "outlet", "bloomberg": "outlet",
    "newsweek": "outlet", "politico": "outlet", "breitbart": "outlet", "huffington post": "outlet", "xinhua": "outlet",
    "fbi": "government", "cia": "government", "sec": "government", "pentagon": "government",
    "white house": "government", "kremlin": "government", "congress": "government", "senate": "government",
    "state department": "government", "federal reserve": "government",
    "justice department": "government", "ins": "government",
    "supreme court": "court",
}
# First words naming an international body whose organ the rest names.
BODY_PREFIXES = frozenset(["un", "nato", "eu", "opec"])
_WORD = re.compile(r"[a-z0-9&'-]+")
# Words an acronym skips ("Immigration and Naturalization Service" → INS).
ACRONYM_SKIPS = frozenset(["of", "and", "the", "for", "on", "in", "u.s", "us", "&"])


def _words(name: str) -> list[str]:
    return _WORD.findall(fold(name).replace(".", ""))


def org_kind(name: str) -> str | None:
    """The kind of organisation ``name`` names ("company", "government", "court", "party",
    "outlet", "militant", "alliance", "exchange", "university", "campaign"), or None."""
    bare = fold(name).removeprefix("the ").strip(" .")
    if bare in KNOWN_KINDS:
        return KNOWN_KINDS[bare]
    words = _words(name)
    if not words:
        return None
    if words[0] in BODY_PREFIXES and len(words) > 1:
        return "alliance"  # "U.N. Security Council", "NATO Military Committee": the body's, not a country's
    if {"republican", "democratic", "labour", "conservative"} & set(words):
        return "party"  # "Republican National Committee", "Democratic Congressional Campaign Committee"
    last = words[-1]
    for kind, suffixes in KIND_SUFFIXES:
        if last in suffixes:
            return kind
    for kind, suffixes in KIND_SUFFIXES:  # "Bank of America", "Department of Justice"
        if words[0] in suffixes and len(words) > 2 and words[1] == "of":
            return kind
    return None


def acronym(name: str) -> str:
    """The initials of a name's words ("U.S. Immigration and Naturalization Service" → "ins")."""
    return "".join(w[0] for w in _words(name) if w not in ACRONYM_SKIPS)


def is_alias(a: str, b: str) -> bool:
    """Whether one name is the other's acronym ("INS" and "Immigration and Naturalization
    Service", "SEC" and "Securities and Exchange Commission"): both would be right."""
    for short, long in ((a, b), (b, a)):
        letters = fold(short).replace(".", "").replace(" ", "")
        shaped = 2 <= len(letters) <= 6 and short.replace(".", "").isupper() and len(_words(long)) > 1
        if shaped and acronym(long) == letters:
            return True
    return False


# The long names of the bodies BODY_PREFIXES abbreviate.
BODY_NAMES = {"united nations": "un", "european union": "eu", "north atlantic treaty organization": "nato"}


def body_of(name: str) -> str | None:
    """The international body a name names or is an organ of ("U.N. Security Council",
    "United Nations", "UN" → "un"), or None."""
    bare = fold(name).removeprefix("the ").strip(" .")
    for long, short in BODY_NAMES.items():
        if bare == long or bare.startswith(long + " "):
            return short
    words = _words(name)
    return words[0] if words and words[0] in BODY_PREFIXES else None


def same_body(a: str, b: str) -> bool:
    """Whether two names are one international body or it and its organ ("United Nations" and
    "U.N. Security Council"): when the organ acted, the body did too, so both would be right."""
    body = body_of(a)
    return body is not None and body == body_of(b)

