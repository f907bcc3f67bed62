"""From the j139 sample (92557633, read after scoring), each fixed at its mechanism and tested
with an article written for the test:
- "SADDLE BROOK, N.J., march 11 - …" in a question: a dateline whose month lost its capital;
- "What will Congress approve?" from "was exceedingly pessimistic that Congress will approve …":
  a clause under an adjective of stance is a view, not an event;
- "Analyst Crossen" as a name: a job before a surname is no part of the name.
"""

from __future__ import annotations

from quizgen.extract.name_cleaning import clean_name
from tests.articles import shown, wire_items


def test_a_dateline_whose_month_lost_its_capital_is_no_part_of_a_card(tmp_path):
    body = (
        "SADDLE BROOK, N.J., march 11 - Michigan General Corp said it began an exchange offer for its 110 mln dlrs "
        "outstanding principal amount of 10-3/4 pct senior subordinated debentures due December 1, 1998.\n\n"
        "The offer expires April 10, the company said."
    )
    items = wire_items(tmp_path, body, title="MICHIGAN GENERAL BEGINS EXCHANGE OFFER", date="1987-03-11")
    assert items, "the story makes cards"
    assert not any("SADDLE BROOK" in i.question or "march 11" in i.question for i in items), shown(items)


def test_a_clause_under_an_adjective_of_stance_is_no_event(tmp_path):
    body = (
        "WASHINGTON, March 19 - Deputy Assistant Treasury Secretary James Conrow said he was exceedingly "
        "pessimistic that Congress will approve the Reagan administration's proposed 1988 funding for the "
        "multilateral development banks.\n\n"
        "The administration has proposed development bank funding of 1.8 billion dlrs for fiscal year 1988."
    )
    items = wire_items(tmp_path, body, title="TREASURY'S CONROW PESSIMISTIC ON MDB FUNDING", date="1987-03-19")
    assert not any(i.kind == "event" and i.question in ("What will Congress approve?",) for i in items), shown(items)
    assert not any(i.kind == "event" and i.question.startswith("Which organisation will approve") for i in items), shown(items)


def test_a_job_before_a_surname_is_no_part_of_the_name():
    assert clean_name("Analyst Crossen") == "Crossen"
    assert clean_name("Economist Smith") == "Smith"
    assert clean_name("Dean Smith") == "Dean Smith"  # a given name that is also a job's word
