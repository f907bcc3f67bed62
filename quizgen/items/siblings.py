"""Cards that reveal each other: one card per fact, and sibling groups for the rest.

Within one article a fact gets one card: one date card per date (the same Tuesday asked six
times is one question), one figure card per figure (a range and a number inside it are one
fact), one figure card per measure (a change and the level it reached, ``items.measures``),
one card of a kind per sentence (one figure card, whatever each figure measures: "killed ____
people and injured 200" would show the other card's answer; but two shares: the two sides of a
comparison, "47 percent versus 44 percent"; "Who was the X?" rather than its reverse, which asks the same fact
the other way round; but an employer card, "a columnist for which news outlet?", asks another
fact than the cloze naming the columnist).
Cards left that share an evidence passage — clozes blanking different facts of it, a date
and a figure, a quote and a cloze of its sentence — reveal each other's answer; they get one
``siblings`` group id, so that study and exports keep them apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from quizgen.constants import LEDE_ACT_CLASS, UNIT_FAMILIES
from quizgen.items.evidence import stable_id

_FAMILY_OF_UNIT = {word: family for family, words in UNIT_FAMILIES.items() for word in words}


def unit_family(unit: str | None) -> str | None:
    """"people killed" and "dead" → "killed"; "USD", "cents" → "money"; else the unit itself."""
    if not unit:
        return None
    words = re.findall(r"[a-z]+", unit.lower())
    return next((_FAMILY_OF_UNIT[w] for w in reversed(words) if w in _FAMILY_OF_UNIT), unit.lower())


def _best_first(items: Iterable, measures: Mapping[str, tuple[tuple[str, int], int]] | None = None) -> list:
    """Most important first; of equals, the fact stated first (a sentence's subject figure). The
    cards of one measure (``measures``) stand together where the measure's best card stands, in
    the measure's own order (``items.measures``)."""

    def blank_at(item) -> int:
        return item.question.find("____") if item.style == "cloze" else 0

    def own(item) -> tuple:
        return (-(item.importance or 0.0), item.evidence[0].start, blank_at(item), item.id)

    measures = measures or {}
    best: dict[tuple[str, int], tuple] = {}
    for item in items:
        if item.id in measures:
            group = measures[item.id][0]
            best[group] = min(best.get(group, own(item)), own(item))

    def key(item) -> tuple:
        if item.id not in measures:
            return (own(item), 0, own(item))
        group, order = measures[item.id]
        return (best[group], order, own(item))

    return sorted(items, key=key)


def one_card_per_fact(
    items: list,
    measures: Mapping[str, tuple[tuple[str, int], int]] | None = None,
    titles: Mapping[str, str] | None = None,
) -> list:
    """Drop a card when a more important card already asks the same fact in one of its
    articles: the same date; the same figure, or one inside the same range; the same measure
    (``measures``: item id → (measure, order), ``items.measures``: "rose ____ to $5 million"
    beside "rose 20% to ____"); or the same kind of fact from the same sentence (a second sum or
    count of one family, a third share, a second role), which the first cards' sentence would
    reveal; a role's reverse card when its forward card is made). A figure the article's title
    writes (``titles``: article id → title; "close 12 libraries to save £4 million") is the
    story's, and is asked beside its sentence's other figure."""
    measures = measures or {}
    titles = titles or {}
    taken_measures: set[tuple[str, int]] = set()
    taken_dates: set[tuple[str, str]] = set()
    # Figures asked, by (article, unit): their ranges, and their ranges by evidence sentence.
    taken_ranges: dict[tuple[str, str | None], set[tuple[float, float]]] = {}
    taken_in_sentence: dict[tuple[str, str | None, tuple[str, int, int]], list[tuple[float, float]]] = {}
    taken_sentences: set[tuple] = set()
    taken_twice: set[tuple] = set()  # sentences that have two figure cards of a family
    dropped: set[str] = set()
    for item in _best_first(items, measures):
        measure = measures[item.id][0] if item.id in measures else None
        sources = {e.source for e in item.evidence}
        if measure in taken_measures:
            dropped.add(item.id)  # the measure has its card ("rose 20% to ____ from $4.2 million")
            # … whose sentence shows this figure: as asked, for the same figure elsewhere
            for s in sources:
                taken_ranges.setdefault((s, item.unit), set()).add(_bounds(item.value))
            continue
        # One figure card per sentence, whatever the figures measure (killed and injured, a sum
        # and a count): each card's cloze shows the other's answer.
        if item.kind == "number":
            kind = (item.kind, None)
        elif item.kind == "event" and getattr(item, "verb_class", None) == LEDE_ACT_CLASS:
            # an act outside the event lexicon (``extract.lede_acts``) is asked one way, its more
            # important card: both ways would put a second card on the sentence for a side act
            kind = (item.kind, LEDE_ACT_CLASS)
        elif item.kind == "event":  # what was done, who did it, why: each asked, as siblings
            # two acts of one sentence ("condemned the bombing and called on all states to …")
            # are two facts: a "what" card each
            kind = (item.kind, item.asks, item.verb if item.asks == "what" and item.style == "question" else None)
        elif "employer" in item.tags:  # whose columnist (``items.employer_cards``): not who the columnist is
            kind = (item.kind, "employer")
        else:
            kind = (item.kind, None)
        sentences = {(*kind, *s) for s in _sentences(item)}
        if sentences & taken_sentences:
            if not (_other_side(item) or _in_title(item, titles)) or sentences & taken_twice:
                dropped.add(item.id)  # the sentence already has its card of this kind
                continue
            # "Sanders with 47 percent versus Clinton, who has 44 percent": the two sides of a
            # comparison are two facts; the second share of a sentence is asked, as a sibling
            taken_twice |= sentences & taken_sentences
        taken_sentences |= sentences
        if item.kind == "date":
            keys = {(s, item.value) for s in sources}
            if keys & taken_dates:
                dropped.add(item.id)
            else:
                taken_dates |= keys
        elif item.kind == "number":
            # A clash: a figure taken in one of its articles, of its unit, with the same range,
            # or overlapping it in one of its sentences.
            low, high = _bounds(item.value)
            spans = _sentences(item)
            clash = low <= high and any((low, high) in taken_ranges.get((s, item.unit), ()) for s in sources)
            clash = clash or any(
                lo <= high and low <= hi
                for s in sources
                for span in spans
                for lo, hi in taken_in_sentence.get((s, item.unit, span), ())
            )
            if clash:
                dropped.add(item.id)
            else:
                for s in sources:
                    taken_ranges.setdefault((s, item.unit), set()).add((low, high))
                    for span in spans:
                        taken_in_sentence.setdefault((s, item.unit, span), []).append((low, high))
        if measure is not None and item.id not in dropped:
            taken_measures.add(measure)
    return [i for i in items if i.id not in dropped]


# A figure given as the baseline of another: "sales rose to $3 million from ____", "compared
# with ____", "up 8.9% from ____".
_BASELINE = re.compile(r"\b(?:from|compared (?:with|to)|versus|vs\.?|against)\s+(?:about\s+|roughly\s+|nearly\s+|some\s+)?____", re.IGNORECASE)


def _other_side(item) -> bool:
    """Whether a figure card may be its sentence's second of a family: a share set beside
    another's ("47 percent versus Clinton, who has ____"), not a sum or count beside the
    sentence's first (an earnings report's revenue beside its profit, a range's other end) nor a
    baseline ("rose to 37 percent from ____")."""
    if item.kind != "number":
        return False
    family = unit_family(item.unit) or ""
    return family.startswith("percent") and not _BASELINE.search(item.question)


def _in_title(item, titles: Mapping[str, str]) -> bool:
    """Whether a figure card's number is written in one of its articles' titles ("12" in
    "Council votes to close 12 libraries"; not "12" inside "2012" or "1.2")."""
    if item.kind != "number":
        return False
    number = re.search(r"\d[\d,.]*", item.answer)
    if number is None:
        return False
    written = re.compile(rf"(?<![\d.,]){re.escape(number.group().rstrip('.,'))}(?![\d]|[.,]\d)")
    return any(written.search(titles.get(e.source) or "") for e in item.evidence)


def _bounds(value) -> tuple[float, float]:
    if isinstance(value, tuple | list):
        return float(value[0]), float(value[1])
    return float(value), float(value)


def _sentences(item) -> set[tuple[str, int, int]]:
    return {(e.source, e.start, e.end) for e in item.evidence}


def mark_siblings(items: list) -> list:
    """The items, those that share an evidence passage (overlapping spans of one article)
    given one ``siblings`` id; the id hashes the group's first item id, so it is stable."""
    parent = {i.id: i.id for i in items}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    spans = sorted((e.source, e.start, e.end, i.id) for i in items for e in i.evidence)
    open_span: tuple[str, int, str] | None = None  # (source, furthest end, item id)
    for source, start, end, item_id in spans:
        if open_span and open_span[0] == source and start < open_span[1]:
            parent[find(item_id)] = find(open_span[2])
            open_span = (source, max(end, open_span[1]), open_span[2])
        else:
            open_span = (source, end, item_id)
    members: dict[str, list[str]] = {}
    for i in items:
        members.setdefault(find(i.id), []).append(i.id)
    group_of = {
        item_id: stable_id("s", min(ids)) for ids in members.values() if len(ids) > 1 for item_id in ids
    }
    return [i.model_copy(update={"siblings": group_of[i.id]}) if i.id in group_of else i for i in items]
