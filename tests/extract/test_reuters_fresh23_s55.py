"""From the j92 sample (stop 55: Reuters wire stories nobody had read, read after scoring), fixed
with articles written for the tests:

- the day a year opens on ("the year, which starts April 1") gets other quarters' first days as
  choices, not the days around it;
- "What did X say Y recorded …?" never carries an aside the wire set off by a comma (", to 530");
- "“…,” an aide to Seguin said" is the aide's quotation, not Seguin's;
- "in February a year ago" is not this year's February;
- "A and P" (a company) keeps its capital "A": no "An and P";
- two stories' figures sharing only "inflation", "rate" and "pct" are two facts;
- "Central Bank president" says no country: no "Who was …?" card;
- "closed on the New York Stock Exchange at 54-3/8, up 2-5/8" is a share price, no act.
"""

from __future__ import annotations

import datetime as dt

from quizgen.deck.generate import build_deck
from tests.articles import deck_of_text, facts_of, make_article


def test_the_day_a_year_opens_has_other_openings_as_choices(nlp):
    deck = deck_of_text(nlp, events=True, title="JAPAN STEEL OUTPUT SEEN FLAT", date="1987-03-12", outlet="Reuters", text=(
        "\nTOKYO, March 12 - Japanese crude steel output will be flat in fiscal 1987/88, the Iron and Steel "
        "Federation said.\n\n"
        "Domestic demand is predicted to rise 2.1 pct in the year, which starts April 1, the federation said in a "
        "statement."
    ))
    opening = [i for i in deck.items if i.kind == "date" and i.answer == "1 April 1987"]
    assert opening and opening[0].choices, [(i.question, i.answer, i.choices) for i in deck.items if i.kind == "date"]
    for choice in opening[0].choices:
        day = dt.datetime.strptime(choice, "%d %B %Y").date()
        assert day.day == 1 and day.month % 3 == 1, opening[0].choices


def test_a_claim_question_carries_no_aside_set_off_by_a_comma(nlp):
    deck = deck_of_text(nlp, events=True, title="CREDIT AGENCY SAYS BUSINESS FAILURES UP", date="1987-03-26", outlet="Reuters", text=(
        "\nNEW YORK, March 26 - Ryder and Dunn Corp said business failures in February increased 9.6 pct, to "
        "5,210, from 4,754 in February 1986.\n\n"
        "\"Failures continue to be driven upward by big increases in the farm states,\" Ryder said.\n\n"
        "The largest increase was reported in the Gulf states, Ryder said, with business failures rising 41.2 pct, "
        "to 1,104.\n\n"
        "The Plains states posted a 38 pct rise, to 276, Ryder said, while the Lake states recorded a 22.1 pct "
        "gain, to 450.\n\n"
        "The Atlantic states also reported a large decline in failing businesses, off 5.9 pct, to 1,012, Ryder "
        "said.\n\n"
        "Ryder said the Mountain states recorded a gain in business failures of 2.5 pct, to 610.\n\n"
        "Business failures in the New England states rose 19.5 pct, to 121."
    ))
    dangling = [i for i in deck.items if i.question.rstrip("?").endswith("to 610")]
    assert not dangling, [(i.question, i.answer) for i in dangling]


def test_an_aide_s_words_are_not_his_minister_s(nlp):
    deck = deck_of_text(nlp, events=True, title="FRANCE UNVEILS JOBS PLAN", date="1987-03-18", outlet="Reuters", text=(
        "\nPARIS, March 18 - The French government today announced a 2.5 billion franc plan to help the long-term "
        "unemployed back into work.\n\n"
        "The package presented to the cabinet by Labour Minister Jean-Marc Duval is to be financed out of a "
        "contingency fund announced last month.\n\n"
        "\"Employers tell us we must give them a real incentive to hire people who have been out of work for years, "
        "and that is why the measures are expensive,\" an aide to Duval said."
    ))
    given = [i for i in deck.items if "Employers tell us" in i.question]
    assert not given, [(i.question, i.answer) for i in given]


def test_a_month_a_year_ago_is_not_this_year_s(nlp):
    deck = deck_of_text(nlp, events=True, title="THAI RESERVES RISE", date="1987-03-16", outlet="Reuters", text=(
        "\nBANGKOK, March 16 - Thailand's gold and foreign exchange reserves rose to 12.4 billion baht at "
        "end-February from 12.1 billion at end-January, the central bank said.\n\n"
        "Special drawing rights rose to 310 mln baht at end-February from 305 mln at end-January.\n\n"
        "The IMF position was unchanged from January at 488 mln but was above the 401 mln in February a year ago."
    ))
    wrong = [i for i in deck.items if i.kind == "date" and "a year ago" in i.question and i.answer == "February 1987"]
    assert not wrong, [(i.question, i.answer) for i in wrong]


def test_a_company_s_capital_a_is_no_article(nlp):
    deck = deck_of_text(nlp, events=True, title="GOURMET COFFEE COMES TO SUPERMARKETS", date="1987-04-02", outlet="Reuters", text=(
        "\nNEW YORK, April 2 - A and P Co said it will sell a new gourmet coffee line in its supermarkets from "
        "next month.\n\n"
        "Mark Dillon, president of A and P's Brookside Foods subsidiary that makes the new A and P gourmet line, "
        "described its appeal as \"a little luxury.\""
    ))
    questions = [i.question for i in deck.items]
    assert any("of A and P's" in q for q in questions), questions
    assert not any("An and P" in q for q in questions), questions


def test_two_stories_figures_sharing_only_a_rate_are_two_facts(nlp):
    norway = facts_of(nlp, make_article(
        "\nOSLO, April 27 - Norway's stock exchange has touched record levels, propelled by higher oil prices.\n\n"
        "Interest rates stand at around 14 pct, while annual inflation is 10 pct.",
        title="NORWAY BOURSE BOOM WILL NOT LAST", date="1987-04-27", article_id="norway",
    ))
    manila = facts_of(nlp, make_article(
        "\nMANILA, Oct 19 - The Philippine inflation rate will rise to 4.8 pct this year if the government "
        "grants a 10 pct increase in the minimum daily wage, Economic Planning Secretary Rosa Bautista said.",
        title="PHILIPPINE INFLATION SEEN RISING", date="1987-10-19", article_id="manila",
    ))
    deck = build_deck([norway, manila], deck_id="t", title="T", events=True)
    for item in deck.items:
        if item.kind == "number" and item.answer.startswith("10"):
            assert len({e.source for e in item.evidence}) == 1, (item.question, [e.text for e in item.evidence])


def test_a_central_bank_president_says_no_country(nlp):
    deck = deck_of_text(nlp, events=True, title="LIMA DENIES COURT ACTION AGAINST BRAZIL", date="1987-03-27", outlet="Reuters", text=(
        "\nBRASILIA, March 27 - Central Bank president Roberto Lima denied rumours that foreign creditors had filed "
        "court actions against Brazil to seek payment of its debt.\n\n"
        "\"There is no court action against Brazil,\" Lima said in a television interview."
    ))
    asked = [i for i in deck.items if i.kind == "person" and i.question.startswith("Who was the Central Bank president")]
    assert not asked, [(i.question, i.answer) for i in asked]
    employed = [i for i in deck.items if i.kind == "person" and i.answer == "Central Bank"]
    assert not employed, [(i.question, i.answer) for i in employed]  # a country's bank, no company


def test_a_share_s_close_on_the_exchange_is_no_act(nlp):
    deck = deck_of_text(nlp, events=True, title="HUDSON FINANCIAL SEEN IN POSSIBLE SPINOFF", date="1987-02-26", outlet="Reuters", text=(
        "\nNEW YORK, Feb 26 - Wall Street was abuzz with talk that Hudson Financial Corp would spin off part of its "
        "brokerage unit.\n\n"
        "Hudson Financial closed on the New York Stock Exchange at 54-3/8, up 2-5/8 on heavy volume.\n\n"
        "Hudson Financial would not comment on the rumors."
    ))
    closing = [i for i in deck.items if i.kind == "event" and "Stock Exchange" in f"{i.question} {i.answer}"]
    assert not closing, [(i.question, i.answer) for i in closing]
