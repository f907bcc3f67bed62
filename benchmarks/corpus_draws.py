"""Seeded disjoint draws of a shuffled corpus, written as quizgen articles: what the corpus
scripts (``reuters_corpus.py``, ``allsides_corpus.py``) share. Draw ``names[i]`` is the ``i``-th
run of ``size`` stories of the shuffled list; each is written to ``OUT/PREFIX-NAME/``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

Story = TypeVar("Story")


def draw(found: Sequence[Story], name: str, *, draws: Sequence[str], size: int) -> list[Story]:
    """The stories of draw ``name``: the ``draws.index(name)``-th run of ``size``."""
    index = draws.index(name)
    return list(found[index * size : (index + 1) * size])


def write_draws(
    found: Sequence[Story],
    names: Sequence[str],
    out: Path,
    prefix: str,
    *,
    draws: Sequence[str],
    size: int,
    file_name: Callable[[Story], str],
    text: Callable[[Story], str],
) -> None:
    """Write each draw of ``names`` as ``out/PREFIX-NAME/FILE`` articles, and say how many."""
    for name in names:
        folder = out / f"{prefix}-{name}"
        folder.mkdir(parents=True, exist_ok=True)
        chosen = draw(found, name, draws=draws, size=size)
        for story in chosen:
            (folder / file_name(story)).write_text(text(story), encoding="utf-8")
        print(f"{folder}: {len(chosen)} articles")
