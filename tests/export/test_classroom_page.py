"""The Classroom page, run headless with Streamlit's AppTest against a temporary decks dir."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from streamlit.testing.v1 import AppTest

from quizgen.app.markdown import escape_markdown
from quizgen.deck.io import save_deck
from quizgen.export import classroom
from quizgen.export.selection import make_quiz, pick_items
from tests.deck_factory import make_deck

PAGE = Path(__file__).resolve().parents[2] / "pages" / "classroom.py"


@pytest.fixture
def decks_dir(tmp_path, monkeypatch):
    save_deck(make_deck(), tmp_path / "nasty.yaml")
    (tmp_path / "broken.yaml").write_text("deck: [", encoding="utf-8")
    monkeypatch.setenv("QUIZGEN_DECKS_DIR", str(tmp_path))
    return tmp_path


def _run():
    at = AppTest.from_file(str(PAGE), default_timeout=60)
    return at.run()


def test_page_previews_rewords_and_offers_downloads(decks_dir):
    at = _run()
    assert not at.exception
    assert any("broken" in e.value for e in at.error)  # bad deck reported, page still works
    preview = at.dataframe[0].value
    assert len(preview) == len(make_deck().items)
    assert "<script>alert(1)</script>" in " ".join(preview["question"])  # shown as text
    assert [b.label for b in at.download_button] == [
        "PDF (student sheet + answer key)",
        "Answer key",
    ]

    at.text_input(key="wording-nasty-deck/d-troops").input("When did the troops go?").run()
    assert "When did the troops go?" in list(at.dataframe[0].value["question"])
    at.checkbox(key="use-nasty-deck/q-nasty").uncheck().run()
    assert len(at.dataframe[0].value) == len(make_deck().items) - 1

    at.selectbox[0].select("kahoot").run()
    assert [b.label for b in at.download_button] == ["Kahoot (xlsx)"]
    at.selectbox[1].select(60).run()  # seconds per question
    assert not at.exception and at.selectbox[1].value == 60
    assert not at.exception
    at.number_input[2].set_value(2).run()  # versions
    labels = [b.label for b in at.download_button]
    assert labels == ["Kahoot (xlsx) — version 1", "Kahoot (xlsx) — version 2"]


def test_page_with_no_decks_says_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setenv("QUIZGEN_DECKS_DIR", str(tmp_path))
    at = _run()
    assert not at.exception
    assert "quizgen generate" in at.info[0].value


def test_kind_filter_and_a_format_nothing_fits(decks_dir):
    at = _run()
    at.multiselect[1].select("number").run()  # kinds
    assert len(at.dataframe[0].value) == 2
    at.selectbox[0].select("gimkit").run()
    assert any("fits Gimkit (2 no choices)" in e.value.replace("\\", "") for e in at.error)


LONG = (
    "Which of these people, according to the article that the deck was generated from, "
    "said the words quoted at some length here?"
)


@pytest.fixture
def long_question_deck(tmp_path, monkeypatch):
    deck = make_deck()
    items = [
        i.model_copy(update={"question": LONG}) if i.id == "q-muller" else i for i in deck.items
    ]
    save_deck(deck.model_copy(update={"items": items}), tmp_path / "long.yaml")
    monkeypatch.setenv("QUIZGEN_DECKS_DIR", str(tmp_path))


def test_left_out_questions_listed_by_text_and_reworded_back(long_question_deck):
    at = _run()
    at.selectbox(key="classroom-format").select("kahoot").run()
    assert not at.exception
    listed = " ".join(m.value for m in at.markdown).replace("\\", "")
    reasons = " ".join(c.value for c in at.caption).replace("\\", "")
    assert LONG in listed and "Which outlet printed" in listed  # by text, not by item id
    assert "question is 124 characters, max 120" in reasons and "5 choices" in reasons
    assert "124/120 characters — 4 too many" in reasons  # the platform's counter
    assert LONG not in " ".join(at.dataframe[0].value["question"])

    at.text_area(key="fix-nasty-deck/q-muller").input("Who said it?").run()
    assert "12/120 characters" in " ".join(c.value for c in at.caption)
    assert "Who said it?" in list(at.dataframe[0].value["question"])  # back in the quiz
    (kahoot,) = at.download_button
    assert kahoot.label == "Kahoot (xlsx)"


def test_seed_is_random_by_default(decks_dir):
    # Three teachers, three draws (the seed then goes into file names and the key).
    seeds = {_run().number_input(key="classroom-seed").value for _ in range(3)}
    assert len(seeds) > 1


def test_markdown_in_article_text_is_inert():
    escaped = escape_markdown("[click](javascript:alert(1)) ![x](http://e/x.png) *b*")
    assert "[" not in escaped.replace("\\[", "")
    assert "(" not in escaped.replace("\\(", "")


def test_downloads_are_the_real_files():
    deck = make_deck()
    quiz = make_quiz([deck], pick_items([deck]), versions=2, seed=1, title="Week 3: NATO?")
    files, _ = classroom.downloads(quiz, "pdf")
    assert [f.file_name for f in files] == [
        "week-3-nato-pdf-seed1-v1.pdf",
        "week-3-nato-pdf-seed1-v1-key.pdf",
        "week-3-nato-pdf-seed1-v2.pdf",
        "week-3-nato-pdf-seed1-v2-key.pdf",
    ]
    assert all(f.mime == "application/pdf" for f in files)
    assert "Answer key" in PdfReader(io.BytesIO(files[1].data)).pages[0].extract_text()
    gift, _ = classroom.downloads(quiz, "gift")
    assert gift[0].file_name == "week-3-nato-gift-seed1-v1.gift.txt"
    assert gift[0].mime == "text/plain"


def test_platforms_sharing_a_file_type_never_share_a_download_name():
    deck = make_deck()
    quiz = make_quiz([deck], pick_items([deck], kinds=["quote", "person"]), seed=7, title="W")
    names = {
        fmt: [f.file_name for f in classroom.downloads(quiz, fmt)[0]]
        for fmt in ("kahoot", "quizizz", "blooket", "gimkit")
    }
    assert names == {
        "kahoot": ["w-kahoot-seed7.xlsx"],
        "quizizz": ["w-quizizz-seed7.xlsx"],
        "blooket": ["w-blooket-seed7.csv"],
        "gimkit": ["w-gimkit-seed7.csv"],
    }


def test_kahoot_download_uses_the_chosen_time_limit():
    from openpyxl import load_workbook

    deck = make_deck()
    quiz = make_quiz([deck], pick_items([deck], kinds=["quote"]), seed=1)
    (file,), _ = classroom.downloads(quiz, "kahoot", time_limit=60)
    ws = load_workbook(io.BytesIO(file.data)).active
    assert {row[6] for row in ws.iter_rows(min_row=9, values_only=True)} == {60}
