"""What a named speaker's reported clause acts on — its object, a copula's complement, a
passive's agent — asked "What did X say <clause>?": the speaker kept in the question, the answer a
phrase that pins a fact; nothing from a denial, a quotation, a name (the subject claims ask names),
a phrase only the text before identifies, or a clause about "it"."""

from __future__ import annotations

import pytest

from tests.articles import facts_of, make_article


def claimed(nlp, text: str):
    facts = facts_of(nlp, make_article(text))
    return [
        (f"{e.wh} {e.question_aux} {e.actor} {e.question_verb}?", e.answer)
        for e in facts.events
        if e.verb_class == "claimed"
    ]


@pytest.mark.parametrize(
    ("text", "card"),
    [
        # the clause's direct object
        (
            "Senator Tom Harlow said Governor Anne Brisco had hidden a $40 million overrun on the Dayton bridge project.",
            ("What did Tom Harlow say Governor Anne Brisco had hidden?", "a $40 million overrun on the Dayton bridge project"),
        ),
        # a passive's agent, asked with its "by"
        (
            "Senator Tom Harlow alleged that the Dayton bridge contract was drafted by a consortium of Ohio steel companies.",
            ("What did Tom Harlow allege the Dayton bridge contract was drafted by?", "a consortium of Ohio steel companies"),
        ),
        # the verb an adjective leads to ("was willing to reopen"), its object
        (
            "Senator Tom Harlow said the chief of the Ohio Ethics Commission was willing to reopen the inquiry into the Dayton bridge contract.",
            (
                "What did Tom Harlow say the chief of the Ohio Ethics Commission was willing to reopen?",
                "the inquiry into the Dayton bridge contract",
            ),
        ),
        # "tell" keeps whom it told
        (
            "Senator Tom Harlow told Fox News that Anne Brisco had signed a secret agreement with the Dayton Steel Corporation.",
            ("What did Tom Harlow tell Fox News Anne Brisco had signed?", "a secret agreement with the Dayton Steel Corporation"),
        ),
        # a clause told before its speaker: its first word lowered unless a name
        (
            "The Ohio Ethics Commission has reopened the inquiry into the Dayton bridge contract, Senator Tom Harlow said.",
            ("What did Tom Harlow say the Ohio Ethics Commission has reopened?", "the inquiry into the Dayton bridge contract"),
        ),
        # a copula's complement, without the relative clause that closes it
        (
            "The Ohio Democratic Party alleged Paul Green was an American spy whose team had visited Dayton twice.",
            ("What did the Ohio Democratic Party allege Paul Green was?", "an American spy"),
        ),
    ],
)
def test_a_claim_asks_what_its_clause_acts_on(nlp, text, card):
    assert card in claimed(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a denial of the speech verb: nothing was claimed
        "Senator Tom Harlow did not say that Anne Brisco had hidden a $40 million overrun on the Dayton bridge project.",
        # words of a quotation: the quote cards ask them
        'Senator Tom Harlow said Governor Anne Brisco had hidden "a $40 million overrun" on the Dayton bridge project.',
        # a subject only the text before identifies ("the accord": which one?)
        "Prime Minister Ann Kell said the accord has shattered the old border regime of the Baltic states.",
        # "it" of a person's claim: what it is, the text before says
        "Senator Tom Harlow said it had hidden a $40 million overrun on the Dayton bridge project.",
        # a name: the subject claims ask "Who did Harlow say Brisco will nominate?"
        "Senator Tom Harlow said Governor Anne Brisco will nominate Paul Green.",
        # an answer that is one of many ("a very negative campaign"), or leans on the text before
        "Senator Tom Harlow said Governor Anne Brisco is running a very negative campaign.",
        "Senator Tom Harlow said Governor Anne Brisco had hidden the overrun.",
        # the phrase left out says which ("failure | to set a deadline"): no half answer
        "Senator Tom Harlow said Ohio voters were angered by Anne Brisco's failure to set a new deadline for the Dayton bridge.",
        # a subject counted on top of what the text told before ("two more …": more than which?)
        "Two more explosions rocked the polling stations in the Dayton district on Wednesday night, police said.",
        "Another bomb damaged the main hall of the Harlow city council building on Tuesday, Harlow police said.",
        # a guess at what will be said
        "Senator Tom Harlow may say that Anne Brisco had hidden a $40 million overrun on the Dayton bridge project.",
    ],
)
def test_no_card_where_the_clause_asks_nothing_alone(nlp, text):
    assert claimed(nlp, text) == []
