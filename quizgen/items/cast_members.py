"""What the cast of a deck is made of: one appearance of a person in an article (``Use``), what
the choices need of an article (``Story``), and a person as the deck reads them across its
articles (``CastMember``). Moved from ``items.person_choices``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Use:
    """One appearance of a person in an article: named, quoted (``speaker``), or with a role."""

    name: str
    article_id: str
    role: str | None = None
    speaker: bool = False
    party: str | None = None  # "R", "D": as the article's words give it ("Republican … Ted Cruz")
    runs: bool = False  # the article puts them in a race ("the Sanders campaign": ``sides.runs_in``)
    backs: frozenset[str] = frozenset()  # whom the article says they back ("a Clinton supporter": ``sides.backs_in``)


@dataclass(frozen=True)
class Story:
    """What the choices need of an article: when it was published, which country it is about and
    the names it holds (people, organisations, places: what it is about, ``sides.Topics``)."""

    published: dt.date | None = None
    scope: str | None = None
    names: frozenset[str] = frozenset()
    departed: frozenset[str] = frozenset()  # people it shows dead or of history (``items.departed``)
    public: frozenset[str] = frozenset()  # people it introduces by age or home town (``items.voxpop``)
    countries: frozenset[str] = frozenset()  # every country or body its places and groups name (``items.scopes``)
    places: frozenset[str] = frozenset()  # the words of the places, peoples and one-word bodies it names ("Vanuatu")


@dataclass
class CastMember:
    """A person as the deck reads them across its articles (``Cast`` builds one per name)."""

    name: str
    mentions: int = 0
    articles: set[str] = field(default_factory=set)
    speaker: bool = False
    families: set[str] = field(default_factory=set)
    titles: set[tuple[str, frozenset[str], str | None]] = field(default_factory=set)  # (head, body, named scope)
    scopes: set[str] = field(default_factory=set)  # where their roles are held
    guessed: set[str] = field(default_factory=set)  # … as read from their articles' countries
    parties: set[str] = field(default_factory=set)
    gender: str = "?"
    titled: set[str] = field(default_factory=set)  # genders the article's titles give
    roles: set[str] = field(default_factory=set)
    camps: set[str] = field(default_factory=set)  # surnames of the people their roles serve
    runs: set[dt.date | None] = field(default_factory=set)  # when a story titles them running now
    backs: set[str] = field(default_factory=set)  # surnames of the people a story says they back
    # the earliest publication of a story titling them with an office or putting them in a race
    political_from: dt.date | None = None

