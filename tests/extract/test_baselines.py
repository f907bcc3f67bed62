"""A figure that is only the baseline of a comparison, read from a real parse."""

import pytest

from tests.articles import facts_of, make_article

CASES = [
    ("Profit rose 16% to $40 million from $34 million a year earlier.", {"$40 million": False, "$34 million": True}),
    ("In the year-earlier period, Norton Co. had net income of $77.2 million.", {"$77.2 million": True}),
    ("Sales were $538.5 million in the quarter, up 39% from $388.5 million a year earlier.",
     {"$538.5 million": False, "39%": False, "$388.5 million": True}),
    ("The firm posted earnings of $24.4 million, compared with a loss of $9.7 million a year earlier.",
     {"$24.4 million": False, "$9.7 million": True}),
    ("Year-ago revenue was $3.1 billion.", {"$3.1 billion": True}),
    ("The gain left wages 4.7 percent higher than a year earlier.", {"4.7 percent": False}),
    ("The senator received donations from 200 people in the state.", {"200": False}),
    ("Clinton's favorability fell in August from 71 percent to 55 percent.", {"71 percent": True}),
    # a contrast of one time is no baseline
    ("Two in three voters view Trump favorably, compared with 31 percent who view him unfavorably.", {"31 percent": False}),
    ("He was among 25 senators to vote against the $700 billion bailout of big banks.", {"$700 billion": False}),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_a_figure_knows_whether_it_is_a_baseline(nlp, sentence, expected):
    figures = {f.text: f.baseline for f in facts_of(nlp, make_article(sentence)).figures}
    assert {text: figures.get(text) for text in expected} == expected
