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


def test_a_presidents_words_get_people_of_his_standing_first(tmp_path):
    """j164: "President Obama" asked beside two governors ("Rick Perry", "Phil Bryant") of his
    story; those of the story who held the office, the one beside it or ran for it come first."""
    body = (
        "President Barack Obama on Tuesday warned Congress that automatic spending cuts would hurt the economy, "
        "as governors and party leaders gathered in Washington.\n\n"
        "\"These cuts are not smart,\" Obama said at the White House. \"They will eviscerate job-creating "
        "investments in education and energy.\"\n\n"
        "Texas Gov. Rick Perry said the states would manage. \"We will balance our budgets,\" Perry said.\n\n"
        "Mississippi Gov. Phil Bryant said his state was ready. \"We have been careful with our money,\" Bryant said.\n\n"
        "Indiana Gov. Mike Pence said the cuts were Washington's problem. \"Congress made this mess,\" Pence said.\n\n"
        "Vice President Joe Biden defended the plan. \"The middle class cannot pay for these cuts,\" Biden said.\n\n"
        "Former President George W. Bush said both sides should settle. \"Cuts like these hurt the military,\" Bush said.\n\n"
        "Mitt Romney, the Republican presidential nominee last year, blamed the White House. \"The president has not "
        "led on the budget,\" Romney said."
    )
    items = wire_items(tmp_path, body, title="Obama warns of cuts", date="2013-02-19")
    cards = [i for i in items if i.kind == "quote" and i.answer == "Barack Obama" and i.choices]
    assert cards, shown(items)
    for card in cards:
        assert set(card.choices) == {"Barack Obama", "Joe Biden", "George W. Bush", "Mitt Romney"}, card.choices


def test_a_title_cut_from_its_association_heads_no_state():
    """The 840-article deck: "David Haggard, American Soybean Association, ASA, president" was read
    as a "president" of no body, and offered beside President Reagan."""
    from quizgen.items.known_offices import heads_a_state

    assert heads_a_state(["President"], "US")
    assert heads_a_state(["Vice President", "former Gov."], "US")
    assert heads_a_state(["U.S. President"], "US")
    assert not heads_a_state(["president"], "US")
    assert not heads_a_state(["French President"], "US")


def test_a_bare_president_is_read_with_the_persons_one_country():
    """j166: "In May 2015, Barack Obama was the ____." → "President": the role names no country;
    ``items.people`` passes the one country the person's roles are held in across the deck."""
    assert well_known_office("President", "US")
    assert well_known_office("Prime Minister", "GB")
    assert not well_known_office("President", "NG")
    assert not well_known_office("President", None)
    assert not well_known_office("Attorney General", "US")
