"""Hypothesis checks of the date and number perturbations behind choices."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from quizgen.items.distractors import perturb_date, perturb_number, rng_for


@given(st.dates(dt.date(1800, 1, 1), dt.date(2090, 12, 31)), st.sampled_from([1, 2, 3]), st.text(max_size=5))
def test_perturbed_dates_keep_precision_and_never_equal(date, parts, seed):
    value = "-".join(date.isoformat().split("-")[:parts])
    out = perturb_date(value, rng_for(seed))
    assert len(out) >= 3 and value not in out and len(set(out)) == len(out)
    assert all(v.count("-") == value.count("-") for v in out)


@given(st.one_of(st.integers(1, 10**9), st.floats(0.1, 1e6).map(lambda x: round(x, 1))), st.text(max_size=5))
def test_perturbed_numbers_same_magnitude_never_equal(value, seed):
    out = perturb_number(value, rng_for(seed))
    assert value not in out and len(set(out)) == len(out)
    assert all(0 < x <= max(value * 2.5, value + 6) and x >= value / 2.5 - 1 for x in out)
