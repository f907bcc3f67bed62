"""From the j223 sample (stop 73: AllSides fresh72, at 7bbd1eb6, read after scoring): a caption
closed by its agency alone ("| Getty"), a month of what lies ahead ("their prospects with voters in
November"), a "that" typed twice, and a blank glued to a bracket of the same word ("____(c)4")."""

from __future__ import annotations

from quizgen.extract.garble import sentence_problems
from quizgen.ingest.captions import credited_caption
from quizgen.items.form_gate import form_problems
from tests.articles import deck_of, facts_of, make_article


def test_a_caption_closed_by_its_agency_alone_is_no_prose(tmp_path):
    assert credited_caption(
        "Secretary of State Rex Tillerson boards his plane at Cologne Bonn Airport as he leaves after a meeting of "
        "Foreign Ministers of the G20 leading and developing economies on Feb. 17. | Getty"
    )
    assert credited_caption("Kim Yo Jong, sister of North Korea's leader Kim Jong Un. Jorge Silva | Reuters")
    assert not credited_caption("The deal was struck by Getty and Reuters.")
    items = deck_of(tmp_path, (
        "President Trump's Cabinet has spent the month abroad reassuring allies.\n\n"
        "Secretary of Defence James Mattis arrives to address a press conference following the NATO Defence "
        "Ministers' meeting at the NATO headquarters in Brussels, on Feb. 16. | Getty\n\n"
        "Mattis told allies the alliance remains a bedrock of American policy."
    ), title="Trump ignores the grown-ups in his Cabinet", date="2017-02-17").items
    assert not [i.question for i in items if "press conference following" in i.question]


def test_a_month_of_what_lies_ahead_is_not_the_one_gone_by(nlp):
    text = (
        "By triggering a House leadership struggle when the party should focus on defending its congressional "
        "majorities, Ryan dismayed some Republicans already concerned about their prospects with U.S. voters in "
        "November."
    )
    assert "2017-11" not in [d.value for d in facts_of(nlp, make_article(text, date="2018-04-11")).dates]
    text = "The company reported its results in November, the chief executive said."
    assert "2017-11" in [d.value for d in facts_of(nlp, make_article(text, date="2018-04-11")).dates]


def test_a_that_typed_twice_before_an_article_is_a_slip(nlp):
    assert "a word doubled" in sentence_problems(next(nlp("Pence reminded him that that the Constitution requires it.").sents))
    assert sentence_problems(next(nlp("He said that that plan failed.").sents)) == []


def test_a_blank_glued_to_a_bracket_of_its_word_is_cut_from_it():
    assert form_problems("As the head of a tax-exempt ____(c)4 committee, Law cannot coordinate strategy.", "501", [])
    assert not form_problems("The ____ (NATO) said on Monday it would act.", "North Atlantic Treaty Organization", [])
