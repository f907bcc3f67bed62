"""Whom a he/she means when the article itself says who is a woman or a man: the honorific in
reach ("Mrs. Whitcombe") and the person the sentence just before makes the subject."""

from __future__ import annotations

from tests.quote_helpers import speakers_by_quote

HEADLINE = "The court fight ahead\n\n"


def test_she_said_after_the_sentence_naming_mrs_x_is_hers_not_an_earlier_womans(nlp):
    text = HEADLINE + (
        "Hillary Whitcombe leads the Democratic race. Lena Varga, a law professor, studies the court.\n\n"
        "Ms. Varga noted that naming a justice is an important part of any president's legacy.\n\n"
        "There is also the possibility that Mrs. Whitcombe would nominate Mr. Obama himself. "
        "“Wow, what a great idea,” she said in Iowa earlier this year."
    )
    assert speakers_by_quote(text, nlp).get("Wow, what a great idea") == "Hillary Whitcombe"


def test_a_pronoun_chain_before_the_nearer_name_keeps_the_quote_from_it(nlp):
    text = HEADLINE + (
        "Finance Minister Lou Jiwei met Treasury Secretary Jacob Lew in Beijing.\n\n"
        "Mr. Lou said there was nothing wrong with the talks. But he suggested that Mr. Lew had his eyes "
        "on critics back home. “They're under pressure domestically,” he said."
    )
    assert speakers_by_quote(text, nlp).get("They're under pressure domestically") != "Jacob Lew"


def test_he_or_she_is_anyone_and_gets_no_name(nlp):
    from quizgen.extract.people import person_mentions
    from quizgen.extract.references import extract_references
    from tests.articles import make_article

    text = (
        "Transition rules\n\nGSA spokeswoman Marla Quent noted that it is only the second election in which "
        "the agency has had to coordinate with candidates.\n\nCongress did lay out some guidelines for "
        "eligibility for transition services. The candidate must:\n\nMeet the constitutional requirements "
        "for the office (that is, he or she is at least 35 years old and a natural born citizen)."
    )
    article = make_article(text)
    doc = nlp(article.body)
    refs = list(extract_references(doc, article=article, mentions=person_mentions(doc)))
    # before: "he" unnamed (the card dropped) and "she" named [Marla Quent]
    assert not [r for r in refs if r.text.lower() in ("he", "she")]
