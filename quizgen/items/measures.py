"""One measure, one card: which figure card asks a measure its sentence states several ways.

"Net income rose 20% to $5 million from $4.2 million" is one fact; the extractor marks the three
figures as one measure (``extract.figure_measures``) and each card of them reveals the others.
The card kept asks what a teacher asks first:

- the level reached ("to $5 million"), before the change ("20%") and the level it came from:
  the news is where the measure stands, and the key facts written for the dev articles ask so
  ("dropped slightly to ____", "reducing to ____ from 20%");
- but the change when the article's title states it (its story is the change: "Profit jumps
  16%");
- an amount before the share it is restated as ("lost about ____ -- more than 15% of assets":
  the key facts ask the amount).

Figures of one sentence that measure different things are not one measure: their cards stay,
as siblings (``items.siblings``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from quizgen.facts.records import FigureFact
from quizgen.ingest.articles import Article
from quizgen.items.background_cards import same_value

# Which figure of a measure its card is asked for: lower first.
ROLE_ORDER = {"level": 0, "amount": 0, "change": 1, "share": 2, "baseline": 3}
HEADLINE_CHANGE = -1  # a change the article's title states goes first


def _in_title(fact: FigureFact, title: str) -> bool:
    """Whether the title writes the figure's number ("16%" in "EDS profit jumps 16%")."""
    number = re.search(r"\d[\d,.]*", fact.text)
    return bool(number and title) and re.search(rf"(?<![\d.,]){re.escape(number.group().rstrip('.,'))}(?![\d])", title) is not None


def figure_measures(
    items: Iterable, figures: Iterable[FigureFact], articles: Mapping[str, Article]
) -> dict[str, tuple[tuple[str, int], int]]:
    """Number item id → ((article, measure), order) for each card asking a figure that states one
    measure with others of its sentence (``FigureFact.measure``); ``order`` ranks the measure's
    cards, the first to keep lowest. A card read from more than one sentence is left out (another
    of its sentences may state its figure alone)."""
    by_article: dict[str, list[FigureFact]] = {}
    for fact in figures:
        if fact.measure is not None:
            by_article.setdefault(fact.article_id, []).append(fact)
    out: dict[str, tuple[tuple[str, int], int]] = {}
    for item in items:
        if item.kind != "number" or len(item.evidence) != 1:
            continue
        ev = item.evidence[0]
        found = [
            f for f in by_article.get(ev.source, ()) if ev.start <= f.start < ev.end and same_value(f.value, item.value)
        ]
        if len(found) != 1:
            continue
        fact = found[0]
        start, role = fact.measure  # type: ignore[misc]
        order = ROLE_ORDER[role]
        article = articles.get(ev.source)
        if role == "change" and article is not None and _in_title(fact, article.title or ""):
            order = HEADLINE_CHANGE
        out[item.id] = ((ev.source, start), order)
    return out
