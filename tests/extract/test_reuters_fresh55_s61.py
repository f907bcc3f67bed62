"""From the j124 sample (the code after j123's fixes, read after scoring), each fixed with an
article written for the test:

- "… resort to restocking to meet their needs": the spelling mender turned the quotation's
  "destocking" (a prefix and a word) into its opposite (right n);
- "[Laurie Milbank] said she expected the yield …": the firm "Laurie Milbank and Co" taken for the
  woman its assistant manager is (right n);
- "Why did the World Bank plan to bring forward …?" → "because of its expectations": a reason cut
  before the "that" clause that says what (right n);
- "What did Taiwan cut?", "What did Taiwan allow?": the sentence's "In January" left out, as the
  date extractor read no month after a capital "In" (answerable n)."""

from __future__ import annotations

from quizgen.extract.dates import find_candidates
from quizgen.items.spelling import mended_spelling
from tests.articles import wire_items


def test_a_prefix_and_a_known_word_is_no_typo():
    assert mended_spelling("customers resort to destocking to meet their needs") == (
        "customers resort to destocking to meet their needs"
    )
    assert mended_spelling("a misreported figure") == "a misreported figure"
    assert mended_spelling("the deal's first stage, closng March 22") == "the deal's first stage, closing March 22"


def test_a_name_before_and_co_is_a_firm_not_the_she_after_it(tmp_path):
    body = (
        "TOKYO, March 3 - Japanese demand for British government bonds is expected to rise, dealers said.\n\n"
        '"The U.K. Government is in no hurry to issue more bonds," said Laurie Milbank and Co assistant '
        "manager Machiko Suzuki.\n\n"
        "She said she expected the yield on the 11-3/4 pct gilt due March 2007 to dip below 9.5 pct, against "
        "9.581 pct at yesterday's close in London."
    )
    items = wire_items(tmp_path, body, title="JAPANESE DEMAND FOR U.K. GILTS SEEN RISING", date="1987-03-03")
    assert not any("[Laurie Milbank]" in i.question for i in items), [i.question for i in items]
    assert not any(i.answer == "Laurie Milbank" for i in items), [(i.question, i.answer) for i in items]


def test_a_reason_is_not_cut_before_its_that_clause(tmp_path):
    body = (
        "WASHINGTON, April 2 - The World Bank said it will redeem early two Swiss franc bond issues.\n\n"
        "Last month, treasurer Eugene Rotberg said that the World Bank planned to bring forward to the first "
        "half of 1987 its borrowing plans for the year because of its expectations that world interest rates "
        "will rise by the year end."
    )
    items = wire_items(tmp_path, body, title="WORLD BANK TO REDEEM EARLY TWO SWISS FRANC BONDS", date="1987-04-02")
    assert not any(i.answer == "because of its expectations" for i in items), [(i.question, i.answer) for i in items]


def test_a_month_after_a_capital_in_is_a_date():
    found = find_candidates("In January, Taiwan cut import tariffs on some 1,700 foreign products.")
    assert [(c.kind, c.groups["month"]) for c in found] == [("month", "January")]


def test_an_act_in_a_month_is_asked_in_that_month(tmp_path):
    body = (
        "TAIPEI, March 12 - Taiwan will further relax import curbs on some 400 foreign goods, a spokesman said.\n\n"
        "He said the move was intended to balance trade between Taiwan and its trading partners.\n\n"
        "In January, Taiwan cut import tariffs on some 1,700 foreign products and allowed imports of U.S. wine, "
        "beer and cigarettes."
    )
    items = wire_items(tmp_path, body, title="TAIWAN FURTHER RELAXES IMPORT CURBS", date="1987-03-12")
    asked = [i.question for i in items if i.kind == "event" and "cut" in i.question and "Taiwan" in i.question]
    assert asked and all("January 1987" in q for q in asked), [i.question for i in items if i.kind == "event"]


def test_a_person_whose_firm_bears_his_name_stays_a_person(tmp_path):
    body = (
        "NEW YORK, April 3 - Mario Gabelli, head of New York investment firm Mario Gabelli and Co, said he sold "
        "some shares of GenCorp Inc.\n\n"
        '"We wanted to remove our clients from the process unfolding between GenCorp and its bidder," '
        "Gabelli said."
    )
    items = wire_items(tmp_path, body, title="GABELLI SELLS SOME GENCORP SHARES", date="1987-04-03")
    assert any(i.kind == "quote" and i.answer == "Mario Gabelli" for i in items), [(i.question, i.answer) for i in items]
