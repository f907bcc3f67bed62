"""Number, date and event cards whose question names no occasion (issue 11, round 47, from j40):
"Which country won the first match?", "____ were killed in the last eruption.", "… drawn by
lot on ____." — which match, volcano, election? Made-up sentences and articles."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import build_deck
from quizgen.extract.question_anchors import unanchored_questions
from tests.articles import facts_of, make_article


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Which country won the first game?", "Varnland"),
        ("Who won his fourth straight coin toss?", "Tom Adler"),
        ("____ died in the latest landslide.", "Three"),
        ("Trading worth ____ dollars (2.1 million euros) changed hands during the session.", "2.5 million"),
        ("The order of candidates on the ballot sheet will be settled by lot on ____.", "4 May 2010"),
        ("Shares worth ____ pesos changed hands during the day.", "52 million"),
        ("____ were hurt in the blast.", "Nine"),
        ("The latest quarter included a gain of ____ from the sale of a plant.", "$3 million"),
    ],
)
def test_a_question_naming_nothing_that_leans_on_the_text_before(question, answer):
    assert unanchored_questions([(question, answer)]) == [True]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Which country won the first game against Norland?", "Varnland"),  # names the rival
        ("____ died in the latest landslide in Kessa province.", "Three"),  # a place
        ("____ died in the landslide of [12 March 2009].", "Three"),  # a bracketed date
        ("The order of candidates will be settled by lot on ____ in 2010.", "4 May"),  # a year
        ("Which organisation sold 400,000 shares of its common stock?", "Delmar Corp."),  # the answer's own
        ("Who was heating soup in his kitchen when he was shot?", "Ann Lee"),  # his: the answer's
        ("Which organisation plans to raise 90 million dollars?", "Delmar Corp."),  # no description
        ("____ is the capital of Varnland.", "Oskar"),
        # a description that names no occasion, or the writer's own time, or a superlative's pick
        ("Its growth slowed to ____ as the economy cooled.", "1.2 percent"),
        ("Police will double their numbers to ____ officers this weekend.", "800"),
        ("Tickets cost up to ____ dollars for the most expensive final game.", "600"),
        # a description defined where it stands: its "of" phrase or clause says which
        ("A protester who is the subject of a manhunt was charged on ____ in the killing of a guard.", "4 May 2010"),
        ("Which country published its first report on water rights?", "Varnland"),  # a topic says which
    ],
)
def test_a_question_with_an_anchor_or_no_leaning_description_stays(question, answer):
    assert unanchored_questions([(question, answer)]) == [False]


def test_the_answer_is_no_anchor():
    # the blank filled with a name does not name the occasion: the answer is what is asked
    assert unanchored_questions([("____ won the first game.", "Varnland")]) == [True]


def _deck(nlp, text: str):
    return build_deck([facts_of(nlp, make_article(text, date="2009-11-19"))], deck_id="t", title="T", events=True)


def test_a_figure_of_the_last_eruption_makes_no_card(nlp):
    text = (
        "Mount Kessa in eastern Varnland spewed ash up to three kilometres into the air on Thursday, "
        "forcing the evacuation of 4,000 villagers, officials said.\n\n"
        "The volcano has erupted several times in the past decade.\n\n"
        "Three were killed in the last eruption."
    )
    deck = _deck(nlp, text)
    assert not any("last eruption" in i.question for i in deck.items), [i.question for i in deck.items]


def test_a_toss_of_a_match_the_question_never_names_makes_no_event_card(nlp):
    text = (
        "Varnland captain Tom Adler won his fourth straight toss and sent Norland in to bat in the third "
        "one-day international at the Kessa ground on Thursday.\n\n"
        "The series is level at 1-1 after Varnland won the opening game by 40 runs, while Norland "
        "won the second by six wickets -- both played in Dorwick."
    )
    deck = _deck(nlp, text)
    assert not any(i.question == "Who won his fourth straight toss?" for i in deck.items), [i.question for i in deck.items]
    assert any(i.answer == "Tom Adler" for i in deck.items)  # the sentence's cloze names the match
