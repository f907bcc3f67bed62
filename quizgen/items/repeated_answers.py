"""A story's first questions ask about more than one person: repeated answers rank lower.

A teacher writing five questions on a story asks who said its key quotation once, not four
times over four quotations of the same central speaker; the next questions go to the other
voice of the story, its main figure, its date. Ranking (``ranking.importance``) scores each card
on its own, so a story quoting its central person often filled its top five with "Who said …?"
cards all answered by that person, while the rival's reply or the story's main figure ranked
sixth or lower.

``spread_answers`` walks each article's cards from the most important: a quote or person card
whose answer (a person) already answers ``k`` cards above it keeps ``REPEAT_FACTOR ** k`` of its
importance. Event cards are left as scored (their own terms live in ``items.event_cards``); they
count as cards above. Cards are not removed, only reordered: the deck holds the same cards.
"""

from __future__ import annotations

from collections import Counter

from quizgen.items.ranking import group_by_article

REPEAT_FACTOR = 0.75  # what a card keeps for each card above it with the same answer
SPREAD_KINDS = frozenset(["quote", "person"])  # cards whose answer names a person


def spread_answers(items: list) -> list:
    """``items`` with the importance of each quote or person card lowered for every more important
    card of its article with the same answer (``REPEAT_FACTOR`` each time); order kept.

    A card read from several articles is weighed in the article it is first read from (the
    smallest source id), as ``rank_and_limit`` groups it there too."""
    lowered: dict[str, float] = {}
    for source, its in sorted(group_by_article(items).items()):
        seen: Counter = Counter()
        for item in sorted(its, key=lambda i: (-(i.importance or 0.0), i.id)):
            answer = _answer_key(item.answer)
            if item.kind in SPREAD_KINDS and seen[answer] and min(e.source for e in item.evidence) == source:
                lowered[item.id] = round((item.importance or 0.0) * REPEAT_FACTOR ** seen[answer], 2)
            seen[answer] += 1
    return [i.model_copy(update={"importance": lowered[i.id]}) if i.id in lowered else i for i in items]


def _answer_key(answer: str) -> str:
    return " ".join(answer.casefold().split())
