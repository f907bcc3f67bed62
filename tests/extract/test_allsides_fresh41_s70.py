"""From the j192 sample (stop 70: AllSides fresh41, read after scoring): a quotation that another
person's relative clause reports is not joined to the quotation before it ("… Trump said, setting
off a debate with Stoltenberg, who maintained that “despite these differences” …"); a day written
without its year takes the year the story writes it with elsewhere ("June 6, 1944" … "on June 6"),
and another day of that month, never written with a year, is not dated; a bare surname's title
is not a person's when another of the surname, named in full, holds it ("President Bush" beside
Neil Bush and "former President George H.W. Bush")."""

from __future__ import annotations

from tests.articles import facts_of, make_article


def test_a_quotation_a_relative_clause_reports_is_another_s(nlp):
    text = (
        "Trump opened the NATO summit with criticism of Germany, officials said on Wednesday.\n\n"
        "\"It certainly doesn't seem to make sense that they paid billions of dollars to Russia and we have to defend "
        "them against Russia,\" Trump said, setting off an impromptu debate with Stoltenberg, who maintained that "
        "\"despite these differences,\" NATO allies \"have always been able to unite around our core task.\""
    )
    quotes = facts_of(nlp, make_article(text, date="2018-07-10")).quotes
    trump = [q for q in quotes if q.speaker.endswith("Trump")]
    assert trump
    assert not [q.quote for q in trump if "despite these differences" in q.quote], [q.quote for q in trump]


def test_a_day_takes_the_year_the_story_writes_it_with(nlp):
    text = (
        "For those of the World War II era, the events of June 6, 1944, rank close to Pearl Harbor.\n\n"
        "The initial target date was June 5. But faced with horrendous weather, Eisenhower ordered a postponement.\n\n"
        "The invasion forces began landing in Normandy at about 6:30 a.m. on June 6 along a 50-mile sweep of rocky "
        "beaches."
    )
    dates = [(d.text, d.value) for d in facts_of(nlp, make_article(text, date="2014-06-06")).dates]
    assert ("June 6", "1944-06-06") in dates, dates
    assert not [d for d in dates if d[0] == "June 5"], dates
    assert not [d for d in dates if d[1].startswith("2014")], dates


def test_a_bare_surname_s_title_held_by_another_of_the_family_is_not_hers_or_his(nlp):
    text = (
        "Negative ads will endure, analysts said on Sunday.\n\n"
        "With images linking Cleland to Osama bin Laden, the ad informed viewers that Cleland had opposed President "
        "Bush's homeland security proposal. Chambliss won the race.\n\n"
        "This year, Republicans ran a misleading ad about Democrat Michelle Nunn. Even Neil Bush spoke out against the "
        "advertisement. His father, former President George H.W. Bush, founded the Points of Light Foundation that "
        "she headed. \"It really makes my blood boil to think that someone would make that kind of an allegation,\" "
        "Neil Bush said.\n\n"
        "There have been a number of ads tapping into the sentiment of 1988 when a group supporting George H.W. "
        "Bush's campaign ran a racially loaded ad."
    )
    quotes = [q for q in facts_of(nlp, make_article(text, date="2014-11-02")).quotes if q.speaker == "Neil Bush"]
    assert quotes
    assert quotes[0].role is None or "President" not in quotes[0].role
    # a bare surname's title stays the one person's when no other of the family holds it
    family = (
        "The president spoke on Sunday.\n\n"
        "President Trump said the talks went well, and Ivanka Trump joined him.\n\n"
        "\"We made progress,\" Donald Trump said."
    )
    roles = [q.role for q in facts_of(nlp, make_article(family, date="2018-06-12")).quotes if q.speaker == "Donald Trump"]
    assert roles == ["President"], roles


def test_an_anniversary_s_day_is_this_year_s(nlp):
    text = (
        "Israel refuses to recognise the genocide, officials said on Wednesday.\n\n"
        "The killings began on April 24, 1915, historians say.\n\n"
        "April 24 marked 101 years since the start of the Armenian genocide, when Ottoman Turks killed approximately "
        "1.5 million Armenians."
    )
    dates = [(d.text, d.value) for d in facts_of(nlp, make_article(text, date="2016-04-27")).dates]
    assert ("April 24", "2016-04-24") in dates, dates
