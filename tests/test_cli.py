"""The quizgen command end to end: generate, validate, exit codes, no partial output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.cli import main
from tests.conftest import SEEDS, SEEDS_DECK


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "quizgen.cli", *args], capture_output=True, text=True, cwd=cwd, check=False
    )


def test_generate_seeds_is_byte_identical_to_committed_deck(tmp_path):
    out = tmp_path / "nato-isil.yaml"
    root = SEEDS.parent
    # the committed deck has event cards (`make decks` passes --events)
    result = run(
        "generate", "seeds", "--events", "--out", str(out), "--id", "nato-isil", "--title", "NATO and the fight against ISIL",
        "-q", cwd=root,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == SEEDS_DECK.read_bytes(), "regenerate with `make decks`"


def test_generate_twice_gives_identical_bytes(tmp_path):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    assert main(["generate", str(SEEDS), "--out", str(a), "--id", "same", "-q"]) == 0
    assert main(["generate", str(SEEDS), "--out", str(b), "--id", "same", "-q"]) == 0
    assert a.read_bytes() == b.read_bytes()


def test_validate_accepts_committed_deck(capsys):
    assert main(["validate", str(SEEDS_DECK)]) == 0
    assert "ok" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        (lambda d: (d / "empty.txt").write_bytes(b""), "empty"),
        (lambda d: (d / "img.txt").write_bytes(b"\x00\x01binary"), "binary"),
        (lambda d: (d / "latin.txt").write_bytes("Un caf\xe9".encode("latin-1")), "not UTF-8"),
        (lambda d: (d / "folder").mkdir(), "no .txt or .md articles"),
    ],
)
def test_bad_input_is_one_clear_line_and_no_output(tmp_path, setup, expected):
    setup(tmp_path)
    target = next(p for p in tmp_path.iterdir())
    out = tmp_path / "out.yaml"
    result = run("generate", str(target), "--out", str(out))
    assert result.returncode == 1
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_unwritable_output_is_a_clear_error(tmp_path):
    # Even root cannot create a file inside a regular file.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    result = run("generate", str(SEEDS), "--out", str(blocker / "d.yaml"), "-q")
    assert result.returncode == 1
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr
    assert blocker.read_text(encoding="utf-8") == "x"


def test_output_into_missing_folder_is_a_clear_error(tmp_path):
    result = run("generate", str(SEEDS), "--out", str(tmp_path / "nope" / "d.yaml"), "-q")
    assert result.returncode == 1
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr


def test_output_into_missing_folder_fails_before_the_build(tmp_path):
    # no article is read (the cache stays empty) when the deck would have nowhere to go
    cache = tmp_path / "cache"
    result = run("generate", str(SEEDS), "--out", str(tmp_path / "nope" / "d.yaml"), "--cache", str(cache), "-q")
    assert result.returncode == 1
    assert "no folder" in result.stderr and "Traceback" not in result.stderr
    assert not cache.exists() or not any(cache.rglob("*.pickle"))


def test_existing_deck_survives_a_failed_generate(tmp_path):
    out = tmp_path / "d.yaml"
    out.write_text("old deck", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    assert run("generate", str(tmp_path / "empty.txt"), "--out", str(out)).returncode == 1
    assert out.read_text(encoding="utf-8") == "old deck"


def test_validate_reports_bad_deck(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(SEEDS_DECK.read_text(encoding="utf-8").replace("answer:", "answr:", 1), encoding="utf-8")
    result = run("validate", str(bad), str(SEEDS_DECK))
    assert result.returncode == 1
    assert "bad.yaml" in result.stderr and "answr" in result.stderr
    assert "ok" in result.stdout  # the good deck is still checked


def test_usage_errors_exit_2():
    assert run("generate").returncode == 2
    assert run("frobnicate").returncode == 2
    assert run("generate", str(SEEDS), "--out", "x.yaml", "--limit", "0").returncode == 2


def test_limit_keeps_at_most_n_per_article(tmp_path):
    out = tmp_path / "d.yaml"
    assert main(["generate", str(SEEDS), "--out", str(out), "--limit", "1", "-q"]) == 0
    from quizgen.deck.io import load_deck

    deck = load_deck(out)
    per_article: dict[str, int] = {}
    for item in deck.items:
        for source in {e.source for e in item.evidence}:
            per_article[source] = per_article.get(source, 0) + 1
    assert deck.items and max(per_article.values()) <= len(deck.sources)
    assert len(deck.items) <= len(deck.sources)


def test_deck_id_defaults_to_output_stem_and_bad_id_is_a_usage_error(tmp_path):
    from quizgen.deck.io import load_deck

    out = tmp_path / "My Week 3.yaml"
    assert main(["generate", str(SEEDS / "000_18c4b2e00f638c31.txt"), "--out", str(out), "-q"]) == 0
    assert load_deck(out).deck.id == "My-Week-3"
    result = run("generate", str(SEEDS), "--out", str(tmp_path / "x.yaml"), "--id", "no spaces/please")
    assert result.returncode == 2 and "--id" in result.stderr and "Traceback" not in result.stderr


def test_id_with_a_trailing_newline_is_refused_up_front(tmp_path):
    out = tmp_path / "x.yaml"
    result = run("generate", str(SEEDS), "--out", str(out), "--id", "abc\n", "-q")
    assert result.returncode == 2 and "--id" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_validate_goes_on_after_a_loader_error(tmp_path):
    seeds_text = SEEDS_DECK.read_text(encoding="utf-8")
    bad_date = tmp_path / "date.yaml"
    bad_date.write_text(seeds_text.replace("published: '2017-05-24'", "published: 2017-02-30"), encoding="utf-8")
    twice = tmp_path / "twice.yaml"
    twice.write_text(seeds_text + "items: []\n", encoding="utf-8")
    result = run("validate", str(bad_date), str(twice), str(SEEDS_DECK))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = result.stderr.splitlines()
    assert errors[0].startswith(f"{bad_date}: line 11: '2017-02-30' is not a valid date")
    assert errors[1].startswith(f"{twice}: line ") and "'items' appears twice" in errors[1]
    assert f"{SEEDS_DECK}: ok" in result.stdout


def test_validate_refuses_a_deck_of_aliases_it_used_to_pass(tmp_path):
    big = "x" * 1_000_000
    base = Path(__file__).parent / "deck" / "data" / "base_deck.yaml"  # fixed, not regenerated
    text = base.read_text(encoding="utf-8").replace(
        "  accept:\n", f"  accept:\n  - &big {big}\n" + "  - *big\n" * 1000, 1
    )
    deck = tmp_path / "aliases.yaml"
    deck.write_text(text, encoding="utf-8")
    result = run("validate", str(deck))
    assert result.returncode == 1 and "aliases" in result.stderr and "ok" not in result.stdout


@pytest.mark.parametrize(
    "command",
    [
        ["export", "csv", "{deck}", "-o", "{deck}"],
        ["export", "anki", "{deck}", "-o", "{deck}"],
        ["quiz", "-f", "pdf", "{deck}", "-o", "{deck}"],
        ["quiz", "-f", "gift", "{deck}", "--versions", "2", "-o", "{stem}-v1{suffix}"],
    ],
)
def test_an_export_never_overwrites_its_deck(tmp_path, command):
    deck = tmp_path / "d.yaml"
    deck.write_bytes(SEEDS_DECK.read_bytes())
    (tmp_path / "d-v1.yaml").write_bytes(SEEDS_DECK.read_bytes())
    args = [a.format(deck=deck, stem=tmp_path / "d", suffix=".yaml") for a in command]
    if "--versions" in command:
        args[3] = str(tmp_path / "d-v1.yaml")
        args[-1] = str(tmp_path / "d.yaml")  # OUT d.yaml → d-v1.yaml, the input
    result = run(*args)
    assert result.returncode == 1, result.stderr
    assert "would overwrite the input" in result.stderr and len(result.stderr.splitlines()) == 1
    assert deck.read_bytes() == SEEDS_DECK.read_bytes()
    assert (tmp_path / "d-v1.yaml").read_bytes() == SEEDS_DECK.read_bytes()


def test_generate_never_overwrites_an_article(tmp_path):
    article = tmp_path / "a.txt"
    original = (SEEDS / "000_18c4b2e00f638c31.txt").read_bytes()
    article.write_bytes(original)
    for out in (article, tmp_path / "." / "a.txt"):
        result = run("generate", str(article), "-o", str(out), "-q")
        assert result.returncode == 1 and "would overwrite the input" in result.stderr
    # An article inside an input folder counts too.
    result = run("generate", str(tmp_path), "-o", str(article), "-q")
    assert result.returncode == 1 and "would overwrite the input" in result.stderr
    assert article.read_bytes() == original


@pytest.mark.parametrize("command", [["export", "csv"], ["export", "anki"], ["quiz", "-f", "gift"]])
def test_exports_of_a_bad_deck_are_one_line_not_a_traceback(tmp_path, command):
    bad = tmp_path / "bad.yaml"
    bad.write_text(SEEDS_DECK.read_text(encoding="utf-8").replace("published: '2017-05-24'", "published: 2017-02-30"), encoding="utf-8")
    out = tmp_path / "out.file"
    result = run(*command, str(bad), "-o", str(out))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == f"quizgen: {bad}: line 11: '2017-02-30' is not a valid date or time (day is out of range for month); put it in quotes if it is text"
    assert not out.exists()


def test_python_dash_m_runs_the_same_command_line(tmp_path):
    """`python -m quizgen` is the `quizgen` script: same commands, same exit codes."""
    helped = subprocess.run([sys.executable, "-m", "quizgen", "--help"],
                            check=False, capture_output=True, text=True)
    assert helped.returncode == 0
    assert "generate" in helped.stdout and "validate" in helped.stdout
    missing = subprocess.run([sys.executable, "-m", "quizgen", "validate", str(tmp_path / "none.yaml")], check=False,
                             capture_output=True, text=True)
    assert missing.returncode != 0
    assert "Traceback" not in missing.stderr and "none.yaml" in missing.stderr + missing.stdout
