"""Figure choices a reader of the sentence cannot rule out: order to the sentence's other
numbers, the answer's grain, and no odd one out."""

import random
from fractions import Fraction

import pytest

from quizgen.items.figures import number_items
from quizgen.items.number_choices import (
    Grain,
    beyond_whole,
    grain_of,
    near_copy,
    odd_one_out,
    order_bounds,
    range_numbers,
    round_millions,
    spread_choices,
    step_bounds,
)
from tests.articles import facts_of, make_article


def _value(option: str) -> float:
    number = option.split("$")[-1].replace("more than ", "").replace("%", "").replace(" percent", "")
    number = number.replace(" million", "").replace(",", "")
    return float(number)


def _items(nlp, text: str) -> dict[str, object]:
    article = make_article(text)
    figures = facts_of(nlp, article).figures
    return {item.answer: item for item, _ in number_items(figures, articles={"a1": article})}


@pytest.mark.parametrize(
    ("text", "answer", "below", "above"),
    [
        # "a drop from 76 percent": every option a drop too
        ("Turnout among young voters was 60 percent, a drop from 76 percent in the last election.", "60 percent", 76, None),
        # "____, about $10 million short": less than the goal
        ("The campaign raised $4 million, about $10 million short of its goal.", "$4 million", 10, None),
        # "rose to ____ from $50.1 million": more than before
        ("Sales at the bus company rose to $52.4 million from $50.1 million, the company said.", "$52.4 million", None, 50.1),
        # "a 69% majority": every option a majority (not the 40% and 35% of the article)
        (
            (
                "On this issue, a 69% majority of Republicans support it. Only 40% of voters watched the "
                "debate, and 35% of them left early."
            ),
            "69%", None, 50,
        ),
        # a bare count beside the count it is compared with ("to ____ from 120", "to 86 from ____")
        ("The agency cut its staff to 86 workers from 120 last spring, a spokesman said.", "86", 120, None),
        ("The agency cut its staff to 86 workers from 120 last spring, a spokesman said.", "120", None, 86),
        ("The chain said it would increase the number of its stores to 450 stores from 360 by next year.", "450", None, 360),
        ("Revenue totaled $1.01 billion, far above the $704.4 million of last year, the company said.", "$1.01 billion", None, 0.7044),
    ],
)
def test_options_keep_the_answers_order_to_the_sentences_other_numbers(nlp, text, answer, below, above):
    item = _items(nlp, text)[answer]
    assert len(item.choices) == 4
    for option in item.choices:
        value = _value(option.replace(" billion", ""))
        assert below is None or value < below, item.choices
        assert above is None or value > above, item.choices


def test_a_share_of_a_whole_gets_no_option_above_all_of_it(nlp):
    item = _items(nlp, "Mr. Marous said Westinghouse would own 70% of the new facility in Ohio.")["70%"]
    assert len(item.choices) == 4 and all(_value(o) <= 100 for o in item.choices), item.choices


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Less than 10 percent of the voters picked the mayor in the straw poll.", "Less than 10 percent"),
        ("The storm left more than 1,000 people injured across the island.", "more than 1,000"),
        ("At least 51 people were reported killed in the floods in recent days.", "At least 51"),
    ],
)
def test_an_open_bound_is_asked_without_choices_and_accepts_its_number(nlp, text, answer):
    # "more than 2,000" may be true of "more than 1,000", "more than 500" is: no option is surely wrong
    item = _items(nlp, text)[answer]
    assert item.choices == []
    assert any(a[:1].isdigit() for a in item.accept), item.accept


def test_a_point_estimate_keeps_its_choices(nlp):
    item = _items(nlp, "The county says nearly 700 homes were flooded by the river last spring.")["nearly 700"]
    assert len(item.choices) == 4 and all(o.startswith("nearly ") for o in item.choices), item.choices


def test_a_loose_figure_gets_no_option_within_a_tenth_of_it(nlp):
    item = _items(nlp, "Hallwood, a merchant bank in Cleveland, owns about 11% of the company.")["about 11%"]
    assert len(item.choices) == 4, item.choices
    assert all(abs(_value(o.removeprefix("about ")) - 11) > 1.1 for o in item.choices if o != item.answer), item.choices


def test_options_move_from_the_compared_number_by_a_step_like_the_answers(nlp):
    # a raise from $1.05 to $1.32 (27 cents): options up to three such steps, no $2.50 beside it
    text = "The board agreed to raise the annual dividend from $1.05 a share to $1.32 a share."
    item = _items(nlp, text)["$1.32"]
    assert len(item.choices) == 4, item.choices
    assert all(1.05 < _value(o) <= 2.13 for o in item.choices), item.choices


def test_the_conventional_second_number_of_a_ratio_is_not_asked(nlp):
    items = _items(nlp, "Exit polls showed that 2 in 10 voters decided in the final week, the network said.")
    assert "10" not in items


def test_no_option_writes_a_round_million_in_digits():
    assert round_millions("more than 1,000,000") and round_millions("$2,000,000")
    assert not round_millions("1,200,000") and not round_millions("800,000") and not round_millions("1 million")
    assert round_millions("$1252 million") and round_millions("$1072.6 million") and not round_millions("$835 million")
    assert step_bounds(1.25, (1.05, None)) == (None, pytest.approx(1.85))
    assert step_bounds(22, (None, 100)) == (None, None)  # another count of the sentence, not a before


def test_a_price_to_the_cent_ending_in_zero_gets_such_prices(nlp):
    # (not "185 pence ($2.90)": a blank that is the conversion of a figure shown makes no card)
    item = _items(nlp, "British Gas shares shed 15 cents to close at $2.90 in New York trading.")["$2.90"]
    assert len(item.choices) == 4 and all(o.endswith("0") for o in item.choices), item.choices


def test_a_price_in_eighths_gets_eighths(nlp):
    item = _items(nlp, "Dow Jones shares also fell 50 cents to close at $36.125 in Big Board composite trading.")["$36.125"]
    assert len(item.choices) == 4
    assert all((Fraction(_value(o)) * 8).denominator == 1 for o in item.choices), item.choices


def test_a_price_in_quarters_gets_quarters(nlp):
    item = _items(nlp, "In over-the-counter trading yesterday, Benjamin Franklin rose 25 cents to $4.25.")["$4.25"]
    assert all((Fraction(_value(o)) * 4).denominator == 1 for o in item.choices), item.choices


def test_a_round_count_gets_round_options_and_an_exact_one_exact_options(nlp):
    items = _items(
        nlp,
        "Over the next three months, the word was mentioned in about 80 separate broadcasts. "
        "The bank bought an additional 48% stake in the insurer.",
    )
    assert len(items["about 80"].choices) == 4
    assert all(_value(o.removeprefix("about ")) % 10 == 0 for o in items["about 80"].choices), items["about 80"].choices
    assert all(_value(o) % 10 for o in items["48%"].choices), items["48%"].choices


def test_the_answer_is_no_odd_one_out_beside_clustered_deck_figures(nlp):
    # The deck's other percentages cluster (30, 31, 32): the 90 of the answer would stand out.
    text = (
        "The fee took 30% of the first payment. The agency kept 31% of the rest. "
        "A broker charged 32% on top. The state now takes 90% of the winnings."
    )
    item = _items(nlp, text)["90%"]
    assert len(item.choices) == 4
    values = [_value(o) for o in item.choices if o != "90%"]
    assert not odd_one_out(90, values), item.choices


def test_grain_reads_how_a_number_is_written():
    assert grain_of("36.125") == Grain(Fraction(1, 4), offset=Fraction(1, 8))  # odd eighths
    assert grain_of("2.75") == Grain(Fraction(1, 2), offset=Fraction(1, 4))
    assert grain_of("19.3") == Grain(Fraction(1, 10))
    assert grain_of("4.5") == Grain(Fraction(1, 10))
    assert grain_of("2.90") == Grain(Fraction(1, 10))  # shown to the cent, options too: "$2.20"
    assert grain_of("9,000") == Grain(Fraction(1000), not_multiple_of=Fraction(10_000))  # no "10,000" beside it
    assert grain_of("48") == Grain(Fraction(1), not_multiple_of=Fraction(10))
    assert grain_of("7") == Grain(Fraction(1))


def test_order_bounds_and_spread():
    assert order_bounds(60, [76, 40]) == (40, 76)
    assert odd_one_out(90, [30, 31, 32]) and odd_one_out(48, [18, 25, 33]) and not odd_one_out(22, [18, 25, 30])
    # the first set, in the candidates' order, that leaves the answer among its options
    assert spread_choices(48, [(20, "20%"), (18, "18%"), (25, "25%"), (55, "55%"), (40, "40%")]) == ["20%", "18%", "55%"]
    assert spread_choices(90, [(30, "30%"), (31, "31%"), (32, "32%")]) == []


def test_a_controlling_stake_gets_only_controlling_options(nlp):
    item = _items(nlp, "The offer would give the bidder a 50.3% controlling interest in the carrier.")["50.3%"]
    assert len(item.choices) == 4 and all(_value(o) > 50 for o in item.choices), item.choices


def test_no_option_a_learner_cannot_tell_from_the_answer(nlp):
    text = "The company said its stock closed at $1,059.04 on Friday, up from $980.50 a week earlier."
    item = _items(nlp, text)["$1,059.04"]
    assert len(item.choices) == 4, item.choices
    for option in item.choices:
        if option != "$1,059.04":
            assert abs(_value(option) - 1059.04) >= 5, item.choices  # never $1,059.03 or $1,059.05
    assert near_copy(1059.04, 1059.05) and near_copy(1234, 1230)
    assert not near_copy(48, 47) and not near_copy(52.4, 52.3) and not near_copy(36.125, 36.375)


def test_a_share_keeps_to_sizes_its_unit_allows():
    assert beyond_whole(65, 130, "130%") and beyond_whole(30, 60, "a 60-point lead")
    assert not beyond_whole(6, 12, "12 points") and not beyond_whole(30, 60, "60 percent")
    assert not beyond_whole(65, 130, "130 people")


def test_an_open_bound_in_millions_accepts_its_number_with_the_scale_word(nlp):
    # "1" is not an answer to "over $3 million": the accepted number keeps its "million"
    item = _items(nlp, "The group has already spent over $3 million on radio ads against the mayor.")["over $3 million"]
    assert "3 million" in item.accept, item.accept
    assert "3" not in item.accept, item.accept


@pytest.mark.parametrize(
    ("figure", "an"),
    [("8%", True), ("$8 million", True), ("11", True), ("18,000", True), ("80", True), ("8.5%", True),
     ("$11.2 billion", True), ("10%", False), ("1,100", False), ("110", False), ("$40 million", False), ("slightly", None)],
)
def test_which_figures_read_aloud_take_an(figure, an):
    from quizgen.items.number_choices import takes_an

    assert takes_an(figure) is an


def test_options_after_a_or_an_read_as_the_answer_does(nlp):
    # "representing an ____ yield": "10%" or "6%" would give "8%" away
    text = "Each Harlow Mills note is being offered at $308.32, representing an 8% yield to maturity, the company said."
    item = _items(nlp, text)["8%"]
    # none of 6%, 7%, 9%, 10% reads "an": asked typed rather than with a give-away
    assert all(o[:1] == "8" or o.startswith(("11", "18")) for o in item.choices), item.choices
    text = "Each Harlow Mills note is being offered at $308.32, representing a 9% yield to maturity, the company said."
    item = _items(nlp, text)["9%"]
    assert len(item.choices) == 4 and "8%" not in item.choices, item.choices


def test_a_ranges_ends_keep_each_its_own_roundness():
    # "between 712 and 9,000": the exact low end gets exact options, the round high end round ones
    # (never "590 and 8,878", where only the answer's high end is round), each range ordered
    options = range_numbers("712", "9,000", random.Random(4))
    assert len(options) >= 6
    for low, high in options:
        assert low < high and low != 712 and high != 9000
        assert grain_of(f"{low:g}").fits(low) and low % 10  # exact, as 712 is
        assert high % 1000 == 0  # thousands, as 9,000 is


def test_a_small_range_gets_ordered_options_on_its_grid():
    for low, high in range_numbers("3", "5", random.Random(1)):
        assert 1 <= low < high and low == int(low) and high == int(high) and (low, high) != (3, 5)


def test_a_range_cards_options_are_written_like_its_ends(nlp):
    text = "Seats for the concerts next month cost between 712 and 9,000 crowns, the hall said."
    item = _items(nlp, text)["712 and 9,000"]
    assert len(item.choices) == 4
    for choice in item.choices:
        low, high = (float(x.replace(",", "")) for x in choice.split(" and "))
        assert low < high and low % 10 and high % 1000 == 0


def test_a_range_end_written_to_a_trailing_zero_gets_options_written_so():
    # "0.50" is no odd quarter: its options are tenths written to two places, as the answer is
    options = range_numbers("0.50", "1.50", random.Random(2))
    assert len(options) >= 3
    assert all(round(x * 10, 6) == int(round(x * 10, 6)) for pair in options for x in pair)


def test_a_share_ranges_high_end_stays_within_the_whole(nlp):
    text = "Norland Mills Inc. said earnings for its third quarter fell 50% to 75% below the year-earlier $3.1 million, or 40 cents a share."
    item = _items(nlp, text)["50% to 75%"]
    assert item.choices
    assert all(float(c.split(" to ")[1].rstrip("%")) <= 100 for c in item.choices)


def test_a_round_answer_gets_options_no_rounder():
    # "roughly 270" beside "roughly 300" and "roughly 200" was the one number not rounded to
    # hundreds; "13,000" beside "10,000" the one not rounded to ten thousands
    from quizgen.items.number_choices import grid_numbers

    for answer, text, coarser in ((270.0, "270", 100), (13_000.0, "13,000", 10_000)):
        grain = grain_of(text)
        options = {x for seed in range(10) for x in grid_numbers(answer, grain, random.Random(seed))}
        assert options and all(x % coarser for x in options)
