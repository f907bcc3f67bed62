"""Resolving the people an article names: full names the parser missed, and genders."""

from __future__ import annotations

from quizgen.extract.people import PersonIndex, gender_of


def test_surname_finds_a_full_name_the_parser_missed():
    text = "Anna Estrada runs the county party. Later, Estrada said the race was close."
    index = PersonIndex([], text=text)
    assert index.full_name("Estrada", before=text.index("Later")) == "Anna Estrada"


def test_two_first_names_for_one_surname_are_not_guessed():
    text = "Anna Palmer and Jake Palmer spoke. Palmer said no."
    index = PersonIndex([], text=text)
    assert index.named_in_full("Palmer", before=text.index("Palmer said")) is None


def test_a_full_name_given_only_later_does_not_count():
    text = "Palmer said no. Anna Palmer left."
    assert PersonIndex([], text=text).named_in_full("Palmer", before=0) is None


def test_honorifics_give_a_gender_first_names_do_not():
    text = "Ms. Nwanguma was shocked, she said. Mr. Okafor agreed."
    index = PersonIndex([], text=text)
    assert index.gender("Kashiya Nwanguma") == "f"
    assert index.gender("Chidi Okafor") == "m"
    assert index.gender("Pat Smith") == "?"


def test_first_names_from_the_large_english_list():
    assert gender_of("Bernie Sanders") == "m"
    assert gender_of("Madeleine Albright") == "f"
    assert gender_of("Bobby Jindal") == "m"
    assert gender_of("Jean Dupont") == "?"  # a woman's name in English, a man's in French


def test_entities_that_cannot_be_names_are_not_people(nlp):
    from quizgen.extract.people import person_mentions

    doc = nlp("Trump spoke in West Palm Beach Tuesday. AT LEAST 10 KILLED IN ISTANBUL. Jane Doe agreed.")
    names = {m.name for m in person_mentions(doc)}
    assert not any("Tuesday" in n or n.isupper() for n in names), names
