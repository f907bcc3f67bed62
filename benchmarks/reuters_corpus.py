"""Reuters-21578 newswire stories as quizgen articles, in seeded disjoint draws: news in a house
style no round before stop 50 had read (1987 wire copy: "mln dlrs", "pct", headlines in
capitals, datelines, "<Company Ltd>" marks).

    python benchmarks/reuters_corpus.py /work/.mirror/mihaibogdan10+json-reuters-21578/repo/.git \
        --out /work/cache/reuters --draw dev --draw fresh

The source is github.com/mihaibogdan10/json-reuters-21578 (MIT licence): the 21,578 Reuters
stories of 1987 (the UCI collection) as JSON, ``json-data/reut2-NNN.json``, each with a title,
a dateline, a date and a body. Read straight from a clone's git directory (``git show``), or
from a checkout. Only prose stories are kept: a title, at least ``MIN_WORDS`` words, no results
table (earnings tables write "Shr 34 cts vs 1.19 dlrs" line after line). They are shuffled once
with ``random.Random(SEED)``; draw ``dev`` is the first ``DRAW_SIZE``, to read and fix on;
``fresh`` the next, then ``fresh2`` …, each kept for one judged sample and never read before it.
Each article is written as ``OUT/reuters-DRAW/NEWID.md`` with front matter (title, date,
outlet); the body is the dateline and the story, its hard-wrapped lines joined into paragraphs
(a paragraph opens on an indented line), HTML entities decoded, control characters and the
"Reuter" sign-off dropped, and the "<…>" marks around company names removed. Nothing here is
copied into the project.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_draws import draw as corpus_draw
from corpus_draws import write_draws

SEED = 5001
DRAW_SIZE = 60
DRAWS = ("dev", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34", "fresh35", "fresh36", "fresh37", "fresh38", "fresh39", "fresh40", "fresh41", "fresh42", "fresh43", "fresh44", "fresh45", "fresh46", "fresh47", "fresh48", "fresh49", "fresh50", "fresh51", "fresh52", "fresh53", "fresh54", "fresh55", "fresh56", "fresh57", "fresh58", "fresh59", "fresh60", "fresh61", "fresh62", "fresh63", "fresh64", "fresh65", "fresh66", "fresh67", "fresh68", "fresh69", "fresh70", "fresh71", "fresh72", "fresh73", "fresh74", "fresh75", "fresh76", "fresh77", "fresh78", "fresh79", "fresh80", "fresh81", "fresh82", "fresh83", "fresh84", "fresh85", "fresh86", "fresh87", "fresh88", "fresh89")
MIN_WORDS = 150
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SIGN_OFF = re.compile(r"\s*\bReuter\s*$")
_TABLE_LINE = re.compile(r"\bvs\b", re.IGNORECASE)


def read_files(source: Path) -> list[list[dict]]:
    """The JSON files of a clone: from its work tree if it has one, else from its git directory."""
    tree = source / "json-data"
    if tree.is_dir():
        return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(tree.glob("reut2-*.json"))]
    names = subprocess.run(
        ["git", f"--git-dir={source}", "ls-tree", "--name-only", "HEAD", "json-data/"],
        check=True, capture_output=True, text=True,
    ).stdout.split()
    if not names:
        sys.exit(f"{source}: no json-data/reut2-*.json (a clone of mihaibogdan10/json-reuters-21578?)")
    return [
        json.loads(subprocess.run(["git", f"--git-dir={source}", "show", f"HEAD:{n}"], check=True, capture_output=True).stdout)
        for n in sorted(names)
    ]


def prose(story: dict) -> bool:
    body = story.get("body") or ""
    return bool(story.get("title")) and len(body.split()) >= MIN_WORDS and len(_TABLE_LINE.findall(body)) < 2


def stories(source: Path) -> list[dict]:
    """The prose stories in the seeded order the draws take them from."""
    found = [s for data in read_files(source) for s in data if prose(s)]
    found.sort(key=lambda s: int(s["attrs"]["newid"]))
    random.Random(SEED).shuffle(found)
    return found


def draw(found: list[dict], name: str) -> list[dict]:
    return corpus_draw(found, name, draws=DRAWS, size=DRAW_SIZE)


def clean(text: str) -> str:
    return _CONTROL.sub("", html.unescape(text))


def unmarked(text: str) -> str:
    """``text`` without the marks around company names ("<Equity Silver Mines Ltd>"); read
    after the lines are joined, since a mark may span a line break (j70 and j71 were built
    before that was so, and kept a few such marks). A mark around a ticker code ("Volkswagen AG
    <VOWG.F>", "Baker International Corp <BKO>") goes with its code: a reader of the wire never
    sees it as prose (j74 judged cards that kept "VOWG.F"; drawn from ``fresh6`` on)."""
    text = re.sub(r"[ \t]*<[A-Z][A-Z0-9]{0,7}(?:\.[A-Z]{1,2})?>", "", text)
    return re.sub(r"<([^<>]{1,80})>", r"\1", text)


def paragraphs(body: str) -> list[str]:
    """The hard-wrapped body as paragraphs: a paragraph opens on an indented line."""
    body = _SIGN_OFF.sub("", clean(body).rstrip())
    parts = re.split(r"\n[ \t]+", body)
    return [unmarked(" ".join(p.split())) for p in parts if p.strip()]


def as_article(story: dict) -> str:
    when = dt.datetime.strptime(story["date"].split()[0], "%d-%b-%Y").date()
    front = {"title": unmarked(" ".join(clean(story["title"]).split())), "date": when.isoformat(), "outlet": "Reuters"}
    lines = "\n".join(f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in front.items())
    paras = paragraphs(story["body"])
    dateline = unmarked(" ".join(clean(story.get("dateline") or "").split()))
    if dateline and paras:
        paras[0] = f"{dateline} {paras[0]}"
    return f"---\n{lines}\n---\n\n" + "\n\n".join(paras) + "\n"


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("source", type=Path, help="a clone (or its git directory) of github.com/mihaibogdan10/json-reuters-21578")
    p.add_argument("--out", type=Path, required=True, help="where to write the draws (outside the project)")
    p.add_argument("--draw", choices=DRAWS, action="append", required=True, help="which draw to write; repeatable")
    args = p.parse_args(argv)
    found = stories(args.source)
    print(f"{len(found)} prose stories")
    write_draws(
        found, args.draw, args.out, "reuters", draws=DRAWS, size=DRAW_SIZE,
        file_name=lambda story: f"{story['attrs']['newid']}.md", text=as_article,
    )

if __name__ == "__main__":
    main()
