"""Number cards that did not say which figure they ask (round 30): a figure of accounts whose
period is unsaid (``extract.figure_periods``), "last year" of accounts after a quarter's
sentences (``extract.context_mentions``), a label's number after the parser cut its sentence
(``extract.figures``), "the organization" beside a date (``extract.reference_resolver``)."""

from __future__ import annotations

import pytest

from quizgen.extract.figure_periods import account_periods, period_unsaid
from tests.articles import references_of


def _unsaid(nlp, sentence: str, figure: str, periods: int = 2) -> bool:
    doc = nlp(sentence)
    at = sentence.index(figure)
    return period_unsaid(doc.char_span(at, at + len(figure), alignment_mode="expand"), periods)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # the quarter's or the nine months'? the sentence before said
        ("Net at its finance arm, Pellow Credit Corp., fell 3.1%.", "3.1%"),
        ("By contrast, Darrow Systems, the data unit, boosted net 16%.", "16%"),
        ("Revenue climbed 9% on stronger demand for pumps.", "9%"),
        ("The unit earned $12 million.", "$12 million"),
    ],
)
def test_a_figure_of_accounts_with_no_period_in_an_article_of_two(nlp, sentence, figure):
    assert _unsaid(nlp, sentence, figure)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # a period said
        ("In the nine months, net at Pellow Credit fell 8%.", "8%"),
        ("Third-quarter net fell 3.1%.", "3.1%"),
        ("Net fell 3.1% from a year earlier.", "3.1%"),
        # another figure of the sentence pins it
        ("At Pellow Credit, net dropped 3.1% to $234.5 million from $241.9 million.", "$234.5 million"),
        ("The steelmaker earned $46.9 million, or 54 cents a share.", "$46.9 million"),
        # no flow of accounts
        ("Pellow Credit cut 500 jobs.", "500"),
        ("The unit's debt rose to $4 billion.", "$4 billion"),
    ],
)
def test_a_figure_whose_period_is_said_pinned_or_of_no_accounts(nlp, sentence, figure):
    assert not _unsaid(nlp, sentence, figure)


def test_one_period_in_the_article_is_the_figure_s(nlp):
    assert not _unsaid(nlp, "Net at its finance arm, Pellow Credit Corp., fell 3.1%.", "3.1%", periods=1)


def test_the_kinds_of_period_an_article_names(nlp):
    assert account_periods(nlp("Third-quarter net rose. In the nine months, net fell.")) == 2
    assert account_periods(nlp("Third-quarter net rose 5%. Sales rose in the quarter.")) == 1
    assert account_periods(nlp("Net rose for the year ended June 30. Fourth-quarter sales fell.")) == 2


def test_last_year_s_accounts_after_a_quarter_s_sentences(nlp):
    # "Last year's results" after the quarter's: the year-earlier quarter's, not 2016's
    text = (
        "Corvel Industries posted net income for the fiscal second quarter of $8.6 million. "
        "The latest period includes gains of $9.1 million from the sale of a plant. "
        "Last year's results were hurt by $41.3 million in restructuring charges."
    )
    names = references_of(nlp, text, kind="year")
    assert "Last year" in names and names["Last year"] is None


def test_last_year_s_accounts_after_a_full_year_keep_the_year(nlp):
    text = (
        "Corvel Industries said third-quarter sales rose 4%. "
        "Its chairman forecast an earnings increase for the full year. "
        "Last year, the company earned $480.4 million on sales of $4.3 billion."
    )
    assert references_of(nlp, text, kind="year").get("Last year") == "in 2016"


def test_a_label_s_number_after_the_parser_cut_the_sentence_is_no_figure(nlp):
    # the parser may cut "… airs on SiriusXM | Patriot 125 weekdays …": "Patriot" is no
    # sentence's first word, and "Patriot 125" a channel's name, no count of weekdays
    from quizgen.deck.generate import content_text
    from quizgen.extract.figures import extract_figures
    from tests.articles import make_article

    article = make_article("Tribune Talk airs on SiriusXM Patriot 125 weekdays from 6:00 a.m. to 9:00 a.m. Eastern.")
    assert [f.text for f in extract_figures(nlp(content_text(article)), article=article)] == []


def test_a_date_beside_the_organization_does_not_say_which(nlp):
    # "A survey by the organization in March": the date is the survey's; which organization the
    # sentence before said, and the card cannot
    text = (
        "The poll, released on Wednesday by the Pacific Policy Institute, showed Ann Lane leading Tom Ortiz, "
        "46 percent to 44 percent. A survey by the organization in March found Lane with a lead of 48 percent to 41 percent."
    )
    refs = references_of(nlp, text)
    assert "the organization" in refs and refs["the organization"] is None
    # a name in its phrase says which: nothing to name
    refs = references_of(nlp, "Lane said a survey by the organization in Boston found her ahead by 7 points.")
    assert "the organization" not in refs


HOLDER_TEXT = (
    "HOUSTON -- Harlow Systems Inc. said its third-quarter net income rose 50% on strong sales abroad.\n\n"
    "The software maker said net jumped to $87 million, or $2.02 a share, from $58 million, or $1.40 a "
    "share, a year earlier. Sales increased 36% to $683 million from $502 million. The latest quarter's "
    "results, however, included a pretax gain of $13.7 million in the carrying value of the company's "
    "investment in Brightline Devices Inc. and a $7.6 million gain from the sale of one million "
    "Brightline shares.\n\n"
    "Net for the nine months was $254 million, or $5.94 a share, up 56% from $163 million, or $4.06 a "
    "share, a year earlier."
)


def test_a_business_another_holds_is_not_the_owner_of_the_accounts(nlp):
    # "the company's investment in Brightline": Brightline is Harlow's holding, and the nine
    # months' net is Harlow's; the last business named is not whose it is
    refs = references_of(nlp, HOLDER_TEXT, kind="owner")
    assert refs.get("Net") != "Brightline Devices Inc."


def test_a_business_the_text_is_about_still_owns_its_accounts(nlp):
    text = (
        "Brightline Devices Inc. said its third-quarter net income rose 50%. "
        "Brightline also said it sold its stake in a Texas chip plant. "
        "Net for the nine months was $254 million, up 56% from $163 million a year earlier."
    )
    assert references_of(nlp, text, kind="owner").get("Net") == "Brightline Devices Inc."
