"""Number and date clozes whose subject the text before names (issue 11, round 37): an "it"
that is the source of a figure ("it says"), an "it" beside a named subject that may continue
a thing the text before told, "the full interview", "the singer" after an amount, "Local government" — each named
when the text says safely who, else no card."""

from __future__ import annotations

import pytest

from quizgen.items.wording import cloze
from tests.articles import facts_of, make_article, references_of


def test_it_as_the_source_set_beside_the_figure_is_not_the_figure_thing(nlp):
    # "it" says; "the weekly payment" does not: the plan before is what it is
    text = (
        "Governor Ellen Marsh unveiled a plan for paid family leave on Tuesday. The proposal "
        "would use the state's disability fund to pay new parents.\n\n"
        "The weekly payment, it says, would be $450."
    )
    assert references_of(nlp, text).get("it", "missing") is None


def test_it_as_the_source_after_the_figure_is_not_the_figure_thing(nlp):
    text = (
        "Governor Ellen Marsh unveiled a plan for paid family leave on Tuesday. The proposal "
        "would use the state's disability fund to pay new parents.\n\n"
        "The program would cost $80 million a year, it says."
    )
    assert references_of(nlp, text).get("it", "missing") is None


def test_it_after_a_company_that_said_it_is_still_the_company(nlp):
    text = (
        "Tamsin Freight Corp. reported a loss for the quarter on Tuesday.\n\n"
        "The company said it would cut 300 jobs."
    )
    assert "it" not in references_of(nlp, text)


def test_it_after_a_thing_it_continues_is_not_sure_to_be_the_named_subject(nlp):
    text = (
        "Under the senator's proposal, gains held for one year would be taxed at 30 percent.\n\n"
        "Although this raises rates for some assets, it is not clear what effect it might have "
        "on revenue. The Corland Institute estimates that it would cost the Treasury $40 billion "
        "over 10 years."
    )
    refs = references_of(nlp, text)
    # the second "it" of the first sentence is the proposal (a thing, unnamed); the one after
    # "estimates that" may be the proposal as well as the institute: no card
    assert list(refs.values()).count(None) >= 3, refs
    estimate = text.index("estimates that it") + len("estimates that ")
    assert any(r for r in _refs_at(nlp, text) if r.start == estimate and r.name is None)


def test_it_after_a_named_subject_with_no_thing_before_stays_the_subject(nlp):
    text = (
        "The Corland Institute studied the senator's tax proposal this summer.\n\n"
        "The Corland Institute estimates that it would cost the Treasury $40 billion over 10 years."
    )
    assert not [r for r in _refs_at(nlp, text) if r.text == "it"]


def _refs_at(nlp, text):
    return facts_of(nlp, make_article(text)).references


@pytest.mark.parametrize(
    ("text", "figure_text"),
    [
        (
            (
                "Governor Ellen Marsh unveiled a plan for paid family leave on Tuesday. The proposal "
                "would use the state's disability fund to pay new parents.\n\nThe weekly payment, it says, would be $450."
            ),
            "$450",
        ),
        ("Dongmar County held its first lantern fair last year.\n\nLocal government spent 300,000 yuan on the fair.", "300,000"),
    ],
)
def test_the_figure_of_a_sentence_leaning_on_the_text_before_makes_no_cloze(nlp, text, figure_text):
    facts = facts_of(nlp, make_article(text))
    figure = next(f for f in facts.figures if f.text == figure_text)
    body = facts.article.body
    assert cloze(body, figure.sent_start, figure.sent_end, figure.start, figure.end, references=facts.references) is None


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The full interview will air on Sept. 30 on Radio Harlow.", "The full interview"),
        ("The new law takes effect on July 1.", "The new law"),
    ],
)
def test_a_described_definite_subject_opening_its_sentence_leans_on_the_text_before(nlp, sentence, word):
    text = "Singer Dana Wilde sat down with the mayor for a talk about the city's budget.\n\n" + sentence
    assert references_of(nlp, text).get(word, "missing") is None


def test_a_definite_subject_the_adjective_says_which_of_is_left(nlp):
    # a rank says which: "the first interview" is no interview of the text before
    text = "Singer Dana Wilde sat down with the mayor.\n\nThe first interview aired on Sept. 30."
    assert "The first interview" not in references_of(nlp, text)


def test_a_person_noun_after_an_amount_with_a_proper_noun_in_it_is_still_unnamed(nlp):
    text = (
        "The city council invited a famous singer to open the lantern fair.\n\n"
        "The council paid 300,000 yuan (about 40,000 US dollars) to the singer."
    )
    assert references_of(nlp, text).get("the singer", "missing") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Local government spent 300,000 yuan on the fair.",
        "Local officials said 40 houses were damaged.",
    ],
)
def test_local_subject_in_a_sentence_naming_no_place_leans_on_the_text_before(nlp, sentence):
    text = "Dongmar County held its first lantern fair last year.\n\n" + sentence
    assert references_of(nlp, text).get("Local", "missing") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Local officials in Dongmar said 40 houses were damaged.",
        "The storm hit Dongmar, and local officials said 40 houses were damaged.",
        "Officials said the storm damaged 40 local houses.",
    ],
)
def test_local_with_a_place_in_its_sentence_or_off_the_subject_needs_nothing(nlp, sentence):
    text = "A storm crossed the coast on Monday.\n\n" + sentence
    assert "Local" not in references_of(nlp, text) and "local" not in references_of(nlp, text)


def test_it_of_the_organisation_the_lede_is_about_stays_its_own_after_a_thing(nlp):
    text = (
        "Corland Partners said it may bid for Fenwick Software Inc.\n\n"
        "Fenwick's stock has fallen this year. Yesterday it closed at $4 a share.\n\n"
        "Corland said it holds 500,000 Fenwick shares."
    )
    assert not [r for r in _refs_at(nlp, text) if r.text == "it" and r.start > text.index("Corland said")]
