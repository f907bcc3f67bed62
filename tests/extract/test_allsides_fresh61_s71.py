"""From the j212 sample (stop 71: AllSides fresh61, read after scoring): a verb's particle before a
number is no qualifier ("turned over 44 emails" is 44, not "over 44"); where a person stands in the
picture ("(L)", "(center)", ", left,") makes a paragraph a caption; a one-word name the tagger called
an organisation, written elsewhere as a person's, is asked "Who", not "What"."""

from __future__ import annotations

from tests.articles import deck_of_text, facts_of, make_article


def test_a_verb_s_particle_is_no_qualifier(nlp):
    text = (
        "The State Department has turned over 44 previously-unreleased Hillary Clinton email exchanges to Judicial "
        "Watch, officials said. Sales rose over 44 percent last year, the company said."
    )
    figures = [(f.value, f.qualifier) for f in facts_of(nlp, make_article(text, date="2016-08-10")).figures]
    assert (44, None) in figures and (44, "over") in figures, figures


def test_where_a_person_stands_in_the_picture_makes_a_caption():
    from quizgen.ingest.articles import classify_blocks

    text = (
        "Senate Republicans unveiled a police reform bill on Wednesday, officials said.\n\n"
        "Sen. Tim Scott (R-SC) is joined by Senate Majority Leader Mitch McConnell (R-KY) (L) and fellow Republican "
        "lawmakers for a news conference at the U.S. Capitol June 17, 2020 in Washington, DC.\n\n"
        "Sen. Tim Scott (R) said the bill would pass the Senate, aides said."
    )
    kinds = [b.kind for b in classify_blocks(text, has_title=True)]
    assert kinds[0] == "text" and kinds[2] == "text" and kinds[1] != "text", kinds


def test_a_person_tagged_as_an_organisation_is_asked_who(nlp):
    text = (
        "President Donald Trump fired the intelligence watchdog on Friday, officials said.\n\n"
        "The GOP-led Senate acquitted Trump in February, officials said."
    )
    questions = [i.question for i in deck_of_text(nlp, text, date="2020-04-04", events=True).items]
    assert not any(q.startswith("What did") and "acquit" in q for q in questions), questions
