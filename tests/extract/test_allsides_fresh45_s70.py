"""From the j196 sample (stop 70: AllSides fresh45, read after scoring): a relative the story names
in full only as someone's kin ("Vice President Biden and wife Jill Biden", "his father, Frederick
Trump") is not who the bare surname means; a weekday a past act planned something for ("teed up
another test vote for Friday") is the coming one."""

from __future__ import annotations

from tests.articles import facts_of, make_article


def test_a_relative_named_as_kin_is_not_the_bare_surname():
    from quizgen.facts.names import named_as_kin

    text = (
        "President Obama marked the anniversary along with first lady Michelle Obama, Vice President Biden and wife "
        "Jill Biden."
    )
    assert named_as_kin(text, "Biden", "Jill Biden")
    trump = (
        "Trump on Sunday suggested it was difficult for him to take a harsh stance because \"both my parents\" were "
        "born there. While his mother was born in Scotland, his father, Frederick Trump, was born in New York."
    )
    assert named_as_kin(trump, "Trump", "Frederick Trump")
    # a relative the story names in full again is one of its people
    hunter = "Hunter Biden joined the board. His father, Joe Biden, was vice president. Joe Biden said he never asked."
    assert not named_as_kin(hunter, "Biden", "Joe Biden")


def test_the_president_s_words_are_not_given_to_his_father(nlp):
    text = (
        "Trump labelled the European Union a foe in an interview aired on Sunday, officials said.\n\n"
        "Trump on Sunday suggested it was difficult for him to take a harsh stance against the European Union because "
        "\"both my parents\" were born there. While his mother was born in Scotland, his father, Frederick Trump, was "
        "born in New York."
    )
    speakers = [q.speaker for q in facts_of(nlp, make_article(text, date="2018-07-15")).quotes]
    assert "Frederick Trump" not in speakers, speakers


def test_a_day_a_past_act_planned_for_is_the_coming_one(nlp):
    text = (
        "The Senate advanced the budget bill on Wednesday, officials said.\n\n"
        "Reid teed up another test vote for Friday, leaving more standoffs with Republicans on the horizon."
    )
    dates = [(d.text, d.value) for d in facts_of(nlp, make_article(text, date="2013-09-25")).dates]
    assert ("Friday", "2013-09-27") in dates, dates
