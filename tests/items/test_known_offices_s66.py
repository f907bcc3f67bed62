"""The head of state or government of a great power is general knowledge: no card asks who held
the office (j158–j163: "Who was the U.S. President (March 2018)?" judged not worth learning each
time it was sampled), while the heads of other states and every other office keep their cards."""

from __future__ import annotations

from quizgen.items.known_offices import well_known_office
from tests.articles import shown, wire_items

BODY = (
    "U.S. President Barack Obama met Nigerian President Goodluck Jonathan in Washington on Monday to discuss "
    "the search for the schoolgirls kidnapped by Boko Haram.\n\n"
    "U.S. Secretary of State John Kerry said the United States would send a team of advisers to Abuja.\n\n"
    "\"We will do everything we can to help,\" Obama said after the meeting.\n\n"
    "Jonathan thanked Obama and said his government would welcome the advisers."
)


def test_no_card_asks_who_held_a_great_powers_top_office(tmp_path):
    items = wire_items(tmp_path, BODY, title="Obama meets Nigerian leader on kidnapped girls", date="2014-05-12")
    people = [i for i in items if i.kind == "person"]
    assert not any(i.answer == "Barack Obama" or "Barack Obama was" in i.question for i in people), shown(items)
    assert any(i.answer == "Goodluck Jonathan" for i in people), shown(items)
    assert any(i.answer == "John Kerry" for i in people), shown(items)


def test_the_offices_read():
    assert well_known_office("President of the United States")
    assert well_known_office("British Prime Minister")
    assert well_known_office("German Chancellor")
    assert well_known_office("Chinese President")
    assert not well_known_office("Chancellor of the Exchequer")
    assert not well_known_office("Nigerian President")
    assert not well_known_office("former U.S. President")
    assert not well_known_office("U.S. Secretary of State")
