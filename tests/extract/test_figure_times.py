"""Which dates of a sentence date a figure: its own clause's, or those of the noun phrase it counts."""

import pytest

from quizgen.extract.figure_times import figure_dates


@pytest.mark.parametrize(
    ("sentence", "figure", "dates"),
    [
        ("The mill lost 30 workers in the fire of May 2004, the town recalls.", "30", ["May 2004"]),
        ("She was one of 12 people hurt in the 2011 storm at the harbour.", "12", ["2011"]),
        ("The plant hired 300 workers in 1995, and it now employs 40.", "300", ["1995"]),
        ("The plant hired 300 workers in 1995, and it now employs 40.", "40", []),
        ("The trust, which was set up in 1987, now holds 5% of the bank.", "5%", []),
        ("Since the firm bought the mill in March for $2 billion, it has sold $400 million of land.", "$400 million", []),
    ],
)
def test_the_dates_that_date_a_figure(nlp, sentence, figure, dates):
    doc = nlp(sentence)
    at = sentence.index(figure)
    span = doc.char_span(at, at + len(figure), alignment_mode="expand")
    assert [sentence[s:e] for s, e in figure_dates(span, span.sent)] == dates


def test_the_other_side_of_a_comparison_keeps_its_date(nlp):
    sentence = "The mayor has won 14 of the past 20 votes, compared with two of the last nine in 2009."
    doc = nlp(sentence)
    at = sentence.index("20")
    span = doc.char_span(at, at + 2)
    assert figure_dates(span, span.sent) == ()
