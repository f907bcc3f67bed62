"""An editorial's own judgements are no fact a card asks; the same sentence in a news story,
or a judgement someone the sentence names is said to hold, still is."""

from __future__ import annotations

import pytest

from quizgen.extract.opinion import opinion_piece
from tests.articles import facts_of, make_article

JUDGED = "Governor Ruth Ames wisely signed the trade pact with Portugal in Lisbon on 3 May 2017."
DUTY = "The council should raise the port fee to $40 a tonne, which Springfield last raised in 2012."
TOLD = "Mayor Tom Reed said Governor Ruth Ames wisely signed the trade pact with Portugal in Lisbon on 3 May 2017."


def _article(text: str, title: str):
    return make_article(text, title=f'"{title}"')  # a colon in front matter needs the quotes


def _fact_sentences(nlp, text: str, title: str) -> list[str]:
    """The sentences an event, date or figure card would ask."""
    article = _article(text, title)
    facts = facts_of(nlp, article)
    return [article.body[f.sent_start : f.sent_end] for f in (*facts.events, *facts.dates, *facts.figures)]


@pytest.mark.parametrize("title", ["EDITORIAL: A trade pact at last", "Opinion | Ames goes to Lisbon", "Op-Ed: The pact"])
def test_an_opinion_piece_is_known_by_its_title(title):
    assert opinion_piece(_article("Ames signed.", title))


def test_an_opinion_piece_is_known_by_its_opening_line():
    text = "The Springfield Post said in an editorial on Monday:\n\nAmes signed the pact."
    assert opinion_piece(_article(text, "A pact at last"))


@pytest.mark.parametrize("title", ["Editorial staff cut at the Springfield Post", "Ames goes to Lisbon"])
def test_a_news_title_is_no_opinion_piece(title):
    assert not opinion_piece(_article("Ames signed.", title))


@pytest.mark.parametrize("text", [JUDGED, DUTY])
def test_an_editorials_judgement_gives_no_card(nlp, text):
    assert _fact_sentences(nlp, text, "EDITORIAL: A trade pact at last") == []


@pytest.mark.parametrize("text", [JUDGED, DUTY])
def test_the_same_sentence_in_a_news_story_still_gives_one(nlp, text):
    assert _fact_sentences(nlp, text, "Ames goes to Lisbon")


def test_an_editorials_judgement_someone_is_said_to_hold_still_gives_one(nlp):
    assert _fact_sentences(nlp, TOLD, "EDITORIAL: A trade pact at last")
