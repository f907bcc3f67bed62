"""A quote's reported clause that keeps a description named outside it ("Who said the
first-term senator sees …?") is not asked: the question falls back to the quoted words."""

from __future__ import annotations

import pytest

from tests.extract.test_quotes import HEADLINE, INTRO, quotes_in


@pytest.mark.parametrize(
    "sentence",
    [
        # the senator is named before the clause, in the same sentence
        "Dana Pratt complained that Lopez is too rigid, suggesting the first-term senator sees taxes as “absolutely black and white.”",
        # the candidate is the one the spokeswoman works for, named in the text before
        "Spokeswoman Dana Pratt says the candidate has “always run a lean campaign.”",
    ],
)
def test_a_clause_with_a_description_named_outside_it_is_not_asked(nlp, sentence):
    facts = quotes_in(HEADLINE + INTRO + sentence, nlp)
    assert facts and facts[0].clause is None


def test_a_clause_that_says_which_one_it_means_is_asked(nlp):
    sentence = "Dana Pratt said the Norda Bank chairman had “never read the report.”"
    facts = quotes_in(HEADLINE + INTRO + sentence, nlp)
    assert facts and facts[0].clause is not None
