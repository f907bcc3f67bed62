"""Event cards that ask which outlet was told or carried the news are not made; an outlet that
acts keeps its card."""

from types import SimpleNamespace

import pytest

from quizgen.deck.generate import build_deck
from quizgen.items.outlet_cards import told_outlet
from tests.articles import facts_of, make_article

PORT = (
    "Harbor City mayor Helen Ortiz told The Associated Press on Monday that the port would reopen within a month "
    "after the strike.\n\n"
    "Ortiz said the dockers' union had accepted a new contract. The Ledger Times sued the port authority over its "
    "records.\n\n"
    "The union's leader, Victor Osei, said the contract raised wages by 6 percent."
)


def test_the_outlet_told_gets_no_card_and_an_outlet_that_acts_keeps_one(nlp):
    facts = facts_of(nlp, make_article(PORT, date="2017-11-08", title="Harbor City port to reopen after strike"))
    assert any(a.name == "Associated Press" and a.verb == "tell" for a in facts.arguments)  # the parse reads the slot
    answers = {i.answer for i in build_deck([facts], deck_id="t", title="T", events=True).items if i.kind == "event"}
    assert "Associated Press" not in answers
    assert "Ledger Times" in answers  # it sued: the story's own act


def _cloze(question: str, answer: str, verb: str, slot: str):
    return SimpleNamespace(kind="event", asks="who", style="cloze", question=question, answer=answer, verb=verb, verb_class=slot)


@pytest.mark.parametrize(
    ("question", "answer", "verb", "slot", "expected"),
    [
        ("The senator told ____ on Sunday that she would run.", "CNN", "tell", "object", True),
        ("The memo, provided to The ____ by two officials, shows the plan.", "Associated Press", "provide", "prep", True),
        ("The governor said on ____'s “Meet the Press” that taxes would rise.", "NBC", "say", "prep", True),
        ("The ____ reported that the deal had collapsed.", "Washington Post", "report", "subject", True),
        ("The mayor criticized ____ for its coverage.", "Fox News", "criticize", "object", False),  # its target
        ("The ____ hired 40 reporters for the election.", "Washington Post", "hire", "subject", False),
        ("The senator told ____ she would run.", "Senate Finance Committee", "tell", "object", False),  # no outlet
    ],
)
def test_an_outlet_that_only_carried_the_news(question, answer, verb, slot, expected):
    assert told_outlet(_cloze(question, answer, verb, slot)) is expected
