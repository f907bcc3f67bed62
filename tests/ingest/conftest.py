"""The local web server every fetching test uses (127.0.0.1, so tests allow private hosts)."""

from __future__ import annotations

import pytest

from quizgen.ingest.fetching import FetchPolicy
from tests.ingest.web_server import LocalServer


@pytest.fixture
def server():
    with LocalServer() as running:
        yield running


@pytest.fixture
def local_policy():
    """Private hosts allowed (the test server is on 127.0.0.1); short timeouts."""
    return FetchPolicy(allow_private_hosts=True, timeout=5.0, total_timeout=20.0)
