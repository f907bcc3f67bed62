"""News of 2012–2020 from thirty newsrooms as quizgen articles, in seeded disjoint draws: a
corpus no round before stop 65 had read, after Reuters-21578 ran out (its last draw,
``fresh89``, holds 13 stories).

    python benchmarks/allsides_corpus.py /work/.mirror/ramybaly+Article-Bias-Prediction/repo \
        --out /work/cache/allsides --draw dev --draw fresh

The source is github.com/ramybaly/Article-Bias-Prediction (Baly et al., EMNLP 2020; the
repository's licence is Apache-2.0, the articles' texts are their publishers'): 37,554 articles
crawled from AllSides, one ``data/jsons/ID.json`` each with a title, an outlet, a date and the
body as published (``content_original``, paragraphs split by blank lines). Read straight from
a clone's git directory (``git cat-file --batch``). Kept: the news desks of ``NEWSROOMS`` (wire
services, papers, broadcasters; not opinion sites, not guest columns), a date, a title and at
least ``MIN_WORDS`` words; left out, the stories of PolNeAR's publishers from its months
(September 2015 to November 2016), which our PolNeAR corpus may hold. They are shuffled once
with ``random.Random(SEED)``; draw ``dev`` is the first ``DRAW_SIZE``, to read and fix on;
``fresh`` the next, then ``fresh2`` …, each kept for one judged sample and never read before
it. Each article is written as ``OUT/allsides-DRAW/ID.md`` with front matter (title, date,
outlet). Nothing here is copied into the project.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_draws import write_draws

SEED = 6501
DRAW_SIZE = 60
MIN_WORDS = 150
DRAWS = ("dev", "fresh", *(f"fresh{n}" for n in range(2, 301)))  # 21,573 stories: room for 359 draws
# The outlets' news desks (AllSides' names for them): wire services, papers and broadcasters.
NEWSROOMS = frozenset([
    "Reuters", "Associated Press", "Bloomberg", "BBC News", "The Guardian", "Al Jazeera",
    "CNN (Web News)", "NPR Online News", "ABC News", "CBS News", "NBC News (Online)", "CNBC",
    "Fox News", "Fox Online News", "USA TODAY", "New York Times - News", "Washington Post",
    "Wall Street Journal - News", "Washington Times", "Christian Science Monitor", "Politico",
    "The Hill", "Los Angeles Times", "Chicago Tribune", "New York Post", "Newsmax",
    "Washington Examiner", "Axios", "The Week - News", "Time Magazine",
])
# PolNeAR's publishers and months: its articles may be among these.
POLNEAR_SOURCES = frozenset(["New York Times - News", "Washington Post", "Politico", "USA TODAY", "Breitbart News"])
POLNEAR_MONTHS = ("2015-09", "2016-11")


def read_articles(source: Path) -> list[dict]:
    """Every article of a clone (its work tree's ``data/jsons`` if it has one, else its git
    directory's)."""
    tree = source / "data" / "jsons"
    if tree.is_dir():
        return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(tree.glob("*.json"))]
    git = source / ".git" if (source / ".git").is_dir() else source
    listing = subprocess.run(
        ["git", f"--git-dir={git}", "ls-tree", "-r", "HEAD", "data/jsons/"], check=True, capture_output=True, text=True
    ).stdout.split("\n")
    objects = [line.split()[2] for line in listing if line.strip()]
    if not objects:
        sys.exit(f"{source}: no data/jsons/*.json (a clone of ramybaly/Article-Bias-Prediction?)")
    batch = subprocess.run(
        ["git", f"--git-dir={git}", "cat-file", "--batch"], input="\n".join(objects).encode(), check=True, capture_output=True
    ).stdout
    found, at = [], 0
    while at < len(batch):
        newline = batch.index(b"\n", at)
        size = int(batch[at:newline].split()[2])
        found.append(json.loads(batch[newline + 1 : newline + 1 + size]))
        at = newline + 1 + size + 1
    return found


def news(article: dict) -> bool:
    date = article.get("date") or ""
    body = article.get("content_original") or ""
    if article.get("source") not in NEWSROOMS or len(date) != 10 or not (article.get("title") or "").strip():
        return False
    if article["source"] in POLNEAR_SOURCES and POLNEAR_MONTHS[0] <= date[:7] <= POLNEAR_MONTHS[1]:
        return False
    return len(body.split()) >= MIN_WORDS


def stories(source: Path) -> list[dict]:
    """The news stories in the seeded order the draws take them from."""
    found = sorted((a for a in read_articles(source) if news(a)), key=lambda a: a["ID"])
    random.Random(SEED).shuffle(found)
    return found


def as_article(article: dict) -> str:
    front = {"title": " ".join(article["title"].split()), "date": article["date"], "outlet": article["source"]}
    lines = "\n".join(f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in front.items())
    paras = [" ".join(p.split()) for p in article["content_original"].split("\n") if p.strip()]
    return f"---\n{lines}\n---\n\n" + "\n\n".join(paras) + "\n"


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("source", type=Path, help="a clone (or its git directory) of github.com/ramybaly/Article-Bias-Prediction")
    p.add_argument("--out", type=Path, required=True, help="where to write the draws (outside the project)")
    p.add_argument("--draw", choices=DRAWS, action="append", required=True, help="which draw to write; repeatable")
    args = p.parse_args(argv)
    found = stories(args.source)
    print(f"{len(found)} news stories")
    write_draws(
        found, args.draw, args.out, "allsides", draws=DRAWS, size=DRAW_SIZE,
        file_name=lambda article: f"{article['ID']}.md", text=as_article,
    )

if __name__ == "__main__":
    main()
