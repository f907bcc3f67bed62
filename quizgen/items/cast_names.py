"""Which of the deck's names are people's: a full name, not a headline's words ("Clinton Campaign
Manager Laughs", "Hillary Clinton Wins") nor a firm named for its founders; the words names end
in; whether two names may be one person. Moved from ``items.person_choices``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from quizgen.constants import MOJIBAKE_MARKS, NEWSPAPER_HEADS
from quizgen.extract.name_lists import gender_of
from quizgen.facts.names import surname
from quizgen.items import distractors
from quizgen.items.org_kinds import org_kind
from quizgen.items.titles import OFFICE_WORDS, ROLE_WORDS


def is_person_name(name: str, *, surnames: frozenset[str] = frozenset()) -> bool:
    """A full name (``distractors.is_full_name``) with no role word before its surname
    ("Clinton Campaign Manager Laughs" is a headline) and not opening with another person's
    surname ("Trump Praises Breitbart")."""
    if not distractors.is_full_name(name) or any(mark in name for mark in MOJIBAKE_MARKS):
        return False  # (a garbled name, "Federico de JesÃÂos", is no choice beside a clean one)
    words = name.split()
    last_at = len(words) - 1 - (words[-1].lower().strip(".,") in ("jr", "sr", "ii", "iii", "iv"))
    if any(w.lower().strip(".,") in ROLE_WORDS for w in words[:last_at]):
        return False
    if words[0].lower().strip(".,") in OFFICE_WORDS:  # the tail of a title: "Exchequer Nigel Lawson"
        return False
    if words[-1].lower() in NOT_SURNAMES:
        return False  # "Entertainment Software Association", "Story Highlights" (j178): a body, page furniture
    return not (words[0] in surnames and gender_of(name) == "?")


# Last words of a name that no person bears: an organisation's head noun, a page's furniture.
# A newspaper's head that is also a surname ("Post", "Mail", "Express", "Mirror", "Herald") stays one.
NOT_SURNAMES = frozenset([
    "association", "committee", "commission", "council", "corporation", "federation", "foundation",
    "institute", "ministry", "department", "organisation", "organization", "agency", "authority", "bureau",
    "coalition", "league", "university", "highlights", "monitor", "news", "magazine",  # "Christian Science Monitor" (j179)
]) | (NEWSPAPER_HEADS - {"post", "mail", "express", "mirror", "herald", "guardian", "courier", "examiner"})


def headline_fragment(name: str, known: Iterable[str]) -> bool:
    """Whether ``name`` is a known person's name inside a headline's words: "Hillary Clinton
    Wins", "Ben Carson Slams Hillary", "Figure Endorses Hillary Clinton" (another known full name
    beside a capitalised verb), not "Melba Acosta Febo" beside "Melba Acosta"."""
    words = name.split()
    for size in range(2, len(words)):
        for at in range(len(words) - size + 1):
            if " ".join(words[at : at + size]) in known:
                extra = words[:at] + words[at + size :]
                if any(len(w) > 3 and w.endswith("s") and not w.endswith("'s") and not w.endswith("ss") for w in extra):
                    return True
    return False


def surnames_of(names: Iterable[str]) -> frozenset[str]:
    """The words the deck's names end in more often than they open them: "Trump" (of "Donald
    Trump", not the "Trump" of the headline "Trump Praises Breitbart"), never "Hillary" for one
    headline "Ben Carson Slams Hillary" among many "Hillary Clinton"s."""
    last: Counter[str] = Counter()
    first: Counter[str] = Counter()
    for name in names:
        words = name.split()
        if len(words) > 1:
            last[surname(name)] += 1
            first[words[0]] += 1
    return frozenset(w for w, n in last.items() if n > first[w])


def firm_openings(organisations: Iterable[str]) -> frozenset[str]:
    """The opening words of the deck's company names ("Davis Manafort" of "Davis Manafort
    Partners"): a firm named for its founders, which the tagger may read as a person."""
    openings = set()
    for name in organisations:
        words = name.split()
        if len(words) >= 3 and org_kind(name) == "company":
            for size in range(2, len(words)):
                openings.add(distractors.fold(" ".join(words[:size])))
    return frozenset(openings)


def same_person(a: str, b: str) -> bool:
    """Whether two names may be one person: one's surname is a word of the other ("Acosta",
    "Melba Acosta Febo")."""
    return surname(a) in b.split() or surname(b) in a.split()

