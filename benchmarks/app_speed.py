"""How fast does the study app feel? Drives the real app (`streamlit run app.py`) in Debian
chromium through Playwright and prints the median and p95, in milliseconds, of:

* first render of Study: opening the page until the question is on screen (a new session);
* Show answer: the click until the rating buttons are on screen;
* rating -> next card: pressing Good until the next question is on screen;
* Decks page render: opening the page until the deck list is drawn, then clicking its
  *Browse and edit* tab until the item table is drawn (both parts are printed too).

For each action it also prints where the time went: how many runs of the page the server
started (each run opens with a ``new_session`` message on the websocket), how many messages
and bytes came back, and the browser's main-thread time (Chrome DevTools Performance
metrics: TaskDuration, of which ScriptDuration is JavaScript).

Two setups: the seeds deck (decks/nato-isil.yaml) with an empty history, and a synthetic
5,000-item deck with 50,000 Faker-made reviews (the real FSRS scheduler, as
benchmarks/study_speed.py). Targets: rating -> next card <= 300 ms median, every page
<= 1.5 s on the 5,000-item deck.

    nice -n 10 python benchmarks/app_speed.py [--runs 20] [--items 5000] [--reviews 50000]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from faker import Faker
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere

from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from benchmarks.study_speed import LEARNER, fill_store
from quizgen.deck.io import save_deck
from quizgen.models import DateItem, Deck, DeckInfo, Evidence, Source
from quizgen.study.store import Store

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
# The run is over when no element is stale (left over from the previous run): clicking a
# stale button would be lost, so every measure waits for this.
SETTLED = "!document.querySelector('[data-stale=\"true\"]')"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]


def synthetic_deck(n_items: int, fake: Faker) -> Deck:
    """Items with an evidence sentence each (so none are siblings of each other)."""
    items = []
    offset = 0
    for i in range(n_items):
        text = f"Event {i} happened in {1900 + i % 120}."
        items.append(
            DateItem(
                id=f"d-{i:05d}",
                question=f"When did event {i} happen?",
                answer=str(1900 + i % 120),
                evidence=[Evidence(source="s1", start=offset, end=offset + len(text), text=text)],
                value=str(1900 + i % 120),
            )
        )
        offset += len(text) + 1
    source = Source(
        id="s1", title=fake.sentence(), path="bench.txt", sha256=hashlib.sha256(b"x").hexdigest()
    )
    return Deck(deck=DeckInfo(id="bench", title="Benchmark deck"), sources=[source], items=items)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def app_server(decks: Path, data: Path):
    port = free_port()
    env = {
        **os.environ,
        "QUIZGEN_DECKS_DIR": str(decks),
        "QUIZGEN_DATA_DIR": str(data),
        "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
    }
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.port",
            str(port),
            "--server.headless",
            "true",
            "--server.address",
            "127.0.0.1",
            "--server.fileWatcherType",
            "none",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(240):
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                    break
            except OSError:
                time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def summary(samples: list[float]) -> tuple[float, float, int]:
    """Median and p95 in seconds, and how many samples timed out (counted as infinite)."""
    ordered = sorted(samples)
    timeouts = sum(t == float("inf") for t in ordered)
    return statistics.median(ordered), ordered[round(0.95 * (len(ordered) - 1))], timeouts


class Traffic:
    """What the server sent the page (page runs, messages, bytes) and the browser's
    main-thread time, between two calls of ``take``."""

    def __init__(self, page):
        self.runs = self.messages = self.bytes = 0
        self.cdp = page.context.new_cdp_session(page)
        self.cdp.send("Performance.enable")
        page.on("websocket", lambda ws: ws.on("framereceived", self._received))
        self.take()

    def _received(self, payload) -> None:
        if not isinstance(payload, bytes):
            return
        msg = ForwardMsg()
        msg.ParseFromString(payload)
        self.runs += msg.WhichOneof("type") == "new_session"
        self.messages += 1
        self.bytes += len(payload)

    def _browser_ms(self) -> tuple[float, float]:
        metrics = {
            m["name"]: m["value"] for m in self.cdp.send("Performance.getMetrics")["metrics"]
        }
        return metrics["TaskDuration"] * 1000, metrics["ScriptDuration"] * 1000

    def take(self) -> dict[str, float]:
        """The counts since the last call (and start counting afresh)."""
        task, script = self._browser_ms()
        out = {"page runs": self.runs, "messages": self.messages, "kB": self.bytes / 1000}
        if hasattr(self, "_task"):
            out["browser main thread ms"] = task - self._task
            out["of it JavaScript ms"] = script - self._script
        self._task, self._script = task, script
        self.runs = self.messages = self.bytes = 0
        return out


def question(page) -> str:
    return page.locator("h3").first.inner_text()


def measure(url: str, runs: int) -> tuple[dict[str, list[float]], dict[str, dict[str, list]]]:
    where: dict[str, dict[str, list]] = {}

    def note(what: str, counts: dict[str, float]) -> None:
        for key, value in counts.items():
            where.setdefault(what, {}).setdefault(key, []).append(value)

    times: dict[str, list[float]] = {
        "first render of Study": [],
        "Show answer": [],
        "rating -> next card": [],
        "Decks page render": [],
        "  of it: deck list": [],
        "  of it: Browse table": [],
    }
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        page.set_default_timeout(60_000)
        traffic = Traffic(page)
        # Warm up: the first session loads the decks and Streamlit's own code.
        page.goto(f"{url}/?learner={LEARNER}")
        page.locator("h3").first.wait_for()
        for _ in range(runs):
            page.goto("about:blank")
            page.wait_for_function("() => true")
            traffic.take()
            t0 = time.perf_counter()
            page.goto(f"{url}/?learner={LEARNER}")
            page.locator("h3").first.wait_for()
            page.get_by_role("button", name="Show answer").wait_for()
            times["first render of Study"].append(time.perf_counter() - t0)
            page.wait_for_function("() => " + SETTLED)
            note("first render of Study", traffic.take())
        for _ in range(runs):
            shown = question(page)
            traffic.take()
            t0 = time.perf_counter()
            page.get_by_role("button", name="Show answer").click()
            good = page.get_by_role("button", name="Good ·")
            page.wait_for_function(
                "() => !document.querySelector('input[aria-label=\"Your answer\"]') && " + SETTLED
            )
            good.wait_for()
            times["Show answer"].append(time.perf_counter() - t0)
            note("Show answer", traffic.take())
            t0 = time.perf_counter()
            good.click()
            try:
                page.wait_for_function(
                    "q => { const h = document.querySelector('h3'); return h && h.innerText !== q"
                    " && document.querySelector('input[aria-label=\"Your answer\"]') && "
                    + SETTLED
                    + "; }",
                    arg=shown,
                )
            except PlaywrightTimeout:
                # Counted, not hidden: a run with a stuck rating reports it in the last column.
                times["rating -> next card"].append(float("inf"))
                page.reload()
                page.locator("h3").first.wait_for()
                continue
            times["rating -> next card"].append(time.perf_counter() - t0)
            note("rating -> next card", traffic.take())
        for _ in range(runs):
            page.goto("about:blank")
            page.wait_for_function("() => true")
            traffic.take()
            t0 = time.perf_counter()
            page.goto(f"{url}/decks?learner={LEARNER}")
            page.get_by_text("Study this deck").first.wait_for()
            t1 = time.perf_counter()
            page.get_by_role("tab", name="Browse and edit").click()
            page.locator("[data-testid=stDataFrame]").first.wait_for()
            t2 = time.perf_counter()
            times["Decks page render"].append(t2 - t0)
            times["  of it: deck list"].append(t1 - t0)
            times["  of it: Browse table"].append(t2 - t1)
            page.wait_for_function("() => " + SETTLED)
            note("Decks page render", traffic.take())
        browser.close()
    return times, where


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--items", type=int, default=5000)
    parser.add_argument("--reviews", type=int, default=50000)
    parser.add_argument(
        "--setup", choices=["both", "seeds", "big"], default="both", help="which decks to time"
    )
    args = parser.parse_args()
    fake = Faker()
    fake.seed_instance(20260601)
    with tempfile.TemporaryDirectory(prefix="quizgen-app-speed-") as tmp:
        setups = {}
        seeds = Path(tmp) / "seeds"
        (seeds / "decks").mkdir(parents=True)
        shutil.copy(ROOT / "decks" / "nato-isil.yaml", seeds / "decks")
        if args.setup != "big":
            setups["seeds deck, no history"] = seeds
        big = Path(tmp) / "big"
        (big / "decks").mkdir(parents=True)
        deck = synthetic_deck(args.items, fake)  # built even for --setup seeds: same Faker state
        save_deck(deck, big / "decks" / "bench.yaml")
        store = Store(big / "data" / "reviews.sqlite3")
        fill_store(store, deck, args.reviews, fake)
        if args.setup != "seeds":
            setups[f"{args.items:,} items, {store.review_count():,} reviews"] = big
        print(f"load average {os.getloadavg()[0]:.1f} at the start")
        print(f"{'setup':32} {'measure':24} {'median ms':>10} {'p95 ms':>8} {'timeouts':>9}")
        details = {}
        for name, folder in setups.items():
            with app_server(folder / "decks", folder / "data") as url:
                times, details[name] = measure(url, args.runs)
                for what, samples in times.items():
                    median, p95, timeouts = summary(samples)
                    print(
                        f"{name:32} {what:24} {median * 1000:10.0f} {p95 * 1000:8.0f} {timeouts:9d}"
                    )
        print(f"load average {os.getloadavg()[0]:.1f} at the end")
        print("\nwhere the time goes (medians per action):")
        for name, where in details.items():
            for what, counts in where.items():
                parts = ", ".join(
                    f"{key} {statistics.median(values):.0f}" for key, values in counts.items()
                )
                print(f"{name:32} {what:24} {parts}")


if __name__ == "__main__":
    main()
