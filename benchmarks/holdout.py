"""The one split of every corpus into a development part and a held-out part.

An article is held out when the SHA-256 of its id (the file stem) falls in the last fifth:
about 20% of every corpus, fixed forever, independent of the order files are listed in. Read
errors only on the development part; run the held-out part only to report, beside it.

>>> part_of("huff-post_2016-02-02_don-t-let-the-media")  # doctest: +SKIP
'dev'
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Literal, TypeVar

Part = Literal["dev", "heldout"]
PARTS: tuple[Part, ...] = ("dev", "heldout")
HELDOUT_FIFTHS = 1  # of 5

T = TypeVar("T")


def part_of(article_id: str) -> Part:
    digest = hashlib.sha256(article_id.encode("utf-8")).digest()
    return "heldout" if int.from_bytes(digest[:4], "big") % 5 < HELDOUT_FIFTHS else "dev"


def select(ids: Iterable[T], part: Part | Literal["all"], *, key=lambda x: x) -> list[T]:
    """The members of ``ids`` in ``part`` ("all" keeps every one), in their given order."""
    if part == "all":
        return list(ids)
    if part not in PARTS:
        raise ValueError(f"part must be dev, heldout or all, not {part!r}")
    return [x for x in ids if part_of(key(x)) == part]
