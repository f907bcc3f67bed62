"""From the j129 sample (b0642ef4, read after scoring), each fixed at its mechanism and tested with
articles written for the test:
- "PITTSBURGH, APril 21 - …" kept in a card: a dateline whose month has a slip of the shift key;
- "of the U.K. To build plants … Nissan's U.K. Produced cars": the wire's capital after any
  two-letter abbreviation, not only "U.S.";
- "and <Heritage Cattle Corp.": a Reuters company tag's "<" left without its ">";
- "[The Bank of Iron County and's] three offices": a name the recognizer ended on "and";
- "What was the CAC investigating?" → "14 other cases …": other than the ones told before."""

from __future__ import annotations

from quizgen.deck.generate import content_text
from quizgen.ingest.markup import repair_markup
from quizgen.nlp import load_pipeline
from tests.articles import make_article, wire_items


def test_a_dateline_whose_month_slipped_a_capital_is_not_read_as_prose():
    body = (
        "PITTSBURGH, APril 21 - Allegheny Power Co president Walter Grant told shareholders that current state "
        "law will result in higher capital costs and higher rates for customers."
    )
    article = make_article(body, title="ALLEGHENY POWER HURT BY LEGISLATION", date="1987-04-21")
    prose = content_text(article)
    assert "APril" not in prose and "PITTSBURGH" not in prose, prose
    assert "Allegheny Power Co president Walter Grant told shareholders" in prose


def test_the_wires_capital_after_any_two_letter_abbreviation_is_lower_case():
    text = "an accord with Lombard Plc of the U.K. To build plants for the group's U.K. Produced cars"
    repaired = repair_markup(text)
    assert repaired == "an accord with Lombard Plc of the U.K. to build plants for the group's U.K. produced cars"
    assert len(repaired) == len(text)  # offsets into the body stay
    # a name after an abbreviation keeps its capital
    assert repair_markup("He spoke to the U.N. Security Council") == "He spoke to the U.N. Security Council"


def test_a_company_tag_left_open_is_no_part_of_the_name():
    text = "three companies owned by Mize, Lite Meat Corp and <Redline Cattle Corp. The total is 5 dlrs."
    repaired = repair_markup(text)
    assert "<" not in repaired and "Redline Cattle Corp" in repaired and len(repaired) == len(text)
    assert repair_markup("if x < 5 and y <b>") == "if x < 5 and y <b>"  # a "<" before no capital stays


def test_a_name_the_recognizer_ends_on_and_loses_the_and():
    nlp = load_pipeline()
    doc = nlp(
        "Two Utah financial institutions, the Bank of Iron County and Summit Savings and Loan Association, "
        "have failed, official spokesmen said."
    )
    assert not any(e.text.split()[-1] in ("and", "or") for e in doc.ents), [e.text for e in doc.ents]


def test_a_thing_told_apart_from_earlier_ones_is_no_answer(tmp_path):
    body = (
        "SYDNEY, March 3 - Australian police said they charged a former currency clerk of Harbour Bank Corp with "
        "misappropriating 1.2 mln dlrs in an alleged foreign exchange fraud.\n\n"
        "Police said the clerk was arrested at Sydney airport on Sunday.\n\n"
        "They said the Corporate Affairs Commission was investigating 12 other cases involving 180,000 dlrs."
    )
    items = wire_items(tmp_path, body, title="AUSTRALIAN POLICE ARREST FORMER BANK CLERK", date="1987-03-03")
    assert not any("other cases" in i.answer or "other cases" in i.question and i.kind == "event" for i in items), [
        (i.question, i.answer) for i in items
    ]
