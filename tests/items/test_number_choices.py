"""Figure choices a reader of the sentence cannot rule out: order to the sentence's other
numbers, the answer's grain, and no odd one out."""

from fractions import Fraction

import pytest

from quizgen.items.figures import number_items
from quizgen.items.number_choices import Grain, grain_of, odd_one_out, order_bounds, spread_choices
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
        ("Revenue totaled $1.01 billion, a 43% increase from $704.4 million, the company said.", "$1.01 billion", None, 0.7044),
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


def test_a_round_upper_bound_with_no_round_option_below_it_gets_exact_ones(nlp):
    item = _items(nlp, "Less than 10 percent of the voters selected Jeb Bush, Marco Rubio or John Kasich.")
    item = item["Less than 10 percent"]
    assert len(item.choices) == 4 and all(0 < _value(o.removeprefix("Less than ")) < 10 for o in item.choices if o != item.answer)


def test_a_price_to_the_cent_ending_in_zero_gets_such_prices(nlp):
    item = _items(nlp, "British Gas shed 8.5 pence a share to close at 185 pence ($2.90) in London trading.")["$2.90"]
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
        "Over the next three months, the word was mentioned in more than 80 separate broadcasts. "
        "The bank bought an additional 48% stake in the insurer.",
    )
    assert all(_value(o) % 10 == 0 for o in items["more than 80"].choices), items["more than 80"].choices
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
    assert grain_of("9,000") == Grain(Fraction(1000))
    assert grain_of("48") == Grain(Fraction(1), not_multiple_of=Fraction(10))
    assert grain_of("7") == Grain(Fraction(1))


def test_order_bounds_and_spread():
    assert order_bounds(60, [76, 40]) == (40, 76)
    assert odd_one_out(90, [30, 31, 32]) and odd_one_out(48, [18, 25, 33]) and not odd_one_out(22, [18, 25, 30])
    # the first set, in the candidates' order, that leaves the answer among its options
    assert spread_choices(48, [(20, "20%"), (18, "18%"), (25, "25%"), (55, "55%"), (40, "40%")]) == ["20%", "18%", "55%"]
    assert spread_choices(90, [(30, "30%"), (31, "31%"), (32, "32%")]) == []
