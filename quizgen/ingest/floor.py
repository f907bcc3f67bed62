"""trafilatura's own article as a floor under quizgen's: none of its paragraphs lost without a reason.

quizgen reads a page more strictly than ``trafilatura.extract`` with its default settings does:
it takes image captions and short link lines out of the page first, runs trafilatura in its
precision mode, leaves comments out, drops the paragraphs ``ingest.boilerplate`` calls furniture,
and may read the article from the page's schema.org ``articleBody`` instead of its markup.
Each of those steps may remove text only by a stated test. This module holds them to it: every
paragraph of trafilatura's default extraction that is not in quizgen's article must carry the
reason a test gave (``DroppedBlock.reason``); one that carries none was lost by accident (a
step that moved trafilatura onto another container, say) and is put back where it stood.

So quizgen's article keeps everything trafilatura alone keeps, except what a named test calls
furniture — the benchmark's "never worse than trafilatura" made a property of the code.

>>> restore_unexplained(["Para one.", "Para three."], ["Para one.", "Para two.", "Menu"],
...                     reasons={"Menu": "a short line of links"})
(['Para one.', 'Para two.', 'Para three.'], [DroppedBlock(text='Menu', reason='a short line of links')])
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

# Reasons given by the steps outside ``ingest.boilerplate`` (which names its own).
IMAGE_CAPTION = "a short paragraph holding an image (its caption or credit)"
SHORT_LINK_LINE = "a short paragraph made mostly of links"
PRECISION_MODE = "left out by trafilatura's precision mode (teasers, page headers, link boxes)"
COMMENTS = "the page's comments (trafilatura's comment detection)"
NOT_IN_ARTICLE_BODY = "not in the page's schema.org articleBody, read instead of the markup"


@dataclass(frozen=True)
class DroppedBlock:
    """A paragraph of trafilatura's article that quizgen's leaves out, and the test that says so."""

    text: str
    reason: str


def restore_unexplained(
    blocks: Sequence[str], reference: Sequence[str], *, reasons: Mapping[str, str]
) -> tuple[list[str], list[DroppedBlock]]:
    """``blocks`` with each ``reference`` block they lack put back, unless ``reasons`` (keyed by
    the block's text, white space normalised) explains its absence; and the explained ones.

    A block counts as kept when its text occurs in ``blocks`` (white space normalised), inside
    one block or across two. A restored block goes after the block that holds the reference
    block before it, so the article keeps trafilatura's order.
    """
    out = list(blocks)
    dropped: list[DroppedBlock] = []
    anchor = -1  # the position in ``out`` after which a restored block goes
    for text in reference:
        key = _flat(text)
        if not key:
            continue
        at = _holder(out, key, start=max(anchor, 0))
        if at is not None:
            anchor = at
        elif key in _flat("\n".join(out)):
            continue  # kept, across a block boundary
        elif key in reasons:
            dropped.append(DroppedBlock(text, reasons[key]))
        else:
            anchor += 1
            out.insert(anchor, text)
    return out, dropped


def _holder(blocks: Sequence[str], key: str, *, start: int) -> int | None:
    """The position of the first block from ``start`` (else from the top) that holds ``key``."""
    for at in [*range(start, len(blocks)), *range(min(start, len(blocks)))]:
        if key in _flat(blocks[at]):
            return at
    return None


def _flat(text: str) -> str:
    return " ".join(text.split())
