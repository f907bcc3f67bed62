"""Date choices keep the pattern of the answer: the cycle of a recurring event's years, and
working days for a working-day answer."""

import datetime as dt

from quizgen.items.date_choices import cycle_of
from quizgen.items.dates import date_items
from quizgen.items.wording import parse_spelled_date
from tests.articles import facts_of, make_article


def _items(nlp, text: str, date: str) -> dict[str, object]:
    article = make_article(text, date=date)
    dates = facts_of(nlp, article).dates
    return {item.answer: item for item, _ in date_items(dates, articles={"a1": article})}


def test_a_presidential_primarys_year_gets_years_of_its_cycle(nlp):
    item = _items(nlp, "Clinton won the New Hampshire presidential primary in 2008, beating Obama.", "2016-02-01")["2008"]
    assert len(item.choices) == 4
    assert all((int(c) - 2008) % 4 == 0 for c in item.choices), item.choices


def test_an_elections_cycle_is_read_from_the_decks_other_years_of_it(nlp):
    text = (
        "Obama won the election in 2008 with a large margin. He won the election again in 2012. "
        "Turnout in the election of 2016 was lower than expected."
    )
    item = _items(nlp, text, "2017-01-10")["2016"]
    assert len(item.choices) == 4
    assert all((int(c) - 2016) % 4 == 0 for c in item.choices), item.choices


def test_a_trading_days_options_are_working_days(nlp):
    item = _items(
        nlp, "Telerate shares fell 50 cents on Friday to close at $20 each in New York Stock Exchange trading.", "1989-10-30"
    )["27 October 1989"]
    assert len(item.choices) == 4
    assert all(parse_spelled_date(c).weekday() < 5 for c in item.choices), item.choices
    assert all(parse_spelled_date(c) <= dt.date(1989, 10, 30) for c in item.choices)


def test_cycle_of_needs_a_cycle_word_or_the_decks_years():
    assert cycle_of(("win", "presidential", "primary"), 2008, {}) == 4
    assert cycle_of(("win", "election"), 2016, {"election": {2008, 2012, 2016}}) == 4
    assert cycle_of(("win", "election"), 2016, {"election": {2015}}) is None  # one other year: no cycle
    assert cycle_of(("sign", "treaty"), 2016, {}) is None


def test_a_cycle_word_names_the_dated_event_only_in_a_year_it_is_held():
    # "The Census Bureau says Millennials surpassed Baby Boomers in 2015": no census was held in
    # 2015, so the census is not what the year dates and its decades are no options (1985, 1995).
    assert cycle_of(("census", "bureau", "surpass", "millennial"), 2015, {}) is None
    assert cycle_of(("endorse", "presidential", "nominee"), 2015, {}) is None
    assert cycle_of(("census", "count"), 2010, {}) == 10
    assert cycle_of(("midterm", "election"), 2014, {}) == 4 and cycle_of(("midterm", "election"), 2016, {}) is None


def test_a_year_the_cycle_word_does_not_date_gets_near_years(nlp):
    text = "The Census Bureau says Millennials surpassed Baby Boomers in 2015 as the largest living generation."
    item = _items(nlp, text, "2016-01-12")["2015"]
    assert len(item.choices) == 4
    assert all(2009 <= int(c) <= 2016 for c in item.choices), item.choices


def test_a_month_the_question_names_is_no_choice(nlp):
    # made up: "during ____ and March" offers no March
    item = _items(nlp, "Dry weather in the south during February and March cut the wheat harvest sharply.", "2014-05-20")
    february = item["February 2014"]
    assert february.choices and "March 2014" not in february.choices


def test_a_year_paired_in_the_sentence_bounds_its_choices():
    from quizgen.items.date_choices import named_by_question, paired_year, within

    assert paired_year("The bridge may open in late ____ or early 2031, the mayor said.", 2030) == (None, 2031, True)
    assert paired_year("Output doubled between 2012 and ____, the survey found.", 2016) == (2012, None, False)
    assert paired_year("He ran the mill from ____ to 1974.", 1968) == (None, 1974, False)
    assert within(["1966", "1975", "1971", "1980"], None, 1974) == ["1966", "1971"]
    assert named_by_question("He ran the mill from ____ to 1974.", "1974", "1968")
    assert not named_by_question("He ran the mill from ____ to 1974.", "1971", "1968")
    assert named_by_question("Sales slowed during ____ and March.", "2014-03", "2014-02")
    assert not named_by_question("Sales slowed during ____ and March.", "2014-01", "2014-02")


def test_late_year_or_early_next_year_makes_no_card(nlp):
    items = _items(nlp, "The port could reopen in late 2019 or early 2020, the harbour board said on Tuesday.", "2018-10-09")
    assert "2019" not in items and "2020" not in items


def test_a_future_years_options_lie_mostly_after_the_report():
    import random

    from quizgen.items.distractors import perturb_date

    options = perturb_date("2020", random.Random(3), not_before="2018-10-09")
    assert options and "2018" not in options and all(o > "2018" for o in options)
