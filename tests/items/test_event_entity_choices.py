"""An organisation's event card offers no road, no person's surname and no product as a wrong
choice, whatever the tagger called them in one sentence: with too few whole organisations the
card is asked typed."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import generate_deck

BODY = (
    "Orvane agreed on Monday to acquire the Ridgeway cereal plant for $40 million in cash.\n\n"
    "Kestrel and Brandt had also bid for the plant, and Ostrava bought a stake in Kestrel in 2023. "
    "Halvorsen Holdings Inc. advised Kestrel.\n\n"
    "Trucks from Catholic Garvaghy Road blocked the gates, and Crunchies, the plant's best-known cereal, "
    "will still be made there. Gerald Marlow, who runs the plant, said Marlow staff would stay."
)


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    folder = tmp_path_factory.mktemp("event-entity-choices")
    (folder / "plant.txt").write_text(f"---\ntitle: Orvane buys the Ridgeway plant\ndate: 2024-06-04\n---\n{BODY}\n", encoding="utf-8")
    return generate_deck([folder], deck_id="event-entity-choices", events=True)


def test_no_road_person_or_product_stands_for_an_organisation(deck):
    [who] = [i for i in deck.items if i.kind == "event" and i.asks == "who" and i.answer == "Ostrava"]
    assert who.question == "Which organisation bought a stake in Kestrel in 2023?"
    assert not {"Catholic Garvaghy Road", "Marlow", "Crunchies"} & set(who.choices), who.choices
    assert who.choices == [], "one whole organisation of no known kind is left: the card is typed"
