"""From the j218 sample (stop 72: AllSides fresh67, at 5bde42ae, read after scoring): two presidents
Bush told apart by their middle initials, "N years ago today", a class of people "today", a verb's
gerund complement ("stop Texas from implementing …") and a restrictive "that" clause cut from an
announced act."""

from __future__ import annotations

from quizgen.deck.generate import generate_deck
from tests.articles import deck_of, facts_of, make_article


def _write(folder, name, date, title, body):
    (folder / name).write_text(f"---\ntitle: {title}\ndate: {date}\n---\n\n{body}\n", encoding="utf-8")


def _items(tmp_path, date, title, body):
    return deck_of(tmp_path, body, title=title, date=date).items


def test_middle_initials_tell_father_and_son_apart():
    from quizgen.facts.resolve import middles_agree

    assert not middles_agree("George H.W. Bush", "George W. Bush")
    assert middles_agree("George H.W. Bush", "George Herbert Walker Bush")
    assert middles_agree("George Bush", "George W. Bush")


def test_a_deck_with_both_presidents_bush_keeps_them_apart(tmp_path):
    _write(tmp_path, "a.md", "2018-12-03", "George H.W. Bush leaves mixed record on race, civil rights", (
        "Former President George H.W. Bush died on Friday at the age of 94.\n\n"
        "“It’s fair and reasonable to critique everything we can about George Bush,” Johnson said."
    ))
    _write(tmp_path, "b.md", "2013-03-19", "Iraq war anniversary", (
        "President George W. Bush launched the invasion of Iraq ten years ago, officials recalled on Tuesday."
    ))
    items = generate_deck([tmp_path], deck_id="t", events=True).items
    died = [i.answer for i in items if "died on" in i.question]
    assert died and all(a != "George W. Bush" for a in died), died


def test_years_ago_today_is_not_the_storys_day(tmp_path):
    items = _items(tmp_path, "2014-01-08", "Kentucky county that gave the war on poverty a face", (
        "The county is still among the poorest in the nation, officials said on Tuesday.\n\n"
        "Fifty years ago today, President Lyndon Johnson stood before Congress and declared an \"unconditional war "
        "on poverty in America.\""
    ))
    assert not [i for i in items if "Fifty years ago" in i.question and ("8 January 2014" in i.question or i.answer == "8 January 2014")]


def test_a_class_of_people_today_is_no_day(nlp):
    text = (
        "Immigrants are learning English faster than their predecessors did, a new study says.\n\n"
        "In his most recent index, this year, Vigdor found that immigrants to the US today were more assimilated "
        "than at any time in the past decade.\n\n"
        "The Senate today voted to extend jobless benefits."
    )
    days = [d.value for d in facts_of(nlp, make_article(text, date="2013-07-07")).dates if d.text == "today"]
    assert days == ["2013-07-07"], days  # the Senate's vote, not the immigrants


def test_a_gerund_complement_stays_with_its_verb(tmp_path):
    items = _items(tmp_path, "2013-11-19", "Supreme Court won't block Texas abortion law", (
        "The U.S. Supreme Court on Tuesday refused to stop Texas from implementing a part of a new abortion law that "
        "requires doctors to get admitting privileges at a hospital within 30 miles of the clinic where they're "
        "providing abortion services."
    ))
    assert "stop Texas" not in [i.answer for i in items]


def test_a_restrictive_that_clause_is_not_cut_from_an_announced_act(tmp_path):
    items = _items(tmp_path, "2013-11-15", "Obama's insurance plan fix stirs confusion at state level", (
        "The statement was one of many complaints at the state level after Obama announced Thursday that he's "
        "allowing insurance companies to sell policies that would otherwise be out of compliance with the "
        "Affordable Care Act for another year."
    ))
    assert "that he's allowing insurance companies to sell policies" not in [i.answer for i in items]
