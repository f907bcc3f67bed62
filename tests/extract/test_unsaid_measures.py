"""Whether a percentage's sentence says what the percentage measures (``extract.unsaid_measures``)."""

import pytest

from quizgen.extract.unsaid_measures import measure_unsaid
from quizgen.items.figures import number_items
from tests.articles import facts_of, make_article


def _unsaid(nlp, sentence: str, figure: str) -> bool:
    doc = nlp(sentence)
    at = sentence.index(figure)
    return measure_unsaid(doc.char_span(at, at + len(figure), alignment_mode="expand"))


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # a thing's level, measured as the text before said
        ("The late-night show hit 50% last month.", "50%"),
        ("The network had 50 percent last month.", "50 percent"),
        ("Rail came third at 11 percent, ahead only of ferries at 6 percent.", "6 percent"),
        ("Canada was named by a paltry 3 percent.", "3 percent"),
        # a share of a whole the text before gave
        ("Only 31 percent had a negative opinion.", "31 percent"),
        ("A mere 9 percent say they only buy local produce.", "9 percent"),
    ],
)
def test_a_level_whose_measure_the_sentence_does_not_name(nlp, sentence, figure):
    assert _unsaid(nlp, sentence, figure)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # a measure named in the sentence
        ("Lee's support rose to 45 percent.", "45 percent"),
        ("The jobless rate for adult women rose to 4.4%.", "4.4%"),
        ("In the latest survey, Lee is at 12 percent.", "12 percent"),
        ("Kestrel's share is believed to be slightly under 40%.", "40%"),
        # a whole, a noun of its own, an adjective after it
        ("Lee has 40 percent of the vote.", "40 percent"),
        ("Lee has 40 percent support.", "40 percent"),
        ("She pointed to his 22 percent showing in the county.", "22 percent"),
        ("Lee is underwater at 41 percent favorable and 55 percent unfavorable.", "55 percent"),
        ("Some 60 percent of voters disapprove, and 30 percent approve.", "30 percent"),
        # a change of its subject
        ("Widget sales rose 5% in the quarter.", "5%"),
        ("The fund rose 2.1% this year.", "2.1%"),
        ("Turnout was up 12% from 2012.", "12%"),
        ("Sales increased by 3% in May.", "3%"),
        ("Pellow, whose revenue inched up 3.7% in the quarter, cut jobs.", "3.7%"),
        # a candidate's standing
        ("Governor Lee comes in at 12 percent.", "12 percent"),
        ("Mayor Ortiz, a former prosecutor, now sits at 9 percent.", "9 percent"),
        ("Mr. Vance comes in second, with 22 percent saying they would not back him, Ms. Ruiz at 20 percent.", "20 percent"),
        ("Mr. Vance comes in second, with 22 percent saying they would not back him, Ms. Ruiz at 20 percent.", "22 percent"),
        # a stake traded, a contestant's share of the vote
        ("Acme holds 14.6%, according to a filing.", "14.6%"),
        ("The two previous winners won just 3 percent between them.", "3 percent"),
        ("Ms. Vance receives 8 percent in Maine.", "8 percent"),
        ("Helen Lee had 51.2 percent to Tom Moore's 48.1 percent.", "48.1 percent"),
        ("Has Ms. Vance gotten above 38 percent in any primary?", "38 percent"),
    ],
)
def test_a_figure_whose_sentence_says_what_it_measures(nlp, sentence, figure):
    assert not _unsaid(nlp, sentence, figure)


def test_a_level_of_an_unnamed_measure_makes_no_card(nlp):
    article = make_article(
        "A new poll of Ohio voters asked which issue matters most. "
        "Crime came third at 12 percent. Lee's support rose to 45 percent in Dayton."
    )
    facts = facts_of(nlp, article)
    made = number_items(facts.figures, articles={article.id: article}, references={article.id: facts.references})
    answers = {item.answer for item, _ in made}
    assert "12 percent" not in answers
    assert "45 percent" in answers
