"""From the j203 sample (stop 71: AllSides fresh52, read after scoring): a number that names a model
the article writes again ("737 Max") is no figure; a site's highlights label after a picture's caption
and credit is furniture; unemployment is a place's, never the party the text names most."""

from __future__ import annotations

from tests.articles import deck_of_text, facts_of, make_article


def test_a_model_s_number_is_no_figure(nlp):
    text = (
        "Boeing's 737 Max jets were grounded around the world on Wednesday, officials said.\n\n"
        "Chinese airlines accounted for about 20 percent of 737 Max deliveries worldwide through January, "
        "and Boeing had delivered 350 jets by then, the company said."
    )
    values = [f.value for f in facts_of(nlp, make_article(text, date="2019-03-13")).figures]
    assert 737 not in values, values
    assert 20 in values and 350 in values, values
    # a round count before a business's name stays (840-article deck: "600 National Video franchised stores")
    stores = (
        "National Video Inc said it entered an agreement with Univisa Inc for the development of 600 National "
        "Video franchised stores in Hispanic communities by 1992. The 600 National Video stores will open by 1992."
    )
    assert 600 in [f.value for f in facts_of(nlp, make_article(stores, date="1987-03-03")).figures]


def test_a_highlights_label_after_a_caption_and_its_credit_is_furniture():
    from quizgen.ingest.articles import classify_blocks

    text = (
        "President Obama (Photo: Pool photo) Story Highlights President Obama will deliver a speech on his "
        "signature health care law Thursday\n\n"
        "President Obama will defend the health care law in a speech at the White House on Thursday, aides said."
    )
    kinds = [b.kind for b in classify_blocks(text, has_title=True)]
    assert kinds == ["furniture", "text"], kinds


def test_unemployment_is_no_party_s(nlp):
    text = (
        "The GOP has poured money into Florida, and GOP officials say the state is within reach. The GOP "
        "opened 40 offices there this year.\n\n"
        "Unemployment here is at 8.7 percent, a considerable improvement since it was in double digits a year ago."
    )
    questions = [i.question for i in deck_of_text(nlp, text, date="2012-10-22").items]
    assert not any("GOP’s] unemployment" in q or "GOP's] unemployment" in q for q in questions), questions
