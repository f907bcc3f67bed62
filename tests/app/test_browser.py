"""One real-browser test: Debian chromium via Playwright against `streamlit run app.py`.

Study one card, rate it, reload the page and see the review persisted. A screenshot of the
Study page is saved to screenshots/study.png (git-ignored).
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from quizgen.deck.io import save_deck
from tests.study_decks import make_deck

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "screenshots"
BOOT_TIMEOUT_S = 120
UI_TIMEOUT_MS = 60_000

if not CHROMIUM.exists() and not os.environ.get("CI"):
    pytest.skip(
        "needs Debian chromium at /usr/bin/chromium (apt-get install chromium); CI installs it",
        allow_module_level=True,
    )

if os.environ.get("CI"):  # in CI the browser test must run: a missing playwright is a failure
    from playwright import sync_api
else:
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="pip install -e '.[dev]' for playwright"
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    yield from serve(tmp_path, [make_deck()])


LINKS = "Links: https://evil.example/x?a=1, www.evil.example and mail@evil.example"


@pytest.fixture
def links_server(tmp_path):
    yield from serve(tmp_path, [make_deck(deck_id="links", title=LINKS)])


def serve(tmp_path, decks_to_save):
    decks = tmp_path / "decks"
    decks.mkdir()
    for deck in decks_to_save:
        save_deck(deck, decks / f"{deck.deck.id}.yaml")
    port = free_port()
    env = {
        **os.environ,
        "QUIZGEN_DECKS_DIR": str(decks),
        "QUIZGEN_DATA_DIR": str(tmp_path / "data"),
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
        "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
    }
    log = open(tmp_path / "streamlit.log", "wb")  # noqa: SIM115 - closed after the server stops
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
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + BOOT_TIMEOUT_S
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"streamlit exited: {(tmp_path / 'streamlit.log').read_text()}")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("streamlit did not start in time")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]


def test_study_one_card_in_a_real_browser(server):
    SCREENSHOTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=BROWSER_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 1000})
            page.set_default_timeout(UI_TIMEOUT_MS)
            page.goto(server)
            page.get_by_text("Studied today: 0").wait_for()
            page.get_by_text('Who said: "We will stand together."?').wait_for()
            page.get_by_role("button", name="Show answer").click()
            good = page.get_by_role("button", name="Good ·")
            good.wait_for()
            # The evidence and its source are shown with the answer.
            page.get_by_text("Allies meet in Brussels").first.wait_for()
            page.screenshot(path=str(SCREENSHOTS / "study-answer.png"), full_page=True)
            good.click()
            page.get_by_text("Studied today: 1").wait_for()

            page.reload()
            page.get_by_text("Studied today: 1").wait_for()
            page.get_by_role("button", name="Show answer").wait_for()
            page.screenshot(path=str(SCREENSHOTS / "study.png"), full_page=True)
        finally:
            browser.close()
    assert (SCREENSHOTS / "study.png").stat().st_size > 0


def test_urls_in_deck_text_are_not_links(links_server):
    """Streamlit's markdown links bare URLs, www. names and e-mail addresses: deck text must not."""
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=BROWSER_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 1000})
            page.set_default_timeout(UI_TIMEOUT_MS)
            page.goto(links_server + "/decks")
            title = page.get_by_text("evil.example/x", exact=False).first
            title.wait_for()
            hrefs = page.eval_on_selector_all("a", "els => els.map(e => e.href)")
            shown = title.inner_text()
        finally:
            browser.close()
    assert not [h for h in hrefs if "evil" in h], hrefs
    # What the reader sees is the text itself (invisible joiners aside).
    assert shown.replace("\u2060", "") == LINKS
