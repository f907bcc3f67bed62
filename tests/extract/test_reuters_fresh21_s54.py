"""From the j90 sample (stop 54: Reuters wire stories nobody had read, read after scoring), fixed
with articles written for the tests:

- a word English uses only as a verb, capitalised after "U.S." inside a sentence ("the U.S.
  Include import restrictions"), is in lower case;
- "MONTREAL, March 20, Reuter -": a dateline with the agency after a comma;
- "last year" in a story of a fiscal year ended in January is no calendar year;
- "the latter month" points back;
- a blank before "(Deutschland) AG" cuts a company's name.
"""

from __future__ import annotations

from quizgen.items.form_gate import form_problems
from tests.articles import deck_of_text


def test_a_verb_capitalised_after_us_is_lowered(nlp):
    deck = deck_of_text(nlp, title="KOREA DENIES PLANS TO CUT DUTIES ON BEEF", date="1987-04-02", outlet="Reuters", text=(
        "\nSEOUL, April 2 - Agriculture Ministry officials said they are not considering cuts in import duties on "
        "beef to help ease friction with the United States.\n\n"
        "Agricultural trade issues between South Korea and the U.S. Include Korean import restrictions on 14 farm "
        "products."
    ))
    questions = [i.question for i in deck.items]
    assert not any("U.S. Include" in q for q in questions), questions
    assert any("U.S. include" in q for q in questions), questions


def test_a_dateline_with_the_agency_after_a_comma(nlp):
    deck = deck_of_text(nlp, title="LOWER TRAFFIC MARS CANAL OPENING", date="1987-03-20", outlet="Reuters", text=(
        "\nOTTAWA, March 20, Reuter - The Rideau Canal, set to reopen May 15 after the winter, faces another tough "
        "year because of low traffic levels, canal officials said.\n\n"
        "The canal handled 4.2 mln tonnes of cargo last year."
    ))
    assert deck.items and not any("Reuter -" in i.question for i in deck.items), [i.question for i in deck.items]


def test_last_year_of_a_fiscal_year_ended_in_january_is_no_calendar_year(nlp):
    deck = deck_of_text(nlp, title="VENUS STORES SEES YEAR LOSS", date="1987-03-27", outlet="Reuters", text=(
        "\nBOSTON, March 27 - Venus Stores Inc said it expects to report a loss of about 900,000 dlrs for the fiscal "
        "year ended January 31.\n\n"
        "The estimated 900,000 dlr year loss, or about 40 cts a share, compares with earnings of 760,000 dlrs or 35 "
        "cts a share recorded last year."
    ))
    assert not any("[in 1986]" in i.question or "[1986]" in i.question for i in deck.items), [i.question for i in deck.items]


def test_the_latter_month_points_back(nlp):
    deck = deck_of_text(nlp, title="ALCAN RAISES INGOT PRICES", date="1987-03-24", outlet="Reuters", text=(
        "\nMONTREAL, March 24 - Alcan Aluminium Ltd raised its ingot prices by two cents a lb, analyst Ian Rugeroni "
        "said.\n\n"
        "Rugeroni expects the industry to report a drop in stocks in February and March. He estimated supply in the "
        "latter month will have fallen 120,000 tonnes."
    ))
    assert not any("the latter month" in i.question for i in deck.items), [i.question for i in deck.items]


def test_a_blank_before_a_bracket_and_a_legal_form_cuts_a_name():
    # j90's card, as it was made: the tagger took the bank's first words for a person
    question = (
        "A unit of Inspectorate International AG is raising 200 mln marks through an equity warrant eurobond "
        "package with a two pct coupon priced at par, lead manager ____ (Deutschland) AG said."
    )
    assert "the blank cuts a company's name before its legal form" in form_problems(question, "Schweizerische Bankverein", [])
    assert "the blank cuts a company's name before its legal form" not in form_problems("Shares of ____ (Deutschland) rose.", "Daimler", [])
