"""From the j94 sample (stop 55: Reuters wire stories nobody had read, read after scoring), fixed
with articles written for the tests:

- a story set in lower case ("caracas, march 12 - president jaime lusinchi …") makes no cards,
  and the user is told why; an edited brief with few capitals is read as ever;
- a name the tagger split in two touching spans ("[Jan-Hendrik Du] [Marchie Sarvaas]") is one
  person, not a second "Hendrik Du Marchie Sarvaas";
- "U.S" cut before its last stop ("in the U.S..") is no answer;
- "appointing Bevan, formerly chairman of Barclays to replace Dundas" is no one answer.
"""

from __future__ import annotations

from quizgen.items.form_gate import form_problems
from tests.articles import deck_of, deck_of_text

LOWERED = (
    "Caracas, march 12 - president jaime lusinchi defended the 20.3 billion dlr debt rescheduling accord his "
    "government recently signed, saying it will open new credit flows to venezuela.\n\n"
    "In his annual state of the nation speech, lusinchi also said venezuela supports other latin american "
    "debtors, despite having reached a rescheduling accord on its own.\n\n"
    "In the 90-minute speech to the congress, lusinchi summed up the achievements of his administration, "
    "which took office in february 1984. He pointed to the 3.3 pct growth in non-oil gdp in 1986.\n\n"
    "The accord lowered payments over the next three years from 3.450 billion to 1.350 billion dlrs."
)


def test_a_story_set_in_lower_case_makes_no_cards(tmp_path, capsys):
    deck = deck_of(tmp_path, LOWERED, title="VENEZUELAN PRESIDENT DEFENDS ACCORD", date="1987-03-12")
    assert deck.items == []
    assert "set in lower case" in capsys.readouterr().err


def test_an_edited_brief_with_few_capitals_is_read(tmp_path, capsys):
    body = (
        "Shoney's Inc. said it will report a write-off of 2.5 mln dlrs, or seven cents a share, for its fourth "
        "quarter ended march 12. The restaurant operator cited transaction costs from its 1988 recapitalization "
        "as a result of a 160 mln dlr restructuring of its debt.\n\n"
        "The write-off will be reported as an extraordinary item in the company's 1989 operating results, the "
        "company said in a statement issued after the close of trading on the exchange."
    )
    deck = deck_of(tmp_path, body, title="SHONEY'S TO TAKE WRITE-OFF", date="1987-03-14")
    assert deck.items and "lower case" not in capsys.readouterr().err


def test_a_name_split_in_two_spans_is_one_person(nlp):
    deck = deck_of_text(nlp, events=True, title="DUTCH EXCHANGE RATE POLICY", date="1987-03-27", outlet="Reuters", text=(
        "\nAMSTERDAM, March 27 - The Dutch central bank will keep the guilder firmly tied to the mark, officials "
        "said.\n\n"
        "\"Widening the margin between the two would mean we have to buy or sell large amounts of a third "
        "currency,\" Central Bank vice-director Jan-Hendrik Du Marchie Sarvaas said.\n\n"
        "\"If we allowed the guilder to become a little cheaper, the markets would start to believe it was weak,\" "
        "he said."
    ))
    answers = {i.answer for i in deck.items if i.kind == "quote"}
    assert "Hendrik Du Marchie Sarvaas" not in answers, answers
    assert "Jan-Hendrik Du Marchie Sarvaas" in answers, answers


def test_an_abbreviation_cut_before_its_last_stop_is_no_answer():
    question = "Taiwanese firms would be encouraged to invest in property and securities markets in the ____.."
    assert "an abbreviation cut before its last stop" in form_problems(question, "U.S", [])
    assert "an abbreviation cut before its last stop" not in form_problems(question.replace("..", "."), "U.S.", [])


def test_an_appointee_s_aside_does_not_run_into_the_act(nlp):
    deck = deck_of_text(nlp, events=True, title="BET SAYS RESULTS SHOW STRATEGY IS WORKING", date="1987-06-18", outlet="Reuters", text=(
        "\n"
        "LONDON, June 18 - BET Plc said slightly higher than expected results for the year to March showed that its strategy was working. BET raised pretax profits in the year to 157.4 mln stg from 124.6 mln previously.\n\n"
        "It had continued to build on a range of complementary services through a combination of organic growth and carefully targetted acquisitions.\n\n"
        "A company statement said it was confident that the figures would provide an effective springboard for the broadening of its shareholder base, particularly through the issue of American Depositary Receipts in the U.S. Later this year.\n\n"
        "BET also said it was appointing Sir Peter Lowther, formerly chairman of Midland Plc to replace Sir John Ainsley when he retires as Chairman in December.\n\n"
        "BET's net debt fell four pct in the year to 262 mln stg with gearing down to 63 pct from 65 pct.\n\n"
        "Returns on assets, sales and capital employed showed further improvement in the period.\n\n"
        "BET shares at 0907 GMT were quoted at 291p, one penny firmer on last night's close.\n\n"
        "REUTER"
    ))
    run_on = [i for i in deck.items if "to replace" in (i.answer or "")]
    assert not run_on, [(i.question, i.answer) for i in run_on]
