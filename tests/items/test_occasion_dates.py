"""A date card on a sentence whose toll or contest result names no occasion is not made."""

from __future__ import annotations

from quizgen.deck.generate import generate_deck


def _date_questions(tmp_path, body: str) -> list[str]:
    (tmp_path / "blast.txt").write_text(f"---\ntitle: Blasts hit two cities\ndate: 1998-08-08\n---\n{body}\n", encoding="utf-8")
    deck = generate_deck([tmp_path], deck_id="blast", events=True)
    return [i.question for i in deck.items if i.kind == "date"]


def test_a_date_on_a_toll_whose_incident_is_unnamed_makes_no_card(tmp_path):
    body = (
        "Bombs exploded outside the Harlow and Denton embassies on Friday morning, police said.\n\n"
        "At least 82 were killed and more than 1,700 injured, officials said as dawn broke on Saturday."
    )
    assert not [q for q in _date_questions(tmp_path, body) if "dawn broke" in q]


def test_a_date_on_a_toll_told_with_its_place_keeps_its_card(tmp_path):
    body = (
        "Bombs exploded outside the Harlow and Denton embassies on Friday morning, police said.\n\n"
        "At least 82 were killed in Nairobi, officials said as dawn broke on Saturday."
    )
    assert [q for q in _date_questions(tmp_path, body) if "dawn broke" in q]
