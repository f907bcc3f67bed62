"""Kahoot/Quizizz xlsx and Blooket/Gimkit CSV read back against the templates and limits."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from quizgen.cli import main
from quizgen.deck.io import save_deck
from quizgen.export.selection import make_quiz, pick_items
from quizgen.export.spreadsheets import (
    BLOOKET_HEADERS,
    GIMKIT_HEADERS,
    KAHOOT_HEADERS,
    KAHOOT_TIME_LIMITS,
    QUIZIZZ_HEADERS,
    PlatformError,
    export_blooket,
    export_gimkit,
    export_kahoot,
    export_quizizz,
)
from quizgen.export.wording import WORD_JOINER, guard_formula, starts_formula
from quizgen.models import Deck, DeckInfo, Evidence, NumberItem, PersonItem, QuoteItem, Source
from tests.deck_factory import make_deck

LONG = "Which of these people, according to the article that the deck was generated from, said the words quoted at some length here?"


def _quiz():
    deck = make_deck()
    quiz = make_quiz([deck], pick_items([deck]), seed=2, wording={"q-muller": LONG})
    return quiz, quiz.versions[0]


def _choice_questions(version, max_choices, max_question=None):
    return [
        q
        for q in version.questions
        if q.choices
        and len(q.choices) <= max_choices
        and (max_question is None or len(q.prompt) <= max_question)
    ]


def test_kahoot_follows_the_template_and_limits():
    quiz, version = _quiz()
    data, warnings = export_kahoot(quiz, version, time_limit=30)
    ws = load_workbook(io.BytesIO(data)).active
    assert tuple(c.value or "" for c in ws[8]) == KAHOOT_HEADERS
    rows = [r for r in ws.iter_rows(min_row=9, values_only=True) if any(r)]
    expected = _choice_questions(version, 4, 120)
    assert len(rows) == len(expected)
    for (number, question, *answers, limit, correct), q in zip(rows, expected):
        answers = [a for a in answers if a]
        assert question == q.prompt and len(question) <= 120
        assert all(len(a) <= 75 for a in answers) and 2 <= len(answers) <= 4
        assert limit in KAHOOT_TIME_LIMITS and limit == 30
        assert answers[correct - 1] == q.answer
    assert any("q-muller" in w and "characters, max 120" in w for w in warnings)
    assert any("q-nasty" in w and "5 choices" in w for w in warnings)
    assert any("p-head" in w and "need choices" in w for w in warnings)


def test_kahoot_rejects_a_time_limit_it_does_not_offer():
    quiz, version = _quiz()
    with pytest.raises(PlatformError, match="one of 5, 10, 20"):
        export_kahoot(quiz, version, time_limit=25)


def test_xlsx_stores_formula_like_text_as_text():
    deck = make_deck()
    quiz = make_quiz([deck], pick_items([deck], kinds=["quote"]), seed=2)
    data, _ = export_quizizz(quiz, quiz.versions[0])
    ws = load_workbook(io.BytesIO(data)).active
    assert tuple(c.value for c in ws[1]) == QUIZIZZ_HEADERS
    cells = [c for row in ws.iter_rows(min_row=2) for c in row if c.value == "= Gazette + {x}"]
    assert cells and all(c.data_type == "s" for c in cells)
    for row in ws.iter_rows(min_row=2, values_only=True):
        _question, qtype, *options = row[:7]
        options = [o for o in options if o]
        assert qtype == "Multiple Choice" and 2 <= len(options) <= 5
        assert 1 <= row[7] <= len(options)


def _csv(data: bytes):
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel opens the template right
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_blooket_csv_template_and_injection_guard():
    quiz, version = _quiz()
    data, warnings = export_blooket(quiz, version, time_limit=45)
    rows = _csv(data)
    assert rows[0][0] == "Blooket\nImport Template"
    assert tuple(rows[1]) == BLOOKET_HEADERS
    expected = _choice_questions(version, 4)
    assert len(rows) - 2 == len(expected)
    for row, q in zip(rows[2:], expected):
        answers = [a for a in row[2:6] if a]
        assert row[6] == "45" and answers[int(row[7]) - 1] == guard_formula(q.answer)
    assert any("q-nasty" in w for w in warnings)


def test_gimkit_csv_template_and_injection_guard():
    deck = make_deck()
    quiz = make_quiz(
        [deck], pick_items([deck]), seed=2, wording={"q-muller": '=HYPERLINK("http://evil")'}
    )
    data, warnings = export_gimkit(quiz, quiz.versions[0])
    rows = _csv(data)
    assert rows[0][0] == "Gimkit Spreadsheet Import Template"
    assert tuple(rows[1]) == GIMKIT_HEADERS
    for row in rows[2:]:
        assert len(row) == 5 and row[1] and row[2]
        assert not any(starts_formula(cell) for cell in row)  # nothing a spreadsheet runs
        assert not any(cell.startswith("'") for cell in row)  # nothing stray on Gimkit
    assert [WORD_JOINER + '=HYPERLINK("http://evil")'] == [
        r[0] for r in rows[2:] if "HYPERLINK" in r[0]
    ]
    assert any("starts with '='" in w for w in warnings)


def test_quizizz_answer_explanation_carries_evidence_and_source():
    quiz, version = _quiz()
    data, _ = export_quizizz(quiz, version)
    ws = load_workbook(io.BytesIO(data)).active
    explanations = {row[0]: row[10] for row in ws.iter_rows(min_row=2, values_only=True)}
    for q in _choice_questions(version, 5):
        assert explanations[q.prompt] == q.feedback and "Source: " in q.feedback


def _mixed_deck():
    """10 long quote questions (two sentences), 10 numbers without choices, 10 people."""
    long = "We will stand with our allies for as long as it takes to finish this job"
    body = " ".join(f"Speaker {n} said: “{long}. It is the right thing to do.”" for n in range(10))
    source = Source(id="s", title="Summit", path="a.txt", sha256="d" * 64)
    ev = Evidence(source="s", start=0, end=len(body), text=body)
    names = [f"Person {n}" for n in range(10)]
    items = [
        QuoteItem(
            id=f"q{n}",
            question=f"Who said: “{long} (case {n}). It is the right thing to do, said the {n}th?”?",
            answer=names[n],
            choices=[names[n], names[(n + 1) % 10], names[(n + 2) % 10]],
            quote=long,
            evidence=[ev],
        )
        for n in range(10)
    ]
    items += [
        NumberItem(
            id=f"n{n}",
            question=f"How many troops ({n})?",
            answer="3,000",
            value=3000,
            evidence=[ev],
        )
        for n in range(10)
    ]
    items += [
        PersonItem(
            id=f"p{n}",
            question=f"Who leads mission {n}?",
            answer=names[n],
            choices=[names[n], names[(n + 3) % 10]],
            person=names[n],
            role="leader",
            evidence=[ev],
        )
        for n in range(10)
    ]
    return Deck(deck=DeckInfo(id="mixed", title="Mixed"), sources=[source], items=items)


def test_kahoot_quiz_reaches_the_count_with_shortened_quotes(tmp_path, capsys):
    path = tmp_path / "mixed.yaml"
    save_deck(_mixed_deck(), path)
    out = tmp_path / "k.xlsx"
    assert main(["quiz", str(path), "-f", "kahoot", "-n", "20", "-o", str(out), "--seed", "4"]) == 0
    rows = [r for r in load_workbook(out).active.iter_rows(min_row=9, values_only=True) if any(r)]
    assert len(rows) == 20
    quotes = [r[1] for r in rows if r[1].startswith("Who said")]
    assert len(quotes) == 10 and all(len(q) <= 120 for q in quotes)
    # Shortened faithfully: a whole sentence of the same quote, the cut marked.
    assert all("We will stand with our allies" in q and "…" in q for q in quotes)
    assert "only" not in capsys.readouterr().err

    assert main(["quiz", str(path), "-f", "kahoot", "-n", "25", "-o", str(out), "--seed", "4"]) == 0
    err = capsys.readouterr().err
    assert "only 20 of the 30 matching items fit Kahoot (10 no choices)" in err
    assert "the quiz has 20 questions, not 25" in err
