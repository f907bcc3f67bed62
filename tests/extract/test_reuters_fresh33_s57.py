"""From the j102 sample (stop 57: Reuters wire stories nobody had read, read after scoring),
fixed with articles written for the tests:

- "had raised its basic interest rate offer to 7/8 over the London interbank offered rate": the
  answer cut before "over LIBOR" reads as a rate of 7/8 (well-formed n, twice);
- "Dome Petroleum Ltd's 23.2 pct stake": a company written with its legal form and a possessive
  is still a company, and "he said" after its short name is its spokesman's (right n: the quote
  given to "Dome Petroleum");
- "Reserves had dipped to below four billion dlrs": whose, the story before said (answerable n);
- "output of ____ kilobit dynamic random access memory (256K DRAM)": the question writes the
  answer (my recheck: well-formed n).
"""

from __future__ import annotations

from quizgen.items.form_gate import form_problems
from tests.articles import deck_of_text, facts_of, make_article


def test_a_figure_cut_before_what_it_is_measured_over_is_no_answer(nlp):
    text = (
        "JAKARTA, March 26\n\n"
        "Indonesian debt talks with commercial banks are proceeding with a narrower focus, Finance Minister "
        "Radius Prawiro said.\n\n"
        "Foreign banking sources in Jakarta said on Tuesday that Indonesia had raised its basic interest rate "
        "offer to 5/8 over the London interbank offered rate (LIBOR) but Prawiro would not discuss details of "
        "the pricing negotiations."
    )
    deck = deck_of_text(nlp, title="INDONESIAN DEBT TALKS NARROW", date="1987-03-26", events=True, text=text)
    cut = [i for i in deck.items if (i.answer + " " + i.question).rstrip("?").endswith("to 5/8")]
    assert not cut, [(i.question, i.answer) for i in cut]


def test_a_company_written_with_its_legal_form_and_a_possessive_is_no_speaker(nlp):
    text = (
        "TORONTO, March 6 - Dome Petroleum Ltd's 23.2 pct stake of gold producer Dome Mines Ltd is still for "
        "sale \"at the right price,\" spokesman David Annesley said.\n\n"
        "Concerning Dome Petroleum's 42 pct stake in Encor Energy Corp Ltd, Annesley said \"Encor is a "
        "strategic investment for Dome.\"\n\n"
        "Annesley also Dome Petroleum may be able to sell its Dome Mines' shares at a premium to market prices. "
        "\"There might be an opportunity to pick up a premium on that because it would be virtually a control "
        "block in Dome Mines,\" he said.\n\n"
        "Dome Petroleum is now negotiating a plan to restructure its debt with a group of 56 major creditors."
    )
    facts = facts_of(nlp, make_article(text, title="DOME REPEATS DOME MINES STAKE FOR SALE", date="1987-03-06"))
    premium = [q for q in facts.quotes if "pick up a premium" in q.quote]
    assert premium and all(q.speaker == "David Annesley" for q in premium), [(q.speaker, q.quote[:40]) for q in premium]
    assert not [m for m in facts.people if m.name in ("Dome Petroleum", "Petroleum")], [m.name for m in facts.people]


def test_bare_reserves_in_a_country_s_story_are_nobody_s_named(nlp):
    text = (
        "BRASILIA, March 6\n\n"
        "Argentina on February 18 suspended interest payments on its 50 billion dlr debt to commercial banks, "
        "Economy Minister Juan Sourrouille said.\n\n"
        "The action had been preceded by a sharp deterioration in Argentina's balance of payments in the final "
        "quarter of 1986. Reserves had dipped to below three billion dlrs.\n\n"
        "Gold reserves stood at 1.2 billion dlrs at the end of January, the central bank said."
    )
    deck = deck_of_text(nlp, title="ARGENTINA SUSPENDS INTEREST", date="1987-03-06", events=True, text=text)
    assert not [i for i in deck.items if i.question.startswith("Reserves had dipped")], [i.question for i in deck.items]


def test_a_question_that_writes_the_answer_s_number_into_a_word_gives_it_away():
    question = "Hitachi said its reduced output of ____ kilobit dynamic random access memory (256K DRAM) was unrelated."
    assert form_problems(question, "256", [])
    assert not form_problems("Hitachi said its output of ____ kilobit chips fell 256 pct.", "256", [])
    assert not form_problems("Boeing sold ____ 747-400s to the airline.", "747", [])
    assert not form_problems("The ____ crew were given a 20-minute warning.", "20 to 30", [])  # a hyphened word
    assert not form_problems("On the night of ____, in New York's 24th House district", "24 June 2016", [])  # an ordinal
