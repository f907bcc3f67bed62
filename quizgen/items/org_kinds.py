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
from collections.abc import Callable

from quizgen.constants import LEGAL_FORMS
from quizgen.facts.names import fold
from quizgen.items.scopes import BODIES, scopes_in

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
        "review", "daily",
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
NEWS_WORDS = frozenset(["news", "press", "telegraph", "wire"])
# The words before "School" that make it a child's school, not a place of higher learning
# ("Middle School", "Northside High School"; not "London School of Economics", "Harvard Law School").
SCHOOL_LEVELS = frozenset([
    "middle", "high", "elementary", "primary", "secondary", "junior", "grammar", "prep", "preparatory",
    "comprehensive", "nursery", "infant", "infants", "kindergarten", "boarding", "day", "sunday", "charter",
])
# An outlet's medium by the words of its name: a newspaper writes editorials, a wire agency
# files reports, a broadcaster airs them; "news", "press" and "today" say none ("Fox News",
# "Daily News"; "Associated Press", "Detroit Free Press"), nor a name alone ("AFP", "CNN").
OUTLET_MEDIA: tuple[tuple[str, frozenset[str]], ...] = (
    ("newspaper", frozenset([
        "times", "post", "journal", "tribune", "herald", "gazette", "telegraph", "guardian", "newspaper", "daily",
    ])),
    ("magazine", frozenset(["magazine"])),
    ("agency", frozenset(["agency", "wire"])),
    ("broadcaster", frozenset(["radio", "television", "tv", "network", "broadcasting", "channel"])),
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
    "state department": "government", "federal reserve": "government", "central bank": "government",
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


def ends_in_kind_word(name: str, surnames: frozenset[str] = frozenset()) -> bool:
    """Whether the last word of a name of several words says an organisation's kind ("Indo
    Asian News Service", "Harbour Press Agency") and is no known surname (``surnames``, lower
    case: "Karen House", "Emily Post" stay people's names). Such a word alone is never the
    name's short form: "Service" answers for no one."""
    words = _words(name)
    if len(words) < 2 or words[-1] in surnames:
        return False
    return any(words[-1] in suffixes for _, suffixes in KIND_SUFFIXES)


def org_kind(name: str) -> str | None:
    """The kind of organisation ``name`` names ("company", "government", "court", "party",
    "outlet", "militant", "alliance", "exchange", "university", "school", "campaign"), or None."""
    bare = fold(name).removeprefix("the ").strip(" .")
    if bare in KNOWN_KINDS:
        return KNOWN_KINDS[bare]
    words = _words(name)
    if not words:
        return None
    if words[0] in BODY_PREFIXES and len(words) > 1:
        return "alliance"  # "U.N. Security Council", "NATO Military Committee": the body's, not a country's
    # "Brazilian Central Bank", "Central Bank of Brazil" (j144): a central bank, no company; the
    # name's head phrase, before a complement, ends in words of a known kind
    heads = [words] + [words[:i] for i in range(1, len(words)) if words[i] in COMPLEMENT_WORDS]
    for head in heads:
        for n in range(len(head) - (head is words), 1, -1):
            if " ".join(head[-n:]) in KNOWN_KINDS:
                return KNOWN_KINDS[" ".join(head[-n:])]
    if {"republican", "democratic", "labour", "conservative"} & set(words):
        return "party"  # "Republican National Committee", "Democratic Congressional Campaign Committee"
    if KNOWN_KINDS.get(words[-1]) == "party":
        return "party"  # a party's members or its name last: "House Republicans", "D.C. Republicans" (j221: "Muslims" had been their choice)
    last = words[-1]
    if last == "school" and len(words) > 1 and words[-2] in SCHOOL_LEVELS:
        return "school"  # "Middle School", "Fairview High School": a child's school, no university
    if last == "agency" and len(words) > 1 and words[-2] in NEWS_WORDS:
        return "outlet"  # "Iraqi News Agency", "France Press Agency": a wire, no government's agency
    for kind, suffixes in KIND_SUFFIXES:
        if last in suffixes:
            return kind
    for head in head_words(name):  # "Bank of America", "Federal Bureau of Investigation"
        for kind, suffixes in KIND_SUFFIXES:
            if head in suffixes:
                return kind
    return None


def outlet_medium(name: str) -> str | None:
    """A news outlet's medium by the words of its name ("newspaper", "magazine", "agency",
    "broadcaster"), None when they say none or it is no outlet: "Washington Post" → "newspaper",
    "Xinhua News Agency" → "agency", "AFP" → None."""
    if org_kind(name) != "outlet":
        return None
    # the last word that says one: "Times of India", "Yale Daily News", "Fox News Channel"
    for word in reversed(_words(name)):
        for medium, heads in OUTLET_MEDIA:
            if word in heads:
                return medium
    return None


def same_medium(a: str, b: str) -> bool:
    """Whether two names are no outlets of different media: a newspaper's wrong choices are
    newspapers (the Washington Post's editorial is no news agency's or unnamed outlet's); an
    outlet whose name says no medium goes beside others that say none ("CNN", "Reuters")."""
    return outlet_medium(a) == outlet_medium(b)


# Words after which a name's head noun has its complement: "Federal Bureau [of Investigation]",
# "House Committee [on Science]".
COMPLEMENT_WORDS = frozenset(["of", "on", "for"])


def head_words(name: str) -> list[str]:
    """The words a name with complements may be headed by, innermost last-first: the word before
    each "of", "on" or "for" ("House of Representatives Committee on Science" → ["committee",
    "house"], "Federal Bureau of Investigation" → ["bureau"]); none for a name without one."""
    words = _words(name)
    return [words[i - 1] for i in range(len(words) - 1, 0, -1) if words[i] in COMPLEMENT_WORDS]


# What a government body is, by its head noun: a legislature is no choice for a ministry, nor a
# legislature's committee for an army; boards, councils, commissions and authorities are offices ("Congress" or "Foreign Ministry" beside the House Science Committee).
GOVERNMENT_CLASSES = {
    "legislature": frozenset(["congress", "senate", "parliament", "assembly", "house", "knesset", "duma", "legislature"]),
    "committee": frozenset(["committee", "subcommittee", "panel"]),  # a legislature's organs; a board is an office
    "forces": frozenset(["army", "navy", "military", "force", "forces", "guard", "marines", "police"]),
    "executive": frozenset(["white", "kremlin", "government", "cabinet", "administration"]),
}


EXECUTIVE_NAMES = frozenset(["white house", "kremlin", "downing street", "elysee", "élysée"])


def body_class(name: str) -> str | None:
    """The class of a government body a name names ("legislature", "committee", "forces",
    "executive"; "office" for the rest: departments, ministries, agencies), None when it is
    no government body. "House Committee on Science" → "committee", "Senate" → "legislature".
    """
    if org_kind(name) != "government":
        return None
    if fold(name).removeprefix("the ").strip(" .") in EXECUTIVE_NAMES:
        return "executive"
    words = _words(name)
    for head in [*head_words(name), *words[-1:]]:
        for cls, heads in GOVERNMENT_CLASSES.items():
            if head in heads:
                return cls
    return "office"


# Classes whose bodies speak for a government alike: a White House statement might have been
# the State Department's, never Congress's or an army's.
SPOKESMEN_CLASSES = frozenset(["executive", "office"])


def same_class(option: str, answer: str, kind_of: Callable[[str], str | None] = org_kind) -> bool:
    """Whether a wrong choice is an organisation of the answer's class: the same ``kind_of`` (a
    company for a company), the same ``body_class`` for a government body (a committee for a
    committee, no "Congress" for who chairs one), no other country's, and an outlet of the
    answer's medium (``same_medium``)."""
    return (
        kind_of(option) == kind_of(answer) and body_class(option) == body_class(answer) and same_country(option, answer)
        and same_medium(option, answer)
    )


def same_kind_of_speaker(a: str, b: str) -> bool:
    """Whether two organisations might have said the same: of one kind and, when government
    bodies, one class (the executive and its departments as one) of one country; when outlets,
    of one medium (a newspaper's editorial, no agency's)."""
    ca, cb = body_class(a), body_class(b)
    return (
        org_kind(a) == org_kind(b) and (ca == cb or {ca, cb} <= SPOKESMEN_CLASSES) and same_country(a, b)
        and same_medium(a, b)
    )


def same_country(a: str, b: str) -> bool:
    """Whether two names name no two different countries ("Soviet Foreign Ministry" beside the
    White House does: a Soviet body is no choice for what Washington said); a name that names
    none may be of any."""
    ca, cb = set(scopes_in(a)) - BODIES, set(scopes_in(b)) - BODIES  # NATO, the UN: no country
    return not (ca and cb) or bool(ca & cb)


# Kind words that are a body's name on their own ("Congress", "the Army", "the Pentagon").
NAMING_KIND_WORDS = frozenset().union(
    *(GOVERNMENT_CLASSES[c] for c in ("legislature", "forces", "executive")), ["treasury", "pentagon", "kremlin"]
)


def kind_word_only(name: str) -> bool:
    """Whether a name is only words that say a kind ("Network", "the Group", "Department"): a
    common noun the tagger took for a name. Not an acronym ("FBI") nor a body known by its kind
    ("Congress", "the Army")."""
    words = _words(name)
    if not words or name.replace(".", "").isupper() or fold(name).removeprefix("the ").strip(" .") in KNOWN_KINDS:
        return False
    kind_words = {w for _, suffixes in KIND_SUFFIXES for w in suffixes} - NAMING_KIND_WORDS
    return all(w in kind_words or w == "the" for w in words)


def acronym(name: str) -> str:
    """The initials of a name's words ("U.S. Immigration and Naturalization Service" → "ins")."""
    return "".join(w[0] for w in _words(name) if w not in ACRONYM_SKIPS)


# A government's departments by the names news also gives them: its building or its initials
# ("the Pentagon" and "the Defense Department", j222: both offered for one act).
DEPARTMENT_METONYMS = {
    "pentagon": "defense department", "dod": "defense department", "doj": "justice department",
    "dhs": "homeland security department", "foggy bottom": "state department", "hhs": "health and human services department",
}


def department_key(name: str) -> str | None:
    """A department's or ministry's name in one form: "Department of Defense", "U.S. Defense
    Department", "DoD" and "the Pentagon" → "defense department"; "Ministry of Defence" →
    "defense ministry"; None for a name of no department."""
    bare = fold(name).removeprefix("the ").strip(" .")
    bare = re.sub(r"^(?:u\.?s\.?|us|united states|federal)\s+", "", bare).replace("defence", "defense")
    if bare in DEPARTMENT_METONYMS:
        return DEPARTMENT_METONYMS[bare]
    m = re.fullmatch(r"(department|ministry) of (?:the )?(.+)", bare)
    if m:
        return f"{m.group(2)} {m.group(1)}"
    return bare if re.fullmatch(r".+ (?:department|ministry)", bare) else None


def is_alias(a: str, b: str) -> bool:
    """Whether one name is the other's acronym ("INS" and "Immigration and Naturalization
    Service", "SEC" and "Securities and Exchange Commission") or both name one department
    (``department_key``: "the Pentagon" and "the Defense Department"): both would be right."""
    key = department_key(a)
    if key is not None and key == department_key(b):
        return True
    for short, long in ((a, b), (b, a)):
        letters = fold(short).replace(".", "").replace(" ", "")
        shaped = 2 <= len(letters) <= 6 and short.replace(".", "").isupper() and len(_words(long)) > 1
        if shaped and acronym(long) == letters:
            return True
        if _initials_within(short, long):
            return True
        if _contracted(short, long):
            return True
    return False


def _contracted(short: str, long: str) -> bool:
    """Whether ``short`` is a one-word name written as two capitals taken from it in order,
    the first opening it ("VW" and "Volkswagen AG", j144: both choices of one card), as the
    Schwartz–Hearst abbreviation rule matches a short form to its long form."""
    letters = short.replace(".", "")
    words = [w for w in _words(long) if w not in LEGAL_FORMS]
    # two capitals only: three or more in order turn up inside many a long word ("CIA" in "Chicago")
    if not (len(letters) == 2 and letters.isalpha() and letters.isupper()) or len(words) != 1 or len(words[0]) < 6:
        return False
    word, at = words[0], 0
    if word[:1] != letters[0].lower():
        return False
    for letter in letters[1:].lower():
        at = word.find(letter, at + 1)
        if at < 0:
            return False
    return True


def _initials_within(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` with a run of its words written as initials ("NY Post" and
    "New York Post", "LA Times" and "Los Angeles Times"): one organisation by two names."""
    written = short.replace(".", "").split()
    if len(written) < 2 or not any(w.isupper() and 2 <= len(w) <= 4 for w in written):
        return False
    words = _words(long)

    def match(i: int, j: int) -> bool:
        if i == len(written):
            return j == len(words)
        w = written[i]
        if j < len(words) and fold(w) == words[j] and match(i + 1, j + 1):
            return True
        k = len(w)
        return w.isupper() and 2 <= k <= 4 and "".join(x[0] for x in words[j : j + k]) == fold(w) and (
            j + k <= len(words) and match(i + 1, j + k)
        )

    return match(0, 0)


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


def two_names(name: str, known: Callable[[str], bool]) -> bool:
    """Whether a "name" is two the text named together ("Reno and Immigration and
    Naturalization Service", "LIN and BellSouth"): one side of an "and" is itself a name the
    deck knows (``known(part)``), so no one thing. "Bear, Stearns and Co." stays one."""
    parts = re.split(r"\s+and\s+", name)
    return len(parts) > 1 and any(known(" and ".join(parts[:i])) or known(" and ".join(parts[i:])) for i in range(1, len(parts)))
