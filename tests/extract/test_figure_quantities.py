"""Counts of time units that are amounts ("eight weeks of paid leave") and small counts in
words the sentence stresses ("one of only three surgeons"): figures with cards (round 49)."""

import pytest

from quizgen.items.figures import number_items
from tests.articles import facts_of, make_article


def _cards(nlp, sentence):
    article = make_article(sentence)
    return [item for item, _ in number_items(facts_of(nlp, article).figures, articles={article.id: article})]


@pytest.mark.parametrize(
    "sentence, question, answer",
    [
        (
            "Under the new policy, Dunmore Mills offers new fathers six weeks of paid leave.",
            "Under the new policy, Dunmore Mills offers new fathers ____ weeks of paid leave.",
            "six",
        ),
        (
            "The Orland school board allows just 10 days of sick leave a year.",
            "The Orland school board allows ____ days of sick leave a year.",
            "just 10",
        ),
        (
            "Only two Orland councillors voted for the Dunmore Mills plan.",
            "____ Orland councillors voted for the Dunmore Mills plan.",
            "Only two",
        ),
        (
            "Dr. Ames was one of only three surgeons who performed the operation in Kerr County.",
            "Dr. Ames was one of ____ surgeons who performed the operation in Kerr County.",
            "only three",
        ),
    ],
)
def test_an_amount_of_time_or_a_stressed_small_count_is_asked(nlp, sentence, question, answer):
    [card] = _cards(nlp, sentence)
    assert (card.question, card.answer) == (question, answer)


@pytest.mark.parametrize(
    "sentence",
    [
        "After three days of fighting, the rebels withdrew from Kerr County.",  # when: a duration
        "The talks between Orland and Dunmore lasted 12 hours.",  # how long: a duration
        "The Orland council debated the budget for 26 hours.",
        "Dr. Ames met three surgeons in Kerr County on Monday.",  # a small count nobody stresses
        "Orland and Dunmore enter the final nine weeks of their merger talks.",  # which weeks: a period
        "For a long time, the inner circle numbered just five people.",  # whose circle, unsaid
        "In Orland, Ames reports to just two bosses, the mayor and the treasurer.",  # listed: given away
    ],
)
def test_durations_and_unstressed_small_counts_stay_no_figure(nlp, sentence):
    assert facts_of(nlp, make_article(sentence)).figures == []
