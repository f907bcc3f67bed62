"""Safe fetching: schemes, private addresses, redirects, timeouts, size and content types."""

from __future__ import annotations

import socket

import pytest

from quizgen.ingest.fetching import USER_AGENT, FetchError, FetchPolicy, fetch_url
from tests.ingest.web_pages import faker_page, news_page


def test_a_page_is_fetched_with_a_user_agent_naming_quizgen(server, local_policy):
    url = server.route("/story", news_page(faker_page(1, title="Bridge reopens")))
    page = fetch_url(url, policy=local_policy)
    assert page.kind == "html" and b"Bridge reopens" in page.body
    assert server.requests == [("/story", USER_AGENT)]
    assert USER_AGENT.startswith("quizgen/")


def test_loopback_is_refused_unless_private_hosts_are_allowed(server):
    url = server.route("/story", news_page(faker_page(1, title="Bridge reopens")))
    with pytest.raises(FetchError, match=r"refused: 127\.0\.0\.1 is a private.*--allow-private-hosts"):
        fetch_url(url, policy=FetchPolicy())
    assert server.requests == []  # refused before connecting


@pytest.mark.parametrize(
    "url",
    ["http://10.1.2.3/a", "http://192.168.0.10/", "http://169.254.169.254/latest/meta-data/",
     "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/", "http://localhost/"],
)  # fmt: skip
def test_private_link_local_and_reserved_addresses_are_refused(url):
    with pytest.raises(FetchError, match="refused"):
        fetch_url(url, policy=FetchPolicy(timeout=1.0))


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a", "gopher://x/"])
def test_only_http_and_https(url):
    with pytest.raises(FetchError, match="only http and https"):
        fetch_url(url, policy=FetchPolicy(allow_private_hosts=True))


def test_a_redirect_to_a_private_address_is_refused(server):
    # The server itself is allowed (its network is trusted), the redirect's target is not.
    policy = FetchPolicy(allowed_networks=("127.0.0.1/32",), timeout=2.0)
    url = server.route("/go", "", status=302, headers={"Location": "http://10.0.0.7/admin"})
    with pytest.raises(FetchError, match=r"refused: 10\.0\.0\.7"):
        fetch_url(url, policy=policy)
    assert [p for p, _ in server.requests] == ["/go"]


def test_a_trusted_network_is_reached_and_the_connected_address_checked(server):
    url = server.route("/story", news_page(faker_page(1, title="Bridge reopens")))
    page = fetch_url(url, policy=FetchPolicy(allowed_networks=("127.0.0.0/8",)))
    assert b"Bridge reopens" in page.body


def test_a_host_that_resolves_public_then_private_is_refused_after_connecting(server, monkeypatch):
    # DNS rebinding: the check sees a public address, the connection goes to 127.0.0.1.
    # Name resolution is the one thing faked here; the connection and the server are real.
    real = socket.getaddrinfo
    calls = []

    def rebinding(host, port, *args, **kw):
        calls.append(host)
        if host == "news.rebind.test":
            address = "93.184.216.34" if len(calls) == 1 else "127.0.0.1"
            return real(address, port, *args, **kw)
        return real(host, port, *args, **kw)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    server.route("/story", news_page(faker_page(1, title="Bridge reopens")))
    port = server.httpd.server_address[1]
    with pytest.raises(FetchError, match=r"refused: 127\.0\.0\.1"):
        fetch_url(f"http://news.rebind.test:{port}/story", policy=FetchPolicy(timeout=2.0))
    assert len(calls) == 2


def test_redirects_are_followed_a_few_times(server, local_policy):
    target = server.route("/final", news_page(faker_page(2, title="Final page")))
    server.route("/r1", "", status=301, headers={"Location": "/r2"})
    server.route("/r2", "", status=302, headers={"Location": target})
    page = fetch_url(server.url("/r1"), policy=local_policy)
    assert page.final_url == target
    for n in range(10):
        server.route(f"/loop{n}", "", status=302, headers={"Location": f"/loop{n + 1}"})
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch_url(server.url("/loop0"), policy=local_policy)


def test_http_errors_name_the_status(server, local_policy):
    with pytest.raises(FetchError, match="HTTP 404 Not Found"):
        fetch_url(server.url("/missing"), policy=local_policy)


def test_a_slow_server_times_out(server):
    url = server.route("/slow", "<p>late</p>", delay=1.5)
    with pytest.raises(FetchError, match="timed out"):
        fetch_url(url, policy=FetchPolicy(allow_private_hosts=True, timeout=0.3))


def test_content_that_is_not_html_or_a_feed_is_refused(server, local_policy):
    url = server.route("/photo.png", b"\x89PNG\r\n", content_type="image/png")
    with pytest.raises(FetchError, match=r"not an HTML page or a feed \(image/png\)"):
        fetch_url(url, policy=local_policy)


@pytest.mark.parametrize("declare_length", [True, False])
def test_too_large_a_page_is_abandoned(server, declare_length):
    url = server.route("/big", b"<p>" + b"x" * 300_000 + b"</p>", declare_length=declare_length)
    policy = FetchPolicy(allow_private_hosts=True, max_bytes=100_000, timeout=5.0)
    with pytest.raises(FetchError, match="too large"):
        fetch_url(url, policy=policy)


def test_the_app_allows_private_hosts_only_through_the_environment(monkeypatch):
    monkeypatch.delenv("QUIZGEN_ALLOW_PRIVATE_HOSTS", raising=False)
    assert not FetchPolicy.from_environment().allow_private_hosts
    monkeypatch.setenv("QUIZGEN_ALLOW_PRIVATE_HOSTS", "1")
    assert FetchPolicy.from_environment().allow_private_hosts
