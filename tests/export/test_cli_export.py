"""``quizgen export`` end to end: exit codes, one-line messages, no partial files."""

from __future__ import annotations

import time
import zipfile

from quizgen.cli import main
from quizgen.deck.io import save_deck
from tests.deck_factory import make_deck


def _deck_file(tmp_path):
    path = tmp_path / "deck.yaml"
    save_deck(make_deck(), path)
    return path


def test_export_anki_and_csv_write_files(tmp_path, capsys):
    deck = _deck_file(tmp_path)
    assert main(["export", "anki", str(deck), "-o", str(tmp_path / "d.apkg")]) == 0
    assert "collection.anki2" in zipfile.ZipFile(tmp_path / "d.apkg").namelist()
    assert main(["export", "csv", str(deck), "-o", str(tmp_path / "d.csv")]) == 0
    assert (tmp_path / "d.csv").read_text(encoding="utf-8").startswith("#separator:tab")
    assert "wrote" in capsys.readouterr().err


def test_missing_deck_exits_1_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "d.apkg"
    assert main(["export", "anki", str(tmp_path / "nope.yaml"), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "nope.yaml" in err and "cannot read" in err
    assert list(tmp_path.iterdir()) == []


def test_invalid_deck_exits_1(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\ndeck: {id: x}\n", encoding="utf-8")
    assert main(["export", "csv", str(bad), "-o", str(tmp_path / "x.csv")]) == 1
    assert "bad.yaml" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_unwritable_output_exits_1_without_partial_file(tmp_path, capsys):
    deck = _deck_file(tmp_path)
    assert main(["export", "anki", str(deck), "-o", str(tmp_path / "no" / "d.apkg")]) == 1
    assert "no such folder" in capsys.readouterr().err
    (tmp_path / "dir.apkg").mkdir()
    assert main(["export", "anki", str(deck), "-o", str(tmp_path / "dir.apkg")]) == 1
    assert "cannot write" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.yaml", "dir.apkg"]


def test_usage_error_exits_2(tmp_path, capsys):
    try:
        main(["export", "anki", str(tmp_path / "d.yaml")])
    except SystemExit as exc:
        assert exc.code == 2
    else:  # pragma: no cover
        raise AssertionError("missing -o must be a usage error")


def test_quiz_versions_write_one_file_each_plus_pdf_keys(tmp_path, capsys):
    deck = _deck_file(tmp_path)
    out = tmp_path / "quiz.pdf"
    assert (
        main(
            [
                "quiz",
                str(deck),
                "--format",
                "pdf",
                "-o",
                str(out),
                "--versions",
                "2",
                "--count",
                "5",
                "--seed",
                "1",
            ]
        )
        == 0
    )
    assert sorted(p.name for p in tmp_path.glob("quiz*")) == [
        "quiz-v1-key.pdf",
        "quiz-v1.pdf",
        "quiz-v2-key.pdf",
        "quiz-v2.pdf",
    ]
    assert (
        main(["quiz", str(deck), "--format", "gift", "-o", str(tmp_path / "q.txt"), "--seed", "1"])
        == 0
    )
    err = capsys.readouterr().err
    assert f"only {len(make_deck().items)} items match" in err and "seed" not in err.split("q.txt")[-1]


def test_quiz_without_seed_prints_the_seed_to_reuse(tmp_path, capsys):
    deck = _deck_file(tmp_path)
    assert main(["quiz", str(deck), "-f", "qti", "-o", str(tmp_path / "q.zip"), "-n", "3"]) == 0
    assert "pass --seed" in capsys.readouterr().err


def test_quiz_reports_left_out_items_and_fails_when_nothing_fits(tmp_path, capsys):
    deck = _deck_file(tmp_path)
    assert (
        main(["quiz", str(deck), "-f", "kahoot", "-o", str(tmp_path / "k.xlsx"), "--seed", "1"])
        == 0
    )
    err = capsys.readouterr().err  # q-nasty's 5 choices: left out before drawing, and said so
    assert "of the 11 matching items fit Kahoot (" in err and "1 too many choices" in err
    assert (
        main(
            ["quiz", str(deck), "-f", "kahoot", "-o", str(tmp_path / "n.xlsx"), "--kinds", "number"]
        )
        == 1
    )
    assert "none of the 2 matching items fits Kahoot (2 no choices)" in capsys.readouterr().err
    assert not (tmp_path / "n.xlsx").exists()
    assert (
        main(
            [
                "quiz",
                str(deck),
                "-f",
                "kahoot",
                "-o",
                str(tmp_path / "t.xlsx"),
                "--time-limit",
                "25",
            ]
        )
        == 1
    )
    assert "time limit 25" in capsys.readouterr().err
    assert not (tmp_path / "t.xlsx").exists()


def test_quiz_usage_errors_exit_2(tmp_path):
    deck = _deck_file(tmp_path)
    for bad in (["--kinds", "essay"], ["--count", "0"], ["--format", "docx"]):
        args = ["quiz", str(deck), "-o", str(tmp_path / "x.pdf")]
        if "--format" not in bad:
            args += ["--format", "pdf"]
        try:
            main(args + bad)
        except SystemExit as exc:
            assert exc.code == 2
        else:  # pragma: no cover
            raise AssertionError(f"{bad} must be a usage error")
    assert not (tmp_path / "x.pdf").exists()


def test_quiz_filters_matching_nothing_exit_1(tmp_path, capsys):
    deck = _deck_file(tmp_path)
    assert (
        main(["quiz", str(deck), "-f", "gift", "-o", str(tmp_path / "x.txt"), "--tags", "zzz"]) == 1
    )
    assert "no items match" in capsys.readouterr().err


def _note_times(apkg):
    import sqlite3
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "c.anki2"
        db.write_bytes(zipfile.ZipFile(apkg).read("collection.anki2"))
        conn = sqlite3.connect(db)
        times = dict(conn.execute("SELECT guid, mod FROM notes"))
        conn.close()
    return times


def test_export_anki_onto_the_last_package_keeps_unchanged_notes_times(tmp_path):
    deck = _deck_file(tmp_path)
    out = tmp_path / "d.apkg"
    assert main(["export", "anki", str(deck), "-o", str(out)]) == 0
    first = _note_times(out)
    time.sleep(1.1)  # package times are whole seconds; the re-export must be newer
    save_deck(make_deck(answer_override={"d-troops": "MMXIV"}), deck)
    assert main(["export", "anki", str(deck), "-o", str(out)]) == 0
    second = _note_times(out)
    changed = [guid for guid in first if first[guid] != second[guid]]
    assert len(changed) == 1  # only the edited item will update in Anki


def test_quiz_without_seed_draws_one_and_can_name_files_by_it(tmp_path, capsys):
    deck = _deck_file(tmp_path)
    out = str(tmp_path / "quiz-{seed}.gift.txt")
    assert main(["quiz", str(deck), "-f", "gift", "-o", out, "-n", "3"]) == 0
    err = capsys.readouterr().err
    seed = err.split("pass --seed ")[1].split(" ")[0]
    written = tmp_path / f"quiz-{seed}.gift.txt"
    assert written.exists() and f"seed {seed}" in written.read_text(encoding="utf-8")
    again = tmp_path / "again.gift.txt"
    assert main(["quiz", str(deck), "-f", "gift", "-o", str(again), "-n", "3", "--seed", seed]) == 0
    assert again.read_bytes() == written.read_bytes()  # --seed repeats the quiz
