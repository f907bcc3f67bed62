"""What a named speaker judged someone for: "What did Harlow accuse Brisco of?" → the charge,
read from the parse (the verb's object and its of/for/with complement, whole). Written for
these tests."""

import pytest

from quizgen.deck.generate import build_deck
from tests.articles import facts_of, make_article

STORY = (
    "Senator Tom Harlow accused Governor Anne Brisco of misusing state funds on Tuesday. "
    "The governor denied the charge in a statement.\n\n"
    "Harlow, a Republican from Dunmore, spoke at a rally in the state capital before 2,000 supporters.\n\n"
    "Senator Tom Harlow blamed the Riverside Council for the delay in building the Elm Street bridge. "
    "Mayor Lisa Tran thanked the Red Cross for its help after the storm.\n\n"
    "Senator Rosa Quill accused the Brisco campaign of breaking state election law through its deal with a donor group. "
    "Quill criticized Brisco for not disclosing that her office paid the fee.\n\n"
    "Dunmore police accused him of lying about the crash, the report said.\n\n"
    "Mayor Lisa Tran praised Ed Cole for turning the anger over the loss of his son into a campaign. "
    "Senator Rosa Quill faulted Governor Anne Brisco for closing the Dunmore Water Board, which tested the city's wells, when she took office."
)


@pytest.fixture(scope="module")
def cards(nlp):
    article = make_article(STORY, date="2016-04-20", title="Harlow accuses Brisco")
    deck = build_deck([facts_of(nlp, article)], deck_id="t", title="T", events=True)
    return {i.question: i.answer for i in deck.items if i.kind == "event"}


def test_the_charge_of_an_accusation_is_asked_with_whom_it_accuses(cards):
    assert cards.get("What did Tom Harlow accuse Governor Anne Brisco of?") == "misusing state funds"


def test_what_someone_was_blamed_for_is_asked(cards):
    assert cards.get("What did Tom Harlow blame the Riverside Council for?") == "the delay in building the Elm Street bridge"


def test_a_gerund_clause_leaves_an_adjunct_with_a_pronoun_in_the_sentence(cards):
    assert cards.get("What did Rosa Quill accuse the Brisco campaign of?") == "breaking state election law"


def test_no_card_where_the_charge_leans_on_a_pronoun_or_runs_into_a_clause(cards):
    assert not any("thank" in q for q in cards)  # "for its help": whose help, the sentence says
    assert not any(q.startswith("What did Rosa Quill criticize") for q in cards)  # "not disclosing | that …"
    assert not any("accuse him" in q or "lying about" in a for q, a in cards.items())  # "him": no one named


def test_an_aside_on_the_object_stays_in_the_sentence(cards):
    assert cards.get("What did Rosa Quill fault Governor Anne Brisco for?") == "closing the Dunmore Water Board"


def test_no_card_where_shedding_an_adjunct_would_leave_an_act_cut(cards):
    # "turning the anger | over the loss of his son into a campaign": which anger, and into what
    assert not any(q.startswith("What did Lisa Tran praise") for q in cards)
