"""A lawmaker named with a party-and-state tag ("Sen. Jo Roe (R-SC)", "Rep. Jo Roe, D-Fla.,")
acts under the name alone: the actor reader takes the name out of a description-title-name
phrase the parse heads at the description's noun, and a main verb the parse left with no
subject gets the tagged name right before it. Never the tag or the title in a card."""

from __future__ import annotations

import pytest

from quizgen.extract.event_actors import actor_of, subject_of
from quizgen.extract.person_roles import party_tag_end
from tests.articles import deck_of


def _person(doc, text: str):
    return next(e for e in doc.ents if e.text == text)


@pytest.mark.parametrize(
    ("sentence", "tagged"),
    [
        ("Sen. Luis Ortega (R-OK) spoke.", True),
        ("Rep. Luis Ortega (D-Fla.) spoke.", True),
        ("Sen. Luis Ortega (I-Vt.) spoke.", True),
        ("Rep. Luis Ortega (D-N.Y.) spoke.", True),
        ("Sen. Luis Ortega, R-Texas, spoke.", True),
        ("Sen. Luis Ortega (R-XQ) spoke.", False),  # no state's code
        ("Sen. Luis Ortega (R) spoke.", False),  # a party alone
        ("Sen. Luis Ortega (R-OK, spoke.", False),  # a bracket never closed
        ("Luis Ortega (AP) spoke.", False),
    ],
)
def test_a_party_and_state_tag_is_read_from_its_shape(nlp, sentence, tagged):
    doc = nlp(sentence)
    ent = _person(doc, "Luis Ortega")
    assert (party_tag_end(ent) > ent.end) is tagged
    if tagged:
        assert doc[party_tag_end(ent) - 1].text in (")", ",")


def test_a_description_before_the_title_leaves_the_name_the_actor(nlp):
    doc = nlp("Republican presidential candidate Sen. Luis Ortega (R-OK) introduced a sweeping farm bill in the Senate on Tuesday.")
    verb = next(t for t in doc if t.lemma_ == "introduce")
    subject = subject_of(verb)
    assert subject is not None and subject.lower_ == "candidate"  # the parse heads the phrase at its noun
    assert actor_of(subject) == ("Luis Ortega", "PERSON")


def test_without_a_tag_or_with_an_apposition_the_description_names_nobody(nlp):
    doc = nlp("Republican presidential candidate Sen. Luis Ortega introduced a sweeping farm bill in the Senate on Tuesday.")
    subject = subject_of(next(t for t in doc if t.lemma_ == "introduce"))
    assert subject is None or actor_of(subject) in (None, ("Luis Ortega", "PERSON"))  # a name the parse heads
    doc = nlp("The candidate, Sen. Luis Ortega (R-OK), introduced a sweeping farm bill in the Senate on Tuesday.")
    subject = subject_of(next(t for t in doc if t.lemma_ == "introduce"))
    assert subject is not None and actor_of(subject) is None  # "the candidate": the name is an apposition of its own


def test_a_subject_the_parse_lost_to_a_fronted_place_is_the_tagged_name(tmp_path):
    deck = deck_of(
        tmp_path,
        "Thursday at the Farm Bureau convention in Des Moines, Iowa, Republican presidential candidate "
        "Sen. Luis Ortega (R-OK) announced that his campaign will build a new office in Dubuque.\n\n"
        "Ortega has trailed Tom Reed in the polls for months, and Reed leads in Iowa.",
        title="Ortega plans Dubuque office",
    )
    cards = [(i.question, i.answer) for i in deck.items if i.kind == "event"]
    assert ("Who announced that his campaign will build a new office in Dubuque?", "Luis Ortega") in cards
    assert not any("R-OK" in q or "R-OK" in a or "Sen." in a for q, a in cards), cards


def test_a_verb_with_a_subject_of_its_own_keeps_it(nlp):
    doc = nlp("At the hearing with Sen. Luis Ortega (R-OK), the minister announced a new farm bill.")
    verb = next(t for t in doc if t.lemma_ == "announce")
    assert subject_of(verb).lower_ == "minister"
