"""From the j119 sample (stop 60's last code, read after scoring), fixed with articles written
for the tests:

- "… and on ____ is the redemption date": a date that is its clause's subject given a preposition
  (well-formed n);
- "Who was the Deputy Energy Minister?" for "Ecuador's Deputy Energy Minister Fernando Santos
  Alvite" in a story filed from Caracas (answerable n: the country was left out).
"""

from __future__ import annotations

from tests.articles import wire_items


def _file_deck(tmp_path, title, date, body):
    return [(i.kind, i.question, i.answer) for i in wire_items(tmp_path, body, title=title, date=date)]


def test_a_date_that_is_its_clause_s_subject_takes_no_preposition(tmp_path):
    body = (
        "CHICAGO, March 26 - Stone Container Corp said it will redeem 200 mln dlrs of debt and preferred stock.\n\n"
        "Stone said April 10 is the redemption date for the convertible debentures and April 27 is the "
        "redemption date for the series C preferred.\n\n"
        "Interest on the debentures will stop accruing on April 10, the company said.\n\n"
        "Stone Container stock Wednesday was trading at 33-5/8, down 5/8."
    )
    cards = _file_deck(tmp_path, "STONE CONTAINER TO REDEEM DEBT", "1987-03-26", body)
    dates = [q for k, q, _ in cards if k == "date"]
    assert not any("on ____ is" in q for q in dates), dates
    assert any("and ____ is the redemption date" in q for q in dates), dates
    # the limit: a date inside a longer subject keeps its preposition
    assert not any("stock ____ was trading" in q for q in dates), dates


def test_a_country_s_possessive_before_a_title_stays_in_the_role(tmp_path):
    body = (
        "CARACAS, March 12 - Venezuela will lend Ecuador 50,000 barrels per day of crude oil over the next "
        "few months, Energy and Mines Minister Arturo Hernandez Grisanti said today.\n\n"
        "He said that under the terms of this loan, agreed during a visit here this week by Ecuador's Deputy "
        "Energy Minister Fernando Santos Alvite, Ecuador will begin repaying the loan in August."
    )
    cards = _file_deck(tmp_path, "VENEZUELA TO LEND ECUADOR 50,000 BPD OF CRUDE", "1987-03-12", body)
    asked = [q for k, q, a in cards if a == "Fernando Santos Alvite"]
    assert asked and all("Ecuador's Deputy Energy Minister" in q for q in asked), cards
