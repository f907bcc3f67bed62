"""A quote whose question names one occasion ("stating during the debate that …") gets as wrong
choices people the article places at it (the other debaters), never the speaker's aides."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import generate_deck
from quizgen.items.question_stems import stem_occasion
from quizgen.items.quotes import at_occasion

BODY = (
    "Sen. Dana Whitfield, Gov. Carl Brenner, Gov. Lisa Moreno, Sen. Paul Dixon and Rep. Tom Alcott met on "
    "Thursday night in the fourth Republican debate in Houston.\n\n"
    "Whitfield said on Friday that Brenner represents “coastal values,” stating during the debate that they "
    "are “far from our voters.”\n\n"
    "“We won the night,” said Ron Tyson, a Whitfield spokesman. “Nobody doubts it,” said Maya Crane, a "
    "Whitfield aide. Jill Porter, a volunteer for Whitfield, said: “I have never been prouder of a candidate.”\n\n"
    "“My record speaks for itself,” Moreno said. “I will fight for every job in this state,” Dixon said. "
    "“Washington is broken,” Alcott said. “Our party must grow,” Brenner said."
)


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    folder = tmp_path_factory.mktemp("occasion-choices")
    (folder / "debate.txt").write_text(
        f"---\ntitle: Whitfield and Brenner clash in Houston debate\ndate: 2024-02-26\n---\n{BODY}\n", encoding="utf-8"
    )
    return generate_deck([folder], deck_id="occasion-choices")


def test_a_debate_quote_is_offered_the_other_debaters(deck):
    [card] = [i for i in deck.items if i.kind == "quote" and i.answer == "Dana Whitfield"]
    # the occasion is in the question, as written or named ("during [the Republican debate]")
    assert "during the debate" in card.question or "during [the Republican debate]" in card.question, card.question
    assert "Brenner represents" in card.question  # both quotations of the sentence are hers: one card
    assert set(card.choices) == {"Dana Whitfield", "Lisa Moreno", "Paul Dixon", "Tom Alcott"}, card.choices


def test_a_quote_naming_no_occasion_keeps_the_story_s_other_speakers(deck):
    [card] = [i for i in deck.items if i.kind == "quote" and i.answer == "Lisa Moreno"]
    assert {"Ron Tyson", "Maya Crane"} & set(card.choices), card.choices


@pytest.mark.parametrize(
    ("question", "occasion"),
    [
        ("____ said at Thursday's Republican debate that taxes must fall.", "debate"),
        ("____ told the Senate hearing that the agency had failed.", "hearing"),
        ("____ said in an interview that taxes must fall.", None),  # any interview: no one occasion
        ("Who said: “the debate is over”?", None),  # the quoted words' debate is no occasion
    ],
)
def test_the_occasion_is_read_outside_quotations_and_named_as_one(question, occasion):
    assert stem_occasion(question) == occasion


def test_the_people_at_an_occasion_are_those_named_in_its_paragraphs():
    body = "Whitfield spoke at the rally.\n\nBrenner and Dixon stayed home."
    assert "whitfield" in at_occasion(body, "rally") and "dixon" not in at_occasion(body, "rally")
    assert at_occasion(body, None) is None
