"""From the j91 sample (stop 55: Reuters wire stories nobody had read, read after scoring), fixed
with articles written for the tests:

- a name whose own abbreviation stands in the question ("its ____, FT, newspaper") is given away;
- a name counted by a number ("a surplus of 250 mln N.Z. Dlrs") is a currency, no one to blank;
- an act the story dates to an earlier decade ("in the early 1980s") is background;
- the close of a quarter is asked with other quarters' closes as choices.
"""

from __future__ import annotations

import datetime as dt

from tests.articles import deck_of_text


def test_an_abbreviation_in_the_question_gives_its_name_away(nlp):
    deck = deck_of_text(nlp, events=True, title="HOLLIS GROUP PROFITS RISE", date="1987-03-16", outlet="Reuters", text=(
        "\nLONDON, March 16 - Hollis Group Plc said the sale of its engineering arm was part of its policy of "
        "concentrating on three key sectors.\n\n"
        "In a statement with its 1986 results, the company said its publishing sector's Daily Telegraph, DT, "
        "newspaper had record sales and profits."
    ))
    blanked = [i for i in deck.items if "Daily Telegraph" in (i.answer or "")]
    assert not blanked, [(i.question, i.answer) for i in blanked]


def test_a_name_counted_by_a_number_is_no_one_to_blank(nlp):
    deck = deck_of_text(nlp, events=True, title="NEW ZEALAND SEES BUDGET SURPLUS", date="1987-06-18", outlet="Reuters", text=(
        "\nWELLINGTON, June 18 - The New Zealand government is forecasting a budget surplus of 250 mln N.Z. Dlrs "
        "for the year ending March 1988, Finance Minister Helen Marsh said in a statement.\n\n"
        "This compares with a deficit of 1.5 billion dlrs in the year ending March 1987."
    ))
    answers = [i.answer for i in deck.items]
    assert not any("Dlrs" in a and not any(ch.isdigit() for ch in a) for a in answers), answers


def test_an_act_dated_to_an_earlier_decade_is_background(nlp):
    deck = deck_of_text(nlp, events=True, title="ZAMBIA PREPARES FOREIGN INVESTMENT LAW", date="1987-03-23", outlet="Reuters", text=(
        "\nLUSAKA, March 23 - The Zambian government has submitted to parliament a law offering foreign investors "
        "customs duty exemption on all capital goods, Minister of State for Planning Peter Banda said.\n\n"
        "Banda told reporters yesterday the new law opened all sectors of the Zambian economy to foreign investment "
        "and allowed unrestricted remittance of profits after five years.\n\n"
        "The law gives investors guarantees against nationalisation and lets them keep 50 pct of their export "
        "earnings abroad, he added.\n\n"
        "Banda described the new terms as very attractive and said he expected the bill to pass within a week. "
        "Details of the previous investment laws were not immediately available.\n\n"
        "Zambia opened its economy to private investment in the early 1970s but few foreign firms have put money "
        "into the country. Banda said the two largest foreign investments were a tea estate and a sugar mill."
    ))
    recalled = [i for i in deck.items if i.kind == "event" and any("1970s" in e.text for e in i.evidence)]
    assert not recalled, [(i.question, i.answer) for i in recalled]


def test_a_quarter_s_close_has_other_quarters_closes_as_choices(nlp):
    deck = deck_of_text(nlp, events=True, title="N.Z. FOREIGN DEBT FALLS", date="1987-03-10", outlet="Reuters", text=(
        "\nWELLINGTON, March 10 - New Zealand's total foreign debt fell to 31.5 billion N.Z. Dlrs in the quarter "
        "end December 31 from 32.1 billion in the previous quarter, the statistics department said.\n\n"
        "The department began releasing quarterly figures in June 1986."
    ))
    dated = [i for i in deck.items if i.kind == "date" and i.answer == "31 December 1986"]
    assert dated and dated[0].choices, [(i.question, i.answer, i.choices) for i in deck.items if i.kind == "date"]
    for choice in dated[0].choices:
        day = dt.datetime.strptime(choice, "%d %B %Y").date()
        assert (day + dt.timedelta(days=1)).day == 1 and day.month % 3 == 0, dated[0].choices
