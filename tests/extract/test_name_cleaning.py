"""A person's name without the word a headline or a label glued before it."""

import pytest

from quizgen.extract.name_cleaning import clean_name
from tests.articles import facts_of, make_article


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Legend Walter Brennan", "Walter Brennan"),  # a headline's label before the name
        ("Veteran Susan Marlow", "Susan Marlow"),
        ("Anders Fogh Rasmussen", "Anders Fogh Rasmussen"),  # a middle name stays
        ("Abu Bakr al-Baghdadi", "Abu Bakr al-Baghdadi"),
        ("Tariq bin Hamza", "Tariq bin Hamza"),
        ("Hillary Rodham Clinton", "Hillary Rodham Clinton"),
        # a given name no list knows and no English word, before a known one: the whole name
        ("Gholam Ali Hadad Adel", "Gholam Ali Hadad Adel"),
        ("Zorvan Ali Kermani", "Zorvan Ali Kermani"),
        ("Celebrities Julia Kessler", "Julia Kessler"),  # a plural label is still a label
        ("J. J. Orland", "J. J. Orland"),  # two initials alike are no doubled word
    ],
)
def test_a_glued_label_is_no_part_of_the_name(written, name):
    assert clean_name(written) == name


def test_a_quote_from_a_headline_label_name_is_answered_with_the_name(nlp):
    facts = facts_of(nlp, make_article(
        "Veteran Susan Marlow said on Monday that “the party has lost its way on taxes and on trade.”\n\n"
        "Marlow, who ran the state party for ten years, spoke to reporters in Dayton.",
        title="Marlow warns the party",
    ))
    speakers = {q.speaker for q in facts.quotes}
    assert "Susan Marlow" in speakers and not any(s.startswith("Veteran") for s in speakers), speakers


def test_a_speaker_with_an_unlisted_given_name_is_named_whole(nlp):
    facts = facts_of(nlp, make_article(
        "Parliament speaker Zorvan Ali Kermani said the bill left the government free to act.\n\n"
        "\u201cThe government should answer the pressure in its own way,\u201d he added.",
        title="Parliament passes the bill",
    ))
    speakers = {q.speaker for q in facts.quotes}
    assert speakers == {"Zorvan Ali Kermani"}, speakers


def test_a_name_the_article_doubled_is_no_speaker(nlp):
    # "said US attorney Velkamp Velkamp": which given name was meant, the article does not say
    facts = facts_of(nlp, make_article(
        "Two men were charged on Monday with sending money to an armed group abroad.\n\n"
        "\u201cWe will not let anyone here fund violence anywhere in the world,\u201d said US attorney Velkamp Velkamp of the district.",
        title="Two charged with funding armed group",
    ))
    assert not any("Velkamp" in (q.speaker or "") for q in facts.quotes), [q.speaker for q in facts.quotes]
