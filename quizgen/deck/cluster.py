"""Parsing on a Dask cluster: the per-article map (parse + extract) on workers, the deck here.

``--dask local`` starts a ``distributed.LocalCluster`` of one single-threaded worker process
per core; ``--dask tcp://HOST:8786`` uses the scheduler of a running cluster (``dask
scheduler`` on one machine, ``dask worker tcp://HOST:8786`` on each). Articles go to the
workers in small batches; each worker loads the spaCy pipeline once (``load_pipeline`` is
cached per process) and sends back the facts of each article, without the article. The
client checks that every worker extracts with the same code and model as itself (the fact
cache's fingerprint), puts the facts in input order and builds the deck, so the deck is the
one a local run makes, byte for byte.

A worker that dies takes its batches with it; the scheduler runs them again on another
worker, up to ``distributed.scheduler.allowed-failures`` (3) deaths per batch, after which
the run stops with one line naming the batch's articles. Facts already received are in the
fact cache, so a re-run goes on where this one stopped.

>>> for index, facts in parse_on_cluster(articles, "local"):   # doctest: +SKIP
...     print(articles[index].id, len(facts.quotes))
"""

from __future__ import annotations

import logging
import os
import re
import socket
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from typing import Any

from quizgen.deck.cache import extraction_fingerprint
from quizgen.deck.chunks import WHOLE_ARTICLE_CHARS
from quizgen.errors import QuizgenError
from quizgen.extract import ArticleFacts, FailedFacts
from quizgen.ingest.articles import Article

LOCAL = "local"
BATCH_ARTICLES = 4  # articles per task: enough for nlp.pipe to batch, few enough to spread
BATCH_CHARS = 60_000
TASKS_PER_THREAD = 3  # tasks in flight per worker thread: workers never wait, memory stays bounded
CONNECT_SECONDS = 10.0
WORKERS_SECONDS = 30.0
ADDRESS_PATTERN = re.compile(r"(tcp|tls|ws|wss|inproc|ucx)://\S+|[A-Za-z0-9.\-\[\]:]+:\d+")
# Dask's housekeeping, made less frequent: a scheduler, its nannies and workers otherwise wake
# many times a second (event-loop tick every 20 ms, the workers' profiler every 10 ms, memory
# checks every 100 ms, system monitor, work stealing), which an idle 2-worker LocalCluster pays
# about 0.08 CPU s per wall second for; with these, about 0.01. Parsing articles needs none of
# it: tasks are few and long, and the client keeps only a few in flight per worker.
QUIET_DASK = {
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.profile.enabled": False,
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.scheduler.work-stealing": False,
}
# glibc's malloc as in a local run: Dask's nannies start workers with MALLOC_TRIM_THRESHOLD_
# set, and setting it turns off glibc's sliding mmap threshold, so every buffer over 128 KB
# spaCy makes is mapped and unmapped again: measured on 100 articles in one process, 1.08
# million page faults and 3.0 system CPU s against 0.27 million and 1.0 s, the same user
# time; the cost grows with the articles parsed (README, "Large archives"). None drops it.
MALLOC_AS_LOCAL = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}
DASK_SETTINGS = {**QUIET_DASK, **MALLOC_AS_LOCAL}
INSTALL_HINT = "--dask needs Dask: pip install 'quizgen[cluster]' (or 'dask[distributed]')"

_FACT_LISTS = tuple(f.name for f in fields(ArticleFacts) if f.name != "article")
_PARSING = threading.Lock()  # one spaCy pipeline per worker process; threads take turns


def check_address(value: str) -> str:
    """``value`` if it names a cluster (``local``, ``tcp://HOST:PORT``, ``HOST:PORT``), else
    a ``QuizgenError`` saying what is expected."""
    if value == LOCAL or ADDRESS_PATTERN.fullmatch(value):
        return value
    raise QuizgenError(
        f"--dask {value!r} is not a Dask scheduler address: give 'local' or tcp://HOST:8786 "
        "(--dask with no address, before the inputs, reads the first input as the address)"
    )


@dataclass(frozen=True)
class WorkerFacts:
    """What a worker sends back for a batch: who it is, how it extracts, and per article the
    fact lists of ``ArticleFacts`` (the client has the articles), or why extraction failed
    (``{"failure": …}``)."""

    worker: str
    fingerprint: str
    facts: list[dict[str, Any]]


def facts_on_worker(articles: list[Article]) -> WorkerFacts:
    """Parse and extract ``articles`` in this worker process (the task Dask runs)."""
    from quizgen.deck.generate import parse_runs
    from quizgen.extract.pipeline import with_facts_component
    from quizgen.nlp import load_pipeline

    with _PARSING:
        nlp = with_facts_component(load_pipeline())
        done = list(parse_runs(nlp, articles, n_process=1))
    return WorkerFacts(
        worker=f"{socket.gethostname()} pid {os.getpid()}",
        fingerprint=extraction_fingerprint(),
        facts=[
            {"failure": f.failure} if isinstance(f, FailedFacts) else {name: getattr(f, name) for name in _FACT_LISTS}
            for f in done
        ],
    )


def batches(articles: Sequence[Article]) -> list[list[int]]:
    """Indexes of ``articles`` in consecutive batches; a long article (parsed in pieces) alone."""
    out: list[list[int]] = []
    size = 0
    for i, article in enumerate(articles):
        long = len(article.body) > WHOLE_ARTICLE_CHARS
        if not out or long or len(out[-1]) >= BATCH_ARTICLES or size + len(article.body) > BATCH_CHARS:
            out.append([])
            size = 0
        out[-1].append(i)
        size = WHOLE_ARTICLE_CHARS + 1 if long else size + len(article.body)
    return out


def parse_on_cluster(
    articles: Sequence[Article],
    address: str = LOCAL,
    *,
    n_workers: int | None = None,
    progress: bool = False,
    connect_timeout: float = CONNECT_SECONDS,
) -> Iterator[tuple[int, ArticleFacts]]:
    """``(index, facts)`` of every article as the cluster finishes it (any order).

    ``address`` is ``"local"`` (a LocalCluster of ``n_workers`` processes, default one per
    core) or a scheduler's address. Raises ``QuizgenError`` with one line when the scheduler
    cannot be reached, has no workers, or workers keep dying."""
    check_address(address)
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise QuizgenError(INSTALL_HINT) from None
    if not articles:
        return
    with cluster_client(address, n_workers=n_workers, connect_timeout=connect_timeout) as client:
        yield from _map(client, list(articles), address=address, progress=progress)


@contextmanager
def cluster_client(
    address: str, *, n_workers: int | None = None, connect_timeout: float = CONNECT_SECONDS
) -> Iterator[Any]:
    """A Dask client of the cluster ``address`` names, with ``DASK_SETTINGS`` for the run
    only (workers that ``local`` starts get them; a running cluster keeps its own)."""
    import dask

    with (
        dask.config.set(DASK_SETTINGS),
        _client(address, n_workers=n_workers, connect_timeout=connect_timeout) as client,
    ):
        yield client


@contextmanager
def _client(address: str, *, n_workers: int | None, connect_timeout: float) -> Iterator[Any]:
    from distributed import Client, LocalCluster

    if address == LOCAL:
        cluster = LocalCluster(
            n_workers=n_workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        with cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout=connect_timeout)
    except OSError as exc:  # TimeoutError is one
        raise QuizgenError(
            f"cannot reach the Dask scheduler at {address} ({_reason(exc)}): start one with "
            f"`dask scheduler` and workers with `dask worker {address}`, or use --dask local"
        ) from None
    with client:
        try:
            client.wait_for_workers(1, timeout=WORKERS_SECONDS)
        except (OSError, TimeoutError):
            raise QuizgenError(
                f"the Dask scheduler at {address} has no workers after {WORKERS_SECONDS:.0f} s: "
                f"start some with `dask worker {address} --nthreads 1`"
            ) from None
        yield client


def _map(client: Any, articles: list[Article], *, address: str, progress: bool) -> Iterator[tuple[int, ArticleFacts]]:
    from distributed import as_completed

    expected = extraction_fingerprint()
    pending = iter(batches(articles))
    token = uuid.uuid4().hex[:8]
    running: dict[Any, list[int]] = {}

    def window() -> int:  # workers may join (or leave) while the run goes on
        return TASKS_PER_THREAD * max(1, sum(client.nthreads().values()))

    def submit() -> Any | None:
        batch = next(pending, None)
        if batch is None:
            return None
        future = client.submit(
            facts_on_worker, [articles[i] for i in batch], pure=False, key=f"quizgen-facts-{token}-{batch[0]}"
        )
        running[future] = batch
        return future

    done = as_completed([f for f in (submit() for _ in range(window())) if f is not None])
    bar = _progress_bar(len(articles), progress)
    try:
        for future in done:
            batch = running.pop(future)
            result = _result(future, [articles[i] for i in batch], address=address)
            if result.fingerprint != expected:
                raise QuizgenError(
                    f"Dask worker {result.worker} extracts with other code or another spaCy model than "
                    "this machine: install the same quizgen and spaCy pipeline on every worker"
                )
            for i, lists in zip(batch, result.facts):
                if "failure" in lists:  # extraction failed on the worker (``extract.pipeline``)
                    yield i, FailedFacts(article=articles[i], failure=lists["failure"])
                else:
                    yield i, ArticleFacts(article=articles[i], **lists)
            if bar is not None:
                bar.update(len(batch))
            for _ in range(window() - len(running)):
                following = submit()
                if following is None:
                    break
                done.add(following)
    finally:
        if bar is not None:
            bar.close()
        for future in running:
            future.cancel()


def _result(future: Any, batch: list[Article], *, address: str) -> WorkerFacts:
    from distributed import KilledWorker
    from distributed.utils import CancelledError

    names = ", ".join(a.id for a in batch[:3]) + (f" and {len(batch) - 3} more" if len(batch) > 3 else "")
    try:
        return future.result()
    except KilledWorker as exc:
        raise QuizgenError(
            f"Dask workers died {exc.allowed_failures + 1} times while parsing {names} (the last: "
            f"{exc.last_worker.address}); out of memory? Articles already done are kept in the fact "
            "cache, if one is used: run again to go on"
        ) from None
    except QuizgenError as exc:
        raise QuizgenError(f"on a Dask worker, parsing {names}: {exc}") from None
    except ImportError as exc:
        raise QuizgenError(
            f"a Dask worker cannot import quizgen ({exc}): install the same quizgen on every worker"
        ) from None
    except (CancelledError, OSError) as exc:
        raise QuizgenError(
            f"lost the Dask scheduler at {address} while parsing {names} ({_reason(exc)}); articles "
            "already done are kept in the fact cache, if one is used: run again to go on"
        ) from None


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _progress_bar(total: int, progress: bool) -> Any:
    if not progress or total < 2:
        return None
    import sys

    from tqdm import tqdm

    return tqdm(total=total, unit="article", file=sys.stderr, disable=None)
