"""Claims: whom a named speaker's reported clause, accusation or appeal is about — read from the
parse, with the speaker's verb as the question's frame and the rest of the clause as its topic;
nothing from a quotation, a denial, a guess at what will be said or a clause about nobody named."""

from __future__ import annotations

import pytest

from tests.articles import facts_of, make_article


def claims_of(nlp, text: str):
    facts = facts_of(nlp, make_article(text))
    return [(e.actor, e.verb_group, e.answer) for e in facts.events if e.answer_kind == "said"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # a said clause: its named subject is the answer, the rest of the clause the topic
        (
            "Senator Tom Harlow said Governor Anne Brisco is not qualified to lead the Ohio Democratic Party.",
            ("Anne Brisco", "did Tom Harlow say", "is not qualified to lead the Ohio Democratic Party"),
        ),
        # "tell" keeps whom it told; "that" goes (the question reads "Who did … tell Fox News had lied …?")
        (
            "Senator Tom Harlow told Fox News that Anne Brisco had lied to the Ohio Ethics Commission.",
            ("Anne Brisco", "did Tom Harlow tell Fox News", "had lied to the Ohio Ethics Commission"),
        ),
        # a present speech verb, an organisation as the clause's subject
        (
            "Senator Tom Harlow says the Ohio Democratic Party will lose its majority in the state senate.",
            ("the Ohio Democratic Party", "does Tom Harlow say", "will lose its majority in the state senate"),
        ),
        # a name that ends the clause, as its object or its agent, when its subject is none
        (
            "Senator Tom Harlow said voters in Ohio had turned against Anne Brisco.",
            ("Anne Brisco", "did Tom Harlow say", "voters in Ohio had turned against"),
        ),
        (
            "Senator Tom Harlow alleged that the Dayton bridge contract was awarded by Anne Brisco.",
            ("Anne Brisco", "did Tom Harlow allege", "the Dayton bridge contract was awarded by"),
        ),
        # an accusation: the person accused, and of what
        (
            "Senator Tom Harlow accused Governor Anne Brisco of misusing Ohio state funds for her campaign.",
            ("Anne Brisco", "did Tom Harlow accuse", "of misusing Ohio state funds for her campaign"),
        ),
        # blame … for, with a perfect
        (
            "The Ohio Democratic Party has blamed Anne Brisco for the closure of the Dayton steel plant.",
            ("Anne Brisco", "has the Ohio Democratic Party blamed", "for the closure of the Dayton steel plant"),
        ),
        # an appeal: the one urged, and to do what
        (
            "President Mark Olsen urged Congress to pass the Iowa farm subsidy bill before the summer recess.",
            ("Congress", "did Mark Olsen urge", "to pass the Iowa farm subsidy bill before the summer recess"),
        ),
    ],
)
def test_a_claim_asks_whom_it_is_about(nlp, text, claim):
    assert claim in claims_of(nlp, text)


def test_a_speaker_called_he_is_named_from_the_sentence_before(nlp):
    text = (
        "Senator Tom Harlow spoke to reporters in Columbus on Monday after the vote.\n\n"
        "He said Governor Anne Brisco had misled voters about the cost of the Dayton bridge project."
    )
    assert claims_of(nlp, text) == [
        ("Anne Brisco", "did Tom Harlow say", "had misled voters about the cost of the Dayton bridge project")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # not said: a denial of the verb, a guess at what will be said
        "Senator Tom Harlow did not say that Anne Brisco had lied about her taxes.",
        "Senator Tom Harlow may say that Anne Brisco had lied about her taxes.",
        # a question, not a claim
        "Senator Tom Harlow asked whether Anne Brisco had lied about her taxes.",
        # the clause is about nobody named, or about the speaker himself
        "Senator Tom Harlow said the plan would cost the state more than it saves.",
        "Senator Tom Harlow said he would vote against the Keystone pipeline bill.",
        # the clause is a quotation: the quote cards ask who said it
        "Senator Tom Harlow said “Anne Brisco has lied about her taxes for years.”",
        # the rest of the clause leans on the sentences before ("the decision")
        "Senator Tom Harlow said Anne Brisco was behind the decision.",
        # a topic of common words only, which many claims fit
        "Senator Tom Harlow said Anne Brisco has the potential to do well.",
        # a report of a report: who spoke is the quote cards' to ask
        "The Toledo Blade reported that Anne Brisco said she would veto the Ohio budget.",
        # "charge" with a task, not a claim
        "The Ohio Senate charged the auditors with verifying that Anne Brisco had repaid the Dayton loan.",
        # the speaker is the owner's opponents, not the owner
        "Senator Tom Harlow spoke on Monday.\n\nHarlow's opponents said Anne Brisco had misled the Ohio Ethics Commission.",
        # two people accused together: no one answer
        "Senator Tom Harlow accused Anne Brisco and Paul Green of misusing state funds.",
    ],
)
def test_no_claim_without_one_named_answer_stated(nlp, text):
    assert claims_of(nlp, text) == []


def test_a_headline_repeated_as_the_first_line_makes_no_claim(nlp):
    title = "Anne Brisco calls on Congress to pass the farm subsidy bill"
    facts = facts_of(nlp, make_article(f"{title}.\n\nThe vote is expected in June, aides said on Monday.", title=title))
    assert [e for e in facts.events if e.answer_kind == "said"] == []
