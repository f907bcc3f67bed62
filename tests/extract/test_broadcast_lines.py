"""A broadcast's hand-offs and sign-offs are no news: no event or cloze is read from them."""

from __future__ import annotations

import pytest

from quizgen.extract.broadcast_lines import broadcast_line
from tests.articles import facts_of, make_article


@pytest.mark.parametrize(
    "sentence",
    [
        "WKRN's Dana Whitfield has details from our northern news bureau.",
        "Tom Ridley reports from Lisbon.",
        "KQED's Marta Olsen has more from Oakland.",
        "For Radio Nine News, I'm Carla Benning.",
        "For Morning Desk, this is Peter Vance in London.",
        # a name the tagger takes for an organisation, reporting nothing said
        "From member station KQED, Auncil Martinez reports.",
    ],
)
def test_a_hand_off_or_sign_off_is_a_broadcast_line(nlp, sentence):
    assert broadcast_line(next(nlp(sentence).sents))


@pytest.mark.parametrize(
    "sentence",
    [
        "Tom Ridley reported a loss of $4 million to the regulator.",
        "Tom Ridley reports that the talks collapsed.",
        "Senator Mary Jones has more than 200 delegates.",
        "Senator Mary Jones brought a bill to the floor.",
        "Norvex reports record profit.",
        "From Tokyo, Norvex reports that sales rose.",
    ],
)
def test_a_sentence_of_news_is_no_broadcast_line(nlp, sentence):
    assert not broadcast_line(next(nlp(sentence).sents))


def test_no_cloze_or_event_from_a_hand_off(nlp):
    text = (
        "Flooding closed the main highway into Porto on Tuesday. "
        "WKRN's Dana Whitfield has details from our northern news bureau."
    )
    facts = facts_of(nlp, make_article(text))
    assert not any("Whitfield" in a.name for a in facts.arguments)
