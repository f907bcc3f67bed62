"""The day of a side event gets no card: after its lede, a story tells scenes its headline and
lede do not report, done by no one the story is about ("a list issued on Monday included …",
"a former aide left the agency in March"). The day of its news, the days its actors act and a
date still to come keep theirs. Written for these tests."""

import pytest

from quizgen.deck.generate import build_deck
from tests.articles import facts_of, make_article

STORY = (
    "The city council of Marlow voted on Tuesday to close the Eastgate bridge after engineers found cracks "
    "in two of its piers.\n\n"
    "Mayor Helen Ostrova said the bridge would stay closed until repairs were done. Ostrova called the "
    "vote painful but necessary.\n\n"
    "The regional transport office issued a list of 12 approved contractors on Monday. It includes two "
    "firms from Marlow.\n\n"
    "Ostrova inspected the cracked piers on Sunday with the city engineer.\n\n"
    "Ostrova has said the council will choose a contractor for the repairs on 12 June 2017. She has asked the province for help "
    "with the cost.\n\n"
    "The mayor has led the city since 2015."
)


@pytest.fixture(scope="module")
def dates(nlp):
    article = make_article(STORY, date="2017-05-24", title="Marlow council votes to close Eastgate bridge")
    return {i.value: i for i in build_deck([facts_of(nlp, article)], deck_id="t", title="T").items if i.kind == "date"}


def test_the_day_of_the_story_s_news_keeps_its_card(dates):
    assert "2017-05-23" in dates  # the vote, in the lede


def test_the_day_of_a_side_event_after_the_lede_gets_no_card(dates):
    assert "2017-05-22" not in dates  # the day a list was published: no one the story is about


def test_the_day_the_story_s_main_actor_acts_keeps_its_card(dates):
    assert "2017-05-21" in dates  # Ostrova inspected the piers: the mayor is the story's actor


def test_a_date_still_to_come_keeps_its_card(dates):
    assert "2017-06-12" in dates  # the repairs the story looks ahead to


@pytest.mark.parametrize(
    "sentence, actor",
    [
        ("Ostrova inspected the piers on Sunday.", "Ostrova"),
        ("Her inspection on Sunday found two cracks.", "Her"),
        ("The transport office issued a list of contractors on Monday.", ""),
        ("At a Garza rally on Sunday, supporters cheered the plan.", "Garza"),
        ("The plan pleased Ana Garza, who toured the site on Sunday.", "Ana Garza"),
        ("Ostrova flew to the coast and toured the flooded villages on Sunday.", "Ostrova"),
    ],
)
def test_a_date_knows_who_does_what_it_dates(nlp, sentence, actor):
    assert facts_of(nlp, make_article(sentence)).dates[0].actor == actor
