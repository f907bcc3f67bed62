"""A definite description of an act ("the offer", "the plan") names the one agent the article
gave that act before it ("Halvorsen Capital offered …" → "[Halvorsen Capital's offer]"), so a
card can keep its sentence; with no agent, or two, it stays unnamed (no card)."""

from __future__ import annotations

import pytest

from quizgen.items.wording import cloze
from tests.articles import facts_of, make_article, references_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a verb of the same stem, its subject a name
        ("Halvorsen Capital offered $14.25 a share for Dunmore Mills Inc. on Tuesday.\n\nThe offer expires on March 3.", "Halvorsen Capital's offer"),
        # a possessor with a figure between it and the noun
        ("Halvorsen Capital's $14.25-a-share offer drew little interest.\n\nThe offer expires on March 3.", "Halvorsen Capital's offer"),
        # the subject of a verb of making it
        ("Corvane Energy unveiled a plan to cut 2,000 jobs on Monday.\n\nThe plan would cost $40 million.", "Corvane Energy's plan"),
        # a pronoun bound to the subject of its clause, or of the clause above it
        ("Halvorsen Capital extended its tender offer by two weeks.\n\nThe offer expires on March 3.", "Halvorsen Capital's offer"),
        ("Halvorsen Capital said it plans to sell its Ohio plants.\n\nThe plan would cost $40 million.", "Halvorsen Capital's plan"),
        # a description the references name ("the company" → the one the text is about)
        ("Halvorsen Capital Corp. reported a loss on Monday. The company also unveiled a plan to sell its Ohio plants.\n\nThe plan would cost $40 million.", "Halvorsen Capital Corp.'s plan"),
        # a takeover told in other words: the buyer of "was cleared to acquire" owns "the transaction"
        ("Harwell Savings Bank was cleared by regulators to acquire Linden Trust Co. on Monday.\n\nThe transaction is valued at $63 million.", "Harwell Savings Bank's transaction"),
    ],
)
def test_an_act_is_named_by_its_one_agent(nlp, text, name):
    assert references_of(nlp, text)[_description(text)] == name


@pytest.mark.parametrize(
    "text",
    [
        # two agents of one kind of act: which one?
        "Corvane Energy unveiled a plan to cut jobs. Westmark Oil unveiled a plan to sell assets.\n\nThe plan would cost $40 million.",
        # another one, unowned, came after the named one
        "Corvane Energy unveiled a plan to cut jobs. A rival plan emerged in March.\n\nThe plan would cost $40 million.",
        # the agent is a pronoun or a description, not a name
        "The company offered $14.25 a share for Dunmore Mills Inc.\n\nThe offer expires on March 3.",
        # a surname alone says no one a card can pin
        "Mr. Pelham offered $14.25 a share for Dunmore Mills Inc.\n\nThe offer expires on March 3.",
        # a body that is handed the act ("submit the offer to its board") does not own it
        "Halvorsen Capital proposed a new price. Dunmore Mills said it would submit the offer to its board.\n\nThe offer expires on March 3.",
        # an offer of something else is no takeover: "the deal" is not the mayor's
        "Mayor Ann Lee offered condolences to the families on Monday.\n\nThe deal would cost $40 million.",
        # the one above an infinitive that is acquired is not the buyer
        "Harwell Savings Bank agreed to be acquired by a group of investors.\n\nThe acquisition is valued at $63 million.",
        # an offer refused is no act of the one who refused it
        "Halvorsen Capital did not offer a price for Dunmore Mills Inc.\n\nThe offer expires on March 3.",
    ],
)
def test_an_act_without_one_named_agent_stays_unnamed(nlp, text):
    assert references_of(nlp, text)[_description(text)] is None


def test_a_figure_of_an_owned_act_gets_a_card_that_names_it(nlp):
    text = (
        "Halvorsen Capital offered $14.25 a share for Dunmore Mills Inc. on Tuesday.\n\n"
        "The offer would cost Halvorsen about $85 million."
    )
    facts = facts_of(nlp, make_article(text))
    figure = next(f for f in facts.figures if "85 million" in f.text)
    question = cloze(facts.article.body, figure.sent_start, figure.sent_end, figure.start, figure.end, references=facts.references)
    assert question == "[Halvorsen Capital's offer] would cost Halvorsen ____."


def _description(text: str) -> str:
    """The two words the second paragraph opens with ("The offer")."""
    return " ".join(text.split("\n\n")[1].split()[:2])
