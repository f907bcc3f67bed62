"""Corpora nobody tuned on: news the generator has never read, for a judged sample that measures.

The held-out fifth of ``../shared/corpora`` (``holdout.py``) was read card by card in thirteen
samples; by round 34 most of its cards had been in an earlier sample, so a new draw no longer
measured anything fresh. These corpora come from two public repositories, cloned by you (never
copied into the project):

- PolNeAR's own **test** and **dev** splits (github.com/networkdynamics/PolNeAR, ``data/test``,
  ``data/dev``: 84 articles each, October–November 2016, the same seven publishers as our
  ``polnear-train``, which holds only its train split). Written as ``polnear-test/`` and
  ``polnear-dev/``, each with ``text/`` and ``metadata.tsv`` — the layout ``card_review.py build
  polnear`` reads.
- TempEval-3's **silver** data (github.com/jspotter/TempEval-3, ``data/TE3-Silver-data``: 2,452
  AFP, APW, NYT and Xinhua wire stories of 1997–2007 in TimeML, not TimeBank or AQUAINT): two
  disjoint draws of 150 (``te3-silver-a/``, ``te3-silver-b/``, drawn with ``random.Random(2026)``),
  read by ``card_review.py build timebank``.

Use each once: a sample drawn from a folder whose errors you have read is no longer fresh.
j29 drew 40 articles of ``polnear-test`` and of ``te3-silver-a`` (build seed 3905), j30 40 of
``polnear-dev`` and of ``te3-silver-b`` (seed 3915); ``--rest`` also writes what neither drew
(``polnear-rest/``: 88 articles, ``te3-rest/``: 220 stories), never built into a judged deck
before j31; j31 drew 40 of each (seed 3925), and what it left (``polnear-rest2/``: 48,
``te3-rest2/``: 180) was j32's. ``--more`` writes what j32 (seed 3935) left (``polnear-rest3/``:
the last 8 PolNeAR articles, ``te3-rest3/``: 140) and the next two silver draws of 150
(``te3-silver-c/``, ``te3-silver-d/``), never read before j33; ``--leftovers`` also what j33
and j34 left of them (``te3-silver-c-rest/``, ``te3-rest4/``, ``te3-silver-d-rest/``), j35's;
``--later`` also j36's halves of ``te3-silver-d-rest``, what j35 left (j37's) and silver draws e and f (j38's);
``--latest`` also silver draws g and h (j41's), never read before, and what j40 left
(``te3-silver-e-rest3/``, ``te3-silver-f-rest3/``: 30 stories each), and what j41 (seed 5001) left of
g and h (``te3-silver-g-rest/``, ``te3-silver-h-rest/``: 110 each, j42's), and what j42 (seed 5101) left
of those (``te3-silver-g-rest2/``, ``te3-silver-h-rest2/``: 70 each, j43's), and what j43 (seed 5201)
left (``te3-silver-g-rest3/``, ``te3-silver-h-rest3/``: 30 each, j44's). ``--newest`` (stop 41 on) writes
only silver draws i and j (``te3-silver-i/``, ``te3-silver-j/``: 150 each, the ninth and tenth draws),
never read before; ``--next`` (stop 43 on) only silver draws k and l (``te3-silver-k/``,
``te3-silver-l/``: the eleventh and twelfth), never read before; ``--draws m n`` any draws by
letter (a the first), for j47 on; ``--rest-of o 5701 --rest-of p 5701`` what a judged sample's build
left of a draw (``te3-silver-o-rest/``: 110 stories never read), for stop 44 on.

    git clone https://github.com/networkdynamics/PolNeAR /tmp/PolNeAR
    git clone https://github.com/jspotter/TempEval-3 /tmp/TempEval-3
    python benchmarks/fresh_corpora.py /tmp/PolNeAR /tmp/TempEval-3 --out /work/cache/fresh [--rest | --more | --leftovers | --later | --latest | --newest | --next]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
from pathlib import Path

SILVER_DRAW_SEED = 2026
SILVER_DRAW_SIZE = 150
# (folder, build seed) of each judged sample's draw of 40 articles: j29, j30
DRAWN = (("polnear-test", 3905), ("te3-silver-a", 3905), ("polnear-dev", 3915), ("te3-silver-b", 3915))
DRAWN_ARTICLES = 40
J31_SEED = 3925
J32_SEED = 3935
MORE_SILVER = ("c", "d")  # the next two silver draws of 150, after a and b


def write_polnear(repo: Path, out: Path) -> dict[str, int]:
    """``out/polnear-test`` and ``out/polnear-dev``; the number of articles of each."""
    counts = {}
    for split in ("test", "dev"):
        texts = sorted((repo / "data" / split / "text").glob("*.txt"))
        if not texts:
            raise SystemExit(f"{repo}: no data/{split}/text/*.txt here; give a clone of networkdynamics/PolNeAR")
        folder = out / f"polnear-{split}"
        (folder / "text").mkdir(parents=True, exist_ok=True)
        for path in texts:
            shutil.copyfile(path, folder / "text" / path.name)
        shutil.copyfile(repo / "data" / "metadata.tsv", folder / "metadata.tsv")
        counts[f"polnear-{split}"] = len(texts)
    return counts


def write_silver(repo: Path, out: Path) -> dict[str, int]:
    """``out/te3-silver-a`` and ``out/te3-silver-b``: two disjoint seeded draws of silver stories."""
    if len(_silver_names(repo)) < 2 * SILVER_DRAW_SIZE:
        raise SystemExit(f"{repo}: too few data/TE3-Silver-data/*.tml here; give a clone of jspotter/TempEval-3")
    return _write_silver_draws(repo, out, ("a", "b"), 0)


def write_rest(out: Path) -> dict[str, int]:
    """``out/polnear-rest`` and ``out/te3-rest``: the articles of the four folders that j29's and
    j30's draws (``card_review.choose``, as ``card_review.py build`` draws) did not take."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks.card_review import choose

    rest = {"polnear-rest": out / "polnear-rest" / "text", "te3-rest": out / "te3-rest"}
    for folder in rest.values():
        folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(out / "polnear-test" / "metadata.tsv", out / "polnear-rest" / "metadata.tsv")
    for name, seed in DRAWN:
        files = sorted((out / name / "text").glob("*.txt")) if name.startswith("polnear") else sorted((out / name).glob("*.tml"))
        drawn = set(choose([f.stem for f in files], part="all", articles=DRAWN_ARTICLES, seed=seed))
        target = rest["polnear-rest" if name.startswith("polnear") else "te3-rest"]
        for f in files:
            if f.stem not in drawn:
                shutil.copyfile(f, target / f.name)
    counts = {name: len(list(folder.iterdir())) for name, folder in rest.items()}
    # what j31 (seed 3925, 40 of each rest folder) left: j32's
    for name, files in (
        ("polnear-rest", sorted(rest["polnear-rest"].glob("*.txt"))),
        ("te3-rest", sorted(rest["te3-rest"].glob("*.tml"))),
    ):
        drawn = set(choose([f.stem for f in files], part="all", articles=DRAWN_ARTICLES, seed=J31_SEED))
        target = out / f"{name}2" / ("text" if name == "polnear-rest" else "")
        target.mkdir(parents=True, exist_ok=True)
        for f in files:
            if f.stem not in drawn:
                shutil.copyfile(f, target / f.name)
        counts[f"{name}2"] = len(list(target.iterdir()))
    shutil.copyfile(out / "polnear-test" / "metadata.tsv", out / "polnear-rest2" / "metadata.tsv")
    return counts


def _silver_names(repo: Path) -> list[Path]:
    """The silver stories in the seeded order every draw takes them from."""
    names = sorted(p for p in (repo / "data" / "TE3-Silver-data").glob("*.tml") if not p.name.startswith("._"))
    random.Random(SILVER_DRAW_SEED).shuffle(names)
    return names


def _write_silver_draws(repo: Path, out: Path, halves: tuple[str, ...], first: int) -> dict[str, int]:
    """``out/te3-silver-<half>``: the ``first``-th and following draws of ``SILVER_DRAW_SIZE``."""
    names = _silver_names(repo)
    counts = {}
    for i, half in enumerate(halves, start=first):
        folder = out / f"te3-silver-{half}"
        folder.mkdir(parents=True, exist_ok=True)
        for path in names[i * SILVER_DRAW_SIZE : (i + 1) * SILVER_DRAW_SIZE]:
            shutil.copyfile(path, folder / path.name)
        counts[folder.name] = len(list(folder.iterdir()))
    return counts


def _write_left(out: Path, draws: tuple[tuple[str, int, str], ...], *, needs: str) -> dict[str, int]:
    """For each (wire folder, build seed, rest folder): the stories a sample's draw of
    ``DRAWN_ARTICLES`` (``card_review.choose``, as ``card_review.py build`` draws) did not take."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks.card_review import choose

    counts = {}
    for name, seed, rest in draws:
        files = sorted((out / name).glob("*.tml"))
        if not files:
            raise SystemExit(f"{out / name}: missing; run with {needs} first")
        drawn = set(choose([f.stem for f in files], part="all", articles=DRAWN_ARTICLES, seed=seed))
        (out / rest).mkdir(parents=True, exist_ok=True)
        for f in files:
            if f.stem not in drawn:
                shutil.copyfile(f, out / rest / f.name)
        counts[rest] = len(list((out / rest).iterdir()))
    return counts


def write_more(repo: Path, out: Path) -> dict[str, int]:
    """What j32 (seed 3935, 40 of each ``*-rest2`` folder) left (``polnear-rest3/``, ``te3-rest3/``)
    and two further disjoint silver draws (``te3-silver-c/``, ``te3-silver-d/``), for j33 on."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks.card_review import choose

    counts = {}
    for name in ("polnear-rest2", "te3-rest2"):
        polnear = name.startswith("polnear")
        files = sorted((out / name / "text").glob("*.txt")) if polnear else sorted((out / name).glob("*.tml"))
        if not files:
            raise SystemExit(f"{out / name}: missing; run with --rest first")
        drawn = set(choose([f.stem for f in files], part="all", articles=DRAWN_ARTICLES, seed=J32_SEED))
        target = out / name.replace("2", "3") / ("text" if polnear else "")
        target.mkdir(parents=True, exist_ok=True)
        for f in files:
            if f.stem not in drawn:
                shutil.copyfile(f, target / f.name)
        counts[name.replace("2", "3")] = len(list(target.iterdir()))
    shutil.copyfile(out / "polnear-test" / "metadata.tsv", out / "polnear-rest3" / "metadata.tsv")
    return counts | _write_silver_draws(repo, out, MORE_SILVER, 2)


# (folder, build seed) of j33's and j34's draws of 40; what they left is j35's
J33_J34_DRAWS = (("te3-silver-c", 4105, "te3-silver-c-rest"), ("te3-rest3", 4105, "te3-rest4"), ("te3-silver-d", 4205, "te3-silver-d-rest"))


def write_leftovers(out: Path) -> dict[str, int]:
    """What j33 (seed 4105) and j34 (seed 4205) left of the wire folders ``--more`` wrote:
    ``te3-silver-c-rest/``, ``te3-rest4/``, ``te3-silver-d-rest/`` (j35 drew from the first two)."""
    return _write_left(out, J33_J34_DRAWS, needs="--more")


# j36 drew from ``te3-silver-d-rest`` split alternately (by name) in two; j35 (seed 4305) drew 40 of
# ``te3-silver-c-rest`` and of ``te3-rest4``, and what it left was j37's (seed 4601)
J35_DRAWS = (("te3-silver-c-rest", 4305, "te3-silver-c-rest2"), ("te3-rest4", 4305, "te3-rest5"))
LATER_SILVER = ("e", "f")  # the silver draws after c and d, for j38 on
J38_DRAWS = (("te3-silver-e", 4701, "te3-silver-e-rest"), ("te3-silver-f", 4701, "te3-silver-f-rest"))  # what j38 left: j39's
J39_DRAWS = (("te3-silver-e-rest", 4801, "te3-silver-e-rest2"), ("te3-silver-f-rest", 4801, "te3-silver-f-rest2"))  # j40's


def write_later(repo: Path, out: Path) -> dict[str, int]:
    """j36's halves of ``te3-silver-d-rest`` (``te3-silver-d-rest-1/``, ``-2/``), what j35 left
    (``te3-silver-c-rest2/``, ``te3-rest5/``: j37's), two further disjoint silver draws
    (``te3-silver-e/``, ``te3-silver-f/``), never read before j38, and what j38 (seed 4701) left of
    them (``te3-silver-e-rest/``, ``te3-silver-f-rest/``: j39's), and what j39 (seed 4801) left of
    those (``te3-silver-e-rest2/``, ``te3-silver-f-rest2/``: j40's)."""
    counts = {}
    files = sorted((out / "te3-silver-d-rest").glob("*.tml"))
    if not files:
        raise SystemExit(f"{out / 'te3-silver-d-rest'}: missing; run with --leftovers first")
    for i, half in enumerate(("1", "2")):
        folder = out / f"te3-silver-d-rest-{half}"
        folder.mkdir(parents=True, exist_ok=True)
        for f in files[i::2]:
            shutil.copyfile(f, folder / f.name)
        counts[folder.name] = len(list(folder.iterdir()))
    counts |= _write_left(out, J35_DRAWS, needs="--leftovers")
    counts |= _write_silver_draws(repo, out, LATER_SILVER, 2 + len(MORE_SILVER))
    return counts | _write_left(out, J38_DRAWS + J39_DRAWS, needs="--later")


LATEST_SILVER = ("g", "h")  # the silver draws after e and f, for j41 on
J40_DRAWS = (("te3-silver-e-rest2", 4901, "te3-silver-e-rest3"), ("te3-silver-f-rest2", 4901, "te3-silver-f-rest3"))  # what j40 left
J41_DRAWS = (("te3-silver-g", 5001, "te3-silver-g-rest"), ("te3-silver-h", 5001, "te3-silver-h-rest"))  # what j41 left: j42's
J42_DRAWS = (("te3-silver-g-rest", 5101, "te3-silver-g-rest2"), ("te3-silver-h-rest", 5101, "te3-silver-h-rest2"))  # j43's
J43_DRAWS = (("te3-silver-g-rest2", 5201, "te3-silver-g-rest3"), ("te3-silver-h-rest2", 5201, "te3-silver-h-rest3"))  # j44's
NEWEST_SILVER = ("i", "j")  # the silver draws after g and h, for stop 41 on
NEXT_SILVER = ("k", "l")  # the silver draws after i and j, for stop 43 on


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("polnear", type=Path, help="a clone of github.com/networkdynamics/PolNeAR")
    p.add_argument("tempeval", type=Path, help="a clone of github.com/jspotter/TempEval-3")
    p.add_argument("--out", type=Path, required=True, help="where to write the corpora (outside the project)")
    p.add_argument("--rest", action="store_true", help="also write what j29's and j30's draws left (j31's corpora)")
    p.add_argument("--more", action="store_true", help="also write what j32 left and two more silver draws (j33 on)")
    p.add_argument("--leftovers", action="store_true", help="also write what j33 and j34 left (j35's corpora)")
    p.add_argument("--later", action="store_true", help="also write j36's and j37's corpora and silver draws e and f (j38 on)")
    p.add_argument("--latest", action="store_true", help="also write silver draws g and h (j41 on) and what j40 left")
    p.add_argument("--newest", action="store_true", help="write only silver draws i and j (stop 41 on)")
    p.add_argument("--next", action="store_true", help="write only silver draws k and l (stop 43 on)")
    p.add_argument("--draws", nargs="+", metavar="LETTER",
                   help="write only these silver draws (a is the first: m and n are the 13th and 14th; q, "
                        "the 17th, is the last 52 stories, never read before stop 46)")
    p.add_argument("--rest-of", nargs=2, action="append", metavar=("LETTER", "SEED"),
                   help="write what a judged sample's build (seed SEED, 40 stories) left of silver draw "
                        "LETTER, as te3-silver-LETTER-rest (j46 drew k and l with 5501, j47 m and n with "
                        "5601, j48 o and p with 5701); repeatable")
    args = p.parse_args(argv)
    if args.rest_of:
        for letter, seed in args.rest_of:
            letter = letter.lower()
            if len(letter) != 1 or not "a" <= letter <= "p" or not seed.isdigit():
                p.error("--rest-of takes a draw letter a to p and a build seed")
            _write_silver_draws(args.tempeval, args.out, (letter,), ord(letter) - ord("a"))
            draw = ((f"te3-silver-{letter}", int(seed), f"te3-silver-{letter}-rest"),)
            for name, n in _write_left(args.out, draw, needs="--draws").items():
                print(f"{args.out / name}: {n} articles")
        return
    if args.draws:
        letters = [d.lower() for d in args.draws]
        if any(len(d) != 1 or not "a" <= d <= "q" for d in letters):
            p.error("--draws takes letters a to q (16 draws of 150 stories, and q: the last 52)")
        for letter in letters:
            for name, n in _write_silver_draws(args.tempeval, args.out, (letter,), ord(letter) - ord("a")).items():
                print(f"{args.out / name}: {n} articles")
        return
    if args.newest or args.next:
        first = 2 + len(MORE_SILVER) + len(LATER_SILVER) + len(LATEST_SILVER)
        draws = NEXT_SILVER if args.next else NEWEST_SILVER
        first += len(NEWEST_SILVER) if args.next else 0
        for name, n in _write_silver_draws(args.tempeval, args.out, draws, first).items():
            print(f"{args.out / name}: {n} articles")
        return
    counts = {**write_polnear(args.polnear, args.out), **write_silver(args.tempeval, args.out)}
    if args.rest or args.more or args.leftovers or args.later or args.latest:
        counts |= write_rest(args.out)
    if args.more or args.leftovers or args.later or args.latest:
        counts |= write_more(args.tempeval, args.out)
    if args.leftovers or args.later or args.latest:
        counts |= write_leftovers(args.out)
    if args.later or args.latest:
        counts |= write_later(args.tempeval, args.out)
    if args.latest:
        counts |= _write_silver_draws(args.tempeval, args.out, LATEST_SILVER, 2 + len(MORE_SILVER) + len(LATER_SILVER))
        counts |= _write_left(args.out, J40_DRAWS + J41_DRAWS + J42_DRAWS + J43_DRAWS, needs="--later")
    for name, n in counts.items():
        print(f"{args.out / name}: {n} articles")


if __name__ == "__main__":
    main()
