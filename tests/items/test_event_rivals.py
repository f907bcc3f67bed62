"""A "Who …?" event card another actor of the article also answers is not made."""

from __future__ import annotations

from quizgen.deck.generate import generate_deck


def _who_cards(tmp_path, body: str) -> list[str]:
    (tmp_path / "funds.txt").write_text(f"---\ntitle: Spring money race\ndate: 2024-04-20\n---\n{body}\n", encoding="utf-8")
    deck = generate_deck([tmp_path], deck_id="funds", events=True)
    return [i.question for i in deck.items if i.kind == "event" and i.asks == "who"]


def test_a_who_card_with_a_second_right_answer_is_not_made(tmp_path):
    body = (
        "Senator Maria Lopez raised more than $12million for her presidential bid in March.\n\n"
        "That puts her close to the $15million raised by her rival Tom Becker."
    )
    assert not [q for q in _who_cards(tmp_path, body) if "raised" in q]


def test_a_who_card_no_one_else_answers_is_made(tmp_path):
    body = (
        "Senator Maria Lopez raised more than $12million for her presidential bid in March.\n\n"
        "That puts her ahead of her rival Tom Becker, who has lagged in the polls."
    )
    assert [q for q in _who_cards(tmp_path, body) if "raised" in q]
