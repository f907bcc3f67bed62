"""A figure of an earlier incident than the story's gets no card: a toll its sentence dates a week
to a year before the story's time, even of the headline's kind (another storm, another
derailment). The story's own figures keep their cards, and so does a quarter's figure dated by
its period's end. Written for these tests."""

import pytest

from quizgen.deck.generate import build_deck
from tests.articles import facts_of, make_article

STORM = (
    "A powerful storm hit the port city of Vell in northern Norland on Thursday, injuring 14 people, "
    "the weather office said.\n\n"
    "Rescue teams worked through the night to clear roads near the harbour.\n\n"
    "A stronger storm hit Vell on Feb. 20, injuring 37 people in the city.\n\n"
    "Officials said 2,000 workers were sent to restore power."
)

DERAILMENT = (
    "A freight train derailed near the town of Osk on Monday, killing nine people in the crash, the railway "
    "operator said.\n\n"
    "The operator said the train was carrying grain to the coast.\n\n"
    "A passenger train derailed near Osk on Jan. 12, 2017, killing 22 people in the crash.\n\n"
    "Investigators said they had sent 40 inspectors to the line."
)

RESULTS = (
    "Marlow Foods said on Tuesday that its profit rose in the third quarter as sales of frozen meals grew.\n\n"
    "The company had 4,200 employees at the end of the quarter.\n\n"
    "Net income in the quarter ended Sept. 30 rose to $51 million from $43 million."
)


def _numbers(nlp, text: str, date: str, title: str) -> set[str]:
    article = make_article(text, date=date, title=title)
    items = build_deck([facts_of(nlp, article)], deck_id="t", title="T").items
    return {i.answer for i in items if i.kind == "number"}


@pytest.fixture(scope="module")
def storm(nlp):
    return _numbers(nlp, STORM, "2017-03-03", "Storm injures 14 in Norland")


@pytest.fixture(scope="module")
def derailment(nlp):
    return _numbers(nlp, DERAILMENT, "2017-05-16", "Freight train derails, nine dead")


def test_an_earlier_storm_s_toll_gets_no_card(storm):
    assert "37" not in storm


def test_the_story_s_own_storm_keeps_its_figures(storm):
    assert "14" in storm


def test_an_earlier_derailment_s_toll_gets_no_card(derailment):
    assert "22" not in derailment


def test_a_quarter_s_figure_dated_by_its_period_end_keeps_its_card(nlp):
    numbers = _numbers(nlp, RESULTS, "2017-10-25", "Marlow Foods profit rises")
    assert "$51 million" in numbers


SEMIFINALS = (
    "Brazil beat Norland 71-60 in the first semifinal of the regional basketball championship on Friday, "
    "holding its rival to 31 percent shooting.\n\n"
    "Forward Ana Lima scored 24 points for Brazil.\n\n"
    "In Friday's other semifinal, Chile beat Peru 65-58, limiting Peru to 28 percent shooting."
)


def test_the_other_semifinal_s_figure_gets_no_card(nlp):
    numbers = _numbers(nlp, SEMIFINALS, "2017-06-10", "Brazil beat Norland to reach the final")
    assert "28 percent" not in numbers


def test_another_in_the_lede_is_the_news(nlp):
    text = (
        "Another car bomb killed 17 people in the market of Dara on Tuesday, police said.\n\n"
        "The blast damaged 30 shops, police said."
    )
    assert "17" in _numbers(nlp, text, "2017-06-14", "Car bomb kills 17 in Dara")


def test_the_story_s_own_incident_recalled_weeks_on_keeps_its_toll(nlp):
    text = (
        "Police in Dara questioned four men on Friday about the bombing of the city's central market "
        "last month, a newspaper reported.\n\n"
        "The men were released after six hours, the newspaper said.\n\n"
        "The bombing on Aug. 7 killed 31 people and injured more than 200."
    )
    numbers = _numbers(nlp, text, "1999-09-10", "Police question four men over Dara market bombing")
    assert "31" in numbers
