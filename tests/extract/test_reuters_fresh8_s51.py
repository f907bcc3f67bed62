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

from quizgen.items.entity_names import debris
from tests.articles import deck_of_text, make_article

SYDNEY = (
    "SYDNEY, March 16 - Australia's February current account figures, out tomorrow, are expected to show a "
    "deficit of about 1.1 billion dlrs, economists said.\n\n"
    "The January deficit was 1.35 billion dlrs."
)


def test_a_dateline_day_beside_the_stamp_is_the_day_relative_words_count_from(nlp):
    import datetime as dt

    assert make_article(title="AUSTRALIAN CURRENT ACCOUNT DATA DUE", date="1987-03-15", text=SYDNEY).published == dt.date(1987, 3, 16)
    deck = deck_of_text(nlp, title="AUSTRALIAN CURRENT ACCOUNT DATA DUE", date="1987-03-15", events=True, text=SYDNEY)
    out = [i for i in deck.items if i.kind == "date" and "out on ____" in i.question]
    assert out and out[0].answer == "17 March 1987"


def test_a_dateline_day_far_from_the_stamp_changes_nothing():
    import datetime as dt

    far = SYDNEY.replace("March 16", "March 2")
    assert make_article(title="AUSTRALIAN CURRENT ACCOUNT DATA DUE", date="1987-03-15", text=far).published == dt.date(1987, 3, 15)


def test_a_month_a_past_forecast_puts_its_act_in_is_not_asked_as_past(nlp):
    deck = deck_of_text(nlp, title="UTILITY TO REPLACE PLANT VALVES", date="1987-03-12", events=True, text=(
        "SYRACUSE, N.Y., March 12 - Hudson Valley Power Co said the valves installed at Unit One of its Oswego "
        "nuclear station will be replaced.\n\n"
        "This decision will delay start-up of the plant for about three months, resulting in a delay in "
        "commercial operation to as late as the beginning of 1988, the utility said. It previously had projected "
        "commercial operation in September."
    ))
    assert not [i.answer for i in deck.items if i.kind == "date" and i.answer == "September 1986"]


def test_a_wh_word_run_into_a_name_is_no_part_of_it(nlp):
    deck = deck_of_text(nlp, title="HOLDERBANK EXPECTS STEADY RESULTS", date="1987-06-01", events=True, text=(
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
    deck = deck_of_text(nlp, title="RISING WON CAUSES RESERVES LOSS", date="1987-04-02", events=True, text=(
        "SEOUL, April 2 - South Korea said its foreign reserves suffered about 1.2 billion U.S. Dlrs in exchange "
        "rate losses from July 1986 to February 1987 as a result of the rise of the won against the U.S. "
        "Currency.\n\n"
        "Kim Ho-jin, head of the statistics office, told parliament he expected the losses to increase."
    ))
    assert not [i for i in deck.items if "Dlrs" in i.answer]


def test_a_legal_form_alone_is_no_organisation():
    assert debris("S.A.") and debris("Inc.") and debris("N.V.")
    assert not debris("Cathay Pacific Airways Ltd")
