"""The "where" card of an act: the place or the named occasion a preposition of its verb names
(``extract.event_settings``, ``extract.setting_events``, ``items.event_where``)."""

from __future__ import annotations

from quizgen.deck.generate import generate_deck


def where_cards(tmp_path, body: str, date: str = "2016-03-28"):
    (tmp_path / "story.txt").write_text(f"---\ntitle: Notice\ndate: {date}\n---\n{body}\n", encoding="utf-8")
    deck = generate_deck([tmp_path], deck_id="where", events=True)
    return [(i.question, i.answer) for i in deck.items if i.kind == "event" and "where" in i.tags]


def test_a_place_of_a_verb_of_no_known_act(tmp_path):
    body = "Oskar Lindqvist, 91, of Dover, Delaware, passed away in Puerto Plata, Dominican Republic, while visiting his daughter."
    assert where_cards(tmp_path, body) == [("Where did Oskar Lindqvist pass away?", "Puerto Plata, Dominican Republic")]


def test_a_named_occasion_is_asked_by_its_noun(tmp_path):
    body = "Senator Maria Lopez collapsed at the Midwest Farmers Union convention in Chicago."
    assert where_cards(tmp_path, body) == [("At which convention did Maria Lopez collapse?", "the Midwest Farmers Union convention")]


def test_a_where_card_yields_to_the_cards_of_a_known_act(tmp_path):
    # the endorsement's own "who" card asks the sentence
    body = "Thursday at the Midwest Farmers Union convention in Chicago, Senator Maria Lopez endorsed Governor Tom Price for president."
    assert where_cards(tmp_path, body) == []


def test_an_unnamed_occasion_is_placed_by_its_own_place(tmp_path):
    body = "Governor Tom Price collapsed at a ceremony in Boise, Idaho."
    assert where_cards(tmp_path, body) == [("Where did Tom Price collapse?", "Boise, Idaho")]


def test_no_where_card_without_a_named_setting_or_for_what_was_said(tmp_path):
    body = (
        "Senator Ann Cole spoke about farm subsidies at the Midwest Farmers Union convention on Tuesday.\n\n"
        "Governor Tom Price signed the budget at the first debate on Monday.\n\n"
        "Senator Maria Lopez did not appear in Boise, Idaho, on Friday.\n\n"
        "Acme Corp. may open a plant in Fargo, North Dakota."
    )
    assert where_cards(tmp_path, body) == []


def test_a_phrase_of_the_object_coordinated_after_it_is_no_setting(tmp_path):
    body = (
        "Senator Ann Cole drew sharp criticism for her comments in interviews and, most recently, during "
        "the Des Moines Register debate."
    )
    assert where_cards(tmp_path, body) == []


def test_no_where_card_when_a_clause_of_time_says_which_thing(tmp_path):
    body = "In Denver, the Harlow Transit Agency released the radio recordings from the night the bridge collapsed."
    assert where_cards(tmp_path, body) == []
