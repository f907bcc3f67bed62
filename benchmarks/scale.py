"""Articles per second: one process, spaCy's worker pool, and a Dask LocalCluster of 1 and 2 workers.

    nice -n 10 .venv/bin/python benchmarks/scale.py ../shared/corpora/polnear-train --articles 200

Each way of parsing runs ``generate_deck`` (no fact cache) over the same first N articles (by
file name) in a fresh Python process, so every run pays its own start: importing spaCy,
loading the pipeline (once per process or worker), starting the cluster. Printed per way:
wall seconds, CPU seconds (user + system of the run and every process it started and waited
for, from ``os.wait4``), articles per wall second and per CPU second, the largest resident
size of any one of its processes, and whether the deck is byte-identical to the one-process
deck. On a shared machine read the CPU columns: wall time measures the other sessions' load.

Ways (``--ways``): ``one`` (n_process=1), ``pool`` (n_process=2, spaCy's own worker
processes), ``dask1`` and ``dask2`` (a ``distributed.LocalCluster`` of 1 or 2 single-threaded
worker processes, reached by its address like a remote cluster), ``cold`` and ``warm`` (one
process with the fact cache and the deck cache, as ``quizgen generate`` uses them: first
empty, then filled by the cold run; ``new1`` adds one article to the warm run's; not in the
default ways).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WAYS = ("one", "pool", "dask1", "dask2", "cold", "warm", "new1")
CACHED_WAYS = ("cold", "warm", "new1")


def run_one(way: str, folder: Path, out: Path) -> None:
    """The measured work, in a process of its own."""
    from quizgen.deck.generate import generate_deck
    from quizgen.deck.io import save_deck

    if way.startswith("dask"):
        import logging

        import dask
        from distributed import LocalCluster

        from quizgen.deck.cluster import DASK_SETTINGS

        with dask.config.set(DASK_SETTINGS), LocalCluster(
            n_workers=int(way[-1]), threads_per_worker=1, processes=True, dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster:  # fmt: skip
            deck = generate_deck([folder], deck_id="scale", dask=cluster.scheduler_address)
    elif way in CACHED_WAYS:
        from quizgen.deck.article_cache import ArticleCache
        from quizgen.deck.cache import FactCache
        from quizgen.deck.card_texts import CardTextCache
        from quizgen.deck.deck_cache import DeckCache
        from quizgen.deck.reading_cache import ReadingCache

        facts = FactCache(out.parent / "facts")  # as `quizgen generate` does by default
        deck = generate_deck(
            [folder], deck_id="scale", n_process=1, cache=facts, deck_cache=DeckCache(facts.folder / "decks"),
            article_cache=ArticleCache(facts.folder), reading_cache=ReadingCache(facts.folder),
        )
        save_deck(deck, out, card_texts=CardTextCache(facts.folder))
        return
    else:
        deck = generate_deck([folder], deck_id="scale", n_process=1 if way == "one" else 2)
    save_deck(deck, out)


def measure(way: str, folder: Path, out: Path) -> tuple[float, float, float]:
    """(wall s, CPU s, largest RSS MB) of ``run_one(way)`` in a child process."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, __file__, "--run-one", way, str(folder), str(out)], stdout=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{way}: the run failed (exit {os.waitstatus_to_exitcode(status)})")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == "--run-one":
        run_one(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a folder with text/*.txt (PolNeAR) or *.txt articles")
    parser.add_argument("--articles", type=int, default=200, help="the first N articles by file name (the base)")
    parser.add_argument("--ways", default=None, help=f"comma-separated, of {', '.join(WAYS)}")
    parser.add_argument("--sizes", default=None, help="comma-separated multiples of the base, e.g. 1,2,4,8")
    args = parser.parse_args()
    folder = args.corpus / "text" if (args.corpus / "text").is_dir() else args.corpus
    corpus = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not corpus:
        print(f"{args.corpus}: no .txt articles found; nothing measured", file=sys.stderr)
        return 0
    default_ways = CACHED_WAYS if args.sizes else WAYS[:4]
    ways = [w for w in (args.ways or ",".join(default_ways)).split(",") if w]
    unknown = [w for w in ways if w not in WAYS]
    if unknown:
        parser.error(f"unknown ways {unknown}; choose from {', '.join(WAYS)}")
    if any(w.startswith("dask") for w in ways):
        try:
            import distributed  # noqa: F401
        except ImportError:
            print("dask[distributed] is not installed: skipping the Dask ways", file=sys.stderr)
            ways = [w for w in ways if not w.startswith("dask")]
    if args.sizes:
        sizes = [int(k) for k in args.sizes.split(",") if k]
        return measure_sizes(corpus, args.articles, sizes, ways)
    files = corpus[: args.articles]
    print(f"{len(files)} articles, {sum(f.stat().st_size for f in files) / 1e6:.2f} MB; os.cpu_count() = {os.cpu_count()}, "
          f"load average {os.getloadavg()[0]:.1f} at the start")  # fmt: skip
    print("| way | wall s | CPU s | articles/s (wall) | articles per CPU s | largest process MB | same deck |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        source = link_articles(Path(tmp) / "articles", [(f.name, f) for f in files])
        reference: bytes | None = None
        for way in ways:
            out = Path(tmp) / f"{way}.yaml"
            wall, cpu, rss = measure(way, article_folder(way, source), out)
            deck = out.read_bytes()
            reference = reference if reference is not None else deck
            same = "yes" if deck == reference else "NO"
            n = len(files)
            print(f"| {way} | {wall:.1f} | {cpu:.1f} | {n / wall:.2f} | {n / cpu:.2f} | {rss:.0f} | {same} |", flush=True)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    return 0


def sized_corpus(corpus: list[Path], count: int) -> list[tuple[str, Path]]:
    """``count`` articles as (file name, file): the corpus's first, then copies with new ids."""
    chosen = [(f.name, f) for f in corpus[:count]]
    copy = 1
    while len(chosen) < count:
        chosen += [(f"copy{copy}-{f.name}", f) for f in corpus[: count - len(chosen)]]
        copy += 1
    return chosen


def link_articles(folder: Path, named: list[tuple[str, Path]]) -> Path:
    """``folder`` with each article under its name: a link to the file, or a copy where the
    name is new (quizgen reads a link as the file it points to, id and all)."""
    folder.mkdir(parents=True)
    for name, f in named:
        if name == f.name:
            (folder / name).symlink_to(f.resolve())
        else:
            shutil.copyfile(f, folder / name)
    return folder


def article_folder(way: str, source: Path) -> Path:
    """The input of ``way``: ``source``, or for ``new1`` the same and one new article."""
    if way != "new1":
        return source
    plus = source.with_name(source.name + "-new1")
    if not plus.exists():
        named = sorted(source.iterdir())
        link_articles(plus, [(f.name, f.resolve()) for f in named] + [(f"new1-{named[0].name}", named[0].resolve())])
    return plus


def measure_sizes(corpus: list[Path], base: int, sizes: list[int], ways: list[str]) -> int:
    """Each way over k times the base corpus, for each k in ``sizes``."""
    print(f"base {base} articles; os.cpu_count() = {os.cpu_count()}, load average {os.getloadavg()[0]:.1f} at the start")
    print("| size | articles | MB | way | wall s | CPU s | CPU s per article | CPU s per 10k chars | "
          "share of cold (CPU) | largest process MB | same deck as cold |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for k in sizes:
            named = sized_corpus(corpus, k * base)
            chars = sum(len(f.read_text(encoding="utf-8")) for _, f in named)
            size_mb = sum(f.stat().st_size for _, f in named) / 1e6
            work = Path(tmp) / f"x{k}"
            source = link_articles(work / "articles", named)
            cold: tuple[float, bytes] | None = None
            for way in ways:
                out = work / f"{way}.yaml"
                wall, cpu, rss = measure(way, article_folder(way, source), out)
                deck = out.read_bytes()
                if way == "cold":
                    cold = (cpu, deck)
                share = f"{cpu / cold[0]:.1%}" if cold and way != "cold" else "—"
                same = "—" if cold is None or way in ("cold", "new1") else ("yes" if deck == cold[1] else "NO")
                n = len(named) + (way == "new1")
                print(f"| {k}× | {n} | {size_mb:.2f} | {way} | {wall:.1f} | {cpu:.1f} | {cpu / n:.3f} | "
                      f"{cpu / chars * 1e4:.3f} | {share} | {rss:.0f} | {same} |", flush=True)  # fmt: skip
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
