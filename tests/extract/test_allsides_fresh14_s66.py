"""From the j165 sample (2adb74ef, the AllSides draw fresh14, read after scoring): a quotation
credited to the wrong one of a family.

- "President Obama said Saturday …", then "Mr. Obama" twelve times, and "first lady Michelle
  Obama" once: every "Obama" went to the one Obama named in full, and "Michelle Obama" said the
  Selma speech (and "was the President"). "Mr. Obama" before she is named, and as often after,
  is her husband's form of address, not hers (``PersonIndex.gender``), and the bare name the
  article addresses as "Mr." is a man's;
- "former President Bill Clinton Obama's closer" was one name of the tagger's, so "Clinton said"
  went to "Hillary Clinton" (the other Clinton named in full): a full name run into a surname the
  text uses alone ("Obama inherited") is cut before it.

- "today" set against a time before ("Today, … has been proven", "today than a decade ago").

Left alone: trivial blanks
("America", "United States", "Washington").
"""

from __future__ import annotations

from tests.articles import shown, wire_items


def test_the_bare_name_of_a_mr_is_not_the_wife_named_in_full(tmp_path):
    body = (
        "Commemorating the 50th anniversary of the march in Selma, Alabama, President Obama said Saturday that "
        "the nation's history of racial conflict still casts its long shadow.\n\n"
        "Speaking to a crowd of about 40,000 at the bridge, Mr. Obama said it was a \"common mistake\" to believe "
        "that racism is banished.\n\n"
        "\"What is our excuse today for not voting?\" he asked.\n\n"
        "Mr. Obama was joined by first lady Michelle Obama and former President George W. Bush.\n\n"
        "\"We know the march is not yet over,\" Mr. Obama said."
    )
    items = wire_items(tmp_path, body, title="Obama in Selma says racial past casts its long shadow", date="2015-03-07")
    assert not any("Michelle" in i.answer or "Michelle Obama was" in i.question for i in items), shown(items)
    assert not any(i.kind == "quote" and i.answer == "George W. Bush" for i in items), shown(items)
    assert any(i.kind == "quote" and "Obama" in i.answer for i in items), shown(items)


def test_a_full_name_run_into_another_surname_is_cut(tmp_path):
    body = (
        "It is too early to call former President Bill Clinton Obama's closer, but he came close Wednesday night "
        "at the Democratic convention with a defense of the president's record.\n\n"
        "\"We are here to nominate a president,\" Clinton said, \"and I've got one in mind.\"\n\n"
        "Clinton said Obama inherited a deeply damaged economy.\n\n"
        "\"But are we better off than when he took office?\" Clinton asked.\n\n"
        "After the speech, Obama joined Clinton on stage. Hillary Clinton, the secretary of state, was abroad."
    )
    items = wire_items(tmp_path, body, title="Wonky Clinton wows convention", date="2012-09-05")
    quotes = [i for i in items if i.kind == "quote"]
    assert quotes, shown(items)
    assert all(i.answer == "Bill Clinton" for i in quotes), shown(items)


def test_today_set_against_a_time_before_is_no_day(tmp_path):
    """j165: "Today, Mr. Steele's dossier has been proven to be all wrong …" and "more likely to
    answer these questions correctly today than a decade ago" were dated to the story's day."""
    body = (
        "Today, the former spy's dossier has been proven to be all wrong when it comes to his allegations, "
        "the columnist writes.\n\n"
        "Democrats and independents are slightly more likely to answer these questions correctly today than a "
        "decade ago, the survey found.\n\n"
        "Today, the Senate voted 59-41 to end the emergency declaration, senators said."
    )
    items = wire_items(tmp_path, body, title="The dossier and the survey", date="2019-12-19")
    dates = [i for i in items if i.kind == "date"]
    assert not any("dossier" in i.question or "more likely" in i.question for i in dates), shown(items)
    assert any("Senate voted" in i.question and i.answer == "19 December 2019" for i in dates), shown(items)


def test_the_storys_own_country_is_no_blank(tmp_path):
    """j164 … j166 (and j158 … j163): "a majority of ____ still seem to have an open mind" →
    "Americans": the people of the country a story is about, judged trivial 5 of 5 times. The
    country itself keeps its blank (the wire's actor)."""
    home = (
        "Despite the flawed rollout of HealthCare.gov, a majority of Americans still seem to have an open mind "
        "about whether Obamacare will work, a new national poll found.\n\n"
        "Republicans in Congress and Democrats in Ohio and Texas disagreed about the poll's meaning, senators said."
    )
    items = wire_items(tmp_path, home, title="Poll finds Americans open to Obamacare", date="2013-12-20")
    assert not any(i.kind == "event" and i.answer == "Americans" for i in items), shown(items)

    abroad = (
        "Iranian demonstrators defied a heavy police presence on Sunday to protest their country's denials that it "
        "shot down a Ukrainian passenger plane, the latest unrest to roil Iran after its clash with the United States.\n\n"
        "Iran's Revolutionary Guards said the plane was mistaken for a cruise missile, Iranian state media reported."
    )
    from quizgen.items.argument_clozes import home_country

    assert home_country("Americans", home) and not home_country("America", home)
    assert not home_country("Congress", home) and not home_country("Ohio", home)
    assert not home_country("United States", abroad)
    # the country by its usual name or its abbreviation is kept: on the 1987 wire it is the actor
    # ("Venezuela will limit new loans …", "the computer chips dispute with the U.S.")
    assert not home_country("United States", home) and not home_country("U.S.", home)
