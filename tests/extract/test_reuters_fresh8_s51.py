"""From the j77 sample (stop 51: Reuters wire stories nobody had read, read after scoring), fixed
with articles written for the tests:

- a wire dateline's day beside the front matter's date ("SYDNEY, March 16 -" on a story stamped
  15 March) is the day "tomorrow" counts from;
- a month a past verb of forecasting puts its act in ("had projected commercial operation in
  September") is no past month: the act lay ahead of the projection;
- a wh-word the wire's capital ran into a name ("…, Which Holderbank agreed to acquire") is no
  word of the name;
- a currency after its amount ("about 1.2 billion U.S. Dlrs") is no name to blank;
- a legal form alone ("S.A.") is no organisation to offer.
"""

from __future__ import annotations

from quizgen.deck.generate import build_deck
from quizgen.ingest.articles import parse_article
from quizgen.items.entity_names import debris
from tests.articles import facts_of


def story(title: str, date: str, body: str):
    text = f'---\ntitle: "{title}"\ndate: "{date}"\n---\n\n{body}\n'
    return parse_article(text.encode("utf-8"), article_id="a1", path="a1.md")


def deck_of_story(nlp, title: str, date: str, body: str):
    return build_deck([facts_of(nlp, story(title, date, body))], deck_id="t", title="T", events=True)


SYDNEY = (
    "SYDNEY, March 16 - Australia's February current account figures, out tomorrow, are expected to show a "
    "deficit of about 1.1 billion dlrs, economists said.\n\n"
    "The January deficit was 1.35 billion dlrs."
)


def test_a_dateline_day_beside_the_stamp_is_the_day_relative_words_count_from(nlp):
    import datetime as dt

    assert story("AUSTRALIAN CURRENT ACCOUNT DATA DUE", "1987-03-15", SYDNEY).published == dt.date(1987, 3, 16)
    deck = deck_of_story(nlp, "AUSTRALIAN CURRENT ACCOUNT DATA DUE", "1987-03-15", SYDNEY)
    out = [i for i in deck.items if i.kind == "date" and "out on ____" in i.question]
    assert out and out[0].answer == "17 March 1987"


def test_a_dateline_day_far_from_the_stamp_changes_nothing():
    import datetime as dt

    far = SYDNEY.replace("March 16", "March 2")
    assert story("AUSTRALIAN CURRENT ACCOUNT DATA DUE", "1987-03-15", far).published == dt.date(1987, 3, 15)


def test_a_month_a_past_forecast_puts_its_act_in_is_not_asked_as_past(nlp):
    deck = deck_of_story(nlp, "UTILITY TO REPLACE PLANT VALVES", "1987-03-12", (
        "SYRACUSE, N.Y., March 12 - Hudson Valley Power Co said the valves installed at Unit One of its Oswego "
        "nuclear station will be replaced.\n\n"
        "This decision will delay start-up of the plant for about three months, resulting in a delay in "
        "commercial operation to as late as the beginning of 1988, the utility said. It previously had projected "
        "commercial operation in September."
    ))
    assert not [i.answer for i in deck.items if i.kind == "date" and i.answer == "September 1986"]


def test_a_wh_word_run_into_a_name_is_no_part_of_it(nlp):
    deck = deck_of_story(nlp, "HOLDERBANK EXPECTS STEADY RESULTS", "1987-06-01", (
        "ZURICH, June 1 - Holderbank Financiere Glaris AG expects 1987 results to be steady, group president "
        "Thomas Schmidheiny said.\n\n"
        "He told a news conference that turnover was likely to rise 20 pct in volume terms. Ideal Basic "
        "Industries Inc of the U.S., Which Holderbank agreed last year to acquire, should boost group sales by "
        "around 12 pct.\n\n"
        "Group president Thomas Schmidheiny said Holderbank was now in a consolidation phase after 15 years of "
        "enormous growth."
    ))
    assert not [i.answer for i in deck.items if i.answer.startswith("Which")]


def test_a_currency_after_its_amount_is_no_name_to_blank(nlp):
    deck = deck_of_story(nlp, "RISING WON CAUSES RESERVES LOSS", "1987-04-02", (
        "SEOUL, April 2 - South Korea said its foreign reserves suffered about 1.2 billion U.S. Dlrs in exchange "
        "rate losses from July 1986 to February 1987 as a result of the rise of the won against the U.S. "
        "Currency.\n\n"
        "Kim Ho-jin, head of the statistics office, told parliament he expected the losses to increase."
    ))
    assert not [i for i in deck.items if "Dlrs" in i.answer]


def test_a_legal_form_alone_is_no_organisation():
    assert debris("S.A.") and debris("Inc.") and debris("N.V.")
    assert not debris("Cathay Pacific Airways Ltd")
