"""Former roles: a title after "former"/"ex-" is read as a role held once, never as held now."""

from __future__ import annotations

import pytest

from tests.articles import facts_of, make_article


def _former(nlp, text: str) -> dict[str, str]:
    return {f.person: f.role for f in facts_of(nlp, make_article(text)).former_roles}


@pytest.mark.parametrize("sentence, expected", [
    ("Count former Mexican President Felipe Calderon among the critics of the wall.",
     {"Felipe Calderon": "Mexican President"}),
    ("Former U.N. Ambassador John Bolton and the editor both denounced the plan.",
     {"John Bolton": "U.N. Ambassador"}),
    ("The plan was praised by former President Mohammad Khatami of Iran on Monday.",
     {"Mohammad Khatami": "President of Iran"}),
    ("The plan was backed by former Secretary of State Hillary Clinton.",
     {"Hillary Clinton": "Secretary of State"}),
    # an apposition after the name, as a title before it
    ("Guns are a crisis, Tom Reed, the former governor of Vermont, told the convention on Tuesday.",
     {"Tom Reed": "governor of Vermont"}),
    # … the office alone, not a clause or a second description after it
    ("“He would win,” said Ann Pike, the former senator from Ohio who is supporting Mr. Reed.",
     {"Ann Pike": "senator from Ohio"}),
    ("“He would win,” said Ann Pike, the former governor of Ohio and a presidential candidate in 2012.",
     {"Ann Pike": "governor of Ohio"}),
])
def test_a_title_after_former_is_a_former_role(nlp, sentence, expected):
    assert _former(nlp, sentence) == expected
    # … and never a role held now
    assert not [f for f in facts_of(nlp, make_article(sentence)).roles if f.person in expected]


@pytest.mark.parametrize("sentence", [
    # held now, or at a time the sentence tells, or by someone who died
    "Mexican President Felipe Calderon met the governors on Monday.",
    "Then-Governor Mitt Romney of Massachusetts signed the bill into law.",
    "The late former President Gerald Ford was mourned on Tuesday. Ford died at home.",
    # someone else's words, a world that may not be, a bare rank
    "“Former President Tom Smith is a crook,” the senator said.",
    "If elected, a former Governor Jim Roe would veto the bill.",
    "The bill was signed by ex-Gov. Jeb Bush on Monday.",
])
def test_no_former_role_without_former_a_title_and_the_articles_own_words(nlp, sentence):
    assert _former(nlp, sentence) == {}


def test_a_former_apposition_that_says_no_whose_is_no_former_role(nlp):
    # "the former mayor": of where, the card could not say
    assert _former(nlp, "Tom Reed, the former mayor, spoke in Dayton on Monday.") == {}
