"""From the j107 sample (stop 58: Reuters wire stories nobody had read, read after scoring),
fixed with articles written for the tests:

- "Jardine Matheson Holdings Ltd JARD.HKG" (well-formed n: the wire's instrument code in the
  question);
- "CHICAGO, March 4, - South Korea's …" (well-formed n: a dateline with a comma before its dash
  was read as text, its day blanked);
- 'He noted his country "… that it should be," considering South Korea has …' (well-formed n:
  the card stopped on the comma inside the closing mark);
- "lived through the ____29" of "the Crash of '29" (well-formed n);
- "shipped 96,000 tonnes to the U.S. In both 1983 and 1984." (well-formed n: the wire's capital
  after "U.S." split off the sentence's time);
- "widened to ____ marks in February from January's 7.20 billion" offered 4.64 billion, and "in
  ____, after a 3.1 pct rise in December" offered October and November (choices n).
"""

from __future__ import annotations

from quizgen.ingest.markup import repair_markup
from quizgen.items.form_gate import form_problems
from tests.articles import deck_of_text


def test_an_instrument_code_after_a_company_is_no_text():
    line = "will enable Jardine Matheson Holdings Ltd JARD.HKG to report on Friday a big leap in profit."
    repaired = repair_markup(line)
    assert "JARD" not in repaired and len(repaired) == len(line)
    assert " ".join(repaired.split()) == "will enable Jardine Matheson Holdings Ltd to report on Friday a big leap in profit."
    ended = repair_markup("shares of Matsushita Electric Industrial Co Ltd MC.T.  If tariffs come")
    assert " ".join(ended.split()) == "shares of Matsushita Electric Industrial Co Ltd. If tariffs come"
    # the limits: initials and abbreviations are words
    assert repair_markup("the U.S. Is the biggest market") == "the U.S. is the biggest market"
    assert repair_markup("J.P. Morgan and N.Y. banks") == "J.P. Morgan and N.Y. banks"


def test_a_dateline_with_a_comma_before_its_dash_is_no_sentence(nlp):
    text = (
        "CHICAGO, March 4, - South Korea's record 7.1 billion dlrs trade surplus with the U.S. is bound to "
        "diminish as the country switches purchases from Japan to U.S. companies, Trade Minister Woong-Bae Rha said.\n\n"
        "He said South Korea would buy 2.6 billion dlrs of U.S. goods this year."
    )
    deck = deck_of_text(nlp, title="KOREA SEES SMALLER SURPLUS WITH U.S.", date="1987-03-04", events=True, text=text)
    assert deck.items
    assert not [i.question for i in deck.items if "CHICAGO" in i.question], [i.question for i in deck.items]


def test_a_speaker_cloze_runs_to_the_end_of_the_quotation_s_sentence(nlp):
    text = (
        "SEOUL, March 4\n\n"
        "South Korea's record 7.1 billion dlrs trade surplus with the U.S. is bound to diminish, Trade Minister "
        "Woong-Bae Rha said.\n\n"
        'He noted his country "is clearly not as open as the American market. Nor is it reasonable to expect that '
        'it should be," considering South Korea has a 40 billion dlr foreign debt and spends six pct of its gross '
        "national product on defense."
    )
    deck = deck_of_text(nlp, title="KOREA SURPLUS WITH U.S. SEEN DIMINISHING", date="1987-03-04", events=True, text=text)
    quotes = [i.question for i in deck.items if i.kind == "quote"]
    assert quotes and not [q for q in quotes if q.rstrip().endswith((',"', ",”"))], quotes


def test_a_blank_glued_to_a_word_cuts_it():
    assert "the blank cuts a word" in form_problems("they lived through the ____29 and Monday's debacle", "Crash of '", [])
    assert "the blank cuts a word" not in form_problems("they lived through ____'s debacle", "Monday", [])
    assert "the blank cuts a word" not in form_problems("prices rose ____% in March", "5", [])


def test_words_after_us_with_no_verb_end_the_sentence_before(nlp):
    text = "Peru, for example, shipped 96,000 tonnes to the U.S. In both 1983 and 1984. This fell to 76,000 in 1986."
    assert [s.text for s in nlp(text).sents] == [
        "Peru, for example, shipped 96,000 tonnes to the U.S. In both 1983 and 1984.",
        "This fell to 76,000 in 1986.",
    ]
    # the limit: a sentence of its own after "U.S." has a verb
    assert len(list(nlp("Sales rose in the U.S. In Europe, sales fell.").sents)) == 2


def test_a_baseline_a_month_owns_bounds_the_options(nlp):
    text = (
        "FRANKFURT, March 20\n\n"
        "The Bundesbank confirmed the German trade surplus widened to 10.45 billion marks in February from "
        "January's 7.20 billion."
    )
    deck = deck_of_text(nlp, title="GERMAN TRADE SURPLUS WIDENS", date="1987-03-20", events=True, text=text)
    (card,) = [i for i in deck.items if i.answer == "10.45 billion"]
    assert card.choices and all(float(c.split()[0]) > 7.20 for c in card.choices), card.choices


def test_a_month_the_sentence_gives_bounds_the_options(nlp):
    text = (
        "HONG KONG, March 20 - Hong Kong's broadly defined M3 money supply rose 2.2 pct to 607.17 billion H.K. "
        "Dlrs in January, after a 3.1 pct rise in December, for a year-on-year rise of 23.3 pct, the government said."
    )
    deck = deck_of_text(nlp, title="HONG KONG M3 RISES", date="1987-03-20", events=True, text=text)
    (card,) = [i for i in deck.items if i.kind == "date" and i.answer == "January 1987"]
    # after December 1986 and by March 1987: too few months to offer, so none is
    assert not [c for c in card.choices if c.endswith("1986")], card.choices
