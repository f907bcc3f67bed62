"""A lede clause in the present is the story's news, whatever day the act it names was done:
"____ is accused of setting the fire … in March 2014" is asked; "____ joined the firm in 2009"
(the date of the clause's own act) stays background. Written for these tests."""

import datetime as dt
from types import SimpleNamespace

import pytest

from quizgen.deck.generate import build_deck
from quizgen.items.ranking import ArticleSignals
from quizgen.items.worth import not_worth
from tests.articles import facts_of, make_article

ACCUSED = (
    "Marcus Webb is accused of setting the fire that destroyed the Riverside Mill in Dunmore in March 2014. "
    "His trial opened on Monday in the county court.\n\n"
    "Prosecutors told the jury that the fire caused $3 million in damage.\n\n"
    "Webb's lawyer, Carla Voss, said her client was at home that night."
)

JOINED = (
    "Dana Hollis joined the Riverside Mill in Dunmore in March 2009. She resigned as its director on Monday "
    "after a row over the mill's budget.\n\n"
    "The board will name a successor next month, a spokesman said.\n\n"
    "Hollis did not comment on her resignation."
)


@pytest.fixture(scope="module")
def accused(nlp):
    article = make_article(ACCUSED, date="2016-07-28", title="Riverside Mill arson trial opens")
    return facts_of(nlp, article)


@pytest.fixture(scope="module")
def joined(nlp):
    article = make_article(JOINED, date="2016-07-28", title="Riverside Mill director resigns")
    return facts_of(nlp, article)


def test_a_clause_in_the_present_is_read_as_such(accused, joined):
    webb = [a for a in accused.arguments if a.name == "Marcus Webb" and a.slot == "subject"]
    assert webb and all(a.present for a in webb)
    hollis = [a for a in joined.arguments if a.name == "Dana Hollis" and a.slot == "subject"]
    assert hollis and not any(a.present for a in hollis)


def test_an_old_date_of_the_act_the_present_clause_names_does_not_make_it_background(accused):
    items = build_deck([accused], deck_id="t", title="T", events=True).items
    assert any(
        i.kind == "event" and i.answer == "Marcus Webb" and "is accused of setting the fire" in i.question for i in items
    )


def test_an_old_date_of_the_clause_s_own_act_stays_background(joined):
    items = build_deck([joined], deck_id="t", title="T", events=True).items
    assert not any("joined" in i.question and "2009" in i.question for i in items)


def _signals(**extra) -> dict[str, ArticleSignals]:
    """A story of 28 July 2016 whose lede ends at offset 400."""
    return {"a1": ArticleSignals(title="Mill arson trial opens", length=3000, lede_end=400, published=dt.date(2016, 7, 28), **extra)}


def _card(verb: str):
    text = "Marcus Webb is accused of setting the fire in March 2014."
    return SimpleNamespace(
        kind="event", actor="", verb=verb, asks="who", question=text.replace("Marcus Webb", "____"), answer="Marcus Webb",
        style="cloze", evidence=[SimpleNamespace(source="a1", start=100, end=100 + len(text), text=text)], tags=[],
    )


@pytest.mark.parametrize(
    ("present", "predicate", "expected"),
    [
        (True, "set", None),  # the accusation stands; the date is the fire's
        (True, "accuse", "background event"),  # the date is the clause's own act
        (False, "set", "background event"),  # "was accused … in March 2014": a past told in the lede
    ],
)
def test_a_lede_date_of_another_predicate_under_a_present_clause(present, predicate, expected):
    signals = _signals(
        dates=((145, "2014-03"),),
        date_predicates=((145, "2014-03", predicate, ""),),
        present_clauses=frozenset({(100, "accuse")}) if present else frozenset(),
    )
    assert not_worth(_card("accuse"), signals) == expected
