"""Names put in brackets in place of the article's words, written right (round 38): a
contracted verb after the pronoun written out as the verb it is ("He's been" → "has been",
"he'd left" → "had left"), and a person's name cut at the hyphen of a given name widened to the
name as the article writes it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quizgen.extract.name_tails import widen_cut_names
from tests.articles import facts_of, make_article, references_of

_LEDE = "Mr. John Reyes, the governor of Ohio, spoke in Columbus on Monday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("He's been questioned by auditors for hiding losses.", "has"),  # not "is been"
        ("He's been to Lisbon twice this year.", "has"),
        ("He'd already left the building when the police arrived.", "had"),  # not "would … left"
        ("He'd been warned by his staff.", "had"),
        ("He'd sign the treaty if asked, aides said.", "would"),
        ("He'd have signed the bill.", "would"),
        ("He's backed by three unions.", "is"),  # a passive stays "is"
        ("He's backed a 40% rise in pay.", "has"),
    ],
)
def test_a_contracted_verb_is_written_out_as_the_verb_it_is(nlp, sentence, verb):
    facts = facts_of(nlp, make_article(_LEDE + sentence))
    he = [r for r in facts.references if r.text.startswith("He")]
    assert [(r.name, r.verb) for r in he] == [("John Reyes", verb)], sentence


@pytest.mark.parametrize("name", ["Yoon Hye-soon", "Lim Jung-well"])
def test_a_name_cut_at_a_hyphen_of_its_given_name_is_widened(nlp, name):
    doc = nlp(f"Chief envoy {name} said in Seoul on Monday that the new round of talks would set the agenda.")
    widen_cut_names(doc)
    assert name in [e.text for e in doc.ents if e.label_ == "PERSON"]


def test_a_hyphenated_word_before_a_noun_keeps_the_name_before_the_hyphen(nlp):
    doc = nlp("The Barry Lott-era rules and a Tom Reyes-backed plan were cited by the court on Monday.")
    widen_cut_names(doc)
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert not any(p.startswith("Tom Reyes-backed") for p in people), people


def test_a_pronoun_after_a_hyphenated_name_is_named_by_the_whole_name(nlp):
    text = (
        "Chief envoy Yoon Hye-soon said in Seoul on Monday that the new round of talks would set the agenda.\n\n"
        "\"There will be long meetings,\" Yoon told reporters. She and her aides were the first to arrive in Geneva."
    )
    assert references_of(nlp, text).get("She") == "Yoon Hye-soon"
