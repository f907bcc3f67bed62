"""A figure that is one bound of a range or a minor entry of a list gets no card of its own."""

from types import SimpleNamespace

from quizgen.items.figure_shapes import figure_shapes
from quizgen.items.ranking import ArticleSignals
from quizgen.items.worth import not_worth


def _figures(text: str, *numbers: tuple[str, str]) -> list[tuple[int, int, int, str]]:
    """(start, end, sentence start 0, unit) of each written number, found left to right."""
    out, at = [], 0
    for written, unit in numbers:
        at = text.index(written, at)
        out.append((at, at + len(written), 0, unit))
        at += len(written)
    return out


def test_both_bounds_of_a_price_range_are_range_ends():
    text = "The fund bought 50,000 shares from May 2 to June 9 for $11.40 to $12.75 a share."
    figures = _figures(text, ("50,000", "shares"), ("$11.40", "USD"), ("$12.75", "USD"))
    assert figure_shapes(figures, text) == {figures[1][0]: "range end", figures[2][0]: "range end"}


def test_a_change_from_one_figure_to_another_is_no_range():
    text = "Its dividend rose from $1.10 to $1.25 a share."
    assert figure_shapes(_figures(text, ("$1.10", "USD"), ("$1.25", "USD")), text) == {}


def test_unlike_figures_side_by_side_are_no_range():
    text = "Sales rose 12% to $4.5 billion."
    assert figure_shapes(_figures(text, ("12%", "percent"), ("$4.5 billion", "USD")), text) == {}


def test_a_list_s_entries_after_the_leading_two_are_breakdown():
    text = "The poll put Lind at 34 percent, Ortega at 21 percent, Baird at 9 percent and Cole at 6 percent."
    figures = _figures(text, ("34 percent", "percent"), ("21 percent", "percent"), ("9 percent", "percent"), ("6 percent", "percent"))
    assert figure_shapes(figures, text) == {figures[2][0]: "breakdown", figures[3][0]: "breakdown"}


def _number(answer: str, value: float, start: int):
    evidence = [SimpleNamespace(source="a1", start=0, end=120, text="x")]
    return SimpleNamespace(kind="number", answer=answer, value=value, question="It paid ____ to $12.75 a share.",
                           style="cloze", evidence=evidence, tags=[], unit="USD")


def test_a_range_end_gets_no_card_but_the_figure_beside_it_does():
    signals = {"a1": ArticleSignals(title="Fund buys shares", length=2000, lede_end=400,
                                    figure_shapes=((55, 11.4, "range end"), (65, 12.75, "range end")))}
    assert not_worth(_number("$11.40", 11.4, 55), signals) == "trivia: range end"
    assert not_worth(_number("50,000", 50000, 16), signals) is None


def test_the_counts_after_the_first_of_an_inventory_are_its_detail():
    text = "The army has 90,000 soldiers, 1,200 tanks and 310 planes."
    figures = _figures(text, ("90,000", "soldiers"), ("1,200", "tanks"), ("310", "planes"))
    assert figure_shapes(figures, text) == {figures[1][0]: "inventory", figures[2][0]: "inventory"}


def test_unlike_counts_not_listed_together_are_no_inventory():
    text = "The army has 90,000 soldiers, and it bought 1,200 tanks last year for 310 planes."
    figures = _figures(text, ("90,000", "soldiers"), ("1,200", "tanks"), ("310", "planes"))
    assert figure_shapes(figures, text) == {}


def test_a_result_written_larger_first_is_no_range():
    # "71 percent to 27 percent": the two sides of a result, each a figure to ask (a range runs upward)
    text = "Lind won the county's voters by 71 percent to 27 percent in 2012."
    assert figure_shapes(_figures(text, ("71 percent", "percent"), ("27 percent", "percent")), text) == {}
