"""A cloze never blanks the name a pronoun of its own sentence stands for when the sentence is
not about that person ("learn about ____, … like her": the pronoun is the answer and tells its
gender); a subject blank ("____ said she would …") and other blanks still make cards."""

from __future__ import annotations

import pytest

from quizgen.items.wording import cloze
from tests.articles import facts_of, make_article

TEXT = (
    "Senator Ruth Ames won the Springfield primary on Tuesday with 54 percent of the vote.\n\n"
    "The more voters in Springfield learn about Ruth Ames, the more they appear to like her.\n\n"
    "Ruth Ames said she would campaign in Lisbon on Friday.\n\n"
    "Reporters asked Tom Reed about the primary before he left for Lisbon.\n\n"
    "Tom Reed was firm: Ames must prove that he deserves the nomination.\n\n"
    "Paul Dunn, the port's chairman, met investors in Lisbon on Friday.\n\n"
    "He declined to confirm reports that banker Joe Wills is trying to buy the port.\n\n"
    "Governor Paul Dunn hosted Mayor Tom Reed in Springfield, praising him as a close ally.\n"
)


@pytest.fixture(scope="module")
def facts(nlp):
    return facts_of(nlp, make_article(TEXT))


def _cloze(facts, sentence: int, blanked: str) -> str | None:
    body = facts.article.body
    starts = [0] + [i + 2 for i in range(len(body)) if body.startswith("\n\n", i)]
    lo = starts[sentence]
    hi = body.index("\n", lo) if "\n" in body[lo:] else len(body)
    start = body.index(blanked, lo)
    return cloze(body, lo, hi, start, start + len(blanked), references=facts.bound_pronouns)


@pytest.mark.parametrize(("sentence", "blanked"), [(1, "Ruth Ames"), (3, "Tom Reed"), (7, "Tom Reed")])
def test_a_pronoun_standing_for_the_blanked_name_gives_no_card(facts, sentence, blanked):
    assert _cloze(facts, sentence, blanked) is None


@pytest.mark.parametrize(("sentence", "blanked"), [(1, "Springfield"), (2, "Ruth Ames"), (2, "Lisbon"), (4, "Tom Reed"), (6, "Joe Wills")])
def test_other_blanks_and_a_subject_blank_still_make_cards(facts, sentence, blanked):
    assert _cloze(facts, sentence, blanked) is not None
