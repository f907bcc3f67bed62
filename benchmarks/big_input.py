"""Cost of big and pathological articles: seconds and peak memory as the size doubles.

    nice -n 10 .venv/bin/python benchmarks/big_input.py [--kinds huge,tiny,quotes] [--sizes 120,240,480,960,1900]

Each kind makes one article of each size (KB) and runs ``quizgen generate`` on it in a fresh
process, printing the wall-clock seconds, the CPU seconds (its own and its workers', from
``wait4``), the peak resident memory of the process and its workers together (``/proc``
polled every 0.1 s) and the ratio of each cost to the previous size's, per doubling (≤ 2
when a doubling costs at most double; the CPU ratio is the steadier on a shared machine):

- ``huge``: news prose (Faker sentences, quotations with speakers), paragraphs of 3–6 sentences;
- ``tiny``: one short paragraph after another (a sentence of three to five words);
- ``quotes``: every paragraph opens a quotation mark that is never closed, so each quotation
  runs on into the next paragraph.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from faker import Faker

KINDS = ("huge", "tiny", "quotes")


def huge_article(size: int, seed: int = 1) -> str:
    """News-like prose of about ``size`` characters."""
    fake = Faker("en_US")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    people = [fake.name() for _ in range(40)]
    paragraphs = [fake.sentence(nb_words=7).rstrip(".").title(), ""]
    length = 0
    while length < size:
        sentences = []
        for _ in range(rng.randint(3, 6)):
            roll = rng.random()
            if roll < 0.25:
                quote = fake.sentence(nb_words=rng.randint(6, 14)).rstrip(".")
                sentences.append(f"“{quote},” {rng.choice(people)} said on {fake.day_of_week()}.")
            elif roll < 0.35:
                sentences.append(f"{rng.choice(people)} paid ${rng.randint(2, 900)} million on {fake.date()}.")
            else:
                sentences.append(fake.sentence(nb_words=rng.randint(8, 20)))
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(p for p in paragraphs if p) + "\n"


def tiny_paragraphs(size: int, seed: int = 1) -> str:
    """Many one-sentence paragraphs of three to five words: about ``size`` characters."""
    fake = Faker("en_US")
    fake.seed_instance(seed)
    out, length = [], 0
    while length < size:
        line = fake.sentence(nb_words=3, variable_nb_words=False)
        out.append(line)
        length += len(line) + 2
    return "\n\n".join(out) + "\n"


def unbalanced_quotes(size: int, seed: int = 1) -> str:
    """Paragraphs that each open a quotation and never close it, so that every quotation
    continues into the next paragraph, with speakers named between."""
    fake = Faker("en_US")
    fake.seed_instance(seed)
    people = [fake.name() for _ in range(20)]
    out, length = ["Unclosed Quotations All The Way Down"], 0
    while length < size:
        name = people[len(out) % len(people)]
        paragraph = f"“{fake.sentence(nb_words=10)}” {name} said. “{fake.sentence(nb_words=12)} {fake.sentence(nb_words=9)}"
        out.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(out) + "\n"


MAKERS = {"huge": huge_article, "tiny": tiny_paragraphs, "quotes": unbalanced_quotes}


def run_generate(article: Path, out: Path) -> tuple[float, float, float, int]:
    """Wall seconds, CPU seconds, peak resident MB of the process and its workers together,
    and exit status of one ``quizgen generate`` run."""
    command = [sys.executable, "-m", "quizgen.cli", "generate", str(article), "--out", str(out), "-q", "--no-cache"]
    started = time.perf_counter()
    proc = subprocess.Popen(command)
    peak = [0]
    done = threading.Event()

    def watch() -> None:
        while not done.wait(0.1):
            peak[0] = max(peak[0], tree_rss(proc.pid))

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    _pid, status, usage = os.wait4(proc.pid, 0)
    done.set()
    watcher.join()
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, max(peak[0] / 1024, usage.ru_maxrss / 1024), proc.returncode


def tree_rss(pid: int) -> int:
    """Resident KB of ``pid`` and every process below it (Linux /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            status = (entry / "status").read_text()
        except OSError:
            continue
        parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
        rss[int(entry.name)] = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    tree, frontier = {pid}, [pid]
    while frontier:
        parent = frontier.pop()
        for child, p in parents.items():
            if p == parent and child not in tree:
                tree.add(child)
                frontier.append(child)
    return sum(rss.get(p, 0) for p in tree)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated: " + ", ".join(KINDS))
    parser.add_argument("--sizes", default="120,240,480,960,1900", help="article sizes in KB, comma-separated")
    parser.add_argument("--keep", type=Path, help="write the articles into this folder too")
    args = parser.parse_args()
    kinds = [k for k in args.kinds.split(",") if k]
    unknown = [k for k in kinds if k not in MAKERS]
    if unknown:
        parser.error(f"unknown kind {unknown[0]!r}; choose from {', '.join(KINDS)}")
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'kind':<7} {'KB':>6} {'chars':>9} {'seconds':>8} {'CPU s':>7} {'peak MB':>8} {'× time':>7} {'× CPU':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in kinds:
            previous: tuple[int, float] | None = None
            for kb in sizes:
                text = MAKERS[kind](kb * 1000)
                while len(text.encode("utf-8")) > kb * 1000:  # stay within the size (and the limit)
                    text = text[: text.rfind("\n\n", 0, len(text) - 1)] + "\n"
                article = Path(tmp) / f"{kind}-{kb}kb.txt"
                article.write_text(text, encoding="utf-8")
                if args.keep:
                    args.keep.mkdir(parents=True, exist_ok=True)
                    (args.keep / article.name).write_text(text, encoding="utf-8")
                seconds, cpu, peak, status = run_generate(article, Path(tmp) / "deck.yaml")
                ratio = cpu_ratio = ""
                if previous is not None:
                    # cost per doubling, normalised by the actual size ratio
                    doublings = (kb / previous[0]) / 2
                    ratio = f"{seconds / previous[1] / doublings:.2f}"
                    cpu_ratio = f"{cpu / previous[2] / doublings:.2f}"
                failed = "" if status == 0 else f"  (exit {status})"
                print(
                    f"{kind:<7} {kb:>6} {len(text):>9,} {seconds:>8.1f} {cpu:>7.1f} {peak:>8.0f} {ratio:>7} {cpu_ratio:>6}{failed}",
                    flush=True,
                )
                previous = (kb, seconds, cpu)
    return 0


if __name__ == "__main__":
    sys.exit(main())
