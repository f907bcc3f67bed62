"""From the j98 sample (stop 56: Reuters wire stories nobody had read, read after
scoring), fixed with articles written for the tests:

- "De ____ criticized …" for Herman De Croo: the blank left the name's particle outside it;
- Dome "is saying, … There isn't enough money to pay you back," he added: the analyst relays
  Dome's message (right n: credited to him);
- "April 1/10" in a price table is a shipping period, no date (right n);
- "next year" in a story counting fiscal years ("the current 1986/87 year") is no calendar year
  (right n: "1988");
- "Dutch imports … rose, the Commodity Board … said": the board that reports the country's figures
  is not their owner ("[The Commodity Board's] animal fat imports");
- "Farm leader Raymond Lacombe said": a common word capitalised by the sentence's start names no
  union ("Who was the Farm leader?", answerable n).
"""

from __future__ import annotations

from quizgen.items.form_gate import form_problems
from tests.articles import deck_of_text, facts_of, make_article, references_of


def test_a_blank_after_a_word_of_the_answer_is_malformed():
    assert form_problems(
        'De ____ criticized the way U.S. officials try to solve EC trade issues.', "Herman De Croo", []
    )
    assert not form_problems("Belgian Foreign Trade Minister ____ criticized the way U.S. officials work.", "Herman De Croo", [])


def test_words_that_open_on_a_verb_of_saying_are_not_the_speaker_s(nlp):
    text = (
        "CALGARY, March 13 - Dome Petroleum Ltd's plan to restructure its debt is \"very cut and dried and to "
        "the point,\" Peters and Co Ltd energy analyst Wilf Gobert said.\n\n"
        "Dome \"is saying, This is the way it is. There isn't enough money to pay you back,\" he added.\n\n"
        "\"It strikes me as a very pragmatic thing to do,\" First Marathon Securities Ltd oil analyst Jim Doak said."
    )
    quotes = facts_of(nlp, make_article(text, title="DOME", date="1987-03-13")).quotes
    assert not [q for q in quotes if "enough money" in q.quote], [(q.speaker, q.quote) for q in quotes]
    assert [q for q in quotes if q.speaker == "Wilf Gobert" and "cut and dried" in q.quote]


def test_a_shipping_period_in_a_price_table_is_no_date(nlp):
    text = (
        "NEW ORLEANS, April 7 - Gulf cash soybean values were slightly firmer in early dealings, dealers said.\n\n"
        "Soybeans (Barges - Basis Chgo futures)\n\n"
        "April 1/10 - 25-1/2 ov May bid, 26-1/2 off.\n\n"
        "F/H April - 25 ov May bid, 26 offered."
    )
    dates = facts_of(nlp, make_article(text, title="EARLY GULF CASH SOYBEANS", date="1987-04-07")).dates
    assert not [d for d in dates if d.text.startswith("April 1")], [(d.text, d.value) for d in dates]


def test_next_year_in_a_fiscal_year_story_is_no_calendar_year(nlp):
    text = (
        "SYDNEY, March 30 - Westpac Banking Corp said the federal budget deficit should be cut to 2.5 billion "
        "dlrs. This compares with the budgeted deficit of 3.5 billion dlrs for the current 1986/87 year.\n\n"
        "In its latest Economic Review, Westpac said powerful arguments could be advanced for eliminating the "
        "deficit altogether next year or even budgeting for a modest surplus."
    )
    dates = facts_of(nlp, make_article(text, title="WESTPAC CALLS FOR CUT IN DEFICIT", date="1987-03-30")).dates
    assert not [d for d in dates if d.text == "next year"], [(d.text, d.value) for d in dates]


def test_a_people_s_figures_are_not_the_reporting_board_s(nlp):
    refs = references_of(nlp, (
        "\nTHE HAGUE, March 2 - Dutch imports of fat- and oil-bearing raw materials, fats and oils rose to 2.16 mln "
        "tonnes in 1986 from 2.12 mln tonnes in 1985, the Commodity Board for Margarine, Fats and Oils said.\n\n"
        "Soyabean oil imports were 32,000 tonnes against 48,200.\n\n"
        "Animal fat imports rose to 371,700 from 345,800 tonnes."
    ))
    assert "Commodity Board" not in str(refs.get("Animal")), refs


def test_a_role_capitalised_only_by_its_sentence_names_no_post(nlp):
    text = (
        "PARIS, March 26 - French farmers will go ahead with protests against the EC Commission's proposals to "
        "overhaul the farm sector, their union said.\n\n"
        "Farm leader Raymond Lacombe said the union planned a series of major protests both in France and abroad.\n\n"
        "\"The Minister's proposals back up our determination to organise union action,\" Lacombe told reporters."
    )
    deck = deck_of_text(nlp, text, title="FRANCE WILL FIGHT EC FARM PROPOSALS", date="1987-03-26")
    assert not [i for i in deck.items if "Farm leader" in i.question or i.answer == "Farm leader"], [
        (i.question, i.answer) for i in deck.items
    ]


def test_a_party_s_role_at_a_sentence_start_stays(nlp):
    # the rule's limit: "Labour" is never written in lower case here: a party's name, a post
    text = (
        "LONDON, March 20 - The opposition Labour Party will fight the budget, its leaders said.\n\n"
        "Labour leader Neil Kinnock said the tax cuts were a bribe to voters before an election.\n\n"
        "Kinnock told parliament the party would vote against them."
    )
    roles = facts_of(nlp, make_article(text, title="LABOUR TO FIGHT BUDGET", date="1987-03-20")).roles
    assert [(r.person, r.role) for r in roles] == [("Neil Kinnock", "Labour leader")]


def test_a_company_s_figures_keep_their_owner_after_a_people_s_adjective(nlp):
    # the rule's limit: "Dutch … group Buehrmann-Tetterode NV said" is a company's story (the
    # parse gives "said" two subjects, "paper" and the company)
    refs = references_of(nlp, (
        "\nAMSTERDAM, April 1 - Dutch paper, packaging and graphical equipment group Buehrmann-Tetterode NV said "
        "its policy in coming years will be aimed at further expansion by growth and takeovers.\n\n"
        "In the statement on its results for 1986 it also confirmed a 1986 net profit of 93.2 mln guilders "
        "against 57.3 mln in 1985. Turnover rose by 4.4 pct to 3.25 billion guilders."
    ))
    assert refs.get("Turnover") == "Buehrmann-Tetterode NV", refs
