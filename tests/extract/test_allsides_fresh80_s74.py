"""From the j231 sample (stop 74: AllSides fresh80, at baa20351, read after scoring): "March for
Trump", a Twitter account, dated March; "Reagan’s willingness … could bring him under severe
criticism today" with "him" bracketed as the professor quoted and "today" dated; "The Week
reports" read as a person called Week; "Mayor", a bare "Governor" and "Georgia Secretary of
State" offered beside the Vice President and a Deputy Attorney General."""

from __future__ import annotations

import datetime as dt

from quizgen.items.person_choices import Story
from quizgen.items.role_choices import HeldRole, role_choices
from tests.articles import deck_of, facts_of, make_article


def test_a_month_that_opens_a_name_is_no_date(nlp):
    text = "A post by March for Trump, a Twitter account run by the Russian organization, was retweeted by Tennessee GOP."
    assert not facts_of(nlp, make_article(text, date="2018-02-16")).dates
    # a month with "for" and a small word after it is still a month
    values = [d.value for d in facts_of(nlp, make_article("The vote was delayed until March for procedural reasons.", date="2018-02-16")).dates]
    assert values == ["2018-03"], values


def test_an_object_pronoun_is_the_subjects_owner_and_a_supposed_today_no_date(tmp_path):
    items = deck_of(tmp_path, (
        "But “the myth about Ronald Reagan is that he did all of this by himself,” says Matthew Hale, a political "
        "scientist at Seton Hall University. The compromises he made with House Speaker Thomas O'Neill are often "
        "ignored.\n\n"
        "“That is absolutely not true,” Hale says.\n\n"
        "Reagan’s willingness to talk and deal with Democrats could bring him under severe criticism today, perhaps "
        "making him unelectable in a Republican primary, Hale says."
    ), title="Is Reagan mystique myth or reality", date="2015-09-16").items
    assert not [i for i in items if "[Matthew Hale]" in i.question], [i.question for i in items]
    assert not [i for i in items if i.kind == "date" and "severe criticism" in i.question], [i.question for i in items]


def test_a_one_word_name_after_the_is_no_persons(nlp):
    text = (
        "Middle-class families are finding out the exact cost of the Affordable Care Act to their weekly budget, and "
        "they are realizing they have to make cutbacks, The Week reports Calling Obamacare \"another sucker punch to "
        "the middle class,\" the report warns that \"when the family budget gets hit in the solar plexus, guess what "
        "happens to consumer spending and the economy?\""
    )
    assert not [q for q in facts_of(nlp, make_article(text, date="2014-01-02")).quotes if q.speaker == "Week"]


def test_a_national_office_gets_no_bare_or_lesser_state_office_for_choices():
    may = dt.date(2020, 3, 17)
    stories = {"us": Story(may, "US")}
    candidates = [
        HeldRole(role, person, "us") for role, person in (
            ("Mayor", "Bill de Blasio"), ("Governor", "Andrew Cuomo"), ("Georgia Secretary of State", "Brad Raffensperger"),
            ("Attorney General", "William Barr"), ("Treasury Secretary", "Steven Mnuchin"), ("Defense Secretary", "Mark Esper"),
        )
    ]
    for answer in ("Vice President", "Deputy Attorney General"):
        choices = role_choices(answer, candidates, key="k", article="us", stories=stories, mine=lambda r: False)
        assert not {"Mayor", "Governor", "Georgia Secretary of State"} & set(choices), (answer, choices)


def test_a_today_of_reported_speechs_would_is_still_the_day(nlp):
    text = "CMS Energy Corp. said management would recommend to its board today that its dividend be reinstated."
    values = [d.value for d in facts_of(nlp, make_article(text, date="1989-10-27")).dates]
    assert values == ["1989-10-27"], values
