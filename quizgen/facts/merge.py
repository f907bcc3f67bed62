"""Facts reported by several articles: group the same fact, flag facts that disagree.

Two facts state the same event when their sentences share enough content words (lemmas of
nouns, proper nouns and verbs). Same event and same value → one item with several pieces
of evidence; same event and incompatible values → separate items tagged ``conflict``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from quizgen.constants import REPORTING_VERBS
from quizgen.facts.partition import Partition

F = TypeVar("F")

MIN_SHARED_WORDS = 3
MIN_SHARED_SHARE = 0.4


# Words that say nothing about which event a sentence reports: reporting and light verbs, and
# the unit a figure's key already compares ("unit:percent").
GENERIC_EVENT_WORDS = REPORTING_VERBS | frozenset(
    ["be", "have", "do", "get", "make", "take", "go", "come", "give", "include", "accord", "percent", "year", "time", "people"]
)


def event_content(words: Sequence[str]) -> set[str]:
    return {w for w in words if w not in GENERIC_EVENT_WORDS and not w.startswith("unit:")}


def same_event(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two sentences' content words say they report one event: enough words in common
    beyond "said" and the unit (two 10% figures or two events of one day are not one fact)."""
    sa, sb = event_content(a), event_content(b)
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
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if (
                    not classes.same(i, j)
                    and same_event(event(facts[i]), event(facts[j]))
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
    words = [frozenset(event(g[0])) for g in groups]
    # Only groups sharing at least MIN_SHARED_WORDS words can report the same event: find
    # them through an index by word instead of comparing every pair.
    by_word: dict[str, list[int]] = {}
    for i, ws in enumerate(words):
        for w in ws:
            by_word.setdefault(w, []).append(i)
    for i, gi in enumerate(groups):
        shared: dict[int, int] = {}
        for w in words[i]:
            for j in by_word[w]:
                if j > i:
                    shared[j] = shared.get(j, 0) + 1
        for j in sorted(j for j, n in shared.items() if n >= MIN_SHARED_WORDS):
            a, b = gi[0], groups[j][0]
            if comparable(a, b) and same_event(event(a), event(b)) and not agree(a, b):
                found.setdefault(i, set()).add(j)
                found.setdefault(j, set()).add(i)
    return found
