"""From the j73 sample (stop 50: Reuters wire stories nobody had read, read after scoring): a month
blanked beside the month the sentence sets it against ("rose 1.4 pct in ____ … from January",
"fell to 2.41 mln in ____ from 2.49 mln in February") is the later one: no wrong choice falls
on or before that month."""

from __future__ import annotations

from quizgen.items.date_choices import paired_month
from tests.articles import deck_of_text


def test_a_month_set_against_an_earlier_one_bounds_the_choices():
    assert paired_month(
        "Money supply rose 1.4 pct in ____ to 615.59 billion H.K. Dlrs from January when it rose 2.2 pct.", "1987-02"
    ) == ("1987-01", None)
    assert paired_month("Unemployment fell to 2.41 mln in ____ from 2.49 mln in February, the office said.", "1987-03") == (
        "1987-02",
        None,
    )
    assert paired_month("Sales rose in ____ from a year earlier, the company said.", "1987-07") == (None, None)


def test_no_choice_of_a_month_before_the_one_it_rose_from(nlp):
    text = (
        "Hong Kong's broadly defined M-3 money supply rose 1.4 pct in February to 615.59 billion H.K. dlrs from "
        "January, when it rose 2.2 pct, the government said.\n\n"
        "Local M-1 money supply fell 3.1 pct in the month, it said."
    )
    deck = deck_of_text(nlp, text, date="1987-03-20")
    dated = [i for i in deck.items if i.kind == "date" and i.answer == "February 1987"]
    assert dated and all(c == "February 1987" or c.endswith("1987") and not c.startswith("January") for c in dated[0].choices)
