"""Ranking for ``--limit``: how central an item is, and a fair share for every kind.

Scores of different kinds are not comparable (a quote's score counts its speaker's
mentions; a date's counts the articles that report it), so within each article items are
ranked per kind and the kinds take turns: the best quote, the best date, the best figure,
the best person item, then the second best of each, … Ties go to the higher raw score.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

MAX_TITLE_BONUS = 3


def title_words(titles: Iterable[str]) -> frozenset[str]:
    """Words of the deck's article titles, folded ("Bombing" → "bombing", "allies" → "allie")."""
    return frozenset(_fold(w) for t in titles for w in re.findall(r"[A-Za-z]{3,}", t))


def _fold(word: str) -> str:
    word = word.lower()
    return word.removesuffix("s")


def title_bonus(event: Iterable[str], words: frozenset[str]) -> float:
    """Half a point per content word of the sentence that the deck's titles also use."""
    shared = {_fold(w) for w in event if not w.startswith("unit:")} & words
    return 0.5 * min(len(shared), MAX_TITLE_BONUS)


def report_score(group: Sequence, event: Iterable[str], central: frozenset[str]) -> float:
    """How central a merged fact is: articles that report it, reports, title words."""
    return 2.0 * len({f.article_id for f in group}) + len(group) + title_bonus(event, central)


def balanced_scores(
    scored_by_article: dict[str, list[tuple[float, str]]], kinds: dict[str, str]
) -> dict[str, list[tuple[float, str]]]:
    """Per-article scores that interleave kinds: rank within kind first, raw score second."""
    out: dict[str, list[tuple[float, str]]] = {}
    for source, scored in scored_by_article.items():
        by_kind: dict[str, list[tuple[float, str]]] = defaultdict(list)
        for score, item_id in scored:
            by_kind[kinds[item_id]].append((score, item_id))
        ranked = []
        for members in by_kind.values():
            for rank, (score, item_id) in enumerate(sorted(members, key=lambda x: (-x[0], x[1]))):
                ranked.append((-rank + score / 1000.0, item_id))
        out[source] = ranked
    return out


def rank_and_limit(items_by_article: dict[str, list[tuple[float, str]]], limit: int | None) -> set[str] | None:
    """Ids to keep: the best ``limit`` per article (None keeps everything)."""
    if limit is None:
        return None
    keep: set[str] = set()
    for scored in items_by_article.values():
        for _, item_id in sorted(scored, key=lambda x: (-x[0], x[1]))[:limit]:
            keep.add(item_id)
    return keep


def group_by_article(items: list) -> dict[str, list]:
    by_article: dict[str, list] = defaultdict(list)
    for item in items:
        for source in {e.source for e in item.evidence}:
            by_article[source].append(item)
    return by_article
