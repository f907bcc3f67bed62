"""The ``quizgen`` command: a thin layer over the library.

Exit codes: 0 success, 1 bad input (a clear message per problem), 2 usage error.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from quizgen.errors import DeckError, QuizgenError
from quizgen.models import ID_PATTERN

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 on usage errors; keep that
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"quizgen: error: {message}\n")


def _cmd_generate(args: argparse.Namespace) -> int:
    from quizgen.deck.cache import FactCache, default_cache_dir
    from quizgen.deck.generate import generate_deck
    from quizgen.deck.io import save_deck

    deck_id = args.id or re.sub(r"[^A-Za-z0-9_.-]+", "-", Path(args.out).stem).strip("-.") or "deck"
    if not re.match(ID_PATTERN, deck_id):
        print(f"quizgen: error: --id {deck_id!r}: use letters, digits, '-', '_' or '.'", file=sys.stderr)
        return EXIT_USAGE
    cache = None if args.no_cache else FactCache(args.cache or default_cache_dir())
    deck = generate_deck(
        args.inputs, deck_id=deck_id, title=args.title, limit=args.limit, progress=not args.quiet, cache=cache
    )
    save_deck(deck, args.out)
    if not args.quiet:
        parsed = f" ({cache.misses} parsed, {cache.hits} from the cache)" if cache else ""
        print(f"wrote {args.out}: {len(deck.items)} items from {len(deck.sources)} articles{parsed}", file=sys.stderr)
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace) -> int:
    from quizgen.deck.io import load_deck

    failed = 0
    for path in args.decks:
        try:
            deck = load_deck(path)
        except DeckError as exc:
            failed += 1
            print(str(exc), file=sys.stderr)
            continue
        print(f"{path}: ok ({len(deck.items)} items, {len(deck.sources)} sources)")
    return EXIT_BAD_INPUT if failed else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="quizgen", description="Turn news articles into study decks.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    gen = sub.add_parser("generate", help="generate a deck from article files or folders")
    gen.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt/.md article files or folders")
    gen.add_argument("--out", "-o", required=True, metavar="DECK.yaml", help="deck file to write")
    gen.add_argument("--id", help="deck id (default: the output file's stem)")
    gen.add_argument("--title", help="deck title (default: from the id)")
    gen.add_argument("--limit", type=int, metavar="N", help="keep at most the best N items per article")
    gen.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary")
    caching = gen.add_mutually_exclusive_group()
    caching.add_argument(
        "--cache", type=Path, metavar="DIR", help="keep articles' facts here (default: the user cache folder)"
    )
    caching.add_argument("--no-cache", action="store_true", help="parse every article; read and write no cache")
    gen.set_defaults(func=_cmd_generate)

    val = sub.add_parser("validate", help="check deck files against the deck format")
    val.add_argument("decks", nargs="+", metavar="DECK.yaml")
    val.set_defaults(func=_cmd_validate)

    # Further command groups (export, quiz, ...) register themselves here.
    for register in _command_groups():
        register(sub)
    return parser


def _command_groups() -> list[Callable[[argparse._SubParsersAction], None]]:
    from quizgen.export import commands as export_commands

    return [export_commands.register]


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "limit", None) is not None and args.limit < 1:
        print("quizgen: error: --limit must be a positive number", file=sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except QuizgenError as exc:
        print(f"quizgen: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("quizgen: interrupted; nothing was written", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
