"""Figure options the question's own figures rule out: a count past the whole the question
names (or everybody knows), and a blank its stated change and base already give."""

import pytest

from quizgen.items.figures import number_items
from quizgen.items.stated_figures import pinned_by_change, whole_bound
from tests.articles import facts_of, make_article


def _items(nlp, text: str) -> dict[str, object]:
    article = make_article(text)
    figures = facts_of(nlp, article).figures
    return {item.answer: item for item, _ in number_items(figures, articles={"a1": article})}


@pytest.mark.parametrize(
    ("text", "answer", "whole"),
    [
        # a count of American states is at most 50
        ("In 41 states, the number of rural clinics fell sharply over the past decade.", "41", 50),
        ("Governors of 44 states signed a letter asking Congress for more money.", "44", 50),
        (
            "The panel found that 9 out of 12 jurors had read about the trial before it began.",
            "9",
            12,
        ),
    ],
)
def test_no_option_counts_past_the_whole_the_question_names(nlp, text, answer, whole):
    item = _items(nlp, text)[answer]
    assert len(item.choices) == 4, "the card keeps its choices"
    assert all(float(o) < whole for o in item.choices), item.choices


def test_a_whole_gets_no_option_below_the_part_the_question_shows(nlp):
    item = _items(nlp, "The reform party won 23 of the 40 seats on the city council in the vote.")[
        "40"
    ]
    assert len(item.choices) == 4 and all(float(o) > 23 for o in item.choices), item.choices


def test_a_whole_the_answer_exceeds_is_of_something_else():
    # 70 states are not American states: no bound
    assert whole_bound("Delegates from ____ states attended the summit.", 70, "states") is None
    assert whole_bound("____ of the 50 states back it.", 31, "votes") == 50


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "Profit at the chain rose to $317.2 million, up 13% from $280.7 million a year earlier.",
            "$317.2 million",
        ),
        (
            "Profit at the chain rose to $317.2 million, up 13% from $280.7 million a year earlier.",
            "$280.7 million",
        ),
        (
            "Profit at the chain rose to $317.2 million, up 13% from $280.7 million a year earlier.",
            "13%",
        ),
        ("The governor won 332 electoral votes, 62 more than the 270 he needed to win.", "332"),
        (
            "Revenue totaled $1.01 billion, a 43% increase from $704.4 million, the company said.",
            "$1.01 billion",
        ),
        ("The city now has 8,510 police officers, down 15 percent from 10,012 in 2009.", "8,510"),
        (
            "The city now has 8,510 police officers, down 15 percent from 10,012 in 2009.",
            "15 percent",
        ),
    ],
)
def test_a_blank_the_stated_change_gives_is_typed(nlp, text, answer):
    # every other option disagrees with the arithmetic; one that agreed would be true too
    item = _items(nlp, text)[answer]
    assert item.choices == []


def test_a_change_that_does_not_make_the_answer_leaves_the_choices():
    # 13% of $280.7 million is about $317 million, not $350 million: another figure's change
    assert not pinned_by_change(
        "Sales rose to ____, and costs rose 13% from $280.7 million.", 350e6, ("$", False)
    )
    assert pinned_by_change(
        "Sales rose to ____, up 13% from $280.7 million.", 317.2e6, ("$", False)
    )
    assert not pinned_by_change("Turnout was ____, up 13% from 40%.", 45.2, ("", True))
    # 25% is a share of the market, not the rise from 360 stores to 450
    question = "The chain, which controls ____ of the market, will grow to 450 stores from 360."
    assert not pinned_by_change(question, 25, ("", True))
    question = "The chain, which controls 25% of the market, will grow to ____ stores from 360."
    assert not pinned_by_change(question, 450, ("", False))
