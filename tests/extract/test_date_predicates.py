"""What a date is the date of: its governing predicate and occasion, read from a real parse."""

import pytest

from tests.articles import facts_of, make_article

# Publication date Wednesday 24 May 2017.
CASES = [
    ("The company said on Tuesday that it would close the plant.", "say", "remark"),
    ("The governor told reporters on Monday that she would not run again.", "tell", "remark"),
    ("The opposition predicted on Monday that the government would fall within a year.", "predict", "remark"),
    ("In a statement issued on 19 May 2017, the ministry rejected the claim.", "issue", "remark"),
    ("In an interview with a local radio station in April, the mayor defended the budget.", "station", "remark"),
    ("The minister welcomed the figures at a news conference on 22 May 2017.", "conference", "remark"),
    ("A second letter from the dissidents appeared in the party newspaper on 21 May 2017.", "appear", "report"),
    ("The Daily Courier reported in April that the fund had paid for the trips.", "report", "report"),
    ("Net income for the three months ended March 31 rose 5% to $12 million.", "end", "period end"),
    ("Through 19 May 2017, the funds had returned an average of 0.85%.", "return", "period end"),
    ("The latest casualty figures as of 22 May 2017 show 40 dead.", "figure", "period end"),  # not a list's heading
    # a tally's cut-off inside an "as of" phrase the parser read as a noun's day
    ("Some 9.1 million shares had been tendered as of the close of business Monday.", "close", "period end"),
    # a release of figures is a publication; a rally that is only where someone spoke, a remark's scene
    ("The pollster released new data on 22 May 2017 that suggest voters are tired.", "release", "report"),
    ("The poll of 900 voters was released on Monday.", "release", "report"),
    ("The senator criticized the governor during a rally on Friday in Dayton.", "rally", "remark"),
    ("During a rally on Tuesday night in Dayton, the senator mocked the governor.", "rally", "remark"),
    # a date inside "according to": the day the cited source came out
    ("According to a state survey out on 22 May 2017, the two mayors each had 30 percent support.", "survey", "report"),
    ("According to court papers filed on 19 May 2017, the firm owes $3 million.", "file", "report"),
    # the dates of events, whatever the sentence also says
    ("The army released the hostages on Monday.", "release", ""),
    ("A rally on Saturday drew 10,000 people to the capital.", "rally", ""),
    ("Two protesters were arrested at a rally on Friday in Dayton.", "rally", ""),
    ("Protesters clashed with police during a rally on Friday in Dayton.", "rally", ""),
    ("The bridge collapsed on 3 March 2014, killing four people.", "collapse", ""),
    ("The bridge collapsed on Monday, the company said.", "collapse", ""),
    ("In 2014, the members pledged to raise their military spending.", "pledge", ""),
    ("The strike began on 22 May 2017 and will last through 30 May 2017.", "begin", ""),
    ("The hostages' release on 22 May 2017 ended a long ordeal.", "release", ""),
    # a present "is"/"marks" with the date as its subject: only the day the article was written
    ("Wednesday marks three weeks since the dam burst.", "mark", "day of writing"),
    ("Wednesday is the tenth day of the teachers' strike.", "be", "day of writing"),
    ("Monday was the last day to register for the vote.", "be", ""),
    # how things stood that day, no act: a copula with an adjective, a clause that still holds
    ("On Tuesday, the mayor was still furious about the council's vote.", "be", "state"),
    ("The harbour was calm on Monday after the storm.", "be", "state"),
    ("Divers were still searching the lake on Sunday.", "search", "state"),
    # a copula's adjective the parser hung on the day after it ("an emphatic Monday")
    ("The mayor was even more emphatic Monday when she spoke to reporters.", "be", "state"),
    # an act on that day, or a day still set for one, keeps its date
    ("The ferry was sunk on Monday by the storm.", "sink", ""),
    ("The vote is still scheduled for 30 May 2017.", "schedule", ""),
    ("The minister was ready on Friday to resign.", "be", ""),
    # a term of a security or a payment: the contract's schedule, no event of the story
    ("The dividend is payable on 2 June 2017 to holders of record.", "be", "term"),
    ("The record date is 2 June 2017.", "be", "term"),
    ("The bank will redeem its preferred shares on 30 May 2017 at $25 each.", "redeem", "term"),
    ("The company will offer $200 million of debentures due 1 June 2027.", "debenture", "term"),
    ("The bonds mature in 2027.", "mature", "term"),
    ("The loan payment is due on 30 May 2017.", "be", "term"),
    # "due" of anything else is the day of an act the story waits for
    ("A ruling is due on 30 May 2017.", "be", ""),
    ("The bank sold its bonds on Monday.", "sell", ""),
    ("According to the police, the gunman fled on Monday.", "flee", ""),
]


@pytest.mark.parametrize("sentence, predicate, occasion", CASES)
def test_a_date_knows_what_it_dates(nlp, sentence, predicate, occasion):
    date = facts_of(nlp, make_article(sentence)).dates[0]
    assert (date.predicate, date.occasion) == (predicate, occasion)


@pytest.mark.parametrize(
    "sentence, occasion",
    [
        ("The fund holds 1.4 million shares, including 100,000 shares bought from May 1 to May 19.", "period end"),
        ("The strike lasted from May 1 to May 19 and closed three plants.", ""),  # no tally: an act's span
    ],
)
def test_the_bounds_of_a_tally_s_window_are_its_period(nlp, sentence, occasion):
    start, end = facts_of(nlp, make_article(sentence)).dates
    assert [(start.text, start.occasion), (end.text, end.occasion)] == [("May 1", occasion), ("May 19", occasion)]


def test_a_deictic_date_named_as_a_thing_dates_nothing(nlp):
    """"This year is shaping up …" would make the ungrammatical "In ____ is shaping up"."""
    assert facts_of(nlp, make_article("This year is shaping up as a hard one for the incumbents.")).dates == []
    assert [d.text for d in facts_of(nlp, make_article("The incumbents lost badly this year.")).dates] == ["this year"]


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Turnout fell sharply in the run-up to the 2014 elections.", "2014"),
        ("She spent the money on her 2008 campaign for the Senate.", "2008"),
        ("The 2016 Republican convention opened in a half-empty hall.", "2016"),
    ],
)
def test_a_year_that_qualifies_a_noun_is_kept_as_a_modifier(nlp, sentence, year):
    """It names which elections or campaign: no event's date, but the year the sentence looks to."""
    dates = facts_of(nlp, make_article(sentence)).dates
    assert [(d.value, d.occasion) for d in dates] == [(year, "modifier")]


def test_a_count_or_a_dating_year_is_no_modifier(nlp):
    assert facts_of(nlp, make_article("The army sent 2000 troops to the border.")).dates == []
    assert facts_of(nlp, make_article("His 1987 Chevrolet Cavalier was found near the border.")).dates == []  # a model
    dates = facts_of(nlp, make_article("In 2014, the members pledged to raise their spending.")).dates
    assert [(d.value, d.occasion) for d in dates] == [("2014", "")]
