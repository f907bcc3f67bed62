"""From the j112 sample (stop 59: Reuters wire stories nobody had read, read after scoring),
fixed with articles written for the tests:

- "the Bundesbank generally announces a tender on Monday, … and allocates funds Wednesday"
  dated the routine's Wednesday (right n);
- "The Bank of Japan here declined comment." blanked beside "the Bank of England … also
  declined comment" (answerable n: two banks fit the blank);
- "Pay N' Pak Stores Inc" bracketed "[Pak Stores Inc]" (well-formed n, two cards);
- "Who was the Federal Reserve Board governor?" (answerable n: a board has several);
- "it could have been ____ mln dlrs, but said this was largely a guess" (answerable n).
"""

from __future__ import annotations

from quizgen.extract.roles import many_hold
from tests.articles import deck_of_text


def test_a_day_of_a_routine_is_no_date(nlp):
    text = (
        "FRANKFURT, March 3\n\n"
        "The Bundesbank said it would change the timing of its securities repurchase tenders.\n\n"
        "At present the Bundesbank generally announces a tender on Monday, holds the tender late on Tuesday morning, "
        "announces the result early Tuesday afternoon and allocates funds Wednesday."
    )
    deck = deck_of_text(nlp, title="BUNDESBANK TENDERS", date="1987-03-03", events=True, text=text)
    assert not [i.question for i in deck.items if i.kind == "date"], [i.question for i in deck.items]
    # the limit: a day of one act is a date
    text = "FRANKFURT, March 3\n\nThe Bundesbank announced a tender on Monday and allocated funds on Wednesday, dealers said."
    deck = deck_of_text(nlp, title="BUNDESBANK TENDERS", date="1987-03-06", events=True, text=text)
    assert [i for i in deck.items if i.kind == "date"]


def test_a_doer_another_also_did_it_beside_is_not_blanked(nlp):
    text = (
        "TOKYO, Oct 21\n\n"
        "The Bank of Japan bought dollars for yen this morning, dealers said. The Bank of Japan here declined comment.\n\n"
        "In London, the Bank of England was also rumored to be buying dollars against the yen this morning but it "
        "also declined comment."
    )
    deck = deck_of_text(nlp, title="BANK OF JAPAN BUYS DOLLARS", date="1987-10-21", events=True, text=text)
    assert not [i.question for i in deck.items if "declined comment" in i.question and i.answer in ("Bank of Japan", "Bank of England")], [
        (i.question, i.answer) for i in deck.items
    ]
    # the limit: "also" on the same verb with another object is another act
    text = (
        "NEW YORK, Oct 25\n\n"
        "H. Marshall Schwarz was named chairman and chief executive officer of Harbor Trust Corp., a private-banking firm.\n\n"
        "Frederick B. Taylor, 48, also was named a vice chairman and chief investment officer, a new post."
    )
    deck = deck_of_text(nlp, title="HARBOR TRUST NAMES CHAIRMAN", date="1989-10-25", events=True, text=text)
    assert [i for i in deck.items if i.answer == "H. Marshall Schwarz" and "was named chairman" in i.question], [(i.question, i.answer) for i in deck.items]


def test_a_company_name_joined_by_n_is_one_name(nlp):
    doc = nlp("Pay N' Pak Stores Inc said the proposal calls for shareholders to receive 16.67 dlrs in cash.")
    assert "Pay N' Pak Stores Inc" in {e.text for e in doc.ents if e.label_ == "ORG"}, [(e.text, e.label_) for e in doc.ents]


def test_a_seat_on_a_board_has_several_holders():
    assert many_hold("Federal Reserve Board governor")
    assert many_hold("governor of the Federal Reserve Board")
    assert not many_hold("Bank of England governor")
    assert not many_hold("Board chairman")


def test_a_guess_at_what_was_is_no_figure(nlp):
    text = (
        "TOKYO, Oct 21\n\n"
        "The Bank of Japan bought dollars in London this morning, dealers said.\n\n"
        "One U.S. bank trader said it could have been up to 500 mln dlrs, but said this was largely a guess. "
        "Another said the bank bought 300 mln dlrs."
    )
    deck = deck_of_text(nlp, title="BOJ BUYS DOLLARS", date="1987-10-21", events=True, text=text)
    answers = [i.answer for i in deck.items if i.kind == "number"]
    assert "up to 500" not in answers and "300" in answers, answers


def test_a_figure_in_a_sentence_with_no_verb_is_read(nlp):
    """The guess rule above climbs from the figure to its verb; a sentence with none ("A carbon
    tax of $40 a ton.") must end the climb at its root (it once looped there forever)."""
    from tests.articles import facts_of, make_article

    facts = facts_of(nlp, make_article("Economists back a new levy.\n\nA carbon tax of $40 a ton. It would raise $200 billion a year."))
    assert [f.value for f in facts.figures] == [40]


def test_a_weekday_in_brackets_after_its_day_is_not_dated_again(nlp):
    """"to be held today (Wednesday) for crediting funds tomorrow (Thursday)" (a story of the
    j112 draw, seen in the regression decks): the bracketed weekday restates the day before it,
    and was glossed as a second date: "[on 4 March 1987] ([4 March 1987])"."""
    text = (
        "FRANKFURT, March 4\n\n"
        "The Bundesbank said it would change the timing of its tenders.\n\n"
        "For instance the Bundesbank announced a tender last Friday to be held today (Wednesday) for crediting funds tomorrow (Thursday)."
    )
    deck = deck_of_text(nlp, title="BUNDESBANK TENDERS", date="1987-03-04", events=True, text=text)
    questions = [i.question for i in deck.items]
    assert questions and not [q for q in questions if "([" in q], questions
