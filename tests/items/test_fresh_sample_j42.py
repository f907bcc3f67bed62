"""Failures of the fresh sample j42, rebuilt on sentences written for the test: a preposition
before the verb taken for its particle ("on Monday called for" asked "Who called on for …?"), a
sentence-opening common noun the tagger called an organisation ("Which organisation stepped up
…?" → "Detectives"), a police grade asked as one post, and figure choices past the size of the
body the question names."""

from __future__ import annotations

from quizgen.extract.roles import many_hold
from quizgen.items.stated_figures import whole_bound
from tests.articles import deck_of


def test_a_preposition_before_the_verb_is_no_particle(nlp):
    from quizgen.extract.event_clauses import event_verb

    doc = nlp("Queen Maren of Ostland on Monday called for the bridging of the gap between young and old.")
    verb = next(t for t in doc if t.lower_ == "called")
    assert event_verb(verb) != "call on"


def test_a_sentence_opening_common_noun_is_no_organisation(tmp_path):
    deck = deck_of(
        tmp_path,
        "Police in Harwick grappled on Wednesday with the task of naming two bodies found near the town.\n\n"
        "Detectives stepped up the search for forensic evidence after the discovery on Tuesday near Harwick "
        "of two bodies believed to be those of missing women.",
        title="Harwick police search for killer",
        date="2006-12-13",
    )
    assert not [i for i in deck.items if i.kind == "event" and i.answer == "Detectives"]
    assert not [i for i in deck.items if i.kind == "event" and i.actor == "Detectives"]  # "What did Detectives step up?"


def test_a_british_police_grade_has_many_holders():
    assert many_hold("Detective Chief Superintendent") and many_hold("Detective Inspector")
    assert not many_hold("Chief Constable") and not many_hold("Chief Inspector of Prisons")


def test_a_body_s_size_bounds_the_count_of_its_seats():
    assert whole_bound("The NLP holds ____ seats in the outgoing 212-member Varnish assembly.", 180, "seats") == 212
