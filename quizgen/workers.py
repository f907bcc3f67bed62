"""Worker processes that end with the process that started them.

spaCy's ``nlp.pipe(n_process=N)`` forks workers that wait on a queue the parent feeds. When
the parent is killed (SIGKILL, or SIGTERM without a handler) nothing closes that queue, and
each worker, holding a copy of the model (~200 MB), would wait for ever. Every worker calls
``end_with_parent`` as it starts: on Linux the kernel then kills it when its parent dies
(``prctl(PR_SET_PDEATHSIG)``); elsewhere a daemon thread polls the parent's pid.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.util
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>
POLL_SECONDS = 1.0

_guarded_pid: int | None = None  # the process end_with_parent already ran in


def end_with_parent() -> None:
    """Make this process end when its parent ends, however the parent ends (once per process)."""
    global _guarded_pid
    if _guarded_pid == os.getpid():
        return
    _guarded_pid = os.getpid()
    parent = multiprocessing.parent_process()
    parent_pid = parent.pid if parent is not None and parent.pid else os.getppid()
    if not _kernel_kills_on_parent_death():
        threading.Thread(target=_watch_parent, args=(parent_pid,), name="end-with-parent", daemon=True).start()
    if os.getppid() != parent_pid:  # the parent died before the guard was in place
        os._exit(1)


def _kernel_kills_on_parent_death() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(POLL_SECONDS)
    os._exit(1)


class _AfterFork:
    """A weak-referenceable key for ``multiprocessing.util.register_after_fork``."""


_AFTER_FORK = _AfterFork()


def guard_forked_workers() -> None:
    """Run ``end_with_parent`` in every process ``multiprocessing`` starts from here on.

    Forked children run it as they start; spawned ones (macOS, Windows) import afresh and
    rely on the caller running ``end_with_parent`` in the worker as well."""
    multiprocessing.util.register_after_fork(_AFTER_FORK, lambda _key: end_with_parent())
