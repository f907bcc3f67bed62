"""From the j180 sample (stop 68: AllSides fresh29, read after scoring): a bare verb the parse made
a conjunct of a participle ("is proposing to balance …, shrink … and extend …") takes no "is"
from it and asks nothing; a blank never cuts a name that goes on after it ("The ____ of Eight");
"Mrs." stays before a blank answered by a bare surname the family shares; a sentence's opening
adverb is no given name ("Initially Sanger")."""

from __future__ import annotations

from quizgen.extract.name_cleaning import clean_name
from tests.articles import deck_of_text


def test_a_bare_verb_beside_a_participle_asks_nothing(nlp):
    text = (
        "President Trump is proposing to balance the federal budget within 15 years, “shrink” the federal "
        "government and extend food stamp work requirements to Medicaid and housing programs in a $4.8 trillion "
        "spending plan being released Monday.\n\n"
        "The plan would cut spending by $4.4 trillion over a decade."
    )
    deck = deck_of_text(nlp, text, events=True, date="2020-02-09", title="Trump's budget reduces spending")
    assert not [i.question for i in deck.items if i.question.startswith(("Who is extend", "Who extend"))]


def test_a_blank_never_cuts_a_name_that_goes_on(nlp):
    text = (
        "The Senate’s Gang of Eight is mounting an aggressive lobbying campaign with one major goal: weaken the "
        "conservative opposition to a sweeping immigration overhaul.\n\n"
        "The senators met with conservative groups on Wednesday."
    )
    deck = deck_of_text(nlp, text, events=True, date="2013-04-18", title="Gang of Eight aims to stop attacks")
    assert not [i for i in deck.items if "____ of Eight" in i.question]


def test_mrs_stays_before_a_bare_surname_blank(nlp):
    text = (
        "Mrs. Romney was careful to begin with a word of prayer for those at risk from the storm.\n\n"
        "The Republican convention opened in Tampa on Tuesday night under the threat of a storm."
    )
    deck = deck_of_text(nlp, text, events=True, date="2012-08-29", title="Stepping out of a husband's shadow")
    cards = [i for i in deck.items if "word of prayer" in i.question and i.answer == "Romney"]
    assert cards and all(c.question.startswith("Mrs. ____") for c in cards), [(i.question, i.answer) for i in deck.items]


def test_an_opening_adverb_is_no_given_name():
    assert clean_name("Initially Sanger") == "Sanger"
    assert clean_name("Kelly Ayotte") == "Kelly Ayotte"
    assert clean_name("Shelly Moore Capito") == "Shelly Moore Capito"


def test_a_place_after_of_ends_the_name():
    from quizgen.items.argument_clozes import _name_goes_on

    body = "The Senate’s Gang of Eight met. Toyota Motor Corp of Japan agreed. Hunter Inc. of Southport, Conn., sold."
    assert _name_goes_on(body, body.index(" of Eight"))
    assert not _name_goes_on(body, body.index(" of Japan"))
    assert not _name_goes_on(body, body.index(" of Southport"))
