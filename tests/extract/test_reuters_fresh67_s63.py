"""From the j136 sample (9d20ffae, read after scoring): five number cards whose bracketed
insertion made them false, a table's figure read as a date, a cloze cut at a state's
abbreviation and a quotation asked from a capital after an ellipsis. Each fixed at its
mechanism and tested with an article written for the test:
- a legislature named without "parliament" ("the Supreme Soviet") is no owner of a bare figure;
- a noun that names no kind of organisation ("the system", "the market") stands for a name
  ending in it only where the text is about that name, and not once the text has told several
  of it apart ("the eurobond market", "the U.S. Bond market");
- "the group" after "An investor group led by …" is that group, not the company it deals with;
- "Mar 25.1" in a table of monthly figures is no date;
- "Kenosha, Wisc. assembly plant": the abbreviation's stop ends no sentence;
- an ellipsis inside a quotation ends no sentence, though the wire capitalised the word after it.
"""

from __future__ import annotations

from quizgen.extract.dates import find_candidates
from tests.articles import shown, wire_items


def test_a_legislature_is_no_owner_of_a_countrys_output(tmp_path):
    body = (
        "MOSCOW, Oct 19 - Soviet Planning chief Nikolai Talyzin told the Supreme Soviet (parliament) industrial "
        "output is planned to rise by 4.5 pct in 1988, up from a planned 4.4 pct in 1987.\n\n"
        "In the first nine months of this year, industrial output rose by 3.6 pct.\n\n"
        "Talyzin said national income is planned to rise by 4.3 pct against a planned 4.1 pct this year.\n\n"
        "He said grain production is planned at 235 mln tonnes in 1988, compared with a planned 232 mln this year."
    )
    items = wire_items(tmp_path, body, title="SOVIET UNION SETS 4.5 PCT INDUSTRIAL OUTPUT GROWTH", date="1987-10-19")
    assert not any("Supreme Soviet's]" in i.question for i in items), shown(items)


def test_the_system_is_not_a_system_named_inside_anothers_phrase(tmp_path):
    body = (
        "FRANKFURT, March 11 - Call money eased to 3.75/80 pct from 3.80/85 yesterday following a net injection "
        "of 6.7 billion marks in fresh funds, dealers said.\n\n"
        "But rates were expected to rise toward the end of the week.\n\n"
        "A major tax payment period by banks and repayments of mark liabilities incurred by foreign central banks "
        "with the Bundesbank in the framework of the European Monetary System (EMS) are likely to significantly "
        "burden the system. Banks built up minimum reserves today, ahead of the expected outflow.\n\n"
        "The Bundesbank credited banks with a gross 15.2 billion marks, but some 8.5 billion left the system at "
        "the same time as an earlier securities repurchase pact matured.\n\n"
        "Dealers forecast tax payments of 25 and 30 billion marks, but much of it is expected to burden the "
        "system only next week."
    )
    items = wire_items(tmp_path, body, title="GERMAN CALL MONEY EASES AFTER LIQUIDITY INJECTION", date="1987-03-11")
    assert not any("[the European Monetary System]" in i.question for i in items), shown(items)


def test_the_market_is_not_the_one_market_named_among_several(tmp_path):
    body = (
        "LONDON, April 7 - Secondary sectors of the eurobond market, where changed, were generally firmer in quiet "
        "morning trading, dealers said.\n\n"
        "The sterling straight market opened with further gains of 1/8 or 1/4 point.\n\n"
        "The dollar straight sector was little changed with yesterday's gains on the U.S. Bond market being "
        "balanced out by a slightly easier dollar. The market is now awaiting news from tomorrow's meeting.\n\n"
        "The yen and Australian dollar sectors remained buoyant, dealers said.\n\n"
        "The market was boosted by a very firm Japanese bond market in which the yield on the key 5.1 pct bond "
        "due 1996 dropped to close at 3.905 pct compared with yesterday's close of 3.955 pct."
    )
    items = wire_items(tmp_path, body, title="EUROBOND MARKET GENERALLY FIRMER WHERE CHANGED", date="1987-04-07")
    assert not any("[The U.S. Bond market]" in i.question or "[the U.S. Bond market]" in i.question for i in items), shown(items)


def test_the_group_is_the_investor_group_not_the_company_it_buys_into(tmp_path):
    body = (
        "WASHINGTON, March 6 - An investor group led by New York investor George Soros said it was dissatisfied "
        "with Fairchild Industries Inc management and was considering boosting its holdings to as much as 49.9 pct "
        "of the aerospace and aviation company's outstanding stock.\n\n"
        "The group already controls 1,647,481 Fairchild Industries shares or 11.5 pct of the total outstanding.\n\n"
        "The group said it filed on Wednesday with federal antitrust regulators for advance clearance to buy "
        "enough additional shares to increase its total stake.\n\n"
        "The group said that since its last SEC filing it had purchased no additional Fairchild shares and had "
        "sold 6,700 shares on the New York Stock Exchange Jan. 19."
    )
    items = wire_items(tmp_path, body, title="GROUP TO BOOST FAIRCHILD INDUSTRIES STAKE", date="1987-03-06")
    assert not any("[Fairchild Industries Inc]" in i.question for i in items), shown(items)


def test_a_months_figure_in_a_table_is_no_date():
    line = "Sunflowerseed prev 48.6, Feb 61.5, Mar 25.1, Apr 14.5, total 149.8 (145.3). Shipping ends Mar 25."
    days = [c.start for c in find_candidates(line) if c.kind == "md"]
    assert days == [line.rindex("Mar 25")]  # the last sentence's day, not the table's figure


def test_a_states_abbreviation_ends_no_sentence(tmp_path):
    body = (
        "DETROIT, March 4 - The United Auto Workers and American Motors Corp agreed to resume talks on a new labor "
        "contract for the company's threatened Kenosha, Wisc. assembly plant despite a breakdown in talks last "
        "weekend, UAW vice-president Marc Stepp said.\n\n"
        "Stepp told reporters that a main bargaining session has been scheduled Friday in Milwaukee."
    )
    items = wire_items(tmp_path, body, title="UAW, AMC SET NEW LABOR TALKS", date="1987-03-04")
    assert not any(i.question.rstrip().endswith("Wisc.") for i in items), shown(items)


def test_no_sentence_opens_on_a_lower_case_word_after_an_abbreviations_stop(nlp):
    from quizgen.nlp import paragraph_breaks

    # "Natl" and its stop are two tokens to spaCy, as "Wisc." was before the fix
    doc = paragraph_breaks(nlp.make_doc("The Natl. assembly plant will close, the company said. It employs 900 people."))
    words = [t.text for t in doc]
    assert doc[words.index("assembly")].is_sent_start is False
    assert doc[words.index("It")].is_sent_start is not False


def test_a_quotation_is_not_asked_from_a_capital_after_an_ellipsis(tmp_path):
    body = (
        "ANTWERP, June 18 - A spokesman for the European Community Commission defended the plan for a levy on "
        "oils and fats, saying that consumers would have to help alleviate the surplus problem.\n\n"
        "Norbert Tanghe, head of division of the Commission's Directorate General for Agriculture, told the "
        "Antwerp Oils and Fats Contact Days \"the Commission firmly believes that the sacrifices which would be "
        "undergone by Community producers in the oils and fats sector ... Would justify asking consumers to make "
        "an appropriate contribution to solving the serious problem within that sector by paying a levy.\"\n\n"
        "The proposed tax is necessary because budgetary costs have become unacceptable, Tanghe said."
    )
    items = wire_items(tmp_path, body, title="EC COMMISSION DEFENDS OILS AND FATS TAX", date="1987-06-18")
    assert not any(i.kind == "quote" and "“Would justify" in i.question for i in items), shown(items)
