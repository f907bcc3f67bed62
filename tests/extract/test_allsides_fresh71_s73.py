"""From the j222 sample (stop 73: AllSides fresh71, at 352ef772, read after scoring): the day of
events called off, a quotation's "onboard" mended to "inboard", "the Pentagon" beside "the Defense
Department", a possessive bound to a sentence's own subject the tagger missed, a lede's object cut
before its clause's verb, and a blank of implications."""

from __future__ import annotations

from quizgen.extract.phrase_specificity import pins_a_fact
from quizgen.items.org_kinds import is_alias
from quizgen.items.spelling import mended_spelling, right_spelling
from tests.articles import deck_of, facts_of, make_article, references_of


def test_the_day_of_events_called_off_is_not_the_day_gone_by(nlp):
    text = (
        "Obama campaign events in Northern Virginia Monday and in Colorado Springs, Colo., on Tuesday have been "
        "canceled, press secretary Jay Carney said in a statement late Saturday evening."
    )
    values = [d.value for d in facts_of(nlp, make_article(text, date="2012-10-27")).dates]
    assert "2012-10-22" not in values and "2012-10-23" not in values, values
    # the act's own day, before its subject, stays the day gone by
    values = [d.value for d in facts_of(nlp, make_article("On Tuesday, the rally was canceled by the campaign.", date="2012-10-27")).dates]
    assert values == ["2012-10-23"], values


def test_a_word_of_a_particle_and_a_known_word_is_not_mended():
    assert right_spelling("onboard") is None
    assert mended_spelling("the Army crew that were onboard") == "the Army crew that were onboard"
    assert mended_spelling("the deal's first stage, closng March 22") == "the deal's first stage, closing March 22"


def test_a_department_by_its_building_or_its_other_name_is_one_body():
    assert is_alias("Pentagon", "Defense Department")
    assert is_alias("the Department of Defense", "U.S. Defense Department")
    assert not is_alias("State Department", "Justice Department")
    assert not is_alias("FBI", "Pentagon")


def test_a_possessive_bound_to_its_own_subject_is_not_the_one_named_before(nlp):
    text = (
        "WASHINGTON – Taking a victory lap, President Donald Trump attacked supporters of the impeachment drive "
        "Thursday at the National Prayer Breakfast.\n\n"
        "As he entered the venue, Trump waved a copy of USA TODAY, which ran the headline \"ACQUITTED.\"\n\n"
        "\"The Lord works in mysterious ways. I do not believe he could’ve picked a better day to bring us all "
        "together,” House Minority Leader Kevin McCarthy, R-Calif., said before the president spoke.\n\n"
        "One of the people on the dais at the Washington Hilton Hotel was House Speaker Nancy Pelosi, D-Calif., who "
        "led the impeachment drive. Trump didn't shake Pelosi's hand before his State of the Union address Tuesday "
        "night. She ripped up a paper copy of Trump's speech."
    )
    named = references_of(nlp, text, "person")
    assert named.get("his") != "Kevin McCarthy", named


def test_a_ledes_object_is_not_cut_before_its_clauses_verb(tmp_path):
    items = deck_of(tmp_path, (
        "Opponents of Alabama's strict immigration law are declaring victory Tuesday, as the state agreed not to "
        "pursue key provisions of a measure critics had called an endorsement of racial profiling. Earlier this "
        "year, the U.S. Supreme Court refused to hear the state's appeal of a federal court's ruling that gutted "
        "the law.\n\n"
        "Widely considered the toughest immigration law in the U.S. when it took effect in 2011, the measure known "
        "as HB 56 was challenged soon after it was approved. Its opponents included the U.S. Justice Department, a "
        "coalition of civil rights groups, and religious groups. Critics often called it the \"show me your "
        "papers\" law."
    ), title="Alabama Agrees To Permanently Gut Immigration Law", date="2013-10-29").items
    assert not [i.answer for i in items if i.answer.endswith("critics")]


def test_an_implication_told_by_its_degree_pins_nothing(nlp):
    doc = nlp("The discussion raises serious implications.")
    assert not pins_a_fact(doc[3:5])
    doc = nlp("The discussion raises serious implications for national security.")
    assert pins_a_fact(doc[3:9])

