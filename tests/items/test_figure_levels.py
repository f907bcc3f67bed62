"""Wrong options spaced like real alternatives: near the level a precise figure's article gives,
never a plain multiple of the answer, and no count past the countries a continent has."""

import pytest

from quizgen.items import figure_levels, region_counts
from quizgen.items.distractors import rng_for
from quizgen.items.figures import number_items
from quizgen.items.number_choices import grain_of, grid_numbers
from quizgen.models import NumberItem
from tests.articles import facts_of, make_article


def _items(nlp, text: str) -> dict[str, NumberItem]:
    article = make_article(text)
    facts = facts_of(nlp, article)
    made = number_items(facts.figures, articles={"a1": article}, references={"a1": facts.references})
    return {item.answer: item for item, _ in made}


def _wrong(item: NumberItem) -> list[str]:
    assert len(item.choices) == 4, item
    return [c for c in item.choices if c != item.answer]


def test_a_rate_beside_the_mark_it_broke_gets_options_near_it_below_the_mark(nlp):
    text = "The rupee's official rate stood at 45.3217 rupees to one dollar on Tuesday, breaking the 45.40 mark."
    item = _items(nlp, text)["45.3217"]
    for option in _wrong(item):
        assert len(option.split(".")[1]) == 4  # written as the answer is
        assert 45.3217 - 0.45 < float(option) < 45.40, item.choices


def test_a_previous_close_sets_how_far_the_options_sit(nlp):
    text = "The Danish krone was quoted at 5.6123 kroner, compared with 5.6071 kroner late Monday."
    item = _items(nlp, text)["5.6071"]
    for option in _wrong(item):
        assert 5.6071 - 0.06 < float(option) < 5.6123, item.choices


def test_another_quote_of_the_article_sets_the_level_of_a_price(nlp):
    text = (
        "Light crude for delivery in March fell 40 cents to 54.38 dollars a barrel in Asian trade. "
        "Brent crude lost 21 cents to 54.19 dollars."
    )
    item = _items(nlp, text)["54.38"]
    for option in _wrong(item):
        assert abs(float(option) - 54.38) < 1.0, item.choices


def test_a_long_figure_nothing_marks_stays_within_a_tenth_of_itself():
    assert figure_levels.level_band(7.2918, "7.2918", grain_of("7.2918"), []) == pytest.approx((6.5626, 8.0210), abs=1e-3)
    assert figure_levels.level_band(61.67, "61.67", grain_of("61.67"), []) == (None, None)  # four digits: a plain price
    assert figure_levels.level_band(48.0, "48", grain_of("48"), [47.0]) == (None, None)  # a count: shares of itself


def test_level_numbers_are_distinct_from_the_answer_and_on_its_grid():
    grain = grain_of("7.8402")
    numbers = figure_levels.level_numbers(7.8402, grain, rng_for("x"))
    assert numbers and all(grain.fits(x) and abs(x - 7.8402) >= 0.007 for x in numbers)
    assert len({round(x % 0.01, 4) for x in numbers}) > 1  # not all ending in the answer's digits
    spread = figure_levels.level_numbers(126.84, grain_of("126.84"), rng_for("y"), half=6.0)
    assert all(round(x * 100) % 10 for x in spread)  # never "126.00" beside "126.84"
    assert max(abs(x - 126.84) for x in spread) > 4  # spread over the band, not crowded at its middle


@pytest.mark.parametrize("answer", ["61.67", "1.2177", "7.8402", "1059"])
def test_no_option_is_a_half_or_a_double_of_an_answer_of_three_digits(answer):
    value = float(answer)
    grain = grain_of(answer)
    for seed in range(20):
        numbers = grid_numbers(value, grain, rng_for(f"{answer}:{seed}"))
        assert grain.snap(2 * value) not in numbers and grain.snap(value / 2) not in numbers


def test_a_count_of_a_continents_countries_stays_below_its_size(nlp):
    item = _items(nlp, "Fifty one African countries will send delegations to the trade fair in Accra next month.")["Fifty one"]
    for option in _wrong(item):
        assert option[0].isupper() and not any(ch.isdigit() for ch in option)  # spelt out like the answer
    assert region_counts.count_bound("African countries", 51) is not None
    assert region_counts.count_bound("European nations", 39) < 60
    assert region_counts.count_bound("people killed", 51) is None
    assert region_counts.count_bound("African countries", 120) is None  # a count of something else


def test_a_count_in_digits_of_a_continents_nations_stays_below_its_size(nlp):
    item = _items(nlp, "Delegates of 52 African nations backed the resolution at the summit in Addis Ababa on Monday.")["52"]
    assert all(int(option) <= 57 for option in _wrong(item)), item.choices


def test_a_short_answer_keeps_its_half_and_double():
    numbers = {x for seed in range(20) for x in grid_numbers(2.0, grain_of("2"), rng_for(f"2:{seed}"))}
    assert 4.0 in numbers and 1.0 in numbers  # "2 percent" beside 1 and 4: neighbours, not multiples


def test_an_option_across_a_rounding_edge_is_still_a_copy():
    from quizgen.items.number_choices import near_copy

    assert near_copy(104.47, 104.51)  # 104 and 105 to three digits, 0.04 apart
    assert not near_copy(7.8402, 7.8476)  # 7.84 and 7.85: nearly a unit apart
    assert not near_copy(52.4, 52.3) and not near_copy(48, 47)
