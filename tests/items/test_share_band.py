"""A percentage's wrong choices stay near it in points: a learner rules out 24.6% for an approval
near half without knowing the answer."""

import pytest

from quizgen.items.figures import number_items
from quizgen.items.number_choices import share_band
from tests.articles import facts_of, make_article


def _percent(option: str) -> float:
    return float(option.replace(" percent", "").replace("%", ""))


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("A tracking poll put the governor's approval at 49.5 percent on average this spring.", "49.5 percent"),
        ("A new survey put the mayor's approval at 58 percent on average last winter.", "58 percent"),
    ],
)
def test_an_approval_near_half_gets_options_near_it(nlp, text, answer):
    article = make_article(text)
    items = {i.answer: i for i, _ in number_items(facts_of(nlp, article).figures, articles={"a1": article})}
    item = items[answer]
    value = _percent(answer)
    wrong = [_percent(c) for c in item.choices if c != answer]
    assert len(wrong) == 3, item.choices
    assert all(abs(w - value) <= 12.5 for w in wrong), item.choices  # never half of it (24.6 for 49.5)


@pytest.mark.parametrize(
    ("answer", "low", "high"),
    [(49.5, 37.0, 62.0), (80.0, 75.0, 85.0), (91.0, 86.0, 96.0), (8.0, 3.0, 13.0)],
)
def test_the_band_is_a_quarter_of_the_room_to_the_nearer_end(answer, low, high):
    band_low, band_high = share_band(answer)
    assert band_low == pytest.approx(low, abs=0.2) and band_high == pytest.approx(high, abs=0.2)


def test_a_share_past_the_whole_has_no_band():
    assert share_band(150.0) == (None, None)
