"""People named together as an event's actors: asked "Who …?" with all their names, typed."""

from __future__ import annotations

from quizgen.deck.generate import generate_deck
from quizgen.items.distractors import fold

BODY = (
    "Former Ohio Gov. Anna Brightwater (D) and former Iowa Sen. Paul Garrick (R) announced they will end "
    "their campaigns after the Harlow County caucuses.\n\n"
    "Senator Maria Delgado won the Harlow County caucuses with a wide margin over her rivals on Monday night."
)


def test_people_named_together_are_the_answer_of_a_typed_who_card(tmp_path):
    (tmp_path / "caucus.txt").write_text(f"---\ntitle: Two candidates quit\ndate: 2024-02-06\n---\n{BODY}\n", encoding="utf-8")
    deck = generate_deck([tmp_path], deck_id="caucus", events=True)
    [item] = [i for i in deck.items if i.kind == "event" and i.asks == "who" and i.verb == "announce"]
    assert item.question.startswith("Who announced they will end their campaigns")
    assert item.answer == "Anna Brightwater and Paul Garrick"
    assert item.choices == []  # no pair of others the deck can vouch for
    # each name is in the evidence sentence, where a reader checks the answer
    assert all(fold(name) in fold(item.evidence[0].text) for name in ("Anna Brightwater", "Paul Garrick"))
    # without a time or place, "What did they announce?" pins nothing: no "what" card
    assert not [i for i in deck.items if i.kind == "event" and i.asks == "what" and i.verb == "announce"]
