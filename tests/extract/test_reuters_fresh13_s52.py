"""From the j82 sample (stop 52: Reuters wire stories nobody had read, read after scoring), fixed
with articles written for the tests:

- a capital "A" after a capitalised word names a class ("Class A and Class B common shares"):
  no article to agree ("Class An and");
- a relative month after "since" is dated bare ("has since [February 1987] been negotiating"),
  not "since [in February 1987]";
- the last word of a title before a one-word name ("Minister of Mines and Energy Subroto") is no
  given name: the answer is "Subroto", not "Energy Subroto".
"""

from __future__ import annotations

from quizgen.items.wording import agree_articles
from tests.articles import deck_of_text


def test_a_capital_a_after_a_capitalised_word_is_no_article():
    assert agree_articles("holders of its Class A and Class B common shares") == "holders of its Class A and Class B common shares"
    assert agree_articles("A apple fell.") == "An apple fell."


def test_a_month_after_since_is_dated_bare(nlp):
    deck = deck_of_text(nlp, title="ARGENTINA SAYS COULD FOLLOW BRAZILIAN DEBT MOVE", date="1987-03-25", text=(
        "BUENOS AIRES, March 25 - Argentina has since last month been negotiating a 2.15 billion dlr loan with "
        "the steering committee for its creditor banks to meet 1987 growth targets.\n\n"
        "The talks are expected to end soon, officials said."
    ))
    questions = [i.question for i in deck.items if "since" in i.question]
    assert questions and all("since [in " not in q for q in questions)
    assert any("since [February 1987]" in q for q in questions)


def test_a_titles_last_word_is_no_given_name(nlp):
    deck = deck_of_text(nlp, title="OPEC STICKING FIRM ON OFFICIAL PRICES", date="1987-03-05", events=True, text=(
        "\nTOKYO, March 5 - OPEC countries are all sticking firmly to official crude oil prices but the "
        "volatility of spot prices is likely to continue into the third quarter, Indonesian Minister of Mines "
        "and Energy Subroto told Reuters.\n\n"
        "Subroto, attending a Pacific Energy Cooperation conference, blamed recent rapid spot price changes on "
        "unbalanced supply and demand.\n\n"
        "\"Apparently they have taken care of that,\" he said of the Gulf states' output."
    ))
    answers = {i.answer for i in deck.items if i.kind in ("quote", "event", "person")}
    assert "Energy Subroto" not in answers
    assert "Subroto" in answers
