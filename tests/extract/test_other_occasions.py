"""A figure its sentence frames as another occasion ("In the other semifinal", "In another
attack"), and the figures it does not: a toll added to ("Another 10 people"), an occasion only
feared. Sentences written for these tests."""

import pytest

from quizgen.extract.other_occasions import dates_of_new_occasions, in_another_occasion


def _figure(nlp, text: str, number: str):
    doc = nlp(text)
    start = text.index(number)
    return doc.char_span(start, start + len(number), alignment_mode="expand")


@pytest.mark.parametrize(
    ("text", "number", "other"),
    [
        ("In the other semifinal, Chile beat Peru and held its rival to 28 percent shooting.", "28 percent", True),
        ("In another attack, a car bomb killed 12 people near the market.", "12", True),
        ("Another bombing killed 12 people in the north.", "12", True),
        ("Another 10 people were killed and 35 wounded near the stadium.", "10", False),
        ("Police feared another attack after 10 people were killed.", "10", False),
        ("A car bomb killed 12 people near the market on Tuesday.", "12", False),
    ],
)
def test_another_occasion(nlp, text, number, other):
    assert in_another_occasion(_figure(nlp, text, number)) is other


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Officials said it was an aftershock of a strong quake on March 26, which injured 20 people.", ["March 26"]),
        ("A passenger train derailed near Osk on Jan. 12, killing 22 people.", ["Jan. 12"]),
        ("The bombing on Aug. 7 killed 31 people.", []),
        ("Simultaneous bombings at two markets on Aug. 7 killed 31 people.", []),
    ],
)
def test_dates_of_occasions_told_as_new(nlp, text, dates):
    sent = next(nlp(text).sents)
    assert [text[s:e] for s, e in dates_of_new_occasions(sent)] == dates
