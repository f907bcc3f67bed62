"""``quizgen export`` end to end: exit codes, one-line messages, no partial files."""

from __future__ import annotations

import zipfile

from quizgen.cli import main
from quizgen.deck_io import save_deck
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
