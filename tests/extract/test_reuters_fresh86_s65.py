"""From the j154 and j155 samples (a80a5944 and ab910745, read after scoring), each fixed at its
mechanism and tested with an article written for the test:
- "demanded an end to the quotas" asked "What did the U.S. demand?" → "an end": a noun cut from
  the phrase that says which one;
- "… but ultimately accepted substantial increases instead" asked → "substantial increases": a
  change told without what changed;
- "Finance Minister Gustavo Petricioli" made Britain's minister, in a London story whose headline
  names Britain and Mexico;
- "lender Congress Financial … Congress has granted two one-month extensions" asked "What has
  Congress granted?", read as the U.S. Congress;
- "Bank fuer Gemeinwirtschaft AG … profits fell" blanked "Gemeinwirtschaft AG", half a name;
- "60.1 bilion cubic feet" left the wire's slip in the card ("billon" and "ilion" are words too).

Left alone: a dateline with a stray "0" before it (one article of the corpus), the wire's own
garbles ("OII HoLdings Corp", "according the H.W. Lichtenberger").
"""

from __future__ import annotations

from quizgen.items.spelling import mended_spelling, right_spelling
from tests.articles import shown, wire_items


def test_a_noun_keeps_the_phrase_that_says_which(tmp_path):
    body = (
        "WASHINGTON, April 7 - The United States and Hong Kong began a new round of textile talks, "
        "officials said.\n\n"
        "In earlier rounds the U.S. demanded an end to the quotas at the outset but ultimately accepted "
        "substantial increases instead, they said."
    )
    items = wire_items(tmp_path, body, title="U.S., HONG KONG OPEN TEXTILE TALKS", date="1987-04-07")
    assert not any(i.kind == "event" and i.answer in ("an end", "substantial increases") for i in items), shown(items)


def test_a_change_without_what_changed_pins_no_fact(nlp):
    from quizgen.extract.phrase_specificity import pins_a_fact

    doc = nlp("The union accepted substantial increases and the company accepted a 5 pct increase in wages.")
    assert not pins_a_fact(doc[3:5])  # substantial increases
    assert pins_a_fact(doc[10:16])  # a 5 pct increase in wages


def test_a_headline_naming_two_countries_scopes_no_bare_office(tmp_path):
    body = (
        "LONDON, March 26 - British banks are resisting signing the Mexico rescue package, bankers said.\n\n"
        "The Mexicans themselves have been angered by the delays. At the signing in New York last Friday, "
        "Finance Minister Gustavo Petricioli sounded a warning to the recalcitrant banks.\n\n"
        "Several British banks have still not signed, bankers said."
    )
    items = wire_items(tmp_path, body, title="BRITISH BANKS RESIST SIGNING MEXICO PACKAGE", date="1987-03-26")
    assert not any("Britain" in i.question and "Petricioli" in i.answer for i in items), shown(items)
    assert not any("Britain" in i.answer and "Petricioli" in i.question for i in items), shown(items)


def test_a_company_written_short_as_a_body_is_asked_by_its_full_name(tmp_path):
    body = (
        "TOTOWA, N.J., April 17 - Littlefield, Adams and Co said it is working out new financing "
        "arrangements with lender Congress Financial.\n\n"
        "The company said the revolving loan fell due at the end of February, and Congress has so far "
        "granted two one-month extensions."
    )
    items = wire_items(tmp_path, body, title="LITTLEFIELD ADAMS MAY GET QUALIFIED AUDIT", date="1987-04-17")
    assert not any(i.kind == "event" and ("Congress granted" in i.question or i.answer == "Congress") for i in items), shown(items)
    assert any(i.kind == "event" and i.answer == "Congress Financial" for i in items), shown(items)


def test_a_name_cut_after_its_particle_is_no_blank(tmp_path):
    body = (
        "FRANKFURT, March 29 - Bank fuer Gemeinwirtschaft AG, BfG, partial operating profits fell to 182.6 mln marks "
        "in 1986 from 313.7 mln in 1985, new majority shareholder Aachener und Muenchener Beteiligungs-AG, AMB, said.\n\n"
        "Total operating profits were more than double the previous year's level, it said."
    )
    items = wire_items(tmp_path, body, title="BFG PARTIAL OPERATING PROFITS FALL", date="1987-03-29")
    assert not any(i.answer in ("Gemeinwirtschaft AG", "Muenchener Beteiligungs-AG") for i in items), shown(items)


def test_a_slip_of_a_much_commoner_word_is_mended():
    assert right_spelling("bilion") == "billion"
    assert "60.1 billion cubic feet" in mended_spelling("reserves fell to 60.1 bilion cubic feet of gas")
