"""A quotation cut before the words that finish its phrase is asked only with them."""

from __future__ import annotations

import pytest

from quizgen.items.quotes import quote_prompt
from tests.quote_helpers import quotes_in

CUT = [
    # a preposition whose object is outside the marks
    (("Ines Varga, the museum's director, said the rule would have “a lasting effect upon” the "
      "museum's work with schools across the county."), "a lasting effect upon"),
    # a determiner of a noun outside
    ("Ines Varga described the council's plan as “an assault on the” town's painters and teachers.",
     "an assault on the"),
    # an auxiliary whose verb, and a copula whose complement, is outside
    ("Ines Varga said the museum “has been” careful with public money for twenty years.", "has been"),
    # a conjunction whose second conjunct is outside
    ("Councilman Otto Brandt said the vote was “long awaited and” fair to the people who pay for it.",
     "long awaited and"),
    # a whole sentence the speaker began but the article finished
    (("“Our shop has not been able to keep up very well with” changes in what people buy, said Hugo "
      "Marsh, the shop's owner."), "Our shop has not been able to keep up very well with"),
]

WHOLE = [
    ("“We will keep fighting for these jobs,” Ines Varga said.", "We will keep fighting for these jobs"),
    ("Councilman Otto Brandt called the museum's books “a total mess” and said he would ask for an audit.",
     "a total mess"),
    # a stranded preposition takes nothing after it
    ("“It is a town worth fighting for,” Ines Varga said on Monday.", "It is a town worth fighting for"),
    ("Ines Varga said the museum had “done everything it could to stay open” before the vote.",
     "done everything it could to stay open"),
]


@pytest.mark.parametrize(("text", "quote"), CUT)
def test_a_quotation_cut_before_its_object_is_asked_with_its_sentence_or_not_at_all(nlp, text, quote):
    facts = {q.quote: q for q in quotes_in(text, nlp)}
    assert facts[quote].cut_short
    prompt = quote_prompt(facts[quote])
    if prompt is not None:  # the words that finish the phrase are shown after the closing mark
        assert prompt[0].startswith("Who said the ") or "____" in prompt[0]
        after = text.split("”", 1)[1].split()[0].strip(",.")
        assert after in prompt[0].split("”", 1)[1]


def test_a_cut_quotation_is_never_asked_as_words_of_its_own(nlp):
    text = CUT[-1][0]
    (fact,) = quotes_in(text, nlp)
    prompt = quote_prompt(fact)
    assert prompt is not None and not prompt[0].startswith(("Who said:", "Who used the words"))


@pytest.mark.parametrize(("text", "quote"), WHOLE)
def test_a_whole_quotation_is_not_taken_for_a_cut_one(nlp, text, quote):
    facts = {q.quote: q for q in quotes_in(text, nlp)}
    assert not facts[quote].cut_short
