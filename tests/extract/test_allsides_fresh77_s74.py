"""From the j228 sample (stop 74: AllSides fresh77, at c843bc61, read after scoring): a "he" after a
sentence about "the president" given to the last one quoted; a publication's name run into the
next word ("The Nevada Independentthat"); a city offered as the capital a summit was with."""

from __future__ import annotations

from quizgen.extract.word_slips import word_slips
from quizgen.items.argument_clozes import entity_choices
from tests.articles import facts_of, make_article


def test_a_he_after_a_sentence_about_a_described_person_is_that_person(nlp):
    text = (
        "President Donald Trump is facing a crucial 48 hours.\n\n"
        "Michael Steele, a former chairman of the Republican National Committee, said that if Moore wins, “the fact of "
        "the matter is that it is a rebuke of McConnell and the president.”\n\n"
        "On health care, the president seems to be reconciling himself to the prospect of defeat.\n\n"
        "In a Monday appearance on the “Rick & Bubba” radio show, he blamed McCain for the reduced chances of the bill "
        "passing, adding that it “looks like Susan Collins and some others … will vote against. … We’re going to lose "
        "two or three votes and that’s the end of that.”"
    )
    speakers = {q.quote.split()[0]: q.speaker for q in facts_of(nlp, make_article(text, date="2017-09-26")).quotes}
    assert speakers.get("looks") in (None, "Donald Trump"), speakers
    assert speakers["the"] == "Michael Steele", speakers
    # a described subject the text settles on no one: the model's choice stands (the Vermont senator is
    # the candidate Sanders, whom the text never titles senator)
    text = (
        "Democratic presidential candidate Bernie Sanders is choosing not to respond to the accusations.\n\n"
        "Instead, the Vermont senator is sticking to his campaign message.\n\n"
        "“We have come a long way in the last nine months,” he told cheering supporters on Monday morning."
    )
    speakers = {q.quote.split()[0]: q.speaker for q in facts_of(nlp, make_article(text, date="2016-02-08")).quotes}
    assert speakers.get("We") == "Bernie Sanders", speakers


def test_a_capitalised_word_run_into_a_joining_word_is_a_slip(nlp):
    sent = nlp("Gov. Brian Sandoval criticized the move, telling The Nevada Independentthat ending the payments "
               "will be devastating.")[:].sent
    assert [s for s in word_slips(sent) if s[0] == "two words run together"]
    for sound in ("The storm hit Pearland on Monday.", "Voters in Rajasthan went to the polls.",
                  "Officials in Maryland and Delaware agreed."):
        assert not [s for s in word_slips(nlp(sound)[:].sent) if s[0] == "two words run together"], sound


def test_a_capital_is_offered_only_beside_capitals():
    entities = {"GPE@a": ["Koreas", "New York", "Beijing", "Pyongyang", "Tokyo", "Boston", "Moscow"]}
    choices = entity_choices(
        "Pyongyang", "GPE", "e-000000000014", "Trump met Moon to strategize on the summit with ____.",
        "Trump met Moon to strategize on the summit with Pyongyang.", "a", entities, set(),
    )
    assert "Pyongyang" in choices and not {"Koreas", "New York", "Boston"} & set(choices), choices
    # a city no capital gets no capital
    choices = entity_choices(
        "Boston", "GPE", "e-000000000015", "The doctor lived in ____ near the harbour.",
        "The doctor lived in Boston near the harbour.", "a", {"GPE@a": ["Springfield", "Beijing", "Tokyo", "Denver", "Austin"]}, set(),
    )
    assert not {"Beijing", "Tokyo"} & set(choices), choices
