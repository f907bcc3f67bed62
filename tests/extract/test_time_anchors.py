"""Times counted from an event the text before told ("Three days later", "The day before"):
a card of their sentence cannot say from when, so they are left unnamed (no card)."""

from __future__ import annotations

import pytest

from quizgen.items.wording import cloze
from tests.articles import facts_of, make_article, references_of


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Governor Ann Moss was told of the leak on Monday.\n\nThree days later, Moss remains in office.", "Three days later"),
        ("Tom Reed spoke in Dayton on Friday.\n\nThe day before, at a rally in Akron, Reed drew 4,000 people.", "The day before"),
        ("Norda Bank named Ruth Ames its chief in May.\n\nWhen Ames a month later announced 6,000 layoffs, workers were angry.", "a month later"),
        ("Kestrel Inc. lost a lawsuit on Tuesday.\n\nThe next day, its board voted to appeal.", "The next day"),
    ],
)
def test_a_time_counted_from_the_text_before_gives_no_name(nlp, text, words):
    assert references_of(nlp, text, kind="time").get(words, "missing") is None


@pytest.mark.parametrize(
    "text",
    [
        # the sentence writes the date it counts from
        "Kestrel Inc. lost a lawsuit.\n\nA week later, on March 3, its board voted to appeal.",
        # counted from the sentence's own event or figure
        "Norda Bank drew 8 million viewers, half of those for Kestrel's debate four days earlier.",
        "Norda Bank sold $30.4 billion in goods in the quarter, up 31 percent from a year earlier.",
        "Norda Bank posted a third-quarter loss of $4 million, versus a profit of $5 million a year earlier.",
        # "later than …" says from when
        "Ruth Ames arrived two hours later than planned.",
    ],
)
def test_a_time_the_sentence_anchors_needs_nothing(nlp, text):
    assert references_of(nlp, text, kind="time") == {}


def test_a_sentence_with_a_time_counted_from_before_makes_no_cloze(nlp):
    text = "Governor Ann Moss was told of the leak on Monday.\n\nThree days later, Moss fired 14 officials."
    article = make_article(text)
    facts = facts_of(nlp, article)
    start = article.body.index("Three")
    end = article.body.index(".", start) + 1
    at = article.body.index("14")
    assert cloze(article.body, start, end, at, at + 2, references=facts.references) is None
