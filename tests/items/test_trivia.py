"""Kinds of trivia read from the sentence around a card's blank."""

from types import SimpleNamespace

import pytest

from quizgen.items.trivia import trivia_kind


def _cloze(kind: str, question: str, answer: str = "x", value: str = "2016-03-04"):
    return SimpleNamespace(kind=kind, style="cloze", question=question, answer=answer, value=value, evidence=[])


@pytest.mark.parametrize(
    ("kind", "question", "expected"),
    [
        ("date", "The suspect fled to Mexico, the Buffalo News reported ____.", "report date"),
        ("date", "The mayor's plan was first described in a report the Times published on ____.", "report date"),
        ("date", "On ____, the Ledger reported that the mayor would resign.", "report date"),
        ("date", "The board said in a letter on ____ that the plant would close.", "report date"),
        # the day the event happened, even when a paper reports it
        ("date", "The two sides met in Vienna on ____, a newspaper reported Friday.", None),
        ("date", "The council voted on ____ to close 40 rural rail lines.", None),
        ("number", "The company lost 1.2 billion euros (____) in the quarter.", "parenthetical"),
        ("number", "Earnings fell 43% to $13.7 million, or ____ a share.", "restated figure"),
        ("number", "It will buy back one million shares, or ____ of those outstanding.", "restated figure"),
        ("number", "The poll surveyed 2,000 people with a margin of error of ____ percentage points.", "poll method"),
        ("number", "The poll surveyed ____ people between Oct. 30 and Nov. 9.", "poll method"),
        ("number", "The poll was conducted by telephone among ____ registered voters.", "poll method"),
        ("number", "In composite trading on the New York Stock Exchange, Acme shares closed at ____, up 5 cents.", "market close"),
        ("number", "Its stock slumped, closing unchanged Friday at ____ a share.", "market close"),
        ("date", "Acme's stock fell 25 cents to $3 in Big Board trading ____.", "market day"),
        ("date", "In national over-the-counter trading on ____, Acme shares plunged $4 to $14.75.", "market day"),
        ("date", "In over-the-counter trading on ____, Acme was quoted at 87.5 cents bid.", "market day"),
        ("date", "In New York Stock Exchange composite trading ____, Acme closed at $19.50.", "market day"),
        ("date", "Earlier in ____, a rival group made a $15-a-share offer.", "looking back"),
        ("date", "The mine has been closed since ____.", "looking back"),
        ("date", "For the first time since early ____, the senator has dropped out of the top three.", "looking back"),
        ("date", "The plant has been idle since mid-____.", "looking back"),
        ("date", "The vote is set for early ____.", None),
        ("date", "Acme said it will issue rights to shareholders of record on ____.", "instrument term"),
        ("number", "In the quarter ended July 31, Acme had an average of ____ shares outstanding.", "share count"),
        ("number", "Amazon rose ____, or 1 percent, to $758.81.", "market move"),
        ("number", "Chevron climbed 69 cents, or 0.7 percent, to ____ after being down earlier in the day.", "market move"),
        ("number", "In other currencies, the euro rose to ____ from $1.1074 the day before.", "market move"),
        # an earnings story's news has the same shape, in millions
        ("number", "Revenue rose ____, or 10 percent, to $68.2 million.", None),
        ("number", "Sales rose $6 million, or 10 percent, to ____.", None),
        # the day of what happened: a vote, a resignation, the day shares were offered
        ("date", "The senate voted on ____ to approve the budget.", None),
        ("date", "Acme said it would sell 2 million shares on ____.", None),
        ("number", "In the year-ago quarter, the company earned ____, or 97 cents a share.", "comparison figure"),
        ("number", "Profit rose 16% to $40 million from ____ a year earlier.", "comparison figure"),
        ("number", "Volunteers have counted ____ ballots so far.", "running tally"),
        ("number", "His mother was among ____ people who died when the boat sank.", None),  # a toll, no poll
        # the figures a story turns on
        ("number", "Profit rose 16% to ____ from $34.5 million a year earlier.", None),
        ("number", "The company lost ____ in the quarter, its worst since 2009.", None),
        ("number", "Sanders leads with 47 percent, against ____ for Clinton.", None),
        ("number", "Acme offered ____ a share for the rest of the company.", None),
        ("quote", "Who said: “The results were atrocious”?", None),
    ],
)
def test_trivia_kind(kind, question, expected):
    assert trivia_kind(_cloze(kind, question)) == expected


def test_the_story_s_own_year_is_trivia():
    """"this year" blanked as "in ____": the card would ask the year the article appeared."""
    evidence = [SimpleNamespace(text="Sales have halved this year, traders said.")]
    card = SimpleNamespace(kind="date", style="cloze", question="Sales have halved in ____, traders said.", answer="2016", value="2016", evidence=evidence)
    assert trivia_kind(card) == "story's own year"
    evidence = [SimpleNamespace(text="In January this year, the police closed the case.")]
    card = SimpleNamespace(kind="date", style="cloze", question="In ____, the police closed the case.", answer="January 2016", value="2016-01", evidence=evidence)
    assert trivia_kind(card) is None  # a month of the story's year is its own fact


def test_a_date_whose_own_words_looked_back_is_trivia():
    """"last year" blanked as "in ____": the evidence keeps the words the question lost."""
    evidence = [SimpleNamespace(text="The mayor opened the new bridge last year, officials said.")]
    card = SimpleNamespace(kind="date", style="cloze", question="The mayor opened the new bridge in ____, officials said.", answer="2016", value="2016", evidence=evidence)
    assert trivia_kind(card) == "looking back"
    this_week = [SimpleNamespace(text="The mayor opened the new bridge on Monday, officials said.")]
    assert trivia_kind(SimpleNamespace(**{**vars(card), "evidence": this_week, "question": "The mayor opened the new bridge on ____, officials said."})) is None


def test_a_question_card_is_read_in_its_evidence_sentence():
    evidence = SimpleNamespace(text="The survey's margin of error is 3 points.")
    item = SimpleNamespace(kind="number", style="question", question="What is the margin?", answer="3 points", evidence=[evidence])
    assert trivia_kind(item) == "poll method"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("A survey of ____ residents, with a margin of error of 4 points, found that 61 percent opposed it.", "poll method"),
        ("A survey of 800 residents, with a margin of error of ____, found that 61 percent opposed it.", "poll method"),
        ("A survey of 800 residents, with a margin of error of 4 points, found that ____ opposed it.", None),
        ("The poll was conducted by telephone among ____ randomly-selected registered voters.", "poll method"),
    ],
)
def test_a_poll_finding_is_no_poll_method(question, expected):
    assert trivia_kind(_cloze("number", question)) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("The savings (about ____) would protect care for the elderly.", "parenthetical"),
        ("The plant cost 40 million pounds (____) to build.", "parenthetical"),
        ("The top issues are immigration policy (____), the economy (33 percent) and health.", None),
        ("The deficit last year was equal to ____ of gross domestic product.", None),
    ],
)
def test_a_parenthesis_converts_a_figure_or_lists_findings(question, expected):
    assert trivia_kind(_cloze("number", question)) == expected


def test_a_conversion_whose_about_is_in_the_answer():
    question = "The savings (____) would protect care for the elderly."
    assert trivia_kind(_cloze("number", question, answer="about $5.1 million")) == "parenthetical"


@pytest.mark.parametrize(
    ("question", "value", "expected"),
    [
        ("The union said in a letter to members dated ____ that the strike would go ahead.", "2016-03-04", "report date"),
        ("The chairman sent a letter to shareholders on ____ urging them to reject the bid.", "2016-03-04", "report date"),
        ("“We expect ____ to be a difficult year,” the chairman said.", "2016", "year in a quote"),
        ('"Sales in ____ will be flat," said the chairman.', "2016", "year in a quote"),
        # the story's own date, or a year the article itself states
        ("The strike began on ____ and closed 40 schools.", "2016-03-04", None),
        ("“We will win,” he said after the vote in ____.", "2016", None),
    ],
)
def test_a_letters_day_and_a_quoted_year_are_trivia(question, value, expected):
    assert trivia_kind(_cloze("date", question, value=value)) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a figure of an earlier state of things: background to the news
        ("The earlier contract was valued at ____ a year.", "earlier figure"),
        ("Under prior terms, tenants would have paid ____ a month.", "earlier figure"),
        ("Previously, the fund had disclosed a stake of ____ in the brewer.", "earlier figure"),
        ("The donor had previously given ____ to a group backing the governor.", "earlier figure"),
        ("Last year's budget set aside ____ for road repairs.", "earlier figure"),
        # "earlier" of the story's own day, and a former office, are no past figure
        ("Police said earlier today that ____ people had died in the fire.", None),
        ("The former senator raised ____ for the new museum.", None),
        ("Its earlier-announced goal of a ____ market share still stands.", None),
        # a company's share count, and what is done with its shares
        ("Fenwick Corp. currently has ____ shares outstanding.", "share count"),
        ("Holders tendered ____ of all shares outstanding by the deadline.", None),
        ("Fenwick will redeem all the ____ remaining shares outstanding on Dec. 1.", None),
        # a day's trading, not an earnings story's figures nor a poll's
        ("Fenwick's stock plunged ____ a share, to $41, in heavy trading.", "market move"),
        ("Fenwick's stock plunged $3.25 a share, to ____, in heavy trading.", "market move"),
        ("The Dow Jones industrial average fell ____ points as bank stocks slid.", "market move"),
        ("Volume on the New York Stock Exchange totaled ____ shares.", "market move"),
        ("Fenwick's stock closed down 2.7 percent at ____ on the Big Board.", "market close"),
        ("Quarterly revenue rose 3.7% to ____.", None),
        ("The senator's lead in the poll fell ____ points in a month.", None),
    ],
)
def test_secondary_figures(question, expected):
    assert trivia_kind(_cloze("number", question)) == expected


def test_the_day_of_a_share_count_is_trivia():
    assert trivia_kind(_cloze("date", "As of ____, Fenwick had 81 million shares outstanding.")) == "share count"
    assert trivia_kind(_cloze("date", "Fenwick said it would buy back 2 million shares on ____.")) is None


@pytest.mark.parametrize(
    ("question", "quote", "expected"),
    [
        ("“Certainly,” ____ said.", "Certainly", "bare quote"),
        ("“Why not?” reporter ____ asked him.", "Why not?", "bare quote"),
        ("Who said: “Certainly”?", "Certainly", "bare quote"),
        # a short quote inside a statement still teaches the statement
        ("____ said the merger was “certainly” worth the wait for shareholders.", "certainly", None),
        ("“We will not sell the harbor,” ____ said.", "We will not sell the harbor", None),
    ],
)
def test_a_bare_quote_is_trivia(question, quote, expected):
    item = SimpleNamespace(kind="quote", style="cloze", question=question, quote=quote, answer="x", evidence=[])
    assert trivia_kind(item) == expected


@pytest.mark.parametrize(
    ("question", "value", "expected"),
    [
        ("The team raised $8 million during the last three months of ____ for the race.", "2019", "period's year"),
        ("Profit doubled in the third quarter of ____, the bank said.", "2019", "period's year"),
        ("The club, which took in $3.5 million in ____ from tickets, will expand.", "2019", "period's year"),
        ("The bridge opened in ____ after a decade of work.", "2019", None),  # the year of an event
        ("Profit doubled in the third quarter of ____, the bank said.", "2019-10", None),  # not a bare year
    ],
)
def test_the_year_of_a_period_or_of_a_sum_is_trivia(question, value, expected):
    """The quarter's haul is the news; its year is the one the story's date already tells."""
    card = SimpleNamespace(kind="date", style="cloze", question=question, answer=value, value=value, evidence=[])
    assert trivia_kind(card) == expected


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        ("Markets had a rough Friday when stocks slid ____.", "nearly 3 percent", "market move"),
        ("The Nasdaq composite index fell ____ on the news.", "1.4%", "market move"),
        ("Ticket sales fell ____ after the price rise.", "12 percent", None),  # a company's own news
        ("Stocks slid on Friday, and the bank cut ____ jobs.", "300", None),  # no move by a percentage
    ],
)
def test_a_market_s_move_by_a_percentage_is_trivia(question, answer, expected):
    card = SimpleNamespace(kind="number", style="cloze", question=question, answer=answer, evidence=[])
    assert trivia_kind(card) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # an abbreviation's period is no sentence's end: the marker of the past still governs the blank
        ("Previously, [Harlow Trust Corp.] quoted fees at the ____ level.", "earlier figure"),
        ("Under the prior terms, holders of Acme Inc. stock would have received ____.", "earlier figure"),
        ("The mill closed previously. The new owner, Acme Inc., will pay ____.", None),  # another sentence
    ],
)
def test_an_abbreviation_s_period_does_not_end_the_sentence(question, expected):
    assert trivia_kind(_cloze("number", question, "$2 million")) == expected


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        # a security's quote line in a market report: the day's move and the price it closed at
        ("Elsewhere, shares in Harrow Gas added ____ at 243.50 pence after a trading update.", "2.10 percent", "market move"),
        ("Velmar was the largest gainer, closing up ____ at 26.03 euros after an upgrade.", "3.38 percent", "market move"),
        ("Dorne rose 2.71 percent to ____ euros, while Velmar added 1.18 percent at 26.63.", "64.45", "market move"),
        # a sum or a rate reached is an earnings or economy story's news
        ("Profit at Dorne rose 12 percent to ____ in the quarter.", "$5.1 million", None),
        ("Inflation rose ____ to 2.15 percent in May.", "0.3 percent", None),
    ],
)
def test_a_quote_line_is_a_market_move(question, answer, expected):
    assert trivia_kind(_cloze("number", question, answer)) == expected
