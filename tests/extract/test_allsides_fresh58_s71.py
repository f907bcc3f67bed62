"""From the j209 sample (stop 71: AllSides fresh58, read after scoring): an update's time stamp opening
a paragraph is furniture; a day after "before" is after the past it follows ("the final poll before
Tuesday's election"): no week; a dateline may name two agencies ("WASHINGTON (CBSDC/AP) —"); a title
run after a capitalised word and "and" is the rest of a body's name ("Health and Human Services
Secretary", not "Human Services Secretary")."""

from __future__ import annotations

from tests.articles import facts_of, make_article


def test_an_update_stamp_is_furniture():
    from quizgen.ingest.articles import classify_blocks

    text = (
        "A school siege ended in Pakistan, officials said on Tuesday.\n\n"
        "Updated at 10 a.m. Eastern time: The deadly siege of the school in northwest Pakistan ended Tuesday "
        "evening local time.\n\n"
        "At 10 a.m. the council met."
    )
    blocks = [(b.kind, b.text) for b in classify_blocks(text, has_title=True)]
    assert ("furniture", "Updated at 10 a.m. Eastern time") in blocks, blocks
    assert blocks[-1] == ("text", "At 10 a.m. the council met."), blocks


def test_a_day_after_before_tells_no_week(nlp):
    text = (
        "Mitt Romney campaigned in Ohio on Sunday, aides said.\n\n"
        "In the latest and final Pew Research Center poll before Tuesday's election, President Obama has edged "
        "ahead of Romney, 50 percent to 47 percent in the national popular vote."
    )
    dates = [f.value for f in facts_of(nlp, make_article(text, date="2012-11-04")).dates]
    assert "2012-10-30" not in dates, dates


def test_a_dateline_with_two_agencies():
    from quizgen.ingest.articles import classify_blocks

    text = (
        "Obama weighs immigration action, officials said on Friday.\n\n"
        "WASHINGTON (CBSDC/AP) — President Barack Obama is poised to act soon on immigration."
    )
    kinds = [b.kind for b in classify_blocks(text, has_title=True)]
    assert kinds == ["text", "dateline", "text"], kinds


def test_a_title_after_a_body_s_and_keeps_the_body_s_whole_name(nlp):
    text = (
        "Health and Human Services Secretary Kathleen Sebelius ducked a question about it last week, telling The "
        "Wall Street Journal she is currently focused on trying to get the website working correctly.\n\n"
        "Sebelius may have been trying to head off that possibility when she mentioned lead website contractor "
        "CGI Federal Inc. on Tuesday without leveling any criticism."
    )
    roles = [r.role for r in facts_of(nlp, make_article(text, date="2013-10-23")).roles]
    assert "Human Services Secretary" not in roles, roles
    quoted = "“We want new eyes and ears,” said Health and Human Services Secretary Kathleen Sebelius on Tuesday."
    roles = [q.role for q in facts_of(nlp, make_article(quoted, date="2013-10-23")).quotes]
    assert roles == ["Health and Human Services Secretary"], roles
    both = "President George W. Bush and Vice President Dick Cheney met on Monday."
    roles = [(r.person, r.role) for r in facts_of(nlp, make_article(both, date="2006-10-23")).roles]
    assert ("Dick Cheney", "Vice President") in roles, roles
    # a name before the "and" joins no title (the AllSides dev deck's review: "Who was the Pelosi and Senate
    # Minority Leader?")
    named = "The White House is trying to put pressure on Pelosi and Senate Minority Leader Chuck Schumer of New York."
    roles = [r.role for r in facts_of(nlp, make_article(named, date="2019-01-10")).roles]
    assert not any(r.startswith("Pelosi") for r in roles), roles
