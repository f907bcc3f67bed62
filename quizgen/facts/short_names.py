"""Which person a short name ("Bush", "King Hussein") stands for, article by article.

A deck mixes stories of different years: "President Bush" in a 1990 story is not the
"Jeb Bush" of a 2015 one, and "King Hussein" is not "Saddam Hussein". A one-word name
resolves to a full name

* of its own article, when the article names exactly one such person; or else
* of another article near its date (``NEAR_YEARS``; undated articles are near every date),
  when that is the only such person near it and the titles agree: a title is evidence
  ("King Hussein" never becomes a man other articles call President), and the article's own
  text writes no other given name before the surname.

A name the article writes in full where the tagger did not take it for one ("Will Davies,
senior research fellow": "Will" read as a verb) is the full name its surname stands for there,
never another story's "Nick Davies".

Otherwise the article's short name is kept as it is: the deck asks nothing it would guess.
A one-word name the article gives a monarch's title ("King Hussein") is that person's whole
name, written with the title, and never the surname of another (``facts.names.regnal``); so
is one a peer's title goes with ("Lord Armstrong") when the article gives no given name.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping

from quizgen.constants import HONORIFIC_GENDERS, PEERAGE_TITLES
from quizgen.facts.names import named_as_kin, regnal, surname
from quizgen.facts.resolve import NameUse, another_of_the_family, roles_agree, written_titles

NEAR_YEARS = 4  # a story this many years from another may speak of another person by the same surname


def _near(a: dt.date | None, b: dt.date | None) -> bool:
    return a is None or b is None or abs((a - b).days) <= NEAR_YEARS * 366


def article_names(
    uses: list[NameUse],
    *,
    spelling: Mapping[str, str],
    published: Mapping[str, dt.date | None],
    also: Iterable[tuple[str, str]] = (),
    bodies: Mapping[str, str] | None = None,
    gender: Callable[[str], str] | None = None,
) -> dict[tuple[str, str], str]:
    """(article id, one-word name) → the full name it stands for in that article, or the
    one-word name itself when no person is certain. ``spelling`` sends each full name to
    its canonical spelling (``canonical_names``); ``published`` gives each article's date;
    ``also`` more (article id, one-word name) pairs to read (an event's actor); ``bodies``
    (article id → text) and ``gender`` (a full name's "m"/"f"/"?") read the given names an
    article writes before a surname (``given_names_written``)."""
    full_in: dict[str, set[str]] = {}  # article → canonical full names it uses
    roles_of: dict[tuple[str, str], set[str]] = {}  # (article, name as the deck spells it) → roles
    for u in uses:
        name = spelling.get(u.name, u.name) if len(u.name.split()) > 1 else u.name
        if len(u.name.split()) > 1:
            full_in.setdefault(u.article_id, set()).add(name)
        if u.role:
            roles_of.setdefault((u.article_id, name), set()).add(u.role)
    # Other articles' full names by surname, and the roles of each name by article: what
    # ``_resolve`` reads of every other article, looked up instead of read article by article.
    by_surname: dict[str, list[tuple[str, str]]] = {}
    for a, names in full_in.items():
        for n in names:
            by_surname.setdefault(surname(n), []).append((a, n))
    roles_by_name: dict[str, list[tuple[str, set[str]]]] = {}
    for (a, n), roles in roles_of.items():
        roles_by_name.setdefault(n, []).append((a, roles))
    resolved: dict[tuple[str, str], str] = {}
    shorts = {(u.article_id, u.name) for u in uses} | set(also)
    for article_id, short in sorted(p for p in shorts if len(p[1].split()) == 1):
        resolved[article_id, short] = _resolve(short, article_id, full_in, roles_of, published, by_surname, roles_by_name)
        full = resolved[article_id, short]
        if bodies and article_id in bodies and full != short and named_as_kin(bodies[article_id], short, full):
            resolved[article_id, short] = short  # "President Reagan" beside "Reagan's wife Nancy"
            continue
        if not bodies or not gender or article_id not in bodies:
            continue
        own = full in full_in.get(article_id, set())
        if full == short and any(surname(n) == short for n in full_in.get(article_id, set())):
            continue  # two people of its own by this surname: no one is certain
        # "Ms Abbott" is no other story's Paul Abbott (j61); "Mr. Obama" twelve times is not
        # "first lady Michelle Obama", the one Obama the article writes in full (j165): for the
        # article's own person, the form must be used at least twice
        addressed = addressed_as(bodies[article_id], short, uses=2 if own else 1)
        if full != short and addressed != "?" and gender(full) in ("m", "f") and gender(full) != addressed:
            resolved[article_id, short] = short
            continue
        if own:
            continue
        # the article's own text names the person in full where the tagger did not
        written = given_names_written(bodies[article_id], short, gender)
        if len(written) == 1:
            resolved[article_id, short] = f"{written.pop()} {short}"
        elif written and full.split()[0] not in written:
            resolved[article_id, short] = short  # another story's namesake
    return resolved


_GENDERED_ADDRESS = "|".join(h.capitalize() for h in sorted(HONORIFIC_GENDERS))  # "Miss|Mr|Mrs|Ms"


_COMPANY_AFTER = re.compile(r"\s+(?:Inc|Corp|Co|Ltd|LLC|Plc|PLC|Group|Cookies|Stores)\b")


def addressed_as(text: str, name: str, *, uses: int = 1) -> str:
    """The gender the article's forms of address before a surname give ("Ms Abbott" → "f"),
    when it writes them at least ``uses`` times and only of one gender; "?" when it writes none,
    fewer, or both. A form that names a company ("Mrs Fields Inc", the retailer of chairman
    Randall Fields) is no one's address."""
    genders = [
        HONORIFIC_GENDERS[m.group(1).lower()]
        for m in re.finditer(rf"\b({_GENDERED_ADDRESS})\.?\s+{re.escape(name)}\b", text)
        if not _COMPANY_AFTER.match(text, m.end())
    ]
    return genders[0] if len(genders) >= uses and len(set(genders)) == 1 else "?"


def given_names_written(body: str, short: str, gender: Callable[[str], str]) -> set[str]:
    """The given names ``body`` writes just before the surname ``short``, as a known first name
    ("Will Davies, senior research fellow" → {"Will"}); titles and roles ("Mr", "Minister")
    are no given names."""
    found = re.finditer(rf"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) {re.escape(short)}\b", body)
    return {m.group(1) for m in found if gender(f"{m.group(1)} {short}") in ("m", "f")}


def _matching(short: str, names: set[str], *, given_names: bool) -> set[str]:
    """The full names ``short`` may stand for: by surname; by given name ("Hillary" after
    "Hillary Clinton") only when ``given_names``, i.e. inside the article that named the person
    in full. A story that calls someone by a given name alone ("the base chief, known only as
    Bob") speaks of someone of its own, never of another story's "Bob Goodlatte"."""
    by_surname = {n for n in names if surname(n) == short}
    if by_surname or not given_names:
        return by_surname
    return {n for n in names if n.split()[0] == short}


def _resolve(
    short: str,
    article_id: str,
    full_in: Mapping[str, set[str]],
    roles_of: Mapping[tuple[str, str], set[str]],
    published: Mapping[str, dt.date | None],
    by_surname: Mapping[str, list[tuple[str, str]]],
    roles_by_name: Mapping[str, list[tuple[str, set[str]]]],
) -> str:
    titles = {r for r in roles_of.get((article_id, short), ()) if regnal(r)}
    if titles:
        # "King Hussein" is a monarch's whole name, not Saddam Hussein's surname: written with
        # the title the article gives, the name stands for nobody else
        title = titles.pop() if len(titles) == 1 else ""
        return f"{title} {short}" if title and title[:1].isupper() and len(title.split()) <= 2 else short
    own = _matching(short, full_in.get(article_id, set()), given_names=True)
    theirs = roles_of.get((article_id, next(iter(own))), set()) if len(own) == 1 else set()
    if another_of_the_family(written_titles(roles_of.get((article_id, short), ())), theirs):
        # "President Trump" beside "first lady Melania Trump" (j172): the titled surname is
        # another of the family, whom other stories may name in full
        own = set()
    if own:
        return own.pop() if len(own) == 1 else short
    peerages = {r for r in roles_of.get((article_id, short), ()) if r.lower() in PEERAGE_TITLES}
    if len(peerages) == 1:
        # "Lord Armstrong", named by no given name in his article: a peer's title and name are
        # how British news names him, and his whole name here (BBC dev: "Who said …? Armstrong")
        return f"{peerages.pop()} {short}"
    when = published.get(article_id)
    # The full names of other articles near in date whose surname is ``short`` (``_matching``
    # by surname over those articles' names).
    candidates = {n for a, n in by_surname.get(short, ()) if a != article_id and _near(when, published.get(a))}
    if len(candidates) != 1:
        return short
    full = candidates.pop()
    title = roles_of.get((article_id, short), set())
    theirs = {
        r for a, roles in roles_by_name.get(full, ())
        if a != article_id and _near(when, published.get(a)) for r in roles
    }
    return full if roles_agree(title, theirs) else short
