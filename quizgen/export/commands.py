"""``quizgen export anki|csv`` and ``quizgen quiz``: thin wrappers over quizgen.export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quizgen.deck_io import load_deck
from quizgen.models import Deck


def register(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser("export", help="export decks for Anki or other flashcard apps")
    formats = export.add_subparsers(dest="export_format", required=True, parser_class=type(export))

    anki = formats.add_parser("anki", help="an Anki package (.apkg) that updates cleanly on re-import")
    anki.add_argument("decks", nargs="+", metavar="DECK.yaml")
    anki.add_argument("-o", "--out", required=True, metavar="FILE.apkg")
    anki.set_defaults(func=_cmd_export_anki)

    flash = formats.add_parser("csv", help="tab-separated front/back/tags for Anki or Quizlet")
    flash.add_argument("decks", nargs="+", metavar="DECK.yaml")
    flash.add_argument("-o", "--out", required=True, metavar="FILE.csv")
    flash.add_argument("--flavor", choices=["anki", "quizlet"], default="anki",
                       help="anki: header lines + tags column (default); quizlet: two plain columns")
    flash.set_defaults(func=_cmd_export_csv)


def _load(paths: list[str]) -> list[Deck]:
    return [load_deck(p) for p in paths]


def _cmd_export_anki(args: argparse.Namespace) -> int:
    from quizgen.export.anki import export_apkg
    from quizgen.export.outputs import write_files

    decks = _load(args.decks)
    write_files({Path(args.out): export_apkg(decks)})
    _report(args.out, sum(len(d.items) for d in decks), "notes")
    return 0


def _cmd_export_csv(args: argparse.Namespace) -> int:
    from quizgen.export.csv import export_flashcards_csv
    from quizgen.export.outputs import write_files

    decks = _load(args.decks)
    write_files({Path(args.out): export_flashcards_csv(decks, flavor=args.flavor)})
    _report(args.out, sum(len(d.items) for d in decks), "cards")
    return 0


def _report(path: str, count: int, noun: str) -> None:
    print(f"wrote {path}: {count} {noun}", file=sys.stderr)
