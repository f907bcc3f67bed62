"""From the j93 sample (stop 55: Reuters wire stories nobody had read, read after scoring), fixed
with articles written for the tests:

- "President Reagan" beside "Reagan's wife Nancy" is not Nancy Reagan;
- "de Havilland president" keeps its "de";
- who suspended interest payments has two answers when another country "announced it was
  suspending" them: no "Which country …?" card;
- "Prices of bonds ended a quiet session lower" is a day's prices, no act to blank;
- "approve the doubling of authorized shares to 120 mln": no claim question ending "to 120 mln";
- "Both facilities have a commitment fee of ____": which two, only the text before says.
"""

from __future__ import annotations

from tests.articles import deck_of_text


def test_a_president_is_not_the_wife_the_text_names_by_his_surname(nlp):
    deck = deck_of_text(nlp, events=True, title="REPORT COULD END AIDE'S TENURE", date="1987-02-26", outlet="Reuters", text=(
        "\nWASHINGTON, Feb 26 - The review board's harsh comments on President Reagan's chief of staff Daniel "
        "Keene could end his White House tenure, officials said.\n\n"
        "Keene has been criticised for his handling of Reagan's worst political crisis.\n\n"
        "The report saved its harshest words for Keene, a close friend of Reagan whose style angered some top "
        "Reagan officials and, perhaps more importantly, Reagan's wife Nancy."
    ))
    wrong = [i for i in deck.items if i.answer == "Nancy Reagan" and "President" in i.question]
    assert not wrong, [(i.question, i.answer) for i in wrong]


def test_a_company_s_particle_stays_in_its_title(nlp):
    deck = deck_of_text(nlp, events=True, title="BOEING RESHAPING DE HAVILLAND IN OWN IMAGE", date="1987-06-01", outlet="Reuters", text=(
        "\nOTTAWA, June 1 - Boeing Co is attempting to recreate money-losing de Havilland Aircraft of Canada Ltd in "
        "its own image.\n\n"
        "But it is a process that will be complex and, because the company was in worse shape than expected, "
        "time-consuming, according to de Havilland president Paul Ostrander.\n\n"
        "Yet Ostrander, a former Boeing executive, believes the makeover is essential to revive the company Boeing "
        "bought from the Canadian government a year ago."
    ))
    titles = [i.question for i in deck.items if i.kind == "person" and "Ostrander" in i.answer]
    assert titles and all("de Havilland president" in q for q in titles), titles


def test_who_suspended_payments_has_two_answers_when_another_announced_it(nlp):
    deck = deck_of_text(nlp, events=True, title="VOLCKER SAYS DEBT MOVES WILL NOT HURT BANKS", date="1987-03-20", outlet="Reuters", text=(
        "\nWASHINGTON, March 20 - Federal Reserve chairman Paul Volcker said debt moves by Latin American "
        "countries would not hurt U.S. banks.\n\n"
        "Peru announced last month it was temporarily suspending interest payments on 12 billion dlrs of debt "
        "owed to private banks.\n\n"
        "Last week, Bolivia suspended interest payments to private foreign banks, citing damage to its mines "
        "caused by floods."
    ))
    who = [i for i in deck.items if i.kind == "event" and i.question.startswith("Which country suspended")]
    assert not who, [(i.question, i.answer, i.choices) for i in who]


def test_a_market_s_day_is_no_act_to_blank(nlp):
    deck = deck_of_text(nlp, events=True, title="GERMAN BONDS END QUIET BOURSE LOWER", date="1987-04-07", outlet="Reuters", text=(
        "\nFRANKFURT, April 7 - Prices of public authority bonds ended a quiet bourse session lower, with domestic "
        "investors taking profits in a technical reaction to recent strong gains.\n\n"
        "Dealers said long maturities dropped as much as 40 pfennigs but most paper lost around 15 pfennigs. "
        "Foreigners remained sidelined during bourse trading.\n\n"
        "Today's slight dollar drop had little impact. Dealers said this week's G-7 meeting in Washington made "
        "investors wary.\n\n"
        "Most dealers said underlying sentiment for bonds remained favourable."
    ))
    blanked = [i for i in deck.items if "session" in (i.answer or "")]
    assert not blanked, [(i.question, i.answer) for i in blanked]


def test_a_claim_question_leaves_the_figure_its_change_reaches(nlp):
    deck = deck_of_text(nlp, events=True, title="MIDLAND HOLDERS TO VOTE ON SPLIT", date="1987-03-16", outlet="Reuters", text=(
        "\nCHICAGO, March 16 - Midland Insurance Corp said it will ask shareholders at the April 23 annual meeting "
        "to approve the doubling of authorized common shares to 150 mln.\n\n"
        "Holders will also vote on a proposal to create a new class of preferred stock."
    ))
    dangling = [i for i in deck.items if i.question.rstrip("?").endswith("to 150 mln")]
    assert not dangling, [(i.question, i.answer) for i in dangling]


def test_both_facilities_say_not_which(nlp):
    deck = deck_of_text(nlp, events=True, title="AMRO ARRANGES GUILDER FACILITIES", date="1987-06-18", outlet="Reuters", text=(
        "\nAMSTERDAM, June 18 - Amro Bank said it arranged two guilder facilities totalling 150 mln guilders for "
        "Veldhoven NV, a maker of farm machines.\n\n"
        "Veldhoven has an option to fix the second facility.\n\n"
        "Both facilities have a commitment fee of 0.125 pct."
    ))
    both = [i for i in deck.items if i.question.startswith("Both facilities")]
    assert not both, [(i.question, i.answer) for i in both]
