"""From the j173 sample (e8bb12e6, the AllSides draw fresh22, read after scoring).

- "saw the long polling station lines firsthand on Tuesday" (a story of Friday 13 March 2020):
  the tagger took "lines" for a verb, the weekday's clause had no tense, and Tuesday was the
  coming one (17 March). A word in a noun's place governs no date (``dates._governing_word``).
- "Wisconsin's primary not until April 7 of next year" (a story of March 2019): 7 April 2019.
  A month and day "of next year" (last, this) is in that year.
"""

from __future__ import annotations

from tests.articles import facts_of, make_article


def test_a_noun_tagged_a_verb_does_not_hide_the_past_tense(nlp):
    text = (
        "Habiba Choudhary, a Sanders supporter who was canvassing in Michigan, saw the long polling station lines "
        "firsthand on Tuesday in Sanders-friendly communities like Dearborn."
    )
    dates = facts_of(nlp, make_article(text, date="2020-03-13")).dates
    assert [(d.text, d.value) for d in dates] == [("Tuesday", "2020-03-10")]


def test_a_day_of_next_year_is_in_next_year(nlp):
    text = "The campaign stops have already begun, with Wisconsin's primary not until April 7 of next year."
    dates = facts_of(nlp, make_article(text, date="2019-03-03")).dates
    assert ("April 7", "2020-04-07") in [(d.text, d.value) for d in dates]
    assert not any(d.value.startswith("2019-04") for d in dates)
