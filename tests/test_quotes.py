"""Quote attribution, pattern by pattern, on sentences written for the test."""

from __future__ import annotations

import pytest

from tests.quote_helpers import quotes_in, speakers_by_quote

HEADLINE = "Leaders meet in Brussels\n\n"
INTRO = "Maria Lopez, the finance minister, and Tom Becker, a union leader, met on Monday.\n\n"


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        # X said
        ("“We will not raise taxes this year,” Maria Lopez said.", "We will not raise taxes this year", "Maria Lopez"),
        # said X
        ("“The deal is done,” said Tom Becker.", "The deal is done", "Tom Becker"),
        # X, the role, said
        (
            "“Unions will strike,” Tom Becker, the head of the union, said on Tuesday.",
            "Unions will strike",
            "Tom Becker",
        ),
        # X told …
        ("Maria Lopez told reporters: “The budget is balanced.”", "The budget is balanced.", "Maria Lopez"),
        # according to X
        ("“Nobody expected this,” according to Tom Becker.", "Nobody expected this", "Tom Becker"),
        # colon after the speaker's clause
        ("Maria Lopez said: “Growth will return next spring.”", "Growth will return next spring.", "Maria Lopez"),
        # straight quotes
        ('"Inflation is falling," Maria Lopez said.', "Inflation is falling", "Maria Lopez"),
        # the NYT's doubled apostrophes
        ("''We are ready for talks,'' Tom Becker said.", "We are ready for talks", "Tom Becker"),
    ],
)
def test_attribution_patterns(nlp, body, quote, speaker):
    found = speakers_by_quote(HEADLINE + INTRO + body, nlp)
    assert found.get(quote) == speaker, found


def test_surname_resolves_to_full_name(nlp):
    text = HEADLINE + INTRO + "“Talks failed,” Becker said."
    assert speakers_by_quote(text, nlp) == {"Talks failed": "Tom Becker"}


def test_pronoun_resolves_to_last_speaker(nlp):
    text = (
        HEADLINE
        + "Tom Becker spoke after the vote.\n\n“The members have spoken,” Becker said.\n\n"
        + "He added, “We will return to the table next week.”"
    )
    found = speakers_by_quote(text, nlp)
    assert found["We will return to the table next week."] == "Tom Becker"


def test_quote_split_around_its_cue_is_one_quote(nlp):
    text = HEADLINE + INTRO + "“We tried,” Maria Lopez said, “but the numbers did not add up.”"
    facts = quotes_in(text, nlp)
    assert len(facts) == 1
    assert facts[0].speaker == "Maria Lopez"
    assert facts[0].quote == "We tried … but the numbers did not add up."


def test_multi_paragraph_quote_reopens_without_closing(nlp):
    text = (
        HEADLINE
        + INTRO
        + "Maria Lopez said: “The first paragraph of the statement explains the plan.\n\n"
        + "“The second paragraph explains why it will work.”"
    )
    facts = quotes_in(text, nlp)
    assert len(facts) == 1
    assert facts[0].speaker == "Maria Lopez"
    assert "second paragraph" in facts[0].quote


@pytest.mark.parametrize(
    "body",
    [
        "“We will fight on,” they said.",  # plural: no single speaker
        "“It is over,” a source said.",  # anonymous
        "The sign read “Closed for repairs” all week.",  # no cue at all
        "“We will fight on,” the union said in a statement.",  # description with no named person
    ],
)
def test_unattributable_quotes_give_no_fact(nlp, body):
    assert quotes_in(HEADLINE + body, nlp) == []


def test_evidence_span_holds_quote_and_attribution(nlp):
    text = HEADLINE + INTRO + "“We will not raise taxes this year,” Maria Lopez said."
    fact = quotes_in(text, nlp)[0]
    evidence = text[len(""):]  # parse_article keeps the text as the body (no front matter)
    assert evidence[fact.start : fact.end] == "“We will not raise taxes this year,” Maria Lopez said."


def test_quotes_in_furniture_are_ignored(nlp):
    text = (
        HEADLINE
        + "“Best newsletter ever,” says Jane Reader. Subscribe to our newsletter\n\n"
        + INTRO
        + "“We will not raise taxes,” Maria Lopez said."
    )
    speakers = set(speakers_by_quote(text, nlp).values())
    assert speakers == {"Maria Lopez"}


def test_partial_quote_in_indirect_speech_asks_with_its_clause(nlp):
    from quizgen.items import quote_question

    text = HEADLINE + INTRO + "Maria Lopez said the budget would “protect every family in the country” next year."
    facts = quotes_in(text, nlp)
    assert [f.speaker for f in facts] == ["Maria Lopez"]
    assert quote_question(facts[0]) == "Who said the budget would “protect every family in the country” next year?"


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        # an age or description between commas before the cue
        ("“Nobody saw it coming,” Becker, 58, told reporters on Monday.", "Nobody saw it coming"),
        # a name in apposition right before the cue that introduces the quote
        (
            "In a statement to the Herald, the union's press officer, Tom Becker, said: “The strike is over.”",
            "The strike is over.",
        ),
    ],
)
def test_names_next_to_the_cue_when_the_parse_misleads(nlp, body, quote):
    assert speakers_by_quote(HEADLINE + INTRO + body, nlp).get(quote) == "Tom Becker"


def test_paragraph_ending_with_a_colon_introduces_the_quote(nlp):
    text = HEADLINE + INTRO + "Tom Becker echoed:\n\n“The members are tired of waiting for an offer.”"
    assert speakers_by_quote(text, nlp) == {"The members are tired of waiting for an offer.": "Tom Becker"}


def test_naming_verb_with_a_pronoun_object_names_the_person_before(nlp):
    from quizgen.items import quote_question

    text = HEADLINE + INTRO + "Maria Lopez went after Tom Becker, calling him “a total stiff.”"
    facts = quotes_in(text, nlp)
    assert [quote_question(f) for f in facts] == ["Who called Tom Becker “a total stiff”?"]
    assert facts[0].speaker == "Maria Lopez"
