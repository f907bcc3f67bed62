"""Where the CPU of a Dask run goes, per process: the client (with the scheduler and nannies)
and each worker, against the same articles parsed in one process.

    nice -n 10 /usr/bin/time -v .venv/bin/python benchmarks/dask_processes.py ../shared/corpora/polnear-train --articles 300 --way dask2
    nice -n 10 /usr/bin/time -v .venv/bin/python benchmarks/dask_processes.py ../shared/corpora/polnear-train --articles 300 --way one

Run the two at once on a shared machine, so both see the same load, and compare the CPU
totals of ``/usr/bin/time`` (it covers the workers, children of the run). Printed: for ``one``,
the CPU of parsing and of building the deck and the time in garbage collection; for
``dask2`` (a ``LocalCluster`` of two single-threaded workers started with ``DASK_SETTINGS``),
the client's CPU during ``generate_deck`` and, per worker, its CPU (system part apart), the CPU
inside the task function, garbage collection, minor page faults, resident size and whether
``MALLOC_TRIM_THRESHOLD_`` is set in it. ``--deck FILE`` writes the deck, to ``cmp`` the two.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import tempfile
import time
from pathlib import Path


def gc_clock() -> dict:
    """CPU seconds spent in garbage collection from now on, and collections per generation."""
    state = {"seconds": 0.0, "runs": [0, 0, 0], "start": 0.0}

    def on_gc(phase: str, info: dict) -> None:
        if phase == "start":
            state["start"] = time.process_time()
        else:
            state["seconds"] += time.process_time() - state["start"]
            state["runs"][info["generation"]] += 1

    gc.callbacks.append(on_gc)
    return state


def watch_worker() -> int:
    """In a worker: count garbage collection and the CPU inside each parsing task."""
    import builtins

    from quizgen.deck import cluster

    task = {"seconds": 0.0, "tasks": 0}
    parse = cluster.facts_on_worker

    def timed(articles):
        started = time.process_time()
        try:
            return parse(articles)
        finally:
            task["seconds"] += time.process_time() - started
            task["tasks"] += 1

    cluster.facts_on_worker = timed  # tasks name the function; the worker looks it up here
    builtins._dask_processes = (gc_clock(), task)
    return os.getpid()


def worker_figures() -> dict:
    import builtins

    import psutil

    clock, task = builtins._dask_processes
    me = psutil.Process()
    cpu = me.cpu_times()
    return {
        "pid": os.getpid(), "cpu": cpu.user + cpu.system, "system": cpu.system, "task": task["seconds"],
        "tasks": task["tasks"], "gc": clock["seconds"], "faults": resource.getrusage(resource.RUSAGE_SELF).ru_minflt,
        "rss": me.memory_info().rss / 1e6, "trim": os.environ.get("MALLOC_TRIM_THRESHOLD_"),
    }  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--way", choices=("one", "dask2"), default="dask2")
    parser.add_argument("--deck", type=Path, default=None)
    args = parser.parse_args()
    source = args.corpus / "text" if (args.corpus / "text").is_dir() else args.corpus
    files = sorted(source.glob("*.txt"))[: args.articles]
    if not files:
        print(f"{args.corpus}: no .txt articles found; nothing measured", file=sys.stderr)
        return 0

    from quizgen.deck import generate
    from quizgen.deck.io import save_deck

    phases: dict[str, float] = {}
    for name in ("facts_of", "build_deck"):
        original = getattr(generate, name)

        def timed(*a, _original=original, _name=name, **k):
            started = time.process_time()
            try:
                return _original(*a, **k)
            finally:
                phases[_name] = phases.get(_name, 0.0) + time.process_time() - started

        setattr(generate, name, timed)
    clock = gc_clock()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for f in files:
            (folder / f.name).symlink_to(f.resolve())
        started, wall = time.process_time(), time.perf_counter()
        if args.way == "one":
            deck = generate.generate_deck([folder], deck_id="scale", n_process=1)
            client_cpu, workers = time.process_time() - started, {}
        else:
            deck, client_cpu, workers = run_on_cluster(folder)
        wall = time.perf_counter() - wall
    print(f"{len(files)} articles, way {args.way}: wall {wall:.1f} s; this process {client_cpu:.1f} CPU s "
          f"(parse or receive {phases.get('facts_of', 0):.1f}, build {phases.get('build_deck', 0):.1f}, "
          f"gc {clock['seconds']:.1f} in {clock['runs']} collections)")  # fmt: skip
    for w in workers.values():
        print(f"  worker {w['pid']}: {w['cpu']:.1f} CPU s ({w['system']:.1f} system), in {w['tasks']} tasks "
              f"{w['task']:.1f}, gc {w['gc']:.1f}, {w['faults']:,} minor page faults, {w['rss']:.0f} MB, "
              f"MALLOC_TRIM_THRESHOLD_={w['trim']}")  # fmt: skip
    if args.deck:
        save_deck(deck, args.deck)
    return 0


def run_on_cluster(folder: Path):
    import logging

    import dask
    from distributed import Client, LocalCluster

    from quizgen.deck.cluster import DASK_SETTINGS
    from quizgen.deck.generate import generate_deck

    with dask.config.set(DASK_SETTINGS), LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=logging.ERROR
    ) as cluster:  # fmt: skip
        with Client(cluster) as client:
            client.run(watch_worker)
        started = time.process_time()
        deck = generate_deck([folder], deck_id="scale", dask=cluster.scheduler_address)
        client_cpu = time.process_time() - started
        with Client(cluster) as client:
            workers = client.run(worker_figures)
    return deck, client_cpu, workers


if __name__ == "__main__":
    sys.exit(main())
