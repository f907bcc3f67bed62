"""spaCy's worker processes end with a killed ``quizgen generate``."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quizgen.deck.generate import PARALLEL_FROM
from tests.faker_articles import fake_article

ROOT = Path(__file__).resolve().parents[2]


def children_of(pid: int) -> set[int]:
    """Live (not zombie) processes whose parent is ``pid``."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            state, ppid = stat.rsplit(")", 1)[1].split()[:2]
            if int(ppid) == pid and state != "Z":
                found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return condition()


@pytest.mark.skipif(not sys.platform.startswith("linux") or (os.cpu_count() or 1) < 2, reason="needs /proc and two cores")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_end_when_generate_is_killed(tmp_path, sig):
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(PARALLEL_FROM):  # enough articles for generate to start its workers
        (folder / f"a{n:03}.txt").write_text(fake_article(n).text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "quizgen.cli", "generate", str(folder), "-o", str(tmp_path / "d.yaml"), "-q"]
    parent = subprocess.Popen(command, env=env, cwd=tmp_path)
    workers: set[int] = set()
    try:
        assert wait_for(lambda: len(children_of(parent.pid)) >= 2, 300), "generate started no workers"
        workers = children_of(parent.pid)
        parent.send_signal(sig)
        parent.wait(timeout=60)
        assert wait_for(lambda: not any(alive(w) for w in workers), 30), "workers outlived generate"
    finally:
        parent.kill()
        parent.wait()
        for w in workers:  # left behind by a failure: do not leave them running
            if alive(w):
                os.kill(w, signal.SIGKILL)
