"""From the j123 sample (the code after j122's fixes, read after scoring), each fixed with an
article written for the test:

- "____'s competitive position was seen at risk from accelerating wages." → Sweden, Denmark a
  choice: the card dropped the sentence's "also", and Denmark, told before, fits too
  (answerable n, choices n);
- "[The Commerce Department] was the largest one month rise in orders since …": an "It" whose
  complement is a rise named as the agency (well-formed n);
- "… for late April/early ____ shipment" → July 1986: one month of a pair, read as the past July
  (right n);
- "the dollar to drop to ____ yen", offered 89 yen beside 148 (choices n);
- "Consolidated" (a sentence's opening word) and "CP Hotels'" offered as companies (choices n)."""

from __future__ import annotations

import re

from quizgen.items.entity_names import opening_word_only
from quizgen.items.number_choices import exchange_rate
from tests.articles import wire_items


def test_whom_an_also_adds_the_answer_to_is_no_choice(tmp_path):
    body = (
        "PARIS, June 19 - High wage settlements in Nordic countries threaten to cut exports and reduce the "
        "competitiveness of their industries, the Organisation for Economic Cooperation and Development said.\n\n"
        "In Denmark, the OECD said wage settlements concluded in early 1987 were likely to contribute to a "
        "marked deterioration in competitiveness. Sweden's competitive position was also seen at risk from "
        "accelerating wages.\n\n"
        "The OECD predicted that domestic demand would come under pressure from tight fiscal policy in Denmark, "
        "as well as Norway, Sweden and Finland."
    )
    items = wire_items(tmp_path, body, title="OECD SAYS HIGH WAGE DEALS HARMING NORDIC STATES", date="1987-06-19")
    cards = [i for i in items if i.answer == "Sweden" and "competitive position was" in i.question]
    for card in cards:
        assert "Denmark" not in card.choices, card.choices


def test_an_also_that_adds_to_the_answers_own_acts_keeps_its_card(tmp_path):
    body = (
        "PEORIA, Ill., March 5 - Cilcorp Inc said it agreed to acquire Hunter Environmental Services Inc for "
        "about 40 mln dlrs in stock.\n\n"
        "Cilcorp will also assume 22 mln dlrs of Hunter's existing debt, the utility holding company said."
    )
    items = wire_items(tmp_path, body, title="CILCORP TO ACQUIRE HUNTER ENVIRONMENTAL", date="1987-03-05")
    assert any("will assume 22 mln dlrs" in i.question and i.answer.startswith("Cilcorp") for i in items), [
        (i.question, i.answer) for i in items
    ]


def test_it_with_a_rise_for_its_complement_is_not_the_agency(tmp_path):
    body = (
        "WASHINGTON, March 31 - New orders for manufactured goods rose 8.0 billion dlrs, or 4.3 pct, in February "
        "to a seasonally adjusted 194.6 billion dlrs, the Commerce Department said.\n\n"
        "It was the largest one month rise in orders since a 4.8 pct increase in September 1986, the "
        "department said.\n\n"
        "The February gain followed a revised orders drop in January of 5.3 pct."
    )
    items = wire_items(tmp_path, body, title="U.S. FACTORY ORDERS ROSE 4.3 PCT IN FEBRUARY", date="1987-03-31")
    assert not any("Commerce Department] was the largest" in i.question for i in items), [i.question for i in items]


def test_one_month_of_a_pair_with_its_parts_is_no_card(tmp_path):
    body = (
        "TOKYO, March 30 - Japanese crushers have bought some 214,000 tonnes of Brazilian soybeans for late "
        "April/early July shipment and may buy 140,000 to 190,000 tonnes more for June to August shipment, "
        "trade sources said.\n\n"
        "Japan imported 128,089 tonnes of Brazilian beans in calendar 1986, customs statistics show."
    )
    items = wire_items(tmp_path, body, title="JAPAN BUYS LARGE AMOUNT OF BRAZILIAN SOYBEANS", date="1987-03-30")
    dates = [(i.question, i.answer) for i in items if i.kind == "date"]
    assert not any("April/early ____" in q or "____/early July" in q for q, _ in dates), dates


def test_an_exchange_rates_options_stay_near_it(tmp_path):
    assert exchange_rate("who expects the dollar to drop to ____ yen in the next days.", "148")
    assert exchange_rate("Sterling fell to ____ dlrs from 1.60 dlrs.", "1.55")
    assert not exchange_rate("The Bank of Japan will sell ____ yen worth of bills.", "800 billion")
    assert not exchange_rate("TWA has offered ____ dlrs per share for USAir Group.", "52")
    assert not exchange_rate("It will cost the party ____ marks (dlrs 305,000), parliament said.", "about 549,000")
    assert not exchange_rate("Coffee closed below ____ dlr a pound for the first time in six years.", "1")
    body = (
        "NEW YORK, March 24 - The dollar is expected to keep falling despite central bank intervention, "
        "dealers said.\n\n"
        '"Even if Japan and West Germany do expand this year, it won\'t be enough to help the trade situation '
        'much," said Mark Bourdain of BankAmerica, who expects the dollar to drop to 148 yen in the next couple '
        "of days."
    )
    items = wire_items(tmp_path, body, title="DOLLAR EXPECTED TO FALL DESPITE INTERVENTION", date="1987-03-24")
    cards = [i for i in items if i.kind == "number" and i.answer == "148"]
    assert cards, [(i.question, i.answer) for i in items]
    for card in cards:
        values = [float(re.sub(r"[^\d.]", "", c)) for c in card.choices]
        assert all(abs(v - 148) <= 0.12 * 148 + 1e-9 for v in values), card.choices


def test_a_sentences_opening_word_is_no_company():
    text = (
        "Cominco and CP Hotels' results improved. Consolidated 1987 capital spending will be reduced.\n\n"
        "Shares of Apple fell. Apple said it would cut prices."
    )
    assert opening_word_only("Consolidated", text)
    assert not opening_word_only("Apple", text)  # written as a name mid-sentence too
    assert not opening_word_only("Cominco", text)  # no English word
