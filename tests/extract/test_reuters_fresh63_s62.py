"""From the j132 sample (668d9576, read after scoring), each fixed at its mechanism and tested with
articles written for the test:
- "What has Dixons Group tendered?" → "a share in cash": the unit a price is quoted per ("at 90.25
  dlrs a share") read as the verb's object;
- "133 to 137 pct" offered for a share of earnings: Reuters writes "pct", which the check of shares
  past the whole did not read as a percentage;
- "report a 1986 budget deficit and prescribe austerity measures for ____" offered 1983, 1984 and
  1985: the sentence's other years keep their order to every option, as its days and months do."""

from __future__ import annotations

from quizgen.items.number_choices import beyond_whole
from tests.articles import deck_of, wire_items


def test_the_unit_a_price_is_quoted_per_is_no_object(tmp_path):
    body = (
        "LONDON, March 23 - Dixons Group PLC raised its offer for Cyclops Corp, the U.S. steel and electronics "
        "retailer, after a rival bid emerged.\n\n"
        "Dixons Group has tendered for all outstanding Cyclops shares at 90.25 dlrs a share in cash.\n\n"
        "The offer expires on April 20, Dixons said."
    )
    items = wire_items(tmp_path, body, title="DIXONS BID FOR CYCLOPS", date="1987-03-23")
    assert not any(i.answer == "a share in cash" for i in items), [(i.question, i.answer) for i in items]
    assert any(i.kind == "number" and i.answer == "90.25" for i in items)  # the price itself is still asked


def test_a_share_written_pct_gets_no_option_past_the_whole():
    assert beyond_whole(98, 137, "95 to 98 pct")
    assert not beyond_whole(98, 90, "95 to 98 pct")
    assert not beyond_whole(98, 137, "95 to 98 mln dlrs")  # no share: any size


def test_a_years_options_keep_their_order_to_the_sentences_other_year(tmp_path):
    body = (
        "PEKING, March 24 - China's Finance Minister Wang Bingqian will report a 1986 budget deficit of up to nine "
        "billion yuan and prescribe austerity measures for 1987 in a budget speech on Thursday, foreign bankers "
        "and diplomats told Reuters.\n\n"
        "The 1986 deficit would be the largest since 1979, they said."
    )
    items = wire_items(tmp_path, body, title="CHINA EXPECTED TO SHOW BIG BUDGET DEFICIT", date="1987-03-24")
    austerity = [i for i in items if i.kind == "date" and "austerity measures for ____" in i.question]
    assert austerity, [(i.question, i.answer) for i in items]
    assert all(int(c) > 1986 for i in austerity for c in i.choices), [i.choices for i in austerity]


def test_an_object_after_a_day_is_still_an_object(tmp_path):
    body = (
        "UNITED NATIONS, Aug. 15 - The U.N. Security Council on Aug. 6 ordered a global embargo on trade with Iraq "
        "as punishment for seizing Kuwait.\n\n"
        "The council meets again next week to review the embargo."
    )
    items = wire_items(tmp_path, body, title="U.N. REVIEWS IRAQ EMBARGO", date="1990-08-15")
    assert any("a global embargo" in i.answer for i in items if i.kind == "event"), [(i.question, i.answer) for i in items]


def test_a_year_after_an_earlier_year_of_its_sentence_gets_no_earlier_option(tmp_path):
    # "slowed in ____ after a strong 2002": 2001 or 2000 would put the slowdown before the strong year
    body = (
        "The European Central Bank left its key rate unchanged at 2%.\n\n"
        "Growth slowed in 2004 after a strong 2002. Profits will rise in 2005."
    )
    deck = deck_of(tmp_path, body, title="ECB holds rates", date=None, events=False)
    slowed = [i for i in deck.items if i.kind == "date" and i.answer == "2004"]
    assert slowed and all(int(c) > 2002 for i in slowed for c in i.choices), [i.choices for i in slowed]
