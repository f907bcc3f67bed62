"""Every Reuters-21578 prose story built into decks, to find the stories that break the build.

    python benchmarks/reuters_all.py /work/.mirror/mihaibogdan10+json-reuters-21578/repo/.git \
        --out /work/cache/reuters-all

Writes the 5,353 prose stories (``reuters_corpus.stories``, in its seeded order) as articles in
folders of ``--size`` (``OUT/c00``, ``OUT/c01`` …) and builds one deck of each, with event cards,
as ``quizgen generate`` does. Prints each folder's card count, and for a folder whose build raises,
the error and then each of its stories built alone, to name the one that breaks it. Exits 1 if any
did. Nothing here is copied into the project; no test needs it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reuters_corpus

from quizgen.deck.generate import generate_deck


def write_folders(source: Path, out: Path, size: int) -> list[Path]:
    found = reuters_corpus.stories(source)
    folders = []
    for k in range(0, len(found), size):
        folder = out / f"c{k // size:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        for story in found[k : k + size]:
            (folder / f"{story['attrs']['newid']}.md").write_text(reuters_corpus.as_article(story), encoding="utf-8")
        folders.append(folder)
    return folders


def breaking_stories(folder: Path) -> list[tuple[str, str]]:
    """The stories of ``folder`` whose deck, built alone, raises: (file name, error)."""
    broken = []
    for path in sorted(folder.glob("*.md")):
        with tempfile.TemporaryDirectory() as alone:
            (Path(alone) / path.name).write_bytes(path.read_bytes())
            try:
                generate_deck([alone], deck_id="t", events=True)
            except Exception as exc:  # noqa: BLE001 - what breaks is what this reports
                broken.append((path.name, f"{type(exc).__name__}: {exc}"))
    return broken


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="a clone of mihaibogdan10/json-reuters-21578 (its .git or work tree)")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--size", type=int, default=100, help="stories per deck")
    args = parser.parse_args(argv)
    failed = 0
    total = 0
    for folder in write_folders(args.source, args.out, args.size):
        try:
            cards = len(generate_deck([folder], deck_id="t", events=True).items)
        except Exception as exc:  # noqa: BLE001
            failed += 1
            print(f"{folder.name} FAILED {type(exc).__name__}: {exc}", flush=True)
            for name, error in breaking_stories(folder):
                print(f"  {name}: {error}", flush=True)
            continue
        total += cards
        print(f"{folder.name} {cards}", flush=True)
    print(f"{total} cards; {failed} folder(s) failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
