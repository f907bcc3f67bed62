"""A country's people and capital from the ``countryinfo`` lexicon, matched through the
gazetteer's ISO codes: they give a blanked country away, whatever the spellings share."""

from __future__ import annotations

from quizgen.facts.nations import capital_of_country, people_of_country
from tests.articles import facts_of, make_article


def test_a_demonym_unlike_its_country_s_name_is_its_people():
    assert people_of_country("Lebanese", "Lebanon")
    assert people_of_country("Dutch", "the Netherlands")
    assert people_of_country("Americans", "the U.S.")
    assert not people_of_country("Iraqis", "Iran")
    assert not people_of_country("Lebanese", "Syria")


def test_a_part_of_a_country_is_not_given_away_by_the_country_s_people():
    assert people_of_country("Palestinians", "Palestine")
    assert not people_of_country("Palestinian", "the West Bank")


def test_capitals():
    assert capital_of_country("Tehran", "Iran")
    assert capital_of_country("Ottawa", "Canada")
    assert capital_of_country("Washington", "the United States")
    assert not capital_of_country("Toronto", "Canada")


def _lede_names(nlp, text: str) -> set[str]:
    return {a.name for a in facts_of(nlp, make_article(text, title="Test")).arguments}


def test_a_lede_name_whose_people_or_capital_the_sentence_gives_is_no_cloze(nlp):
    names = _lede_names(nlp, (
        "Washington said the bomb highlighted the need to make Syria stop interfering in Lebanon and "
        "cooperate in the probe of the killing of former Lebanese premier Rafiq Hariri."
    ))
    assert "Lebanon" not in names
    text = "A war of words between Ottawa and Washington escalated on Monday after Canada withdrew from the timber talks in Geneva."
    names = _lede_names(nlp, text)
    assert "Canada" not in names
    assert "Geneva" in names  # a city, no country's capital here: still asked
