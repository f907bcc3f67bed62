"""The fact cache: re-runs parse only what changed, and the deck is the same either way."""

from __future__ import annotations

import json
import shutil

import pytest

from quizgen.deck import cache as cache_module
from quizgen.deck.cache import FactCache
from quizgen.deck.generate import generate_deck
from quizgen.deck.io import dump_deck
from tests.conftest import SEEDS
from tests.faker_articles import fake_article


def make_deck(folder, cache=None) -> str:
    return dump_deck(generate_deck([folder], deck_id="nato-isil", title="NATO and ISIL", cache=cache))


@pytest.fixture(scope="module")
def uncached_deck() -> str:
    return make_deck(SEEDS)


@pytest.fixture()
def articles(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    return folder


def test_second_run_parses_nothing_and_makes_the_same_deck(tmp_path, uncached_deck):
    first = FactCache(tmp_path / "cache")
    assert make_deck(SEEDS, first) == uncached_deck
    assert (first.hits, first.misses) == (0, 5)
    second = FactCache(tmp_path / "cache")
    assert make_deck(SEEDS, second) == uncached_deck
    assert (second.hits, second.misses) == (5, 0)


def test_one_new_article_parses_one(tmp_path, articles):
    make_deck(articles, FactCache(tmp_path / "cache"))
    (articles / "new.txt").write_text(fake_article(7).text, encoding="utf-8")
    again = FactCache(tmp_path / "cache")
    deck = make_deck(articles, again)
    assert (again.hits, again.misses) == (5, 1)
    assert deck == make_deck(articles)


def test_an_edited_article_is_parsed_again(tmp_path, articles):
    make_deck(articles, FactCache(tmp_path / "cache"))
    edited = min(articles.glob("*.txt"))
    edited.write_text(edited.read_text(encoding="utf-8") + "\nIt rained all day in Brussels.\n", encoding="utf-8")
    again = FactCache(tmp_path / "cache")
    make_deck(articles, again)
    assert (again.hits, again.misses) == (4, 1)


@pytest.mark.parametrize(
    "changed",
    [
        lambda mp: mp.setattr(cache_module, "model_identity", lambda: "en_core_web_sm 9.9.9"),
        lambda mp: mp.setattr(cache_module, "_version", lambda dist: f"{dist} 99.0"),
        lambda mp: mp.setattr(cache_module, "EXTRACTION_SOURCES", (*cache_module.EXTRACTION_SOURCES, "cli.py")),
    ],
    ids=["spacy-model-version", "quizgen-version", "extraction-code"],
)
def test_a_new_version_misses_every_entry(tmp_path, monkeypatch, changed):
    make_deck(SEEDS, FactCache(tmp_path / "cache"))
    cache_module.extraction_fingerprint.cache_clear()
    changed(monkeypatch)
    try:
        again = FactCache(tmp_path / "cache")
        make_deck(SEEDS, again)
        assert (again.hits, again.misses) == (0, 5)
    finally:
        monkeypatch.undo()
        cache_module.extraction_fingerprint.cache_clear()


def foreign_entry(path):
    """Another article's entry copied in under this one's name."""
    others = sorted(p for p in path.parent.glob("*.json") if p != path)
    path.write_bytes(others[0].read_bytes())


def wrong_type(path):
    entry = json.loads(path.read_text(encoding="utf-8"))
    entry["facts"]["quotes"][0]["start"] = "12"
    path.write_text(json.dumps(entry), encoding="utf-8")


@pytest.mark.parametrize(
    "spoil",
    [
        lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),  # torn
        lambda p: p.write_bytes(b"\x80\x81 not json"),
        lambda p: p.write_text("[]", encoding="utf-8"),
        foreign_entry,
        wrong_type,
    ],
    ids=["torn", "not-json", "not-an-entry", "foreign", "wrong-type"],
)
def test_a_spoilt_entry_is_ignored_and_rewritten(tmp_path, uncached_deck, spoil):
    folder = tmp_path / "cache"
    make_deck(SEEDS, FactCache(folder))
    entries = sorted(folder.glob("*.json"), key=lambda p: -len(p.read_bytes()))  # one with quotes
    spoil(entries[0])
    again = FactCache(folder)
    assert make_deck(SEEDS, again) == uncached_deck
    assert (again.hits, again.misses) == (4, 1)
    third = FactCache(folder)
    make_deck(SEEDS, third)
    assert (third.hits, third.misses) == (5, 0)


def test_cli_no_cache_writes_no_cache(tmp_path, monkeypatch):
    from quizgen.cli import main

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    assert main(["generate", str(SEEDS), "-o", str(tmp_path / "d.yaml"), "-q", "--id", "d", "--cache", str(tmp_path / "c")]) == 0
    assert len(list((tmp_path / "c").glob("*.json"))) == 5
    assert main(["generate", str(SEEDS), "-o", str(tmp_path / "e.yaml"), "-q", "--id", "d", "--no-cache"]) == 0
    assert (tmp_path / "d.yaml").read_bytes() == (tmp_path / "e.yaml").read_bytes()
    assert not (tmp_path / "user-cache").exists()
    assert main(["generate", str(SEEDS), "-o", str(tmp_path / "f.yaml"), "-q"]) == 0  # the default
    entries = list((tmp_path / "user-cache").rglob("*.json"))
    assert sorted(p.parent.name for p in entries) == ["decks"] + ["facts"] * 5  # the facts and the deck


RUN_AND_REPORT_SPACY = """
import sys
from quizgen.cli import main
code = main(sys.argv[1:])
print("spacy imported" if "spacy" in sys.modules else "spacy not imported")
sys.exit(code)
"""


def generate_in_a_new_process(folder, out, cache, *options: str, script: str = RUN_AND_REPORT_SPACY) -> str:
    """``quizgen generate`` in a fresh interpreter; what ``script`` says about spaCy."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    args = ["generate", str(folder), "-o", str(out), "-q", "--id", "d", "--cache", str(cache), *options]
    done = subprocess.run(
        [sys.executable, "-c", script, *args], cwd=root, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_a_fully_cached_run_never_imports_spacy(tmp_path, articles):
    """A warm run costs reading the cache and building the deck, not importing spaCy (about
    2 CPU seconds) or loading the pipeline."""
    assert generate_in_a_new_process(articles, tmp_path / "cold.yaml", tmp_path / "c") == "spacy imported"
    assert generate_in_a_new_process(articles, tmp_path / "warm.yaml", tmp_path / "c") == "spacy not imported"
    assert (tmp_path / "warm.yaml").read_bytes() == (tmp_path / "cold.yaml").read_bytes()
    (articles / "new.txt").write_text(fake_article(7).text, encoding="utf-8")
    assert generate_in_a_new_process(articles, tmp_path / "new.yaml", tmp_path / "c") == "spacy imported"


RUN_AND_REPORT_PIPELINE = """
import sys
from quizgen.cli import main
from quizgen.nlp import load_pipeline
code = main(sys.argv[1:])
print("pipeline loaded" if load_pipeline.cache_info().currsize else "pipeline not loaded")
sys.exit(code)
"""


def test_a_rebuilt_deck_of_cached_facts_parses_no_question_again(tmp_path, articles):
    """Another title misses the deck cache but not the facts nor the readings: the deck is built
    again, and the verdict on each question's occasion (``items.occasion_anchors``, a parse of
    the question) is read back: the spaCy pipeline is never loaded."""
    cache = tmp_path / "c"
    assert generate_in_a_new_process(articles, tmp_path / "cold.yaml", cache, script=RUN_AND_REPORT_PIPELINE) == "pipeline loaded"
    other = generate_in_a_new_process(articles, tmp_path / "other.yaml", cache, "--title", "Other", script=RUN_AND_REPORT_PIPELINE)
    assert other == "pipeline not loaded"
    cold = (tmp_path / "cold.yaml").read_text(encoding="utf-8")
    rebuilt = (tmp_path / "other.yaml").read_text(encoding="utf-8")
    assert rebuilt.replace("\n  title: Other\n", "\n  title: D\n", 1) == cold  # the same cards


def test_the_stop_words_are_spacys():
    from spacy.lang.en.stop_words import STOP_WORDS

    from quizgen.nlp import english_stop_words

    assert english_stop_words() == STOP_WORDS
