"""Fetching a URL safely: the one place quizgen talks to the network.

A class server must not become a way into the school's network, so every request is checked:
http and https only; the host's addresses are resolved and refused when private, loopback,
link-local or reserved (unless the user allows private hosts), and the address actually
connected to is checked again before the body is read (a host can resolve differently the
second time); redirects are followed by hand, a few times, each new URL checked the same way;
the body is streamed and abandoned past a size limit; timeouts bound every step and the whole.

>>> page = fetch_url("https://example.org/news/1", policy=FetchPolicy())  # doctest: +SKIP
>>> page.kind, page.final_url
('html', 'https://example.org/news/1')
"""

from __future__ import annotations

import ipaddress
import os
import socket
import time
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urljoin, urlsplit

import httpx

from quizgen.errors import InputError

USER_AGENT = "quizgen/0.1 (study decks from news articles; fetches one page per article)"
PRIVATE_HOSTS_ENV = "QUIZGEN_ALLOW_PRIVATE_HOSTS"
REDIRECT_CODES = (301, 302, 303, 307, 308)

PageKind = Literal["html", "feed", "json"]
# Content types we read, by what they hold; anything else is refused before the body is read.
CONTENT_TYPES: dict[str, PageKind] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/rdf+xml": "feed",
    "application/xml": "feed",
    "text/xml": "feed",
    "application/feed+json": "json",
    "application/json": "json",
}


class FetchError(InputError):
    """A URL could not be fetched or is not something quizgen reads."""


@dataclass(frozen=True)
class FetchPolicy:
    """Limits for one fetch. ``allow_private_hosts`` lets a user reach every private address;
    ``allowed_networks`` (CIDR strings) only the networks named, e.g. a school's news server."""

    allow_private_hosts: bool = False
    allowed_networks: tuple[str, ...] = ()
    timeout: float = 20.0  # seconds for each connect, read and write
    total_timeout: float = 60.0  # seconds for the whole response, redirects included
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    user_agent: str = USER_AGENT

    @classmethod
    def from_environment(cls, **overrides) -> FetchPolicy:
        """The app's policy: private hosts only when ``QUIZGEN_ALLOW_PRIVATE_HOSTS=1``."""
        allowed = os.environ.get(PRIVATE_HOSTS_ENV, "").strip().lower() in ("1", "true", "yes")
        return cls(allow_private_hosts=allowed, **overrides)


@dataclass(frozen=True)
class Fetched:
    url: str  # as asked
    final_url: str  # after redirects
    content_type: str
    kind: PageKind
    body: bytes


def fetch_url(url: str, *, policy: FetchPolicy) -> Fetched:
    """GET ``url`` within ``policy``; raise FetchError with one line saying what went wrong."""
    deadline = time.monotonic() + policy.total_timeout
    timeout = httpx.Timeout(policy.timeout)
    headers = {"User-Agent": policy.user_agent, "Accept": _ACCEPT}
    # trust_env=False: no proxy from the environment, so the peer we check is the real host.
    with httpx.Client(timeout=timeout, headers=headers, follow_redirects=False, trust_env=False) as client:
        current = url
        for _hop in range(policy.max_redirects + 1):
            check_url(current, policy=policy)
            try:
                with client.stream("GET", current) as response:
                    _check_peer(response, current, policy)
                    if response.status_code in REDIRECT_CODES and "location" in response.headers:
                        current = urljoin(current, response.headers["location"])
                        continue
                    if response.status_code >= 400:
                        reason = response.reason_phrase or ""
                        raise FetchError(f"{url}: HTTP {response.status_code} {reason}".rstrip())
                    kind, content_type = _content_kind(response, url)
                    body = _read_limited(response, url, policy, deadline)
                    return Fetched(url, str(response.url), content_type, kind, body)
            except httpx.TimeoutException:
                raise FetchError(f"{url}: timed out (no answer within {policy.timeout:g} s)") from None
            except httpx.HTTPError as exc:
                raise FetchError(f"{url}: cannot fetch ({_describe(exc)})") from None
    raise FetchError(f"{url}: more than {policy.max_redirects} redirects; giving up")


_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/feed+json,application/json;q=0.9,application/xml;q=0.9,text/xml;q=0.9"
)


def check_url(url: str, *, policy: FetchPolicy) -> None:
    """Refuse anything but http(s) to a public host (or any host, when private ones are allowed)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https links can be fetched")
    host = parts.hostname
    if not host:
        raise FetchError(f"{url}: the link names no host")
    if policy.allow_private_hosts:
        return
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise FetchError(f"{url}: the port is not a number") from None
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchError(f"{url}: no such host {host!r}") from None
    for info in infos:
        _refuse_private(str(info[4][0]), url, policy)


def _check_peer(response: httpx.Response, url: str, policy: FetchPolicy) -> None:
    if policy.allow_private_hosts:
        return
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if not peer:
        raise FetchError(f"{url}: cannot tell which address answered; refusing to read it")
    _refuse_private(str(peer[0]), url, policy)


def _refuse_private(address: str, url: str, policy: FetchPolicy) -> None:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if any(ip in ipaddress.ip_network(n, strict=False) for n in policy.allowed_networks):
        return
    if not ip.is_global or ip.is_multicast:
        raise FetchError(
            f"{url}: refused: {ip} is a private, loopback, link-local or reserved address "
            "(allow it with --allow-private-hosts, or QUIZGEN_ALLOW_PRIVATE_HOSTS=1 for the app)"
        )


def _content_kind(response: httpx.Response, url: str) -> tuple[PageKind, str]:
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    kind = CONTENT_TYPES.get(content_type)
    if kind is None and content_type.endswith(("+xml", "+json")):
        kind = "json" if content_type.endswith("+json") else "feed"
    if kind is None:
        shown = content_type or "no content type"
        raise FetchError(f"{url}: not an HTML page or a feed ({shown})")
    return kind, content_type


def _read_limited(response: httpx.Response, url: str, policy: FetchPolicy, deadline: float) -> bytes:
    too_large = f"{url}: too large (over {policy.max_bytes:,} bytes); not fetched"
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > policy.max_bytes:
        raise FetchError(too_large)
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > policy.max_bytes:
            raise FetchError(too_large)
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: timed out (took over {policy.total_timeout:g} s)")
        chunks.append(chunk)
    return b"".join(chunks)


def _describe(exc: httpx.HTTPError) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]
