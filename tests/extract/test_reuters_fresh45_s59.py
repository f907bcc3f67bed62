"""From the j114 sample (stop 59: Reuters wire stories nobody had read, read after scoring),
fixed with articles written for the tests:

- "robusta coffee" written "robust coffee" in two cards (well-formed n: the mender took a word of
  its own for a slip; over the Reuters corpus the same shape also "mended" "collateralized" and
  "cordero");
- "Finance Miniister H. Onno Ruding" answered "Miniister H. Onno Ruding" (well-formed n, two cards).
"""

from __future__ import annotations

from quizgen.items.spelling import mended_spelling, right_spelling
from tests.articles import deck_of_text


def test_a_word_one_letter_longer_at_an_end_is_no_slip():
    assert mended_spelling("Uganda's robusta coffee exports rose") == "Uganda's robusta coffee exports rose"
    assert right_spelling("collateralized") is None
    assert right_spelling("davila") is None
    # the limits: a consonant glued after a word, a first letter typed twice
    assert right_spelling("betweenm") == "between"
    assert right_spelling("aamount") == "amount"


def test_a_mistyped_title_is_no_part_of_the_speaker_s_name(nlp):
    text = (
        "THE HAGUE, March 12\n\n"
        "The Dutch government will cut taxes next year, officials said.\n\n"
        '"We will lower the burden on companies," Finance Miniister H. Onno Ruding told parliament.'
    )
    deck = deck_of_text(nlp, title="DUTCH TO CUT TAXES", date="1987-03-12", events=True, text=text)
    speakers = [i.answer for i in deck.items if i.kind == "quote"]
    assert speakers and all(s == "H. Onno Ruding" for s in speakers), [(i.kind, i.question, i.answer) for i in deck.items]
