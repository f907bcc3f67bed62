"""From the j84 sample (stop 53: Reuters wire stories nobody had read, read after scoring), fixed
with articles written for the tests:

- "due to" before a verb ("requirements due to come into force in June") schedules, no cause:
  no "Why …?" card answers with it;
- a word by which the text refers back to a body ("the Bank planned …", "the Government was going
  ahead …") is no answer, capitalised or not;
- "U.S., Saying" is the wire's capital: in lower case;
- "Bombay broker Dinesh Walji said … “…,” he said": the tagger took the broker for a company, and
  the quotation is not given to the broker named before him;
- a month blanked beside the next ("late in ____ and early March") is given away: no date card;
- a bare "Demand" or "Output" in a story a newspaper reports is not the newspaper's;
- a title's short form uses the word the text writes alone ("Minister Rha", not "Minister Bae");
- a weekday after a known happening a present verb relates ("follows the capture on Sunday") is
  not put ahead of the story's date;
- "Armed Forces Commander General Benny Murdani": the rank is no part of the post, and "Armed
  Forces Commander" alone says no country's.
"""

from __future__ import annotations

from quizgen.ingest.markup import repair_markup
from quizgen.items.form_gate import form_problems
from tests.articles import deck_of_text


def test_due_to_before_a_verb_is_no_reason(nlp):
    deck = deck_of_text(nlp, title="BANK OF ITALY SETS CAPITAL RULES", date="1987-04-03", events=True, text=(
        "\nROME, April 3 - The Bank of Italy issued details of new bank capital adequacy requirements due to come "
        "into force in June, in a central bank circular.\n\n"
        "The circular follows an interministerial committee decision to introduce minimum requirements for banks."
    ))
    assert not any(i.question.startswith("Why") for i in deck.items)
    assert any(i.answer == "Bank of Italy" for i in deck.items)


def test_a_word_for_a_body_is_no_answer(nlp):
    assert "the answer is a capitalised description, no name" in form_problems("Which organisation planned to borrow about 700 mln dlrs?", "Bank", [])
    assert form_problems("Which organisation planned to borrow about 700 mln dlrs?", "African Development Bank", []) == []
    deck = deck_of_text(nlp, title="AFRICAN BANK PLANS BORROWING", date="1987-03-20", events=True, text=(
        "\nABIDJAN, March 20 - The African Development Bank plans to raise about 200 mln dlrs via a U.S. domestic "
        "bond, its treasurer Ted Kerno said.\n\n"
        "He said the Bank planned to borrow about 700 mln dlrs in world capital markets in 1987 and roughly the "
        "same amount in 1988."
    ))
    assert not any(i.answer in ("Bank", "the Bank") for i in deck.items)


def test_a_verb_of_saying_capitalised_after_us_and_a_comma_is_lowered():
    assert repair_markup("private institutions in the U.S., Saying calm was needed") == (
        "private institutions in the U.S., saying calm was needed"
    )


def test_a_he_after_a_broker_the_tagger_took_for_a_company(nlp):
    deck = deck_of_text(nlp, title="INDIAN SHARES FALL AFTER BUDGET", date="1987-03-02", text=(
        "\nBrokers said stock market investors have started selling long-term portfolios after the budget.\n\n"
        "Delhi stockbroker B. D. Aggarwal said, \"There is uncertainty in the market. There is going to be growing "
        "selling pressure.\"\n\n"
        "But Bombay broker Dinesh Walji said the present hectic selling of shares will slow when more buyers "
        "appear on the scene. \"Just now there is acute nervousness in the market,\" he said."
    ))
    quotes = [i for i in deck.items if i.kind == "quote"]
    assert not any("acute nervousness" in i.question and i.answer == "B. D. Aggarwal" for i in quotes)
    assert any("uncertainty in the market" in i.question and i.answer == "B. D. Aggarwal" for i in quotes)


def test_a_month_beside_the_next_is_given_away(nlp):
    deck = deck_of_text(nlp, title="OREGON LUMBER COMPANY TO SELL WOOD TO IRAQ", date="1987-03-11", text=(
        "\nPORTLAND, Oregon, March 11 - A Portland-based wood products company has signed a 13 mln dlr contract "
        "with the Iraqi government to supply finished softwood lumber to Iraq, Edward Niedermeyer, president of "
        "Niedermeyer-Martin Co said yesterday.\n\n"
        "He said the contract calls for supplying 21 mln board feet to 30 mln board feet of softwood lumber.\n\n"
        "Niedermeyer spent two weeks in Baghdad negotiating the sale late last month and early March. He is a "
        "member of the United States-Iraq Business Forum, a non-profit group designed to promote commerce with Iraq."
    ))
    assert not any(i.kind == "date" and i.answer.startswith("February") for i in deck.items)
    assert any(i.kind == "number" for i in deck.items)


def test_a_bare_demand_is_not_the_reporting_newspapers(nlp):
    deck = deck_of_text(nlp, title="CHINA COTTON OUTPUT MUST RISE", date="1987-03-13", outlet="Reuters", text=(
        "\nPEKING, March 13 - China's 1987 cotton output must rise above the 1986 level of 3.54 mln tonnes or "
        "supply will fall short of increasing demand, the China Daily said.\n\n"
        "Demand in 1986 rose 10.9 pct over 1985.\n\n"
        "Output in 1986 fell from 4.15 mln tonnes in 1985 and a record 6.2 mln in 1984, official figures show."
    ))
    assert not any("China Daily's]" in i.question or "China Daily’s]" in i.question for i in deck.items)
    assert not any(i.question.startswith(("Demand in 1986", "Output in 1986")) for i in deck.items)
    assert any(i.answer.startswith("3.54") for i in deck.items)


def test_a_title_takes_the_name_the_text_writes_alone(nlp):
    deck = deck_of_text(nlp, title="SOUTH KOREA TO KEEP TRADE SURPLUS", date="1987-03-11", text=(
        "\nSEOUL, March 11 - South Korean Trade Minister Rha Woong Bae said the country will keep a trade surplus "
        "for the next three to five years.\n\n"
        "Rha leaves today for Ottawa for trade talks with Canadian officials.\n\n"
        "Asked if South Korea would retaliate against U.S. goods, Rha said \"at this moment, we have no thought of "
        "retaliation.\""
    ))
    quotes = [i for i in deck.items if i.kind == "quote" and i.answer == "Rha Woong Bae"]
    assert quotes
    assert all("Minister Bae" not in i.accept for i in quotes)
    assert any("Minister Rha" in i.accept for i in quotes)


def test_a_weekday_of_a_known_happening_is_not_put_ahead(nlp):
    deck = deck_of_text(nlp, title="LIBYA ABANDONS CHAD STRONGHOLD", date="1987-03-26", text=(
        "\nPARIS, March 26 - Libyan troops are hastily evacuating their last important stronghold in northern "
        "Chad, military sources said.\n\n"
        "The hurried Libyan evacuation, which started yesterday morning, follows the capture on Sunday of Libya's "
        "best-defended air base at Ouadi Doum, 145 kms (90 miles) northeast of Faya."
    ))
    assert not any("29 March 1987" in i.question or "29 March 1987" in i.answer for i in deck.items)


def test_a_rank_after_a_post_and_a_post_of_no_country(nlp):
    deck = deck_of_text(nlp, title="INDONESIA SAID TO BE STABLE AHEAD OF ELECTIONS", date="1987-03-09", text=(
        "\nJAKARTA, March 9 - Indonesia's Armed Forces Commander General Benny Murdani said warnings about an "
        "extremist threat to the country's forthcoming elections do not mean the security situation has "
        "deteriorated.\n\n"
        "About 60 people died in accidents and election-related violence during the last elections in 1982."
    ))
    roles = [getattr(i, "role", None) or "" for i in deck.items if i.kind == "person"]
    assert not any(r.endswith("Commander General") for r in roles)
    assert not any(i.question.startswith("Who was the Armed Forces Commander") for i in deck.items)
