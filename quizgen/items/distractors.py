"""Choices for multiple-choice questions: one module owns how wrong answers are picked.

Order of preference: candidates of the same type and context from the deck (the caller
ranks them), then perturbations (numbers, dates: the caller supplies them); seeded Faker
fillers only where an invented option is believable (never a person of a deck). Every choice list holds the answer once, no repeats, and is shuffled with
a generator seeded by the item's id, so the same deck always gets the same choices.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from quizgen.constants import FIRM_WORDS, PARTY_SIDES, ROLE_FAMILIES, ROLE_WORDS, TITLES
from quizgen.extract.name_cleaning import one_slip_apart
from quizgen.extract.number_words import WORDS as _NUMBER_WORDS
from quizgen.facts.names import fold, nickname_of_each_other
from quizgen.items.org_kinds import is_alias, org_kind, same_body, same_kind_of_speaker, two_names

N_CHOICES = 4


def rng_for(key: str) -> random.Random:
    """A random generator seeded from ``key`` (stable across runs and machines)."""
    return random.Random(int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big"))


def choose(
    answer: str,
    candidates: Iterable[str],
    *,
    key: str,
    same_as_answer: Callable[[str], bool] | None = None,
    filler: Callable[[random.Random], str] | None = None,
    n: int = N_CHOICES,
) -> list[str]:
    """``n`` options: the answer plus the best distinct candidates, shuffled deterministically.

    ``candidates`` come best first; ``same_as_answer`` rejects other right answers (another
    spelling of the same person); ``filler`` makes more when the deck is too small.
    """
    rng = rng_for(key)
    chosen = [answer]
    seen = {fold(answer)}

    def admit(option: str) -> None:
        f = fold(option)
        if option and f not in seen and not (same_as_answer and same_as_answer(option)) and not any(
            one_letter_apart(f, s) for s in seen
        ) and not any(nickname_of_each_other(option, c) for c in chosen):  # "Chuck" and "Charles Schumer" (j225)
            chosen.append(option)
            seen.add(f)

    for option in candidates:
        if len(chosen) == n:
            break
        admit(option)
    attempts = 0
    while filler is not None and len(chosen) < n and attempts < 50:
        admit(filler(rng))
        attempts += 1
    rng.shuffle(chosen)
    return chosen


def one_letter_apart(a: str, b: str) -> bool:
    """Whether two names of five letters or more, no digit in them, differ by one slip of the keys
    (``name_cleaning.one_slip_apart``: "Denman" and "Denmam", j148, the wire's slip of one man's
    name offered as a second man): one is the other's typo, or the two read as one to a learner."""
    if a == b or len(a) < 5 or any(c.isdigit() for c in a + b):
        return False
    return one_slip_apart(a, b)


def full_choices(answer: str, candidates: Iterable[str], *, key: str) -> list[str]:
    """``choose``'s options when there are ``N_CHOICES`` of them, else none: a card shows four
    choices or is asked without choices, never with two or three."""
    choices = choose(answer, candidates, key=key)
    return choices if len(choices) == N_CHOICES else []


@lru_cache(maxsize=1)
def _faker():
    from faker import Faker

    return Faker("en_US")


def fake_person(rng: random.Random) -> str:
    """A plausible full name from Faker, seeded by ``rng``."""
    fake = _faker()
    fake.seed_instance(rng.randrange(2**32))
    return f"{fake.first_name()} {fake.last_name()}"


# --- perturbations: plausible wrong dates and numbers ----------------------------------------

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)


def perturb_date(
    value: str, rng: random.Random, *, n: int = 12, not_after: str | None = None, not_before: str | None = None
) -> list[str]:
    """ISO dates at the precision of ``value``, close to it and never equal to it.

    Days move by up to two weeks (so weekdays differ too), months by up to eight, years by up
    to six; the nearest come first (in seeded order), so the options read like real
    alternatives. ``not_after``/``not_before`` (ISO dates at any precision) bound them: a past
    event's options never fall after the publication date, a future one's never before it;
    given a day, a past event's month or year lies mostly before it too ("December 2015" is
    no option for what a report of 1 December 2015 says happened "last month"), and a future
    one's mostly after it ("2005" is no option for what a report of 8 November 2005 says may
    happen "in late 2007 or early 2008").
    """
    parts = [int(p) for p in value.split("-")]
    precision = len(parts)
    spread = {3: 14, 2: 8, 1: 6}[precision]
    near = [d for d in range(-spread, spread + 1) if d]
    rng.shuffle(near)
    near.sort(key=lambda d: abs(d) > spread // 2)  # the closer half first, each half shuffled
    out = []
    for d in near:
        option = _shift(parts, d)
        if option is None:
            continue
        if not_after and (_at(option, precision) > _at(not_after, precision) or mostly_after(option, not_after)):
            continue
        if not_before and (_at(option, precision) < _at(not_before, precision) or mostly_before(option, not_before)):
            continue
        out.append(option)
    return out[:n]


def mostly_after(option: str, day: str) -> bool:
    """Whether a month or a year (``option``, ISO) has more of its days after ``day`` (an ISO
    day) than on or before it; False when ``day`` is no full date or ``option`` is a day."""
    if len(day) != 10 or len(option) == 10:
        return False
    parts = [int(p) for p in option.split("-")]
    first = dt.date(parts[0], parts[1] if len(parts) == 2 else 1, 1)
    following = dt.date(parts[0] + 1, 1, 1) if len(parts) == 1 or parts[1] == 12 else dt.date(parts[0], parts[1] + 1, 1)
    cut = dt.date.fromisoformat(day) + dt.timedelta(days=1)
    before = (min(max(cut, first), following) - first).days
    return before * 2 < (following - first).days


def mostly_before(option: str, day: str) -> bool:
    """Whether a month or a year (``option``, ISO) has more of its days before ``day`` (an ISO
    day) than on or after it; False when ``day`` is no full date or ``option`` is a day."""
    if len(day) != 10 or len(option) == 10:
        return False
    return _days_before(option, day) * 2 > _days(option)


def _days_before(option: str, day: str) -> int:
    """How many days of a month or year (``option``, ISO) fall before ``day`` (an ISO day)."""
    parts = [int(p) for p in option.split("-")]
    first = dt.date(parts[0], parts[1] if len(parts) == 2 else 1, 1)
    following = dt.date(parts[0] + 1, 1, 1) if len(parts) == 1 or parts[1] == 12 else dt.date(parts[0], parts[1] + 1, 1)
    return (min(max(dt.date.fromisoformat(day), first), following) - first).days


def _days(option: str) -> int:
    return _days_before(option, "9999-12-31")


def _shift(parts: list[int], d: int) -> str | None:
    if len(parts) == 3:
        try:
            return (dt.date(*parts) + dt.timedelta(days=d)).isoformat()
        except (ValueError, OverflowError):
            return None
    if len(parts) == 2:
        index = parts[0] * 12 + parts[1] - 1 + d
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{parts[0] + d:04d}"


def _at(iso: str, precision: int) -> str:
    """``iso`` cut to ``precision`` parts, comparable as text ("2016-05-03" at 2 → "2016-05")."""
    return "-".join(iso.split("-")[:precision])


def event_bounds(value: str, published: dt.date | None) -> tuple[str | None, str | None]:
    """(not_after, not_before) for a date's options: a past event (on or before the publication
    date, at the value's precision) gets options no later than publication; a future one,
    options no earlier."""
    if published is None:
        return None, None
    pub = published.isoformat()
    if _at(value, value.count("-") + 1) <= _at(pub, value.count("-") + 1):
        return pub, None
    return None, pub


def perturb_number(value: float, rng: random.Random, *, n: int = 12) -> list[float]:
    """Numbers of the same magnitude as ``value``, distinct and never equal to it.

    Integers stay integers; small counts move by small steps, large ones by round shares.
    """
    is_int = float(value).is_integer()
    out: list[float] = []
    if is_int and abs(value) <= 12:
        steps = [d for d in range(-4, 6) if d and value + d > 0]
        rng.shuffle(steps)
        out = [value + d for d in steps]
    else:
        factors = [0.5, 0.6, 0.75, 0.8, 1.25, 1.5, 1.2, 2.0, 0.9, 1.1, 0.7, 1.4]
        rng.shuffle(factors)
        for f in factors:
            x = value * f
            if is_int:
                x = round_like(x, value)
            else:
                x = round(x, max(1, _decimals(value)))
            out.append(x)
        if not is_int:  # a small decimal ("0.1") runs out of shares: steps of its last digit
            unit = 10.0 ** -max(1, _decimals(value))
            steps = [d for d in range(-4, 6) if d]
            rng.shuffle(steps)
            out += [round(value + d * unit, max(1, _decimals(value))) for d in steps]
    seen: set[float] = {value}
    unique = []
    for x in out:
        if x not in seen and x > 0:
            seen.add(x)
            unique.append(int(x) if is_int else x)
    return unique[:n]


_SPELLED_NUMBER = re.compile(rf"\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE)


def number_shape(text: str) -> str:
    """How a figure is written, without its digits: "$19.3 million" → "$9.9 million",
    "$50.0 million" → "$9.0 million" (a trailing zero gives an option away), "12,500" → "9",
    "Forty-one percent" → "w percent" (words for words: never "1000" beside "eight hundred")."""

    def digits(m: re.Match) -> str:
        _, _, fraction = m.group(0).replace(",", "").partition(".")
        out = "9"
        if fraction:
            kept = fraction.rstrip("0")
            out += "." + ("9" if kept else "") + "0" * (len(fraction) - len(kept))
        return out

    return _SPELLED_NUMBER.sub("w", re.sub(r"\d[\d,]*(?:\.\d+)?", digits, text))


def round_like(x: float, like: float) -> int:
    """Round ``x`` to two significant figures of ``like``'s size (1200 → hundreds, 22 → units)."""
    step = max(1, 10 ** (len(str(int(abs(like)))) - 2))
    return max(1, round(x / step) * step)


def _decimals(x: float) -> int:
    text = repr(float(x))
    return len(text.split(".")[1].rstrip("0")) if "." in text else 0


def fake_place(rng: random.Random) -> str:
    """A plausible city name from Faker, seeded by ``rng``."""
    fake = _faker()
    fake.seed_instance(rng.randrange(2**32))
    return fake.city()


# --- people: the deck's real people, of the same kind as the answer first ---------------------

_TITLE_WORDS = frozenset(w for t in TITLES for w in t.replace(".", "").split()) | ROLE_WORDS
_PARTICLES = frozenset(["de", "da", "del", "della", "der", "van", "von", "bin", "ibn", "al", "la", "le", "di", "du", "st."])
_FAMILY_OF = {phrase: family for family, phrases in ROLE_FAMILIES.items() for phrase in phrases}
_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])
# (a country has one vice president, never a "senior" or "executive" one: a company's rank)
_EXECUTIVE = re.compile(
    r"\bchief\s+(?:[a-z]+\s+){1,2}officer\b|\b(?:ceo|cfo|coo|cto)\b|\b(?:senior|executive)\s+vice[\s-]+president\b",
    re.IGNORECASE,
)
WINDOW = 6  # how many of a tier's most-mentioned people a card's choices are drawn from


@lru_cache(maxsize=16384)  # asked of every candidate's every title, card after card
def role_family(role: str | None) -> str | None:
    """The kind of role: "Vermont senator" → "office", "campaign manager" → "campaign"."""
    if not role:
        return None
    if _EXECUTIVE.search(role):  # "chief financial officer" is a company's, not an army's
        return "business"
    words = re.findall(r"[a-z][a-z\-]*", role.lower())
    for i in range(len(words) - 1, -1, -1):
        for size in (3, 2, 1):
            phrase = " ".join(words[max(0, i - size + 1) : i + 1])
            if phrase in _FAMILY_OF:
                return _FAMILY_OF[phrase]
    return None


@lru_cache(maxsize=1 << 16)  # asked of each use of a name (tens of thousands a deck), few names
def is_full_name(name: str, not_people: frozenset[str] = frozenset()) -> bool:
    """Whether ``name`` reads as a person's full name: two to five capitalised words, no title,
    no digits, not an organisation or place the deck knows (``not_people``, folded) nor one its
    words name a firm ("… Consulting", "… Partners": ``FIRM_WORDS``)."""
    words = name.split()
    if not 2 <= len(words) <= 5 or fold(name) in not_people or re.search(r"[\d@/]|['’]s\b", name):
        return False
    # A particle is part of a surname that follows it ("de Blasio"); last, it is the surname ("Daniel Le");
    # first and capitalised, it is a given name ("Al Gore", "Van Morrison").
    capitalised = [
        w for i, w in enumerate(words)
        if w.lower() not in _PARTICLES or i == len(words) - 1 or (i == 0 and w[:1].isupper())
    ]
    if len(capitalised) < 2 or not all(w[:1].isupper() for w in capitalised):
        return False
    # A title word may be a surname ("Martin Luther King Jr."), never a name's other words.
    surname_at = max(i for i, w in enumerate(words) if w.lower().strip(".,") not in _SUFFIXES)
    if words[0].lower() in ("the", "a", "an") or any(
        w.lower().strip(".,") in _TITLE_WORDS for i, w in enumerate(words) if i != surname_at
    ):
        return False
    if any(w.lower().strip(".,") in FIRM_WORDS for w in words[1:]):  # "John Burns Real Estate Consulting"
        return False
    return not all(w.isupper() and len(w) > 2 for w in capitalised)  # "FBI CIA" is no name


@dataclass
class _Known:
    name: str
    mentions: int = 0
    articles: set[str] = field(default_factory=set)
    families: set[str] = field(default_factory=set)


class PeoplePool:
    """The deck's real people, for the wrong answers of "who" cards.

    Built from (name, article id, role) uses; only full names of people are kept (no one-word
    names, organisations, places or titles). ``choices`` offers, best first, people of the
    answer's role family in the same story, then of that family, then of the same story, then
    the deck's most mentioned — never the answer by another name, never a name the question
    holds — and no choices at all when the deck has too few (never an invented name).
    """

    def __init__(
        self,
        uses: Iterable[tuple[str, str, str | None]],
        *,
        not_people: Iterable[str] = (),
        organisations: Iterable[str] = (),
    ):
        self.not_people = frozenset(fold(x) for x in not_people)
        self.organisations = list(dict.fromkeys(organisations))  # most mentioned first
        known: dict[str, _Known] = {}
        for name, article, role in uses:
            if not is_full_name(name, self.not_people):
                continue
            k = known.setdefault(name, _Known(name))
            k.mentions += 1
            k.articles.add(article)
            family = role_family(role)
            if family:
                k.families.add(family)
        # A known name followed by more words ("Donald Trump Praises Breitbart") is a fragment
        # of a headline or a caption, not another person.
        for name in [n for n in known if any(" ".join(n.split()[:size]) in known for size in range(2, len(n.split())))]:
            del known[name]
        self.known = known
        self.ranked = sorted(known.values(), key=lambda k: (-k.mentions, k.name))
        self._by_kind: dict[bool, tuple[dict[str, None], dict[str | None, list[str]]]] = {}

    def family_of(self, name: str) -> set[str]:
        k = self.known.get(name)
        return k.families if k else set()

    def choices(
        self,
        answer: str,
        *,
        key: str,
        question: str,
        article: str | None = None,
        family: str | None = None,
        same_person: Callable[[str], bool] | None = None,
    ) -> list[str]:
        families = {family} if family else self.family_of(answer)
        tiers: list[list[str]] = [[], [], [], []]
        for k in self.ranked:
            if k.name == answer:
                continue
            kin = bool(families & k.families)
            local = article is not None and article in k.articles
            tiers[0 if kin and local else 1 if kin else 2 if local else 3].append(k.name)
        rng = rng_for(key + ":people")
        ordered: list[str] = []
        for tier in tiers:
            leading = tier[:WINDOW]
            rng.shuffle(leading)
            ordered += leading + tier[WINDOW:]

        def wrong(option: str) -> bool:
            return (same_person is not None and same_person(option)) or _names_in(question, option)

        # No invented names: readers spot a Faker name no article holds as a filler, so a deck
        # too small for three real people asks the card typed.
        chosen = choose(answer, (o for o in ordered if not wrong(o)), key=key, same_as_answer=wrong)
        return chosen if len(chosen) == N_CHOICES else []


    def _organisations_by_kind(self, the: bool) -> tuple[dict[str, None], dict[str | None, list[str]]]:
        """The deck's organisations as offered (bare of a possessive, with or without "The"), and
        those that may be offered, most mentioned first, by ``org_kind`` (made once for answers
        with "The" and once for those without, not per card)."""
        made = self._by_kind.get(the)
        if made is None:
            surnames = {fold(k.name.split()[-1]) for k in self.ranked}
            # "ABC News'" is "ABC News" read with its possessive: one organisation, spelt bare.
            bare = dict.fromkeys(
                o if the else re.sub(r"^the\s+", "", o, flags=re.IGNORECASE)
                for o in (re.sub(r"\s*['’]s?$", "", o) for o in self.organisations)
                if o.split() and o.split()[-1].lower().strip(".") not in _TITLE_WORDS  # "Navy Capt"
            )
            found: dict[str | None, list[str]] = {}
            for o in bare:
                if (len(o.split()) > 1 or (o.isupper() and len(o) > 2)) and fold(o) not in surnames:
                    found.setdefault(org_kind(o), []).append(o)
            made = self._by_kind[the] = (bare, found)
        return made

    def organisation_choices(self, answer: str, *, key: str, question: str) -> list[str]:
        """Other organisations of the deck for an organisation's words; none when too few."""
        # "The State Department" is offered as the answer is written, with or without "The".
        the = answer.lower().startswith("the ")
        kind = org_kind(answer)
        if kind is None:
            # A name that says nothing of its kind ("Dow Jones") has no choices the deck can
            # vouch for: beside it, any unknown name of another story ("Disney World", a park)
            # gives itself away. Asked typed.
            return []
        # Of the answer's kind only (a news outlet beside news outlets; a department beside the
        # White House, no army: ``same_kind_of_speaker``); never the answer by its
        # initials ("SEC", "Securities and Exchange Commission").
        bare, by_kind = self._organisations_by_kind(the)
        options = [
            o for o in by_kind.get(kind, [])
            if same_kind_of_speaker(o, answer) and not same_organisation(o, answer) and not two_names(o, bare.__contains__)
        ][: 4 * WINDOW]
        rng_for(key + ":organisations").shuffle(options)
        # one name per organisation: "INS" beside "Immigration and Naturalization Service" is one
        # wrong answer written twice
        distinct: list[str] = []
        for o in options:
            if not _names_in(question, o) and not any(same_organisation(o, d) for d in distinct):
                distinct.append(o)
        chosen = choose(answer, iter(distinct), key=key, same_as_answer=lambda o: same_organisation(o, answer))
        return chosen if len(chosen) == N_CHOICES else []


def same_organisation(a: str, b: str) -> bool:
    """One organisation: the same name but for "the" ("The Washington Post"), one the other's
    initials ("SEC" and "Securities and Exchange Commission"), a body and its organ ("United
    Nations", "U.N. Security Council"), a name and a joint name holding it, or sister networks'
    initials ("NBC", "MSNBC")."""
    return (
        _org_key(a) == _org_key(b) or is_alias(a, b) or same_body(a, b) or _a_division_of(a, b) or _a_division_of(b, a)
        or _joint_of(a, b) or _joint_of(b, a) or _sister_initials(a, b) or _shortened(a, b) or _shortened(b, a)
        or _party_and_its_body(a, b) or _party_and_its_body(b, a)
    )


def _shortened(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` with words left out, its last word kept ("the Republican
    committee" for "Republican National Committee", j236): a text's second mention of a body."""
    a, b = _org_words(short), _org_words(long)
    return len(a) >= 2 and len(a) < len(b) and a[-1] == b[-1] and set(a) < set(b)


def _org_words(name: str) -> list[str]:
    return [w for w in fold(name).replace(".", "").split() if w != "the"]


# The parties' national committees by their initials: their party's bodies, as "GOP" is the party.
_COMMITTEE_SIDES = {"rnc": "R", "dnc": "D"}


def _side(word: str) -> str | None:
    """The US party a name's word says ("Republicans", "GOP", "DNC" → R or D), else None."""
    return PARTY_SIDES.get(word.removesuffix("s")) or PARTY_SIDES.get(word) or _COMMITTEE_SIDES.get(word)


def _party_and_its_body(party: str, body: str) -> bool:
    """Whether ``party`` names a party ("GOP", "the Republican Party", "Democrats") and ``body`` one
    of its own bodies ("Republican National Committee"): what the committee said, the party said
    (j236: "GOP" beside "Republican committee" was a second right answer)."""
    words = _org_words(party)
    sides = {_side(w) for w in words} - {None}
    if len(sides) != 1 or any(_side(w) is None and w != "party" for w in words):
        return False
    return sides == {_side(w) for w in _org_words(body)} - {None}


def _joint_of(joint: str, name: str) -> bool:
    """Whether ``joint`` is ``name`` joined to another by a slash or a hyphen ("New York
    Times/CBS News", "Washington Post-ABC News": a poll's sponsors): a choice holding the answer."""
    key = _org_key(name)
    parts = re.split(r"\s*/\s*", joint) if "/" in joint else re.split(r"-", joint)
    if len(parts) < 2 or ("/" not in joint and all(len(p.split()) < 2 for p in parts)):
        return False  # "Hewlett-Packard" is one name
    return any(_org_key(p) == key for p in parts)


def _sister_initials(a: str, b: str) -> bool:
    """Whether two names open with initials one of which holds the other ("MSNBC" and "NBC News",
    "CNBC" and "NBC"): a network and its sister channel, both right for who employs a reporter."""
    first_a, first_b = a.replace(".", "").split()[:1], b.replace(".", "").split()[:1]
    if not first_a or not first_b:
        return False
    x, y = sorted([first_a[0], first_b[0]], key=len)
    return x != y and x.isupper() and y.isupper() and len(x) >= 3 and x in y


# Words that name a company's arm after its own name ("NBC News" of NBC, "CNN International").
DIVISION_WORDS = frozenset(["news", "network", "networks", "channel", "radio", "television", "tv", "online", "digital", "international", "america", "us"])


def _a_division_of(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is ``shorter`` with only words of an arm after it: "NBC News" and "NBC"
    are one answer to "a reporter for which news outlet?" (offering both gives two right ones)."""
    big, small = _org_key(longer).replace(".", "").split(), _org_key(shorter).replace(".", "").split()
    return 0 < len(small) < len(big) and big[: len(small)] == small and all(w in DIVISION_WORDS for w in big[len(small):])


def _org_key(name: str) -> str:
    """"The Washington Post" and "Washington Post" are one organisation, and so are "U.S. State
    Department" and "State Department" (a US body named with its country or without)."""
    return fold(re.sub(r"^(?:the\s+)?(?:(?:u\.s\.|united states)\s+)?", "", name, flags=re.IGNORECASE))


def _names_in(question: str, name: str) -> bool:
    """Whether the question holds the name or its surname."""
    folded = fold(question)
    return any(stands_in(fold(part), folded) for part in (name, name.split()[-1]))


def stands_in(words: str, text: str) -> bool:
    r"""Whether ``words`` occur in ``text`` with no word character either side: what
    ``re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text)`` says, without compiling a pattern
    for each of the thousands of answers and options a deck checks.

    >>> stands_in("may", "theresa may said"), stands_in("may", "mayor jones")
    (True, False)
    """
    if not words:
        return re.search(r"(?<!\w)(?!\w)", text) is not None
    at = text.find(words)
    while at != -1:
        after = at + len(words)
        if (at == 0 or not _is_word_char(text[at - 1])) and (after == len(text) or not _is_word_char(text[after])):
            return True
        at = text.find(words, at + 1)
    return False


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what ``\w`` matches in a str pattern
