"""Parsing on a Dask cluster: the same deck as a local run, the fact cache filled by the
client, and one clear line when the cluster fails. Real clusters, started by the tests."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quizgen.cli import main
from quizgen.deck.cache import FactCache
from quizgen.deck.generate import generate_deck
from quizgen.deck.io import dump_deck
from quizgen.nlp import load_pipeline
from tests.conftest import SEEDS
from tests.faker_articles import fake_article

distributed = pytest.importorskip("distributed")

DASK = Path(sys.executable).with_name("dask")
WORKER_ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(SEEDS.parent), os.environ.get("PYTHONPATH")]))}


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    """The five seed articles and three Faker articles."""
    folder = tmp_path_factory.mktemp("articles")
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    for n in (3, 7, 11):
        (folder / f"faker-{n}.txt").write_text(fake_article(n).text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def local_deck(articles) -> str:
    return dump_deck(generate_deck([articles], deck_id="mixed", title="Mixed"))


def test_two_worker_processes_make_the_local_deck_and_the_client_fills_the_cache(tmp_path, articles, local_deck):
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        cache = FactCache(tmp_path / "cache")
        deck = generate_deck([articles], deck_id="mixed", title="Mixed", cache=cache, dask=cluster.scheduler_address)
        with Client(cluster) as client:
            loads = client.run(load_pipeline.cache_info)
    assert dump_deck(deck) == local_deck
    assert (cache.hits, cache.misses) == (0, 8)
    # each worker process loaded spaCy at most once, however many articles it parsed
    assert len(loads) == 2 and all(info.misses <= 1 for info in loads.values())
    assert sum(info.misses for info in loads.values()) >= 1
    # the client wrote entries a plain run reads: nothing left to parse
    again = FactCache(tmp_path / "cache")
    assert dump_deck(generate_deck([articles], deck_id="mixed", title="Mixed", cache=again)) == local_deck
    assert (again.hits, again.misses) == (8, 0)


def test_dask_local_starts_its_own_quiet_cluster_and_makes_the_local_deck(articles, local_deck):
    """``--dask local``: a LocalCluster started (and stopped) by quizgen, with Dask's
    housekeeping made less frequent for the run only (``QUIET_DASK``): the same deck."""
    import dask

    from quizgen.deck.cluster import QUIET_DASK

    tick = dask.config.get("distributed.admin.tick.interval")
    deck = generate_deck([articles], deck_id="mixed", title="Mixed", dask="local")
    assert dump_deck(deck) == local_deck
    assert dask.config.get("distributed.admin.tick.interval") == tick  # the user's settings back
    assert QUIET_DASK["distributed.admin.tick.interval"] != tick


def test_local_workers_allocate_memory_as_a_local_run(monkeypatch):
    """Dask's nannies would start workers with MALLOC_TRIM_THRESHOLD_ set, which turns off
    glibc's sliding mmap threshold (a page fault storm that grows with the run): the workers
    of ``--dask local`` start without it, and keep Dask's other settings (one BLAS thread)."""
    import dask

    from quizgen.deck.cluster import cluster_client

    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    assert dask.config.get("distributed.nanny.pre-spawn-environ")["MALLOC_TRIM_THRESHOLD_"] is not None
    with cluster_client("local", n_workers=1) as client:
        trim = client.run(os.environ.get, "MALLOC_TRIM_THRESHOLD_")
        threads = client.run(os.environ.get, "OMP_NUM_THREADS")
    assert list(trim.values()) == [None]
    assert list(threads.values()) == ["1"]
    assert dask.config.get("distributed.nanny.pre-spawn-environ")["MALLOC_TRIM_THRESHOLD_"] is not None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(path: Path, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists() or not path.read_text().strip():
        assert process.poll() is None, f"{process.args} exited with {process.returncode}"
        assert time.monotonic() < deadline, f"{path} not written"
        time.sleep(0.2)


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_scheduler_and_worker_as_separate_processes_via_the_command_line(tmp_path, articles, local_deck, capsys):
    """As on several machines: `dask scheduler` and `dask worker` are their own processes, and
    `quizgen generate --dask ADDRESS` reaches them over TCP (here on loopback)."""
    scheduler, address = _scheduler(tmp_path, WORKER_ENV)
    worker = None
    try:
        worker = subprocess.Popen(
            [str(DASK), "worker", address, "--nthreads", "1", "--nworkers", "2", "--host", "127.0.0.1", "--no-dashboard"],
            env=WORKER_ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        out = tmp_path / "deck.yaml"
        code = main(["generate", str(articles), "-o", str(out), "--id", "mixed", "--title", "Mixed", "--no-cache", "-q", "--dask", address])
        assert code == 0, capsys.readouterr().err
        assert out.read_text(encoding="utf-8") == local_deck
    finally:
        if worker is not None:
            _stop(worker)
        _stop(scheduler)


def _scheduler(tmp_path: Path, env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    info = tmp_path / "scheduler.json"
    scheduler = subprocess.Popen(
        [str(DASK), "scheduler", "--host", "127.0.0.1", "--port", str(_free_port()), "--scheduler-file", str(info),
         "--no-dashboard"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    _wait_for(info, scheduler)
    return scheduler, json.loads(info.read_text())["address"]


def test_a_worker_that_keeps_dying_is_retried_then_one_line_and_exit_1(tmp_path, articles):
    """A worker too small for spaCy: its nanny kills it when it passes its memory limit and
    starts it again; the scheduler retries the batch once (allowed-failures 1), then gives up."""
    env = {**WORKER_ENV, "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "1"}
    scheduler, address = _scheduler(tmp_path, env)
    worker = None
    try:
        worker = subprocess.Popen(
            [str(DASK), "worker", address, "--nthreads", "1", "--memory-limit", "200MB", "--host", "127.0.0.1",
             "--no-dashboard"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        run = subprocess.run(
            [sys.executable, "-m", "quizgen.cli", "generate", str(articles), "-o", str(tmp_path / "d.yaml"),
             "--cache", str(tmp_path / "cache"), "-q", "--dask", address],
            check=False, env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
    finally:
        if worker is not None:
            _stop(worker)
        _stop(scheduler)
    assert run.returncode == 1
    assert run.stderr.startswith("quizgen: Dask workers died 2 times while parsing ")
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "d.yaml").exists()


def test_an_unreachable_scheduler_is_one_line_and_exit_1(tmp_path, articles, capsys):
    address = f"tcp://127.0.0.1:{_free_port()}"
    out = tmp_path / "deck.yaml"
    code = main(["generate", str(articles), "-o", str(out), "--no-cache", "-q", "--dask", address])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith(f"quizgen: cannot reach the Dask scheduler at {address}")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_an_input_taken_for_the_address_is_a_usage_error(articles, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["generate", "--dask", str(articles), "-o", "deck.yaml"])
    assert exit_.value.code == 2
    assert "is not a Dask scheduler address" in capsys.readouterr().err
