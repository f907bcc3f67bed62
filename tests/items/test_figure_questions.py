"""Figure questions a reader can answer from the card alone: whose figure it is, in clean text,
with wrong shares the sentence leaves room for."""

from __future__ import annotations

import re

from quizgen.items.figures import number_items
from quizgen.items.number_choices import parts_bounds
from tests.articles import facts_of, make_article


def _items(nlp, text: str) -> dict[str, object]:
    article = make_article(text)
    facts = facts_of(nlp, article)
    made = number_items(facts.figures, articles={"a1": article}, references={"a1": facts.references})
    return {item.answer: item for item, _ in made}


def _number(option: str) -> float:
    return float(re.search(r"\d+(?:\.\d+)?", option).group())


def test_its_figure_names_the_company(nlp):
    text = (
        "Acme Corp. reported strong results for the third quarter on Tuesday. "
        "Its net income rose to $5 million, the company said."
    )
    item = _items(nlp, text)["$5 million"]
    assert item.question.startswith("[Acme Corp.’s] net income") or item.question.startswith("[Acme Corp.'s] net income")


def test_a_description_in_the_possessive_is_named_inside_the_brackets(nlp):
    text = (
        "Travelers Corp. reported its results for the third quarter on Monday. "
        "The insurer's earnings from commercial lines fell 59% in the latest quarter."
    )
    item = _items(nlp, text)["59%"]
    assert item.question.startswith("[Travelers Corp.'s] earnings"), item.question


def test_a_bare_net_names_whose(nlp):
    text = "Beta Corp. makes gadgets in Ohio. Net advanced to $94.2 million, or 89 cents a share."
    item = _items(nlp, text)["$94.2 million"]
    assert item.question.startswith("[Beta Corp.'s] net advanced"), item.question


def test_a_figure_whose_owner_the_article_never_names_makes_no_card(nlp):
    text = (
        "Shoppers crowded the malls over the holiday weekend. "
        "The chain said those stores lost $7 million in the period. "
        "About 62% of the respondents said prices were too high."
    )
    items = _items(nlp, text)
    assert "$7 million" not in items and "About 62%" not in items, list(items)


def test_a_figure_whose_owner_the_sentence_names_keeps_its_card(nlp):
    text = (
        "Shoppers crowded the malls over the holiday weekend. "
        "Harbor Outfitters Inc. said its stores lost $7 million in the period. "
        "About 62% of Ohio shoppers said prices were too high."
    )
    items = _items(nlp, text)
    assert "$7 million" in items and "About 62%" in items, list(items)


def test_no_option_leaves_the_other_share_no_room(nlp):
    items = _items(nlp, "Voters in Ohio chose a governor on Tuesday. In the final count, Smith won 52 percent and Jones 45 percent.")
    item = items["52 percent"]
    assert len(item.choices) == 4 and all(_number(o) <= 55 for o in item.choices), item.choices
    item = _items(nlp, "Results came in late on Monday. Clinton had 49.9 percent to Sanders’ 49.6 percent.")["49.9 percent"]
    assert len(item.choices) == 4 and all(_number(o) <= 50.4 for o in item.choices), item.choices


def test_shares_of_one_whole_bound_an_option_and_others_do_not():
    assert parts_bounds([49.6], 49.9) == (None, 50.9)
    assert parts_bounds([36, 13], 37) == (None, 51.5)
    assert parts_bounds([71, 27], 72) == (None, None)  # past the whole together: not parts of one
    assert parts_bounds([], 40) == (None, None)


def test_shares_that_change_are_no_parts_of_one_whole(nlp):
    # as parts of one whole 60 and 35 would leave no option above 65.5; as rises they do
    item = _items(nlp, "Prices rose 60 percent in Ohio and 35 percent in Texas.")["60 percent"]
    assert len(item.choices) == 4 and max(_number(o) for o in item.choices) > 65.5, item.choices
    item = _items(nlp, "In Ohio, 60 percent of the land is farmed and 35 percent is forest.")["35 percent"]
    assert len(item.choices) == 4 and max(_number(o) for o in item.choices) <= 40.5, item.choices


def test_archive_markup_never_reaches_the_question(nlp):
    text = (
        "Kohlberg Kravis Roberts amp Co. owns the Planters unit of RJR Nabisco. "
        "RJR Nabisco's candy businesses had sales of $154 million, or 12% of the unit's revenue, according to "
        "a memo by Kohlberg Kravis Roberts &amp; Co. to ``its bankers.''"
    )
    items = _items(nlp, text)
    assert items, "the figures make cards"
    for item in items.values():
        assert not re.search(r"\bamp\b|&amp;|``|''|\s{2}|“ | ”", item.question), item.question
    assert any("Kohlberg Kravis Roberts & Co." in item.question for item in items.values()), items


def test_the_figure_of_nobody_named_names_its_business_or_makes_no_card(nlp):
    text = "Waxman Industries Inc. sells plumbing supplies. The quarterly dividend is $1.50 a share."
    item = _items(nlp, text)["$1.50"]
    assert item.question == "[Waxman Industries Inc.'s] quarterly dividend is ____ a share.", item.question
    # no business the text is about: whose turnover cannot be said, so no card
    assert _items(nlp, "Trading was slow in New York and London. The average daily turnover was 148 million shares.") == {}


def test_a_part_of_a_set_is_asked_with_options_below_the_whole(nlp):
    # "64 million of Zenith's 95 million shares": the part is the news; no option may pass the whole
    text = (
        "Acme Corp. extended its offer for Zenith Inc. on Friday. "
        "Acme, which owns 64 million of Zenith's 95 million common shares, said the offer would expire in November. "
        "In 1987 Acme sold 130 million shares of Lund Corp. to Brixton Holdings for $410 million."
    )
    item = _items(nlp, text)["64 million"]
    assert item.question.startswith("Acme, which owns ____ of Zenith's 95 million"), item.question
    assert len(item.choices) == 4 and all(_number(c) < 95 for c in item.choices), item.choices


def test_a_range_is_one_card_whose_options_are_ranges_written_like_it(nlp):
    text = (
        "Harlow Inc. said on Monday it expects a third-quarter loss of $17 million to $19 million. "
        "Harlow will cut between 300 and 400 jobs at its Dayton plant."
    )
    items = _items(nlp, text)
    assert "$17 million to $19 million" in items and "between 300 and 400" not in items
    loss = items["$17 million to $19 million"]
    assert "____" in loss.question and "$19 million" not in loss.question
    wrong = [c for c in loss.choices if c != loss.answer]
    assert len(wrong) == 3
    assert all(re.fullmatch(r"\$\d+ million to \$\d+ million", c) for c in wrong), wrong
    jobs = items["300 and 400"]
    assert "between ____ jobs" in jobs.question


def test_an_outcome_whose_contest_the_sentence_does_not_name_makes_no_card(nlp):
    text = (
        "Voters went to the polls in the New York primary on Tuesday. "
        "In the Democratic race, Mrs. Lane was set to win roughly 30 more delegates than Mr. Ortiz. "
        "In the New York primary, Mr. Ortiz won 12 delegates."
    )
    items = _items(nlp, text)
    assert "roughly 30" not in items and "12" in items, list(items)


def test_a_lower_bound_in_words_is_asked_typed(nlp):
    # "in excess of $80,000" is true of any option below it: no option is surely wrong.
    text = "Gov. Tom Reilly racked up a concessions bill in excess of $80,000 at football games, a watchdog report said."
    items = _items(nlp, text)
    assert "in excess of $80,000" in items, list(items)
    item = items["in excess of $80,000"]
    assert item.choices == [] and "$80,000" in item.accept
