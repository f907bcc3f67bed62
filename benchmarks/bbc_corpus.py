"""BBC News stories as quizgen articles, in seeded disjoint draws: news in another house style
(British spelling, "£600m", "$1.13bn") that no round before stop 46 had read.

    python benchmarks/bbc_corpus.py /tmp/bbc --out /work/cache/bbc --draw dev --draw fresh

The source is a clone of github.com/ZitRos/news-articles-dataset (MIT licence): 2,095 BBC
News stories of 2004–2005 in five sections (business, entertainment, politics, sport,
tech), one ``news/SECTION/NAME.txt`` each, its first line the headline. They carry no
publication date, so each article is written without one (a relative day names no date card).
The stories are shuffled once with ``random.Random(SEED)``; draw ``dev`` is the first
``DRAW_SIZE``, to read and fix on; ``fresh`` the next ``DRAW_SIZE``, then ``fresh2`` …
``fresh5`` (stop 47), ``fresh6`` … ``fresh11`` (stop 48), ``fresh12`` on (stop 49), each kept for one judged sample and never read before it; ``rest`` is what
is left. Each article is written as
``OUT/bbc-DRAW/SECTION-NAME.md`` with front matter (title, outlet). Nothing here is copied
into the project.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

SEED = 4601
DRAW_SIZE = 120
DRAWS = ("dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "rest")


def stories(clone: Path) -> list[Path]:
    """The stories in the seeded order the draws take them from."""
    paths = sorted((clone / "news").glob("*/*.txt"))
    if not paths:
        sys.exit(f"{clone}: no news/SECTION/*.txt stories (a clone of ZitRos/news-articles-dataset?)")
    random.Random(SEED).shuffle(paths)
    return paths


def draw(paths: list[Path], name: str) -> list[Path]:
    index = DRAWS.index(name)
    if name == "rest":
        return paths[index * DRAW_SIZE :]
    return paths[index * DRAW_SIZE : (index + 1) * DRAW_SIZE]


def as_article(path: Path) -> str:
    """The story as a quizgen article: its headline as the title, the rest as the body."""
    text = path.read_text(encoding="utf-8", errors="replace").strip()
    headline, _, body = text.partition("\n")
    front = {"title": headline.strip(), "outlet": "BBC News"}
    lines = "\n".join(f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in front.items())
    return f"---\n{lines}\n---\n\n{body.strip()}\n"


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("clone", type=Path, help="a clone of github.com/ZitRos/news-articles-dataset")
    p.add_argument("--out", type=Path, required=True, help="where to write the draws (outside the project)")
    p.add_argument("--draw", choices=DRAWS, action="append", required=True, help="which draw to write; repeatable")
    args = p.parse_args(argv)
    paths = stories(args.clone)
    for name in args.draw:
        folder = args.out / f"bbc-{name}"
        folder.mkdir(parents=True, exist_ok=True)
        chosen = draw(paths, name)
        for path in chosen:
            (folder / f"{path.parent.name}-{path.stem}.md").write_text(as_article(path), encoding="utf-8")
        print(f"{folder}: {len(chosen)} articles")


if __name__ == "__main__":
    main()
