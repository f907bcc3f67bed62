"""A range's options written as the answer writes it, and a proportion's second number never
asked (round 37, j30: "$500 to $2,000" offered "$380 to $1880"; "eight of ____ voters").
Made-up sentences."""

from __future__ import annotations

import re

from quizgen.items.figures import number_items
from tests.articles import facts_of, make_article


def _items(nlp, text: str) -> dict[str, object]:
    article = make_article(text)
    figures = facts_of(nlp, article).figures
    return {item.answer: item for item, _ in number_items(figures, articles={"a1": article})}


def test_a_range_s_options_write_thousands_as_the_answer_does(nlp):
    items = _items(nlp, "Tips for the couriers were $300 to $4,500 a month, the union said in a report.")
    item = items["$300 to $4,500"]
    assert len(item.choices) == 4, item.choices
    for option in item.choices:
        for number in re.findall(r"\d[\d,]*", option):
            assert int(number.replace(",", "")) < 1000 or "," in number, item.choices


def test_the_second_number_of_a_proportion_after_of_is_not_asked(nlp):
    items = _items(nlp, "Almost seven of 10 shoppers say they plan to buy a gift online, the survey found.")
    assert "10" not in items, list(items)


def test_the_size_of_a_group_one_belongs_to_is_still_asked(nlp):
    items = _items(nlp, "“We will not leave,” said Rosa Vidal, one of about 300 nurses who marched outside the hospital on Monday.")
    assert "about 300" in items, list(items)
