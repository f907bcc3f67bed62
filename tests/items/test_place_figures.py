"""A figure that describes a place — how far it lies or someone travelled, how large it is, how
many live there — is trivia about the place, not the story's news: no card. A speed, a height in
feet, a toll of residents and a story whose headline gives the figure's unit keep theirs.
Written for these tests."""

import pytest

from quizgen.deck.generate import build_deck
from quizgen.items.place_figures import place_figure
from tests.articles import facts_of, make_article

STORY = (
    "Flooding forced the evacuation of Dunmore on Tuesday after the Kestrel River burst its banks, "
    "and 3,200 residents were evacuated to shelters.\n\n"
    "Dunmore, a mill town of about 9,000 residents, lies 40 miles north of Harlow.\n\n"
    "Rescue crews drove 600 miles in two days to reach the flooded valley.\n\n"
    "Winds reached 70 miles per hour on Tuesday night."
)


@pytest.fixture(scope="module")
def cards(nlp):
    article = make_article(STORY, date="2017-05-24", title="Floods force evacuation of Dunmore")
    return build_deck([facts_of(nlp, article)], deck_id="t", title="T").items


def _answers(cards):
    return {i.answer for i in cards if i.kind == "number"}


def test_how_far_a_place_lies_gets_no_card(cards):
    assert not any("40" in a for a in _answers(cards))


def test_how_far_someone_travelled_gets_no_card(cards):
    assert not any("600" in a for a in _answers(cards))


def test_how_many_live_in_a_place_gets_no_card(cards):
    assert not any("9,000" in a for a in _answers(cards))


def test_residents_a_clause_acts_on_keep_their_card(cards):
    assert any("3,200" in a for a in _answers(cards))  # evacuated: a count of the news


def test_a_speed_keeps_its_card(cards):
    assert any("70" in a for a in _answers(cards))  # "70 miles per hour"


def test_a_story_about_a_distance_keeps_it(nlp):
    story = (
        "A North Korean missile landed 200 miles off the coast of Japan on Tuesday, officials said.\n\n"
        "The missile flew about 600 miles before it fell into the sea."
    )
    article = make_article(story, date="2017-05-24", title="Missile lands 200 miles off Japan")
    items = build_deck([facts_of(nlp, article)], deck_id="t", title="T").items
    assert any("600" in i.answer for i in items if i.kind == "number")


class _Card:
    kind = "number"

    def __init__(self, question: str, unit: str):
        self.question, self.unit = question, unit


@pytest.mark.parametrize(
    ("question", "unit", "expected"),
    [
        ("Basra lies ____ miles north of Kuwait.", "miles", "place's distance or area"),
        ("Israel (____ square miles) is small.", "square miles", "place's distance or area"),
        ("Iraq has ____ residents, and Kuwait about 1.9 million.", "residents", "place's population"),
        ("China may outnumber the ____ Kazakh population by 80 to 1.", "Kazakh population", "place's population"),
        ("____ residents fled the fire.", "residents", None),
        ("Cars were limited to ____ miles an hour.", "miles", None),
        ("The Harlow Bridge is ____ kilometers long.", "kilometers", None),
        ("The wall would be ____ feet high.", "feet", None),
    ],
)
def test_what_a_figure_describes(question, unit, expected):
    assert place_figure(_Card(question, unit), ["Gulf crisis deepens"]) == expected
