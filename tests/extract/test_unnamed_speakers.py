"""A he/she quotation right after a person the text does not name, or words said to someone:
never credited to a person named further back, nor to the one addressed."""

from __future__ import annotations

from tests.quote_helpers import speakers_by_quote

HEADLINE = "Churches rally voters before the caucuses\n\n"


def test_he_after_a_pastor_the_tagger_did_not_name_is_not_the_man_named_before(nlp):
    text = HEADLINE + (
        "“His father was very effective in small groups,” said Eric Woolson, who ran the 2008 campaign of "
        "Mike Huckabee. Mr. Huckabee won the caucuses that year, but he trails far behind this year.\n\n"
        "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said he had "
        "made more than 150 phone calls. He has made announcements during Sunday services, he said.\n\n"
        "“Find your polling place and get there,” he tells parishioners."
    )
    found = speakers_by_quote(text, nlp)
    assert found.get("Find your polling place and get there") is None
    assert found["His father was very effective in small groups"] == "Eric Woolson"


def test_he_after_an_unnamed_cashier_is_not_the_last_named_speaker(nlp):
    text = HEADLINE + (
        "“This is a friendly town,” said Donna Lages, 39, a waitress at the Golden Bear restaurant.\n\n"
        "At a drugstore near the church, a middle-aged cashier was shaken by the harsh talk she has heard. "
        "“There is too much hate around here now,” she said."
    )
    found = speakers_by_quote(text, nlp)
    assert found.get("There is too much hate around here now") is None
    assert found["This is a friendly town"] == "Donna Lages"


def test_the_one_addressed_in_a_film_scene_is_not_the_speaker(nlp):
    text = (
        "A comedy about an old house\n\n"
        "Bob Walsh bought an old house. In the movie, a contractor tells Bob Walsh that the roof is gone.\n\n"
        "“You need a whole new roof before the winter comes,” he says."
    )
    assert speakers_by_quote(text, nlp).get("You need a whole new roof before the winter comes") is None


def test_the_subject_of_a_passive_tell_is_not_the_speaker(nlp):
    text = (
        "A comedy about an old house\n\n"
        "Bob Walsh bought an old house.\n\n"
        "In the movie, Walsh is told by a contractor: “You need a whole new roof before the winter comes.”"
    )
    assert speakers_by_quote(text, nlp).get("You need a whole new roof before the winter comes.") is None


def test_she_after_her_own_parenthetical_said_is_still_hers(nlp):
    text = HEADLINE + (
        "Ms. Gedrich, who works in retail, said she sent 50 men a day the same text.\n\n"
        "Some men flirted in response, and others ignored her. But without time for other work, "
        "Ms. Gedrich said, she thought she would use whatever tool was in front of her.\n\n"
        "“I just tried to do what I could with what I had,” she said."
    )
    assert speakers_by_quote(text, nlp)["I just tried to do what I could with what I had"] == "Gedrich"


def test_a_pull_quote_s_attribution_line_names_its_speaker(nlp):
    text = (
        "Tax plan divides experts\n\n"
        "Senator Tom Smith said the bill would pass before the summer recess.\n\n"
        "“We cannot afford to wait another year for this reform.”\n\n"
        "Jane Roe, Policy Institute\n\n"
        "The bill goes to a vote on Friday."
    )
    assert speakers_by_quote(text, nlp)["We cannot afford to wait another year for this reform."] == "Jane Roe"


def test_he_after_a_report_an_unnamed_spokesman_gives_is_the_spokesman(nlp):
    # "Harlow said …, Garrick's spokesman stressed. “…,” he added.": the spokesman goes on
    text = (
        "Minister drops the inquiry into the arms deal\n\n"
        "“We will look at every option,” said Attorney General Peter Harlow on Thursday.\n\n"
        "Harlow said it was unlikely that there would be a successful prosecution, Prime Minister "
        "Paul Garrick's spokesman stressed.\n\n"
        "“Norland is a very important ally in the fight against terrorism,” he added."
    )
    found = speakers_by_quote(text, nlp)
    assert found.get("Norland is a very important ally in the fight against terrorism") is None
    assert found["We will look at every option"] == "Peter Harlow"


def test_he_after_a_named_spokesman_is_the_spokesman(nlp):
    text = (
        "Minister drops the inquiry into the arms deal\n\n"
        "Harlow said it was unlikely that there would be a successful prosecution, Garrick's spokesman, "
        "Tom Ridley, stressed.\n\n"
        "“Norland is a very important ally in the fight against terrorism,” he added."
    )
    found = speakers_by_quote(text, nlp)
    assert found.get("Norland is a very important ally in the fight against terrorism") != "Harlow"
