"""From the j87 sample (stop 54: Reuters wire stories nobody had read, read after scoring), fixed
with articles written for the tests:

- a blanked object of "have" before an infinitive ("it has [an agreement with X] to sell …")
  makes "has to sell", a must: no card;
- "What did X announce?" when X also declared something else in the article has two answers;
- a figure of the earlier movement a change is told against ("after a 940 mln stg April rise",
  "since a 1.9 pct rise", "from May's 5.1 pct growth", "after falling 30 points") is a
  comparison, no card;
- a month blanked in a question that names it elsewhere ("in ____, the second after the March
  19 budget") gives itself away;
- a price per barrel takes no share price of the deck as a wrong choice;
- a total whose parts the question lists is a sum: typed, with no choices.
"""

from __future__ import annotations

from tests.articles import deck_of_text


def test_a_blanked_object_of_have_before_an_infinitive_is_no_card(nlp):
    deck = deck_of_text(nlp, title="TALKING POINT/GLOBAL FINANCE", date="1987-03-19", events=True, outlet="Reuters", text=(
        "\nNEW YORK, March 19 - Global Finance Corp's plan to sell a stake in its Hartley Securities unit is "
        "believed to be a prelude to a public offering of shares in the brokerage unit, analysts said.\n\n"
        "Global Finance earlier said it has a general understanding with Nippon Life Insurance Co of Japan to sell "
        "a 20 pct interest in Hartley for 410 mln dlrs.\n\n"
        "The statement triggered a rise in other brokerage stocks."
    ))
    questions = [i.question for i in deck.items]
    assert not any("has to sell" in q or "have to sell" in q for q in questions), questions
    assert any(i.answer == "20 pct" for i in deck.items)


def test_what_did_it_announce_is_not_asked_when_it_declared_something_else(nlp):
    deck = deck_of_text(nlp, title="CRA SEES HIGHER YEAR PROFIT", date="1987-03-27", events=True, outlet="Reuters", text=(
        "\nSYDNEY, March 27 - CRA Ltd said it expects a higher full year result, helped by a strong fourth "
        "quarter.\n\n"
        "CRA held its annual dividend unchanged at 40 cents after declaring a steady final dividend of 25 cents and "
        "announced a one-for-four bonus issue to shareholders registered June 2.\n\n"
        "The bonus shares will not rank for the final dividend, CRA said."
    ))
    assert not any(i.kind == "event" and i.question == "What did CRA announce?" for i in deck.items)
    assert any(i.kind == "event" and "bonus issue" in i.question and i.answer == "CRA" for i in deck.items)


def _figure_answers(deck) -> set[str]:
    return {i.answer for i in deck.items if i.kind == "number"}


def test_an_earlier_movement_after_a_change_is_no_card(nlp):
    deck = deck_of_text(nlp, title="U.K. CONSUMER LENDING RISES", date="1987-06-22", outlet="Reuters", text=(
        "\nLONDON, June 22 - Consumer lending by British banks rose by 2.1 billion stg in May after a 940 mln stg "
        "April rise, figures from the Banking Information Service showed.\n\n"
        "The Hang Seng index lost 12.5 points to end the day at 1,902.33 after falling more than 30 points in "
        "late morning."
    ))
    answers = _figure_answers(deck)
    assert "940" not in answers and "more than 30" not in answers, answers
    assert "12.5" in answers, answers


def test_an_earlier_movement_since_or_from_is_no_card(nlp):
    deck = deck_of_text(nlp, title="U.S. RETAIL SALES UP 1.4 PCT", date="1987-07-14", outlet="Reuters", text=(
        "\nWASHINGTON, July 14 - U.S. retail sales rose 1.4 pct in June to 124.6 billion dlrs, the largest monthly "
        "gain since a 1.9 pct rise in October 1985, the Commerce Department said.\n\n"
        "Analyst Ann Bell pointed to a rise in M3 to 6.3 pct year-on-year from May's 5.1 pct growth, which she "
        "said would worry the Federal Reserve."
    ))
    answers = _figure_answers(deck)
    assert "1.9 pct" not in answers and "5.1 pct" not in answers, answers
    assert "124.6 billion" in answers, answers


def test_a_month_the_question_names_elsewhere_is_no_blank(nlp):
    deck = deck_of_text(nlp, title="LAWSON DASHES HOPES OF EARLY RATE CUT", date="1987-04-02", outlet="Reuters", text=(
        "\nLONDON, April 2 - Chancellor Nigel Lawson said there was no case for lower interest rates now, "
        "disappointing dealers.\n\n"
        "Base rates have been cut twice by one-half point in March, the second after the March 17 budget "
        "presentation, and dealers had expected another cut in April."
    ))
    assert not any(i.kind == "date" and i.answer.startswith("March 1987") for i in deck.items), [
        (i.question, i.answer) for i in deck.items if i.kind == "date"
    ]


def test_a_price_per_barrel_takes_no_share_price_as_a_choice(nlp):
    deck = deck_of_text(nlp, title="SAUDIS NOT SEEKING HIGHER OIL PRICE", date="1987-04-27", outlet="Reuters", text=(
        "\nNICOSIA, April 27 - Saudi Arabia will not seek to push OPEC oil prices above the current benchmark "
        "of 18 dlrs per barrel unless demand grows strongly, an oil newsletter said.\n\n"
        "In Hong Kong, Cheung Kong and Hutchison ended unchanged at 41.75 and 51 dlrs on late support, dealers "
        "said."
    ))
    card = next(i for i in deck.items if i.kind == "number" and i.answer == "18")
    assert card.choices and "51" not in card.choices, card.choices


def test_a_total_whose_parts_the_question_lists_is_typed(nlp):
    deck = deck_of_text(nlp, title="MIDLAND MAY RECLASSIFY PERU LOANS", date="1987-03-17", outlet="Reuters", text=(
        "\nLONDON, March 17 - Midland Bank Plc may place its loans to Peru on nonaccrual status, it said in a "
        "filing.\n\n"
        "Midland said its outstanding loans to Peru currently total about 2.6 billion dlrs, including about 1.4 "
        "billion dlrs in long-term loans and 1.2 billion dlrs in short-term loans."
    ))
    card = next(i for i in deck.items if i.kind == "number" and i.answer == "about 2.6 billion")
    assert card.choices == [], card.choices
