"""Facts reported by several articles: group the same fact, flag facts that disagree.

Two facts state the same event when their sentences share enough content words (lemmas of
nouns, proper nouns and verbs). Same event and same value → one item with several pieces
of evidence; same event and incompatible values → separate items tagged ``conflict``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Hashable, Iterator, Sequence
from itertools import chain, islice
from typing import TypeVar

from quizgen.constants import REPORTING_VERBS
from quizgen.facts.partition import Partition

F = TypeVar("F")

MIN_SHARED_WORDS = 3
MIN_SHARED_SHARE = 0.4


# Words that say nothing about which event a sentence reports: reporting and light verbs, and
# the unit a figure's key already compares ("unit:percent").
GENERIC_EVENT_WORDS = REPORTING_VERBS | frozenset(
    ["be", "have", "do", "get", "make", "take", "go", "come", "give", "include", "accord", "percent", "pct", "year", "time", "people"]
)


def event_content(words: Sequence[str]) -> set[str]:
    return {w for w in words if w not in GENERIC_EVENT_WORDS and not w.startswith("unit:")}


def same_event(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two sentences' content words say they report one event: enough words in common
    beyond "said" and the unit (two 10% figures or two events of one day are not one fact)."""
    return same_content(event_content(a), event_content(b))


def same_content(sa: set[str], sb: set[str]) -> bool:
    """``same_event`` of two sentences given their ``event_content``."""
    if not sa or not sb:
        return False
    shared = len(sa & sb)
    return shared >= MIN_SHARED_WORDS and shared / min(len(sa), len(sb)) >= MIN_SHARED_SHARE


def group_facts(
    facts: Sequence[F],
    *,
    key: Callable[[F], Hashable],
    event: Callable[[F], Sequence[str]],
    compatible: Callable[[F, F], bool] | None = None,
) -> list[list[F]]:
    """Groups of facts with the same key (value, unit) that report the same event."""
    classes: Partition[int] = Partition(range(len(facts)))
    by_key: dict[Hashable, list[int]] = {}
    for i, f in enumerate(facts):
        by_key.setdefault(key(f), []).append(i)
    for members in by_key.values():
        # The classes are those of the pairs that pass, whatever order they are tried in.
        contents = [event_content(event(facts[i])) for i in members]
        for x, y in sharing_pairs(contents):
            i, j = members[x], members[y]
            if (
                not classes.same(i, j)
                and same_content(contents[x], contents[y])
                and (compatible is None or compatible(facts[i], facts[j]))
            ):
                classes.join(i, j)
    return [[facts[i] for i in group] for group in classes.groups(range(len(facts)))]


def conflicting(
    groups: Sequence[Sequence[F]],
    *,
    comparable: Callable[[F, F], bool],
    agree: Callable[[F, F], bool],
    event: Callable[[F], Sequence[str]],
) -> dict[int, set[int]]:
    """For each group index, the groups that report the same event with a value that disagrees."""
    found: dict[int, set[int]] = {}
    contents = [event_content(event(g[0])) for g in groups]  # once per group, not per pair
    for i, j in sharing_pairs(contents):
        a, b = groups[i][0], groups[j][0]
        if comparable(a, b) and same_content(contents[i], contents[j]) and not agree(a, b):
            found.setdefault(i, set()).add(j)
            found.setdefault(j, set()).add(i)
    return found


def sharing_pairs(contents: Sequence[set[str]]) -> Iterator[tuple[int, int]]:
    """Every pair ``(i, j)``, ``i < j``, in order, of word sets sharing at least
    ``MIN_SHARED_WORDS`` words: all the pairs ``same_event`` can accept when given the event
    contents, found through an index by word instead of by comparing every pair.

    >>> list(sharing_pairs([{"troops", "arrive", "Riga"}, {"troops", "arrive", "Riga", "Monday"}, {"vote"}]))
    [(0, 1)]
    """
    by_word: dict[str, list[int]] = {}
    for i, words in enumerate(contents):
        for w in words:
            by_word.setdefault(w, []).append(i)
    for i, words in enumerate(contents):
        # How many words each later set shares with this one (counted by Counter, in C).
        shared = Counter(chain.from_iterable(islice(by_word[w], bisect_right(by_word[w], i), None) for w in words))
        for j in sorted(j for j, n in shared.items() if n >= MIN_SHARED_WORDS):
            yield i, j
