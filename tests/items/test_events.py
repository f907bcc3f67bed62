"""Event cards in a generated deck: both directions, the reason, choices of the answer's kind,
one right answer, answers a reader finds in the evidence, importance with the lede."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import generate_deck
from quizgen.items.distractors import fold

ARTICLES = {
    "rail.txt": (
        "Rail authority to close rural lines",
        "2024-06-04",
        (
            "The Rail Authority announced on 3 June 2024 that it will close 40 rural lines because of falling "
            "passenger numbers.\n\n"
            "The Transport Ministry approved a new timetable for the northern network on Monday.\n\n"
            "“This is a sad day for the villages,” said Mary Jones, the mayor of Eastwick, who has led the "
            "campaign against the cuts for two years."
        ),
    ),
    "port.txt": (
        "Harbour board agrees expansion",
        "2024-06-05",
        (
            "The Harbour Board announced that it will build a second container terminal at Kingsport.\n\n"
            "The Port Authority announced that it will dredge the Kingsport channel before December.\n\n"
            "The Coastal Council announced that it will widen the A12 road to Kingsport in the autumn.\n\n"
            "The Rail Authority and the Transport Ministry welcomed the plan."
        ),
    ),
}


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    folder = tmp_path_factory.mktemp("events")
    for name, (title, date, body) in ARTICLES.items():
        (folder / name).write_text(f"---\ntitle: {title}\ndate: {date}\n---\n{body}\n", encoding="utf-8")
    return generate_deck([folder], deck_id="events", events=True)


def events(deck, asks: str) -> dict[str, object]:
    return {i.actor: i for i in deck.items if i.kind == "event" and i.asks == asks}


def test_what_card_asks_what_the_actor_did_with_the_sentences_date(deck):
    item = events(deck, "what")["Rail Authority"]
    assert item.question == "What did the Rail Authority announce on 3 June 2024?"
    assert item.answer == "that it will close 40 rural lines"
    assert item.verb == "announce" and item.verb_class == "announce"
    # choices: other actors' announcements of the same form, never the actor's own
    assert len(item.choices) == 4 and item.answer in item.choices
    assert all(c.startswith("that ") for c in item.choices)


def test_who_card_asks_the_actor_with_organisations_as_choices(deck):
    item = events(deck, "who")["Rail Authority"]
    assert item.question == "Which organisation announced that it will close 40 rural lines on 3 June 2024?"
    assert item.answer == "Rail Authority"
    assert "Mary Jones" not in item.choices and "Eastwick" not in item.choices
    assert len({fold(c) for c in item.choices}) == 4


def test_why_card_only_with_an_explicit_cause(deck):
    why = events(deck, "why")
    assert set(why) == {"Rail Authority"}
    item = why["Rail Authority"]
    assert item.question == "Why did the Rail Authority announce that it will close 40 rural lines on 3 June 2024?"
    assert item.answer == "because of falling passenger numbers"


def test_every_event_answer_is_in_its_evidence_sentence(deck):
    for item in deck.items:
        if item.kind == "event":
            assert fold(item.answer) in fold(item.evidence[0].text)


def test_event_cards_of_the_lede_rank_in_the_articles_top_five(deck):
    rail = [i for i in deck.items if i.evidence[0].source.startswith("rail")]
    top = sorted(rail, key=lambda i: -(i.importance or 0))[:5]
    assert any(i.kind == "event" and i.actor == "Rail Authority" for i in top)
    # the what and who cards of one sentence reveal each other: siblings
    what, who = events(deck, "what")["Rail Authority"], events(deck, "who")["Rail Authority"]
    assert what.siblings and what.siblings == who.siblings


def test_no_what_card_when_the_actor_did_the_same_thing_twice(tmp_path):
    (tmp_path / "a.txt").write_text(
        "---\ntitle: Two plans\ndate: 2024-06-04\n---\n"
        "The Rail Authority announced that it will close 40 rural lines in the north of the country.\n\n"
        "On Tuesday the Rail Authority announced that it will raise fares on all intercity routes.\n",
        encoding="utf-8",
    )
    deck = generate_deck([tmp_path], deck_id="twice", events=True)
    asks = [i.asks for i in deck.items if i.kind == "event"]
    assert "what" not in asks  # "What did the Rail Authority announce?" has two answers
    assert asks.count("who") == 2  # each announcement has one actor


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Norton", "Norton Co.", True),
        ("QVC", "QVC Network Inc.", True),
        ("Anheuser", "Anheuser-Busch", True),
        ("Rail Authority", "Harbour Board", False),
        ("Coors", "Miller Brewing", False),
        ("U.S.", "United States", True),
        ("United States", "United Kingdom", False),
    ],
)
def test_another_spelling_of_the_actor_is_never_a_wrong_choice(a, b, same):
    from quizgen.items.entity_names import same_entity

    assert same_entity(a, b) is same


def test_what_choices_do_not_give_themselves_away_by_their_pronoun():
    from quizgen.items.event_what import _pronoun_kind

    assert _pronoun_kind("that he tends to give issues more deliberation") == "person"
    assert _pronoun_kind("it completed its acquisition of the rival") == "organisation"
    assert _pronoun_kind("he’s looking to increase transparency") == "person"
    assert _pronoun_kind("the roundup was to protect foreigners") is None


def test_which_country_is_asked_only_of_countries_and_dates_are_the_events_own(tmp_path):
    (tmp_path / "border.txt").write_text(
        "---\ntitle: Border closed\ndate: 2024-06-05\n---\n"
        "Kenya closed its border with Somalia on 4 June 2024 after a wave of attacks on border towns.\n\n"
        "New York sued the Acme Oil Company over its climate disclosures on 3 June 2024.\n\n"
        "The Interior Ministry said on 5 June 2024 that Kenya's army arrested the leader of the militia "
        "in Mandera in March 2023.\n",
        encoding="utf-8",
    )
    deck = generate_deck([tmp_path], deck_id="places", events=True)
    who = events(deck, "who")
    assert who["Kenya"].question.startswith("Which country closed its border with Somalia")
    # a city or a state as an actor is more often the parse's mistake (a dateline, a place
    # for its people) than an actor: no card, neither "Which country" nor "What did"
    assert "New York" not in who and "New York" not in events(deck, "what")
    said = [i for i in deck.items if i.kind == "event" and i.verb == "say"]
    arrested = [i for i in deck.items if i.kind == "event" and i.verb == "arrest"]
    assert all("5 June 2024" in i.question for i in said if i.asks == "what")
    # the arrest was in March 2023, not on the day the ministry spoke
    assert arrested and all("June" not in i.question for i in arrested)


def test_a_passive_event_is_asked_who_had_it_done_and_never_what(tmp_path):
    (tmp_path / "a.txt").write_text(
        "---\ntitle: Rovers change coach\ndate: 2024-06-04\n---\n"
        "Karen Holt was dismissed on Monday as the Harlow Rovers' head coach after a run of nine defeats.\n\n"
        "The club's chairman, Peter Marsh, thanked Karen Holt for her four years at the Harlow Rovers.\n",
        encoding="utf-8",
    )
    deck = generate_deck([tmp_path], deck_id="passive", events=True)
    # (a blank of the lede's second sentence, "… for her four years at ____", is no card of the dismissal)
    [item] = [i for i in deck.items if i.kind == "event" and "lede-blank" not in i.tags]
    assert item.asks == "who" and item.answer == "Karen Holt"
    assert item.question == "Who was dismissed as the Harlow Rovers' head coach on 3 June 2024?"
