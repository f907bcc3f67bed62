"""An event card names the year its verb gives, when the sentence gives no day."""

from __future__ import annotations

from quizgen.deck.generate import generate_deck


def test_a_year_is_asked_with_in(tmp_path):
    (tmp_path / "vote.txt").write_text(
        "---\ntitle: Old results\ndate: 2016-03-01\n---\n"
        "Back in 2015, Senator Ruth Baines won the Harlow County seat by 20 points.\n",
        encoding="utf-8",
    )
    deck = generate_deck([tmp_path], deck_id="years", events=True)
    questions = {i.asks: i.question for i in deck.items if i.kind == "event"}
    assert questions["what"] == "What did Ruth Baines win in 2015?"
    assert questions["who"] == "Who won the Harlow County seat in 2015?"


def test_a_plural_subject_s_verb_is_asked_in_the_singular(tmp_path):
    """"Senate Republicans have refused …" is asked "Which group has refused …?"."""
    (tmp_path / "court.txt").write_text(
        "---\ntitle: Senate Republicans hold firm on court nominee\ndate: 2016-03-20\n---\n"
        "Senate Republicans have refused to hold hearings on President Obama's Supreme Court nominee, "
        "Merrick Garland, this year.\n",
        encoding="utf-8",
    )
    deck = generate_deck([tmp_path], deck_id="court", events=True)
    questions = [i.question for i in deck.items if i.kind == "event" and i.asks == "who"]
    assert questions == ["Which group has refused to hold hearings on President Obama's Supreme Court nominee, Merrick Garland?"]
