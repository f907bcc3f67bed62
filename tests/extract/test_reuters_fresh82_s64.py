"""From the j151 sample (cae92e93, read after scoring), each fixed at its mechanism and tested
with an article written for the test:
- "Den Danske Bank af 1871 A/S said …" asked "What was A/S issuing?": a legal form cut from its name;
- "… the Chamber reported" asked with "Chamber" as the answer: a body's short name;

Two more of its failures were tried and reverted ("X said the ITC approved its previously disclosed
settlement", whose "its" may be the reporter's, and "offered eep to China", the wire's initials in
lower case): the rules cost the seeds deck's NATO card and dozens of right event cards of the
840-article deck ("France, too, stepped up its strikes", "airstrikes" unknown to WordNet).
"""

from __future__ import annotations

from tests.articles import shown, wire_items


def test_a_legal_form_alone_is_no_actor(tmp_path):
    body = (
        "COPENHAGEN, March 9 - Den Danske Bank af 1871 A/S said it was issuing the first certificates of "
        "deposit from a Danish bank and that they will be for six, nine and 12 months.\n\n"
        "The bank said the certificates would be sold to institutional investors."
    )
    items = wire_items(tmp_path, body, title="DANSKE BANK IS FIRST DANISH BANK TO ISSUE CDS", date="1987-03-09")
    assert not any("A/S" in (i.answer, *i.choices) or "What was A/S" in i.question for i in items), shown(items)


def test_a_bodys_short_name_is_no_answer(tmp_path):
    body = (
        "JOHANNESBURG, March 24 - The Chamber of Mines said the gold mining industry had another exceptional "
        "year in 1986.\n\n"
        "Nearly 110 mln tons of ore was milled, while revenues rose 17 pct to 16.5 billion rand, the Chamber "
        "reported."
    )
    items = wire_items(tmp_path, body, title="GOLD MINING INDUSTRY HAD RECORD YEAR", date="1987-03-24")
    assert not any(i.kind == "event" and i.answer == "Chamber" for i in items), shown(items)
