"""The deck's own index of named things, for telling what kind of thing a wrong choice is.

spaCy labels each mention of a name on its own, and gets some wrong ("Catholic Garvaghy Road"
as an organisation, "Adams" as one, "Cheerios" as one beside "Kellogg"). Across a deck the
mentions of one name vote: a name tagged an organisation once and a person or a product
elsewhere is no organisation choice. The index also knows the longer names a short one is a
part of ("Post" of "Washington Post", "Adams" of "Gerry Adams"): such a fragment is no choice,
a reader sees it is not a name in its own right. And a name that says nothing of its kind
("Kellogg") takes the kind of a longer name of the deck that it opens ("Kellogg Co."). Places a
tagger may call organisations (roads, bridges, squares, plants) never stand for one.

>>> index = EntityIndex([("Washington Post", "ORG", "a"), ("Post", "ORG", "a")])
>>> index.fragment("Post")
True
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from quizgen.facts.names import fold
from quizgen.items.org_kinds import org_kind

# Head words of a facility or a stretch of land: a road is never an organisation's wrong choice.
FACILITY_WORDS = frozenset([
    "road", "rd", "street", "st", "avenue", "ave", "boulevard", "lane", "highway", "bridge", "square",
    "plaza", "park", "airport", "station", "tunnel", "canal", "river", "valley", "building", "tower",
    "stadium", "arena", "plant", "mine", "field", "fields", "port", "harbour", "harbor", "hill", "hills",
    "island", "islands", "strip", "quay", "prison", "jail",
])
_WORDS = re.compile(r"[\w&'’-]+")
ORG_LABELS = frozenset(["ORG", "NORP"])  # labels under which a name may be an organisation's choice


LEADING_WORDS = frozenset(["the", "us", "u.s"])  # "the U.S. Senate" holds "Senate" as its own name


def name_words(name: str) -> list[str]:
    words = [w.strip("'’") for w in _WORDS.findall(fold(name).replace(".", ""))]
    while words[1:] and words[0] in LEADING_WORDS:
        words = words[1:]
    return words


def is_facility(name: str) -> bool:
    """ "Garvaghy Road", "Brooklyn Bridge", "Tiananmen Square": a place, not an organisation."""
    words = name_words(name)
    return bool(words) and words[-1] in FACILITY_WORDS


def owned_names(mentions: Iterable[tuple[str, str, int, int]], text: str) -> list[str]:
    """Company names the text writes right after another organisation's name, as one name: the
    tagger read "Sony Columbia Acquisition Corp." as "Sony" and "Columbia Acquisition Corp.",
    and the second is the first's own vehicle, a second right answer beside it (and a piece of
    a name no reader would take for a whole one). ``mentions`` are (text, label, start, end) in
    ``text``.

    >>> owned_names([("Sony", "ORG", 0, 4), ("Columbia Acquisition Corp.", "ORG", 5, 31)],
    ...             "Sony Columbia Acquisition Corp. bought it.")
    ['Columbia Acquisition Corp.']
    """
    orgs = sorted((start, end, name) for name, label, start, end in mentions if label == "ORG")
    return [
        second
        for (_, e1, first), (s2, _, second) in itertools.pairwise(orgs)
        if text[e1:s2] == " " and org_kind(second) == "company" and org_kind(first) in (None, "company")
    ]


class EntityIndex:
    """The deck's names: how each is labelled across its mentions and which longer names hold it.

    ``mentions`` are (text, spaCy label, article id); ``people`` the deck's full person names
    (a fragment of one — a surname — is no organisation)."""

    def __init__(
        self, mentions: Iterable[tuple[str, str, str]], *, people: Iterable[str] = (), owned: Iterable[str] = ()
    ):
        self.labels: dict[str, Counter[str]] = defaultdict(Counter)
        for text, label, _article in mentions:
            self.labels[text][label] += 1
        self.people = frozenset(people)
        self.owned = frozenset(owned)  # written after an owner's name as one name (``owned_names``)
        # every contiguous run of words of a longer name → the longer names holding it
        self._holders: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for name in [*self.labels, *self.people]:
            words = tuple(name_words(name))
            for size in range(1, len(words)):
                for start in range(len(words) - size + 1):
                    self._holders[words[start : start + size]].add(name)

    def label(self, name: str) -> str | None:
        """The label most of the name's mentions carry (a tie: None), a person's name PERSON."""
        if name in self.people:
            return "PERSON"
        votes = self.labels.get(name)
        if not votes:
            return None
        (top, n), *rest = votes.most_common(2) + [("", 0)]
        return None if rest[0][1] == n else top

    def agrees(self, name: str, label: str) -> bool:
        """Whether the deck's mentions of ``name`` call it what ``label`` says: an organisation
        choice mostly tagged ORG (or NORP), never mostly a person, place, product or work."""
        votes = self.labels.get(name, Counter())
        if name in self.people:
            return False
        of_kind = sum(n for lab, n in votes.items() if lab == label or (label in ORG_LABELS and lab in ORG_LABELS))
        return of_kind * 2 > sum(votes.values()) if votes else True

    def known(self, name: str) -> bool:
        """Whether the deck names ``name`` on its own (an entity or a person's full name)."""
        return name in self.labels or name in self.people

    def holds_a_person(self, name: str) -> bool:
        """Whether a "name" opens with a person's full name of the deck ("Meenakshi Ganguly of
        Human Rights Watch"): a person and their organisation, no organisation's name."""
        return any(name.startswith(p + " ") for p in self.people)

    def owned_by_another(self, name: str) -> bool:
        """Whether the deck writes ``name`` after another organisation's name as one name
        ("Columbia Acquisition Corp." of "Sony Columbia Acquisition Corp."): no wrong choice."""
        return name in self.owned

    def fragment(self, name: str) -> bool:
        """Whether ``name`` is the tail or the middle of a longer name of the deck ("Post" of
        "Washington Post", "Adams" of "Gerry Adams"), a piece no reader takes for a name. A
        name opening a longer one is its short form ("Kellogg" of "Kellogg Co."), and an
        acronym ("NATO" of "the NATO alliance") a name of its own."""
        if name.replace(".", "").isupper() and len(name) > 1:
            return False
        words = tuple(name_words(name))
        return bool(words) and any(
            tuple(name_words(h)[: len(words)]) != words for h in self._holders.get(words, ())
        )

    def kind(self, name: str) -> str | None:
        """``org_kind`` of the name, or of a longer name of the deck it opens ("Kellogg" →
        "Kellogg Co." → company), when those agree."""
        own = org_kind(name)
        if own is not None:
            return own
        words = tuple(name_words(name))
        if not words:
            return None
        kinds = {
            org_kind(h) for h in self._holders.get(words, ())
            if h not in self.people and tuple(name_words(h)[: len(words)]) == words
        } - {None}
        return kinds.pop() if len(kinds) == 1 else None
