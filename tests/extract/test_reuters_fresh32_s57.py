"""From the j101 sample (stop 57: Reuters wire stories nobody had read, read after scoring),
fixed with articles written for the tests:

- "chairman of Belgian starch producer Amylum NV Pierre Callebaut": the tagger ran the company
  into the person (right n: the answer "Amylum NV Pierre Callebaut", his role "a Belgian starch
  producer");
- "Reserve Bank Governor Gerhard De Kock": which country's reserve bank, only the dateline said
  ("Who was the Reserve Bank Governor?", answerable n);
- "Prices rose 8.3 pct last year": whose prices, the story before said ("Prices rose ____",
  answerable n);
- "Union Carbide had sought 162.5 mln dlrs in damages": the sum alone is no thing sought
  (answerable n);
- "will offer one share plus one dlr cash for every two shares": the offer's terms cut before
  their rate (right n);
- "GE recorded net earnings for the first quarter of 624 mln dlrs": "What did GE record?" →
  "net earnings" (answerable n).
"""

from __future__ import annotations

from tests.articles import deck_of_text, facts_of, make_article, references_of


def test_a_company_run_into_a_person_s_name_is_not_his_name(nlp):
    text = (
        "AMSTERDAM, May 4 - Dutch insurer Nationale Groep said it would sell its paper unit to the highest bidder.\n\n"
        "In Brussels today, chairman of Dutch paper maker Velpa BV Hendrik Vermeulen told reporters that his "
        "company might still bid for the unit.\n\n"
        "Vermeulen said Velpa would decide within a month."
    )
    facts = facts_of(nlp, make_article(text, title="NATIONALE GROEP TO SELL PAPER UNIT", date="1987-05-04"))
    names = {m.name for m in facts.people}
    assert "Hendrik Vermeulen" in names, names
    assert not [n for n in names if "BV" in n], names
    assert not [r for r in facts.roles if "paper maker" in r.role], [(r.person, r.role) for r in facts.roles]
    deck = deck_of_text(nlp, title="NATIONALE GROEP TO SELL PAPER UNIT", date="1987-05-04", events=True, text=text)
    assert not [i for i in deck.items if "BV" in i.answer and "Vermeulen" in i.answer], [i.answer for i in deck.items]


def test_a_reserve_bank_s_governor_without_a_country_is_no_who_was_card(nlp):
    text = (
        "PRETORIA, June 2 - A new accord on the repayment of part of the country's foreign debt was agreed with "
        "commercial bank creditors after weeks of talks, banking sources said.\n\n"
        "Reserve Bank Governor Piet Van Rensburg called the accord a fair deal for both sides.\n\n"
        "Van Rensburg said the accord would run for three years."
    )
    deck = deck_of_text(nlp, title="DEBT ACCORD AGREED", date="1987-06-02", events=True, text=text)
    assert not [i for i in deck.items if i.question.startswith("Who was the Reserve Bank")], [i.question for i in deck.items]


def test_a_reserve_bank_named_with_its_country_still_says_whose(nlp):
    text = (
        "A new accord on the repayment of part of the country's foreign debt was agreed with commercial bank "
        "creditors after weeks of talks, banking sources said.\n\n"
        "South African Reserve Bank Governor Piet Van Rensburg called the accord a fair deal for both sides.\n\n"
        "Van Rensburg said the accord would run for three years."
    )
    deck = deck_of_text(nlp, title="DEBT ACCORD AGREED", date="1987-06-02", events=True, text=text)
    assert [i for i in deck.items if i.question.startswith("Who was the South African Reserve Bank Governor")], [
        i.question for i in deck.items
    ]


def test_bare_prices_in_a_country_s_story_are_nobody_s_named(nlp):
    text = (
        "LISBON, May 12\n\n"
        "Portugal's government kept its six pct inflation target for this year although a 0.8 pct rise in April "
        "lifted the year on year consumer price index to 9.1 pct, the Finance Ministry said.\n\n"
        "The year on year rate at the end of March was 8.7 pct. Prices rose 11.4 pct last year.\n\n"
        "Food prices rose 3.2 pct in April, the ministry said."
    )
    deck = deck_of_text(nlp, title="PORTUGAL KEEPS INFLATION TARGET", date="1987-05-12", events=True, text=text)
    asked = [i.question for i in deck.items if i.kind == "number"]
    assert not [q for q in asked if q.startswith("Prices rose")], asked
    named = references_of(nlp, text)
    assert "Prices" in named and named["Prices"] is None, named
    assert "Food prices" not in named and "prices" not in named, named  # "Food prices" say whose


def test_a_sum_sought_says_what_it_is(nlp):
    text = (
        "Midland Electric Co said it will pay Dexter Chemical Corp 41 mln dlrs to settle a dispute over a power "
        "contract.\n\n"
        "The payment ends a suit Dexter filed in 1985, the utility said. Dexter Chemical had sought 97.5 mln dlrs "
        "in damages from Midland Electric."
    )
    deck = deck_of_text(nlp, title="MIDLAND ELECTRIC TO PAY DEXTER", date="1987-05-06", events=True, text=text)
    sought = [i for i in deck.items if i.kind == "event" and "sought" in i.question]
    assert sought, [(i.question, i.answer) for i in deck.items]
    assert all("97.5 mln dlrs in damages" in i.question + i.answer for i in sought), [(i.question, i.answer) for i in sought]


def test_a_sum_in_a_place_or_a_year_keeps_its_own_words(nlp):
    text = (
        "NEW YORK, May 6 - Harlow Industries Inc said it raised 40 mln dlrs in New York to pay for its new plant.\n\n"
        "Harlow said the plant would open next year."
    )
    deck = deck_of_text(nlp, title="HARLOW RAISES FUNDS", date="1987-05-06", events=True, text=text)
    assert not [i for i in deck.items if i.answer.endswith("in New York") and i.answer[0].isdigit()], [i.answer for i in deck.items]


def test_an_offer_cut_before_its_rate_is_no_answer(nlp):
    text = (
        "MELBOURNE, April 9\n\n"
        "Southern Gas Co said it will offer one share plus two dlrs cash for every three shares in oil producer "
        "Caldera Resources Ltd in a counter-bid to the offer by Petra Ltd.\n\n"
        "The offer values Caldera at 310 mln dlrs, Southern Gas said."
    )
    deck = deck_of_text(nlp, title="SOUTHERN GAS BIDS FOR CALDERA", date="1987-04-09", events=True, text=text)
    cut = [i for i in deck.items if "two dlrs cash" in i.question + i.answer and "for every" not in i.question + i.answer]
    assert not cut, [(i.question, i.answer) for i in cut]


def test_a_result_without_its_sum_is_no_thing_done(nlp):
    text = (
        "NEW YORK, April 8\n\n"
        "Emerson Electric Co said its first quarter profit was helped by its purchase of Denton Corp.\n\n"
        "Emerson recorded net earnings for the first quarter 1987 of 412 mln dlrs, or 1.12 dlrs per share, up 14 "
        "pct from 361 mln dlrs, or 0.98 dlrs per share for the same quarter a year ago.\n\n"
        "Emerson also cited strong sales of appliances."
    )
    deck = deck_of_text(nlp, title="EMERSON ELECTRIC 1ST QTR HELPED BY DENTON", date="1987-04-08", events=True, text=text)
    assert not [i for i in deck.items if i.kind == "event" and i.answer == "net earnings"], [(i.question, i.answer) for i in deck.items]
