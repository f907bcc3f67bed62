"""From the j75 sample (stop 51: Reuters wire stories nobody had read, read after scoring), fixed
with articles written for the tests:

- a knighthood between a title and a name ("Chairman Sir Francis Tombs") belongs to the name:
  the person's role is "Chairman", not "Chairman Sir";
- an act "in the week ended April 13" is not asked "on 13 April": the day ends a period;
- one month of a pair written as one span ("during Jan/Feb 1987") is no date to blank;
- a percentage that makes a part of a whole in a compound ("a 100 pct investment bank
  subsidiary") offers no choice above 100;
- a deadline on a month's last day ("by December 31, 1989") offers other months' last days, not
  "2 January 1990";
- a date cloze whose sentence opens on an occasion with "a" and names nothing ("A hearing is set
  for ____.") is unanchored: which case, the card cannot say.
"""

from __future__ import annotations

import datetime as dt

from tests.articles import deck_of_text, facts_of, make_article

ROLLS = (
    "Demand for shares in Rolls Royce Plc is expected to be substantial when the government sells them at "
    "the end of April, bankers said.\n\n"
    "Chairman Sir Francis Tombs denied suggestions that Rolls was a stock that should be left to the "
    "institutions. He noted that the aircraft industry was cyclical.\n\n"
    '"We have a strong order book," Tombs said.'
)


def test_a_knighthood_after_a_title_is_no_part_of_the_office(nlp):
    facts = facts_of(nlp, make_article(ROLLS, date="1987-04-08"))
    roles = {m.name: m.role for m in facts.people}
    assert roles.get("Francis Tombs") == "Chairman", roles


def test_an_act_in_the_week_ended_a_day_is_not_asked_on_that_day(nlp):
    deck = deck_of_text(nlp, title="DUTCH CENTRAL BANK BUYS CURRENCY", date="1987-04-21", events=True, text=(
        "AMSTERDAM, April 21 - The Dutch central bank cut its special advances rate by a quarter point to "
        "5.25 pct, effective tomorrow.\n\n"
        "The Netherlands Bank bought more than 2.4 billion guilders of foreign currency in the week ended "
        "April 13, a bank spokesman said.\n\n"
        "Dealers said the guilder remained firm against the mark."
    ))
    bought = [i for i in deck.items if i.kind == "event" and "bought" in i.question]
    assert bought, [i.question for i in deck.items]
    assert not [i.question for i in bought if "13 April" in i.question]


def test_one_month_of_a_pair_is_no_date_to_blank(nlp):
    deck = deck_of_text(nlp, title="URUGUAY WOOL EXPORTS HIGHER IN JAN/FEB", date="1987-03-11", events=True, text=(
        "MONTEVIDEO, March 11 - Uruguayan wool exports during Jan/Feb 1987 totalled 21,400 tonnes, against "
        "18,250 tonnes shipped in the same 1986 period, the wool board said.\n\n"
        "Uruguayan wool exports totalled 11,020 tonnes in February 1987, against 9,870 tonnes in the same 1986 month."
    ))
    dates = [i for i in deck.items if i.kind == "date"]
    assert not [i.question for i in dates if "Jan/" in i.question]
    assert [i for i in dates if "11,020" in i.question and i.answer == "February 1987"]


def test_a_part_of_a_whole_in_a_compound_offers_no_choice_above_all_of_it(nlp):
    deck = deck_of_text(nlp, title="DRESDNER TO FOUND TOKYO SECURITIES ARM", date="1987-04-01", events=True, text=(
        "FRANKFURT, April 1 - Dresdner Bank AG management board chairman Hans Friderichs said he hoped the bank "
        "would this year found a 100 pct securities trading subsidiary in Tokyo.\n\n"
        "He told the annual news conference that the move would widen its business in Japan."
    ))
    owned = [i for i in deck.items if i.kind == "number" and "subsidiary" in i.question]
    assert owned and owned[0].answer == "100 pct"  # the wire's "pct" is a percentage (stop 52)
    assert all(float(c.split()[0].replace(",", "")) <= 100 for c in owned[0].choices), owned[0].choices


def test_a_deadline_on_a_month_s_last_day_offers_other_months_last_days(nlp):
    deck = deck_of_text(nlp, title="NORTHGATE TO EARN INTEREST IN GOLD PROPERTY", date="1987-04-01", events=True, text=(
        "TORONTO, April 1 - Northgate Exploration Ltd said it agreed in principle for an option to earn up to a "
        "50 pct interest from Lac Minerals Ltd in a gold property in northern Quebec.\n\n"
        "Northgate said it will earn the interest by spending a minimum of two mln dlrs in exploration work by "
        "December 31, 1989.\n\n"
        "It expects work to start shortly."
    ))
    deadline = [i for i in deck.items if i.kind == "date" and i.answer == "31 December 1989"]
    assert deadline and len(deadline[0].choices) == 4
    for choice in deadline[0].choices:
        day = dt.datetime.strptime(choice, "%d %B %Y").date()
        assert (day + dt.timedelta(days=1)).day == 1, deadline[0].choices


def test_an_occasion_a_bare_sentence_opens_on_with_a_is_unanchored():
    from quizgen.extract.question_anchors import unanchored_questions

    assert unanchored_questions(
        [
            ("A hearing is set for ____.", "20 March 1987"),
            ("A meeting will be held on ____.", "1 May 1987"),
            ("A hearing on the Acme case is set for ____.", "20 March 1987"),
            ("A bomb exploded in Kabul on ____.", "4 May 1987"),
            ("A spokesman said ____ would attend.", "Bob Smith"),
        ]
    ) == [True, True, False, False, False]
