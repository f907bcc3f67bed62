"""Event-card choices of the answer's kind and never also right: countries for a country, no
actor the evidence sentence names beside the answer, no other name of the answer, and "what"
choices from the same story by an actor of the same kind."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import generate_deck
from quizgen.facts.places import country_code, place_kind

ARTICLES = {
    "cuba.txt": (
        "Cuba to free political prisoners",
        "2024-06-04",
        (
            "Cuba announced on 3 June 2024 that it will free 20 political prisoners.\n\n"
            "Havana welcomed the decision. Havana is the capital, and officials in Havana said more would follow.\n\n"
            "Poland signed a trade agreement with Cuba on Monday, as Hungary did.\n\n"
            "Hungary said the deal was fair. Hungary has traded with Cuba for decades, and Hungary will send "
            "a delegation.\n\n"
            "Brazil, Chile and Argentina sent observers, and Canada praised the move."
        ),
    ),
    "troops.txt": (
        "U.S. to send troops to Poland",
        "2024-06-05",
        (
            "The U.S. announced that it will send 300 troops to Poland.\n\n"
            "The United States has troops in Germany. The United States and France train soldiers in Lithuania, "
            "and the United States pays for the base.\n\n"
            "Officials in Warsaw, Berlin, Vilnius and Chicago welcomed the plan, as did Estonia and Latvia."
        ),
    ),
    "rail.txt": (
        "Rail authority to close rural lines",
        "2024-06-04",
        "The Rail Authority announced on 3 June 2024 that it will close 40 rural lines.",
    ),
    "bank.txt": (
        "Banks raise dividends",
        "2024-06-06",
        (
            "Acme Bank announced that it will raise its quarterly dividend to 30 cents.\n\n"
            "Globex Corp. announced that it will buy back 10 million shares.\n\n"
            "Initech Inc. announced that it will pay a special dividend in July."
        ),
    ),
    "paribas.txt": (
        "Paribas bid opposed",
        "2024-06-07",
        (
            "Navigation Mixte joined the core of Paribas shareholders this week.\n\n"
            "Cie. Financiere de Paribas said that the bid was fair. Cie. Financiere de Paribas owns banks, "
            "and Cie. Financiere de Paribas sells insurance.\n\n"
            "Allianz, Cholet-Dupont and Societe Generale bought shares, and the Credit Lyonnais sold some."
        ),
    ),
}


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    folder = tmp_path_factory.mktemp("event-choices")
    for name, (title, date, body) in ARTICLES.items():
        (folder / name).write_text(f"---\ntitle: {title}\ndate: {date}\n---\n{body}\n", encoding="utf-8")
    return generate_deck([folder], deck_id="event-choices", events=True)


def card(deck, asks: str, actor: str):
    return next(i for i in deck.items if i.kind == "event" and i.asks == asks and i.actor == actor)


def test_a_country_gets_countries_not_cities(deck):
    item = card(deck, "who", "Cuba")
    assert item.question.startswith("Which country ")
    assert len(item.choices) == 4
    assert all(place_kind(c) == "country" for c in item.choices), item.choices  # never Havana


def test_no_co_actor_of_the_sentence_is_offered(deck):
    # "Poland signed …, as Hungary did": Hungary signed too, so it is no wrong answer. (Actors
    # named together, "Poland and Hungary signed", are one actor: no card asks one of them.)
    item = card(deck, "who", "Poland")
    assert "Hungary" not in item.choices and "Cuba" not in item.choices, item.choices


def test_no_other_name_of_the_answer_is_offered(deck):
    item = card(deck, "who", "U.S.")
    assert [c for c in item.choices if country_code(c) == "US"] == ["U.S."], item.choices
    assert all(place_kind(c) == "country" for c in item.choices), item.choices  # never Chicago


def test_what_choices_come_from_the_story_not_an_unrelated_article(deck):
    # The rail story has no other announcements; a bank's dividend would give itself away.
    item = card(deck, "what", "Rail Authority")
    assert not any("dividend" in c or "shares" in c for c in item.choices), item.choices


def test_the_gazetteer_tells_countries_from_cities():
    assert country_code("U.S.") == country_code("the United States") == "US"
    assert country_code("Britain") == "GB" and country_code("Russia") == "RU"
    assert place_kind("Havana") == place_kind("Kalamazoo") == "place"


def test_no_organisation_the_question_names_by_one_of_its_words(deck):
    # "Which organisation joined the core of Paribas shareholders?": Paribas is no choice.
    item = card(deck, "who", "Navigation Mixte")
    assert not any("Paribas" in c for c in item.choices), item.choices
