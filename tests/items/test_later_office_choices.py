"""A politician's words get no wrong choice the deck titles with an office or a race only more
than a year after the story: Donald Trump, a candidate from June 2015 in the deck's stories, is
no believable speaker of a 2013 warning on the debt limit (fresh104), though his stories are near
enough in time for their people to be offered. Someone titled so by the story's time still is."""

from __future__ import annotations

import datetime as dt

from quizgen.items.person_choices import Cast, Story, Use

NAMES: frozenset[str] = frozenset()  # no topics read: any story's people may stand beside the answer


def _cast(trump_titled: dt.date) -> Cast:
    stories = {
        "debt2013": Story(dt.date(2013, 10, 10), "US", names=NAMES),
        "senate2013": Story(dt.date(2013, 10, 12), "US", names=NAMES),
        "later": Story(trump_titled, "US", names=NAMES),
    }
    uses = [
        Use("Barack Obama", "debt2013", "President", True),
        Use("John Boehner", "debt2013", "House Speaker", True),
        Use("Harry Reid", "senate2013", "Senate Majority Leader", True),
        Use("Ted Cruz", "senate2013", "Sen.", True),
        Use("Joe Manchin", "senate2013", "Sen.", True),
        Use("Donald Trump", "later", "Republican presidential candidate", True),
        Use("Mike Pence", "later", "Gov.", True),
    ]
    return Cast(uses, stories)


def _offered(cast: Cast) -> set[str]:
    offered: set[str] = set()
    for key in "abcdefgh":
        offered |= set(cast.who(
            "Barack Obama", key=key, question="Who said: “A default could have a devastating effect on our economy”?",
            article="debt2013", quote=True,
        ))
    return offered


def test_no_wrong_choice_first_in_office_more_than_a_year_after_the_story():
    offered = _offered(_cast(dt.date(2015, 6, 16)))
    assert "Barack Obama" in offered
    assert not {"Donald Trump", "Mike Pence"} & offered, offered


def test_a_politician_titled_in_office_by_the_storys_time_stays_a_choice():
    offered = _offered(_cast(dt.date(2013, 11, 1)))
    assert {"Donald Trump", "Mike Pence"} & offered, offered
