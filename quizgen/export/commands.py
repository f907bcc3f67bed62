"""``quizgen export anki|csv`` and ``quizgen quiz``: thin wrappers over quizgen.export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from quizgen.deck.io import load_deck
from quizgen.models import Deck


def register(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser("export", help="export decks for Anki or other flashcard apps")
    formats = export.add_subparsers(dest="export_format", required=True, parser_class=type(export))

    anki = formats.add_parser(
        "anki", help="an Anki package (.apkg) that updates cleanly on re-import"
    )
    anki.add_argument("decks", nargs="+", metavar="DECK.yaml")
    anki.add_argument(
        "-o",
        "--out",
        required=True,
        metavar="FILE.apkg",
        help="an existing FILE.apkg is read first: notes that did not change keep their time, "
        "so Anki keeps what the learner typed into Extra1/Extra2",
    )
    anki.set_defaults(func=_cmd_export_anki)

    flash = formats.add_parser("csv", help="tab-separated front/back/tags for Anki or Quizlet")
    flash.add_argument("decks", nargs="+", metavar="DECK.yaml")
    flash.add_argument("-o", "--out", required=True, metavar="FILE.csv")
    flash.add_argument(
        "--flavor",
        choices=["anki", "quizlet"],
        default="anki",
        help="anki: header lines + tags column (default); quizlet: two plain columns",
    )
    flash.set_defaults(func=_cmd_export_csv)

    register_quiz(sub)


def _load(paths: list[str]) -> list[Deck]:
    return [load_deck(p) for p in paths]


def _cmd_export_anki(args: argparse.Namespace) -> int:
    from quizgen.export.anki import export_apkg
    from quizgen.export.outputs import write_files
    from quizgen.export.verify import verify_export

    decks = _load(args.decks)
    # The package written last time is what the learner imported: unchanged notes keep its
    # modification times, so Anki leaves them (and the learner's Extra fields) alone.
    out = Path(args.out)
    previous = out.read_bytes() if out.is_file() else None
    data = export_apkg(decks, previous=previous)
    verify_export("apkg", args.out, data)
    write_files({Path(args.out): data})
    _report(args.out, sum(len(d.items) for d in decks), "notes")
    return 0


def _cmd_export_csv(args: argparse.Namespace) -> int:
    from quizgen.export.flashcards import export_flashcards_csv
    from quizgen.export.outputs import write_files
    from quizgen.export.verify import verify_export

    decks = _load(args.decks)
    data = export_flashcards_csv(decks, flavor=args.flavor)
    verify_export("tsv", args.out, data)
    write_files({Path(args.out): data})
    _report(args.out, sum(len(d.items) for d in decks), "cards")
    return 0


def _report(path: str, count: int, noun: str) -> None:
    print(f"wrote {path}: {count} {noun}", file=sys.stderr)


def register_quiz(sub: argparse._SubParsersAction) -> None:
    from quizgen.export.render import FORMATS
    from quizgen.models import ITEM_KINDS

    quiz = sub.add_parser(
        "quiz",
        help="a classroom quiz: PDF, Moodle GIFT, Canvas QTI, Kahoot, Quizizz, Blooket, Gimkit",
        description="With --versions N > 1, writes OUT-v1.ext … OUT-vN.ext; PDF answer keys go to "
        "OUT-key.pdf (OUT-v1-key.pdf, …). Other formats carry their key inside.",
    )
    quiz.add_argument("decks", nargs="+", metavar="DECK.yaml")
    quiz.add_argument("--format", "-f", required=True, choices=FORMATS)
    quiz.add_argument(
        "-o",
        "--out",
        required=True,
        metavar="OUT",
        help="output file (see naming above); {seed} in it becomes the seed, e.g. quiz-{seed}.pdf",
    )
    quiz.add_argument(
        "--count", "-n", type=_positive, default=20, help="questions per quiz (default 20)"
    )
    quiz.add_argument(
        "--kinds",
        type=_names(ITEM_KINDS),
        default=[],
        help=f"comma-separated item kinds: {','.join(ITEM_KINDS)}",
    )
    quiz.add_argument(
        "--tags", type=_names(), default=[], help="comma-separated tags (any matches)"
    )
    quiz.add_argument("--sources", type=_names(), default=[], help="comma-separated source ids")
    quiz.add_argument("--seed", type=int, help="random seed; the same seed gives the same quiz")
    quiz.add_argument("--versions", type=_positive, default=1, help="shuffled versions (default 1)")
    quiz.add_argument("--title", help="quiz title (default: the deck titles)")
    quiz.add_argument(
        "--time-limit",
        type=_positive,
        metavar="SEC",
        help="seconds per question for kahoot/quizizz/blooket",
    )
    quiz.set_defaults(func=_cmd_quiz)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be 1 or more")
    return value


def _names(allowed: tuple[str, ...] = ()):
    def parse(text: str) -> list[str]:
        names = [n.strip() for n in text.split(",") if n.strip()]
        bad = [n for n in names if allowed and n not in allowed]
        if bad:
            raise argparse.ArgumentTypeError(
                f"unknown {', '.join(bad)}; choose from {', '.join(allowed)}"
            )
        return names

    return parse


def _cmd_quiz(args: argparse.Namespace) -> int:
    import random

    from quizgen.export.outputs import write_files
    from quizgen.export.platforms import PLATFORMS, pick_for_platform
    from quizgen.export.render import quiz_files
    from quizgen.export.selection import make_quiz, pick_items

    decks = _load(args.decks)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1_000_000)
    filters = {"kinds": args.kinds, "tags": args.tags, "sources": args.sources}
    wording: dict[str, str] = {}
    if args.format in PLATFORMS:
        # Draw among the questions the platform takes, so the quiz reaches --count.
        picked, wording, note = pick_for_platform(
            decks, args.format, count=args.count, seed=seed, **filters
        )
        if note:
            _warn(note)
    else:
        picked = pick_items(decks, **filters, count=args.count, seed=seed)
        if len(picked) < args.count:
            _warn(f"only {len(picked)} items match; the quiz has {len(picked)} questions")
    quiz = make_quiz(
        decks, picked, title=args.title, versions=args.versions, seed=seed, wording=wording
    )
    out = Path(args.out.replace("{seed}", str(seed)))
    files, warnings = quiz_files(quiz, args.format, out, time_limit=args.time_limit)
    for warning in warnings:
        _warn(warning)
    write_files(files)
    for path in files:
        print(f"wrote {path}", file=sys.stderr)
    if args.seed is None:
        print(f"seed {seed} (pass --seed {seed} to get this quiz again)", file=sys.stderr)
    return 0


def _warn(message: str) -> None:
    print(f"quizgen: warning: {message}", file=sys.stderr)
