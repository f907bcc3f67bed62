"""Where a figure stands among its sentence's figures: alone, one end of a range, one part of a list.

A story turns on a figure it states; a figure that is only one bound of a range ("bought for
____ to $24.25 a share") or one entry of a list of like figures after its leading two ("Trump at
31 percent, followed by Cruz at 17 percent, Carson at 13 percent, Rubio at ____") is a detail of
that figure: a card asking for it tests reading, not the news. So is a count after the first of
an inventory, counts of unlike things listed in one breath ("177,000 soldiers, 3,900 tanks and
680 planes"). The shape is read from the
article's figures (their offsets, units and sentences), not from words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from itertools import pairwise

# What joins the two bounds of a range: "$23.31 to $24.25", "10 and 20 percent", "3-4%".
# (A spaced dash restates: "nearly four in 10 — 38 percent".)
RANGE_JOINT = re.compile(r"^(?:\s*(?:to|and|or)\s*|-|–)$", re.IGNORECASE)
# A "from … to …" pair is a change (the first figure is its baseline, the second the news).
CHANGE_OPENER = re.compile(r"\bfrom\s*$", re.IGNORECASE)
# What joins the entries of an inventory, counts of unlike things listed in one breath ("177,000
# soldiers, 3,900 tanks and 680 planes"): at most two lower-case words (the thing counted), then a
# comma, an "and"/"or", or both.
INVENTORY_JOINT = re.compile(r"^(?:\s+[a-z][\w-]*){0,2}\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)$")
BREAKDOWN_SIZE = 3  # like figures in one sentence that make a list …
HEADLINE_ENTRIES = 2  # … whose first two (a poll's leader and runner-up) are its headline figures


def figure_shapes(figures: Iterable[tuple[int, int, int, str]], text: str) -> dict[int, str]:
    """Start offset → "range end" or "breakdown" for each figure that is one bound of a range of
    two like figures, or a list entry after the first ``HEADLINE_ENTRIES`` of ``BREAKDOWN_SIZE``
    or more like figures in one sentence, and "inventory" for an inventory's later counts
    (``_inventories``). ``figures`` holds (start, end, sentence start, unit)
    of each figure; ``text`` is the article body the offsets index.

    >>> text = "It paid $23.31 to $24.25 a share."
    >>> figure_shapes([(8, 14, 0, "USD"), (18, 24, 0, "USD")], text)
    {8: 'range end', 18: 'range end'}
    """
    by_sentence: dict[tuple[int, str], list[tuple[int, int]]] = defaultdict(list)
    for start, end, sentence, unit in figures:
        by_sentence[(sentence, unit)].append((start, end))
    figures = list(figures)
    shapes: dict[int, str] = {}
    for spans in by_sentence.values():
        spans.sort()
        for (a_start, a_end), (b_start, b_end) in pairwise(spans):
            joint = text[a_end:b_start]
            if RANGE_JOINT.match(joint) and not CHANGE_OPENER.search(text[max(0, a_start - 8) : a_start]):
                if _descending(text[a_start:a_end], text[b_start:b_end]):
                    continue  # "won 71 percent to 27 percent": a result's two sides, not a range
                shapes[a_start] = shapes[b_start] = "range end"
        if len(spans) >= BREAKDOWN_SIZE:
            for start, _ in spans[HEADLINE_ENTRIES:]:
                shapes.setdefault(start, "breakdown")
    for start, shape in _inventories(figures, text).items():
        shapes.setdefault(start, shape)
    return shapes


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _descending(first: str, second: str) -> bool:
    """Whether two figures joined as a range are written larger first ("61 percent to 30
    percent"): a range runs upward, so they are a result's two sides (``extract.figures``)."""
    a, b = _DIGITS.search(first), _DIGITS.search(second)
    return bool(a and b) and float(a.group().replace(",", "")) > float(b.group().replace(",", ""))


def _inventories(figures: Iterable[tuple[int, int, int, str]], text: str) -> dict[int, str]:
    """Start offset → "inventory" for each entry after the first of ``BREAKDOWN_SIZE`` or more
    figures of one sentence, of unlike units, joined as a list (``INVENTORY_JOINT``): the tanks
    and planes of "177,000 soldiers, 3,900 tanks and 680 planes" are the list's detail."""
    by_sentence: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for start, end, sentence, unit in figures:
        by_sentence[sentence].append((start, end, unit))
    out: dict[int, str] = {}
    for spans in by_sentence.values():
        spans.sort()
        run = [spans[0]]
        for previous, current in pairwise(spans):
            if INVENTORY_JOINT.match(text[previous[1] : current[0]]):
                run.append(current)
                continue
            out.update(_inventory_entries(run))
            run = [current]
        out.update(_inventory_entries(run))
    return out


def _inventory_entries(run: list[tuple[int, int, str]]) -> dict[int, str]:
    if len(run) < BREAKDOWN_SIZE or len({unit for _, _, unit in run}) < 2:
        return {}  # a list of like figures is a breakdown (its leaders are its news)
    return {start: "inventory" for start, _, _ in run[1:]}
