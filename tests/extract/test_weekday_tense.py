"""Which week a bare weekday means: a plan is the coming one, a past act the one gone, and a
clause whose tense does not tell gives no date (``extract.weekday_tense``)."""

import datetime as dt

import pytest

from quizgen.extract.dates import find_candidates, resolve
from tests.articles import facts_of, make_article

# Published Wednesday 24 May 2017: the coming Saturday is the 27th, the one gone the 20th.
COMING, GONE = "2017-05-27", "2017-05-20"


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator is scheduled to speak Saturday in Ohio.",
        "The governor is expected to sign the bill Saturday.",
        "The senator plans to hold a rally Saturday in Ohio.",
        "The company expects to close the deal Saturday.",
        "The governor is going to sign the bill Saturday.",
        "The union is holding a vote Saturday at the plant.",  # a present progressive: an arrangement
        "The final vote is Saturday.",
        "The council meets Saturday to approve the budget.",
        "The senator will hold a rally Saturday in Ohio.",
    ],
)
def test_a_weekday_of_a_plan_is_the_coming_one(nlp, sentence):
    assert [f.value for f in facts_of(nlp, make_article(sentence)).dates] == [COMING]


@pytest.mark.parametrize(
    "sentence",
    [
        "On the convention's opening night Wednesday, the senator is scheduled to speak.",
        "Wednesday marks three weeks since the dam burst.",
    ],
)
def test_a_present_on_the_publication_s_weekday_is_today(nlp, sentence):
    assert [f.value for f in facts_of(nlp, make_article(sentence)).dates] == ["2017-05-24"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator held a rally Saturday in Ohio.",
        "Thousands attended the rally Saturday.",
        "The stock fell 7/8 Saturday amid concerns over the chip.",  # a figure before the day, no ordinal
        "The prelude to Saturday's vote was anything but calm.",
        "The singer is believed to have died Saturday.",  # a perfect infinitive looks back
    ],
)
def test_a_weekday_of_a_past_act_is_the_one_gone(nlp, sentence):
    assert [f.value for f in facts_of(nlp, make_article(sentence)).dates] == [GONE]


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator was scheduled to speak Saturday.",  # a past plan: held, or still ahead?
        "The senator said he would hold a rally Saturday.",
        "The senator invited the mayor to a rally Saturday.",  # the inviting is past, the rally?
        "The mayor said she was looking forward to the parade Saturday.",
        "The senator's next stop was a rally Saturday in Ohio.",
        "The council meets next Saturday.",  # from a Wednesday: this week's Saturday or the next?
        "He is not holding a rally tonight, the first Tuesday with voting that he has skipped one.",
        "High rates hurt the builders as well as the banks, which fell 2%, on Saturday.",  # "hurt": a past too
    ],
)
def test_a_weekday_whose_week_the_tense_does_not_tell_gives_no_date(nlp, sentence):
    assert facts_of(nlp, make_article(sentence)).dates == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a present that judges a past event the day dates, or that the parser may hang the day over
        "The horrific attack early Sunday at the club has a uniquely American side.",
        "The mayor - who abruptly fired the police chief on Sunday - is in no danger of a recall.",
        "Super Tuesday brings the parties closer to picking nominees.",
    ],
)
def test_a_present_beside_a_past_day_does_not_move_it_ahead(nlp, sentence):
    assert all(f.value <= "2017-05-24" for f in facts_of(nlp, make_article(sentence)).dates)


@pytest.mark.parametrize(
    "sentence, expression, value",
    [
        ("The governor will sign the bill this Saturday.", "this Saturday", COMING),
        ("The senator was arrested this Monday.", "this Monday", "2017-05-22"),
        ("The council meets next Tuesday.", "next Tuesday", "2017-05-30"),  # the coming one, in next week
    ],
)
def test_this_and_next_weekday(nlp, sentence, expression, value):
    assert [(f.text, f.value) for f in facts_of(nlp, make_article(sentence)).dates] == [(expression, value)]


def test_next_weekday_is_in_the_next_week_whichever_day_it_starts():
    wed = dt.date(2017, 5, 24)

    def value(text, tense="unknown"):
        (cand,) = find_candidates(text)
        return resolve(cand, wed, tense)

    assert value("next Monday") == "2017-05-29"
    assert value("next Wednesday") == "2017-05-31"  # the same weekday: a week on
    assert value("next Thursday") is None  # tomorrow, or a week later?
    assert value("next Sunday") is None  # this week's Sunday for some readers, the next for others
    assert value("this Friday") == "2017-05-26"
    assert value("this Monday", "past") == "2017-05-22"


@pytest.mark.parametrize(
    "sentence",
    [
        # fresh108: a Wednesday's story; "this Tuesday" was read as the one a week on
        "He had nursed hopes of winning four or five states on this Tuesday, including California.",
    ],
)
def test_this_weekday_earlier_in_the_week_with_no_tense_gives_no_date(nlp, sentence):
    assert facts_of(nlp, make_article(sentence)).dates == []


def test_a_state_kept_until_a_weekday_lasts_until_the_coming_one(nlp):
    # fresh108 (a Monday's story): "closed", a participle read as a past, dated the Thursday gone by
    article = make_article("Reuters notes that Britain is keeping its embassy in Yemen closed until Thursday.", date="2013-08-05")
    assert [f.value for f in facts_of(nlp, article).dates] == ["2013-08-08"]
