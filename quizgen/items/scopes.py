"""Where a role is held: the country (or international body) a title, a sentence or an article
is about, read from demonyms, country names, US states and the names of national bodies.

"French President" → "FR", "Israeli PM" → "IL", "Massachusetts Governor" → "US",
"U.S. Secretary of State" → "US", "NATO Secretary General" → "NATO". A title without such a
word takes its article's country ("Secretary of State" in a story about Washington), except
titles a country does not have (no "Prime Minister" or "Chancellor" in the United States).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from quizgen.constants import DASHES, US_STATE_CODES

# Country or body → the words that name it or its people (demonyms, adjectives, capitals that
# stand for governments). Curated for English-language news; ISO 3166 alpha-2 codes.
SCOPE_WORDS: dict[str, tuple[str, ...]] = {
    "US": (
        "U.S.", "US", "U.S.A.", "USA", "United States", "America", "American", "Americans", "Washington",
        "White House", "Congress", "Senate", "Pentagon", "FBI", "CIA", "INS", "NSA", "GOP",
        "Republican", "Republicans", "Democrat", "Democrats", "Democratic", "Capitol Hill", "federal",
    ),
    "GB": ("Britain", "British", "Briton", "United Kingdom", "U.K.", "UK", "England", "English", "Scotland",
           "Scottish", "Wales", "Welsh", "London", "Downing Street", "Tory", "Labour"),
    "FR": ("France", "French", "Paris", "Elysee", "Élysée"),
    "DE": ("Germany", "German", "Berlin", "Bundestag"),
    "IT": ("Italy", "Italian", "Rome"),
    "ES": ("Spain", "Spanish", "Madrid"),
    "PT": ("Portugal", "Portuguese"),
    "NL": ("Netherlands", "Dutch", "Holland"),
    "BE": ("Belgium", "Belgian", "Brussels"),
    "CH": ("Switzerland", "Swiss"),
    "AT": ("Austria", "Austrian"),
    "SE": ("Sweden", "Swedish"),
    "NO": ("Norway", "Norwegian"),
    "DK": ("Denmark", "Danish"),
    "FI": ("Finland", "Finnish"),
    "IE": ("Ireland", "Irish", "Dublin"),
    "PL": ("Poland", "Polish"),
    "GR": ("Greece", "Greek", "Athens"),
    "TR": ("Turkey", "Turkish", "Ankara"),
    "RU": ("Russia", "Russian", "Moscow", "Kremlin"),
    # the Soviet Union is no Russia: a "Soviet Deputy Prime Minister" of 1987 (j115) was not Russia's
    "SU": ("Soviet Union", "Soviet", "Soviets", "U.S.S.R.", "USSR"),
    "UA": ("Ukraine", "Ukrainian", "Kiev", "Kyiv"),
    "IL": ("Israel", "Israeli", "Israelis", "Jerusalem", "Knesset"),
    "PS": ("Palestine", "Palestinian", "Palestinians", "Gaza", "West Bank", "Hamas"),
    "IR": ("Iran", "Iranian", "Tehran"),
    "IQ": ("Iraq", "Iraqi", "Baghdad"),
    "SY": ("Syria", "Syrian", "Damascus"),
    "LB": ("Lebanon", "Lebanese", "Beirut"),
    "JO": ("Jordan", "Jordanian"),
    "EG": ("Egypt", "Egyptian", "Cairo"),
    "SA": ("Saudi Arabia", "Saudi", "Saudis", "Riyadh"),
    "AF": ("Afghanistan", "Afghan", "Kabul", "Taliban"),
    "PK": ("Pakistan", "Pakistani", "Islamabad"),
    "IN": ("India", "Indian", "New Delhi"),
    "CN": ("China", "Chinese", "Beijing"),
    "JP": ("Japan", "Japanese", "Tokyo"),
    "KR": ("South Korea", "South Korean", "Seoul"),
    "KP": ("North Korea", "North Korean", "Pyongyang"),
    "TW": ("Taiwan", "Taiwanese", "Taipei"),
    "PH": ("Philippines", "Philippine", "Filipino", "Manila"),
    "ID": ("Indonesia", "Indonesian", "Jakarta"),
    "AU": ("Australia", "Australian", "Canberra"),
    "NZ": ("New Zealand",),
    "CA": ("Canada", "Canadian", "Ottawa"),
    "MX": ("Mexico", "Mexican"),
    "CU": ("Cuba", "Cuban", "Havana"),
    "VE": ("Venezuela", "Venezuelan", "Caracas"),
    "CO": ("Colombia", "Colombian", "Bogota"),
    "BR": ("Brazil", "Brazilian", "Brasilia"),
    "AR": ("Argentina", "Argentine", "Argentinian", "Buenos Aires"),
    "CL": ("Chile", "Chilean", "Santiago"),
    "PE": ("Peru", "Peruvian", "Lima"),
    "PR": ("Puerto Rico", "Puerto Rican"),
    "HT": ("Haiti", "Haitian"),
    "PA": ("Panama", "Panamanian"),
    "NI": ("Nicaragua", "Nicaraguan"),
    "SV": ("El Salvador", "Salvadoran"),
    "GT": ("Guatemala", "Guatemalan"),
    "ZA": ("South Africa", "South African", "Pretoria"),
    "NG": ("Nigeria", "Nigerian", "Lagos", "Abuja"),
    "KE": ("Kenya", "Kenyan", "Nairobi"),
    "ET": ("Ethiopia", "Ethiopian"),
    "TZ": ("Tanzania", "Tanzanian", "Dar es Salaam", "Dar-es-Salaam", "Dodoma"),
    "UG": ("Uganda", "Ugandan", "Kampala"),
    "RW": ("Rwanda", "Rwandan", "Kigali"),
    "CD": ("Congo", "Congolese", "Kinshasa"),
    "ZW": ("Zimbabwe", "Zimbabwean", "Harare"),
    "GH": ("Ghana", "Ghanaian", "Accra"),
    "CY": ("Cyprus", "Cypriot", "Nicosia"),
    "KW": ("Kuwait", "Kuwaiti"),
    "QA": ("Qatar", "Qatari", "Doha"),
    "AE": ("United Arab Emirates", "UAE", "Emirati", "Abu Dhabi", "Dubai"),
    "LK": ("Sri Lanka", "Sri Lankan", "Colombo"),
    "BD": ("Bangladesh", "Bangladeshi", "Dhaka"),
    "SG": ("Singapore", "Singaporean"),
    "SO": ("Somalia", "Somali"),
    "SD": ("Sudan", "Sudanese", "Khartoum"),
    "LY": ("Libya", "Libyan", "Tripoli"),
    "DZ": ("Algeria", "Algerian"),
    "MA": ("Morocco", "Moroccan"),
    "TN": ("Tunisia", "Tunisian"),
    "YE": ("Yemen", "Yemeni"),
    "RS": ("Serbia", "Serbian", "Serb", "Belgrade"),
    "BA": ("Bosnia", "Bosnian"),
    "HR": ("Croatia", "Croatian"),
    "HU": ("Hungary", "Hungarian", "Budapest"),
    "CZ": ("Czech", "Czech Republic", "Prague"),
    "RO": ("Romania", "Romanian"),
    "BG": ("Bulgaria", "Bulgarian"),
    "VN": ("Vietnam", "Vietnamese", "Hanoi"),
    "TH": ("Thailand", "Thai", "Bangkok"),
    "MY": ("Malaysia", "Malaysian"),
    "KH": ("Cambodia", "Cambodian"),
    "MM": ("Myanmar", "Burma", "Burmese"),
    "NATO": ("NATO", "North Atlantic Treaty Organization", "Nato"),
    "UN": ("U.N.", "UN", "United Nations", "Security Council"),
    "EU": ("EU", "E.U.", "European Union", "European Commission"),
}

# The states, and the AP's abbreviations as datelines and titles use them ("Sen. Bernie Sanders
# of Vt."): one table with the party-and-state notes extract/roles.py reads ("(R-Okla.)").
US_STATES = (
    *dict.fromkeys(US_STATE_CODES.values()),
    *(f"{code}." for code in US_STATE_CODES if not (code.isalpha() and code.isupper())),  # not the postal "OK"
)

# Titles a country's government does not have: a "Prime Minister" in a story about Washington is
# someone else's.
NOT_IN = {
    "US": frozenset(["prime minister", "pm", "chancellor", "premier", "king", "queen", "prince", "princess", "mp", "monarch", "emperor", "president of the republic"]),
    # a premier in Canada or Australia heads a province or a state, never the country (j113:
    # Ontario's premier was asked as "Premier of Canada")
    "CA": frozenset(["premier"]),
    "AU": frozenset(["premier"]),
}
# A state of the past whose capital now lies in another country: a dateline from that city
# ("MOSCOW, March 27 - Soviet officials said …") is the old state's when the story names it.
CAPITAL_NOW_IN = {"SU": "RU"}

BODIES = frozenset(["NATO", "UN", "EU"])  # scopes that are no country
MAX_WORDS = 4


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    table = {w: code for code, words in SCOPE_WORDS.items() for w in words}
    table.update({w: "US" for w in US_STATES if w not in table})
    return table


_TOKEN = re.compile(r"[A-Za-zÀ-ÿ][\w.’'-]*")

# The United States' party words ("Democrat", "Republican") that name its parties alone, and
# the words that make them part of another country's party or body instead: a qualifier before
# ("Liberal Democrat", "Christian Democrats", "Social Democratic Party", "New Democratic
# Party", "National Democratic Party") or a noun after ("Democratic Unionist Party",
# "Democratic Alliance", "Republican Guard", "Irish Republican Army", "Democratic Republic of
# Congo"). Such a name says no country by these words (its own, if any, is named beside them).
_US_PARTY_WORDS = frozenset(["Democrat", "Democrats", "Democratic", "Republican", "Republicans"])
_OTHER_PARTY_BEFORE = frozenset([
    "Liberal", "Social", "Christian", "Free", "New", "National", "Progressive", "Popular", "People's",
    "Peoples", "Labour", "Labor", "Radical", "Socialist", "Islamic", "Federal", "United", "Revolutionary",
])
_OTHER_PARTY_AFTER = frozenset([
    "Unionist", "Unionists", "Progressive", "Alliance", "Front", "Left", "Guard", "Guards", "Army", "Movement",
    "Forces", "Union", "Republic", "Convergence", "Action", "Coalition", "Liberal", "Liberals", "Socialist",
    "Socialists", "Rally", "Congress",
])


def _bare(word: str) -> str:
    """A word without trailing list marks and its possessive ending ("Israel's," → "Israel")."""
    return re.sub(r"(?:['’]s|['’])$", "", word.rstrip(",;:"))


def _another_partys_word(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is a US party word inside another party's or body's name (see
    ``_US_PARTY_WORDS``): "Liberal Democrat leader", "Democratic Unionist"."""
    if tokens[i] not in _US_PARTY_WORDS:
        return False
    before = tokens[i - 1] if i else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    return before in _OTHER_PARTY_BEFORE or after in _OTHER_PARTY_AFTER


def scopes_in(text: str) -> list[str]:
    """Every country or body ``text`` names, in order: "the Israeli PM met the French President"
    → ["IL", "FR"]. Words match as written (case matters: "us" is no country), longest first;
    a possessive ("Israel's") and each part of a compound ("British-Libyan") count."""
    return list(_scopes_in(text))


def scopes_of_mention(body: str, start: int, end: int) -> list[str]:
    """Every country or body the mention ``body[start:end]`` names (``scopes_in``), read with the
    words beside it: the tagger's "Democrat" of "Liberal Democrat leader" names no country."""
    before = re.findall(r"[\w.’'-]+", body[max(0, start - 40) : start])
    after = re.findall(r"[\w.’'-]+", body[end : end + 40])
    return list(_scopes_in(body[start:end], before[-1] if before else "", after[0] if after else ""))


@lru_cache(maxsize=1 << 15)  # a deck asks the same roles and names again, card after card
def _scopes_in(text: str, before: str = "", after: str = "") -> tuple[str, ...]:
    """``scopes_in``, with the words just ``before`` and ``after`` the text as context only."""
    table = _table()
    tokens = [_bare(part) for t in _TOKEN.findall(text) for part in t.rstrip(",;:").split("-") if part]
    context = [_bare(before), *tokens, _bare(after)]
    out = []
    i = 0
    while i < len(tokens):
        if _another_partys_word(context, i + 1):
            i += 1
            continue
        for size in range(min(MAX_WORDS, len(tokens) - i), 0, -1):
            phrase = " ".join(tokens[i : i + size])
            code = table.get(phrase) or (table.get(phrase.rstrip(".")) if size > 1 or not phrase.endswith(".") else None)
            if code:
                out.append(code)
                i += size
                break
        else:
            i += 1
    return tuple(out)


def scope_phrases(text: str) -> list[tuple[str, str | None]]:
    """``text`` as its words and the phrases naming a country or body, each with its code (None
    for a word naming none): "trades council in New Jersey" → [("trades", None), ("council",
    None), ("in", None), ("New Jersey", "US")]. A name of several words is one phrase."""
    return list(_scope_phrases(text))


@lru_cache(maxsize=1 << 15)  # the role cards read every candidate's role, card after card
def _scope_phrases(text: str) -> tuple[tuple[str, str | None], ...]:
    table = _table()
    tokens = _TOKEN.findall(text)
    bare = [_bare(t) for t in tokens]
    out: list[tuple[str, str | None]] = []
    i = 0
    while i < len(tokens):
        if _another_partys_word(bare, i):
            out.append((tokens[i], None))
            i += 1
            continue
        for size in range(min(MAX_WORDS, len(tokens) - i), 0, -1):
            phrase = " ".join(bare[i : i + size])
            code = table.get(phrase) or (table.get(phrase.rstrip(".")) if size > 1 else None)
            if code:
                out.append((phrase, code))
                i += size
                break
        else:
            out.append((tokens[i], None))
            i += 1
    return tuple(out)


@lru_cache(maxsize=1 << 15)
def without_scopes(text: str) -> str:
    """``text`` with every word naming a country or body taken out, a name of several words
    whole: "president of a trades council in New Jersey" → "president of a trades council in"
    (no "New" or "Jersey" left to read as an organisation's name)."""
    return " ".join(word for word, code in scope_phrases(text) if code is None)


def scope_of(text: str | None) -> str | None:
    """The one country or body ``text`` names first: "French President" → "FR"."""
    found = scopes_in(text or "")
    return found[0] if found else None


def main_scope(texts: Iterable[str]) -> str | None:
    """The country an article is about: the one its places and groups name most, when it leads
    (named at least as often as all others together, and more than the next); else none."""
    return main_scope_of(scopes_in(t) for t in texts)


def main_scope_of(mentions: Iterable[Iterable[str]]) -> str | None:
    """``main_scope`` over the codes each mention names (``scopes_of_mention``)."""
    counts = Counter(code for codes in mentions for code in codes)
    if not counts:
        return None
    (top, n), *rest = counts.most_common()
    return top if n >= sum(c for _, c in rest) and (not rest or n > rest[0][1]) else None


@lru_cache(maxsize=1 << 14)  # asked per role of every card and every cast member
def role_scope(role: str, article_scope: str | None) -> str | None:
    """Where ``role`` is held: named in the role ("Israeli PM" → "IL"), else its article's country
    unless that country has no such title ("Prime Minister" in a US story → unknown) or the
    article is about a body, not a country."""
    named = scope_of(role)
    if named:
        return named
    if article_scope is None or article_scope in BODIES:  # a "President" in a NATO story is a country's
        return None
    lowered = " ".join(re.findall(r"[a-z]+", role.lower()))
    if any(re.search(rf"\b{re.escape(t)}\b", lowered) for t in NOT_IN.get(article_scope, ())):
        return None
    return article_scope


# A wire dateline's city, in capitals, opening the article ("NICOSIA, August 8 (Xinhua) --").
# Not ``ingest.articles.dateline_place``: that reader also finds a dateline after a headline
# given as text ("Greece pledges flood aid." then "ATHENS, May 3 (Xinhua)"), which would
# give a home country to 13 of the corpora's 1646 dev articles that have none here, and change
# their cards ("President" → "President of the United States").
_DATELINE_CITY = re.compile(r"^\s*(?P<city>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3})\b(?=\s*[,(_" + DASHES + r"])")
# How a country is named after "of" in a role ("President of Cyprus"); the first word of its
# ``SCOPE_WORDS`` otherwise.
_COUNTRY_NAMES = {
    "US": "the United States", "GB": "Britain", "NL": "the Netherlands", "PH": "the Philippines",
    "CZ": "the Czech Republic", "AE": "the United Arab Emirates", "SU": "the Soviet Union",
}


def country_name(code: str) -> str | None:
    """The name a role's "of" takes for a country code ("CY" → "Cyprus"); None for a body."""
    if code in BODIES or code not in SCOPE_WORDS:
        return None
    return _COUNTRY_NAMES.get(code, SCOPE_WORDS[code][0])


def home_scope(dateline: str | None, headline: str, lede: str) -> str | None:
    """The country a wire story is filed from and about: its dateline's city's country, when the
    headline or the lede names that same country first ("NICOSIA, …" and "Cyprus Condemns …").
    A dateline alone says where the reporter was, not whose officials the story names; a headline
    naming another country too tells of both, and whose a bare office is, it does not say."""
    m = _DATELINE_CITY.match(dateline or "")
    if not m:
        return None
    city = " ".join(w.capitalize() for w in m.group("city").split())
    code = scope_of(city)
    if code is None or code in BODIES:
        return None
    headline_words = headline.title() if headline.isupper() else headline  # wire headlines in capitals
    if any(other not in (code, *BODIES) and CAPITAL_NOW_IN.get(other) != code for other in scopes_in(headline_words)):
        return None  # "BRITISH BANKS RESIST SIGNING MEXICO PACKAGE" (j155): a "Finance Minister" may be either's
    named = (scope_of(headline), scope_of(lede))
    if code in named:
        return code
    return next((old for old in named if old is not None and CAPITAL_NOW_IN.get(old) == code), None)
