"""From the j224 sample (stop 73: AllSides fresh73, at d8b98193, read after scoring): a caption
whose credit runs on into a teaser headline, a writer's label of several adjectives spliced onto
a speaker's words, and a "he said" read as the person the running "he" had spoken to."""

from __future__ import annotations

from quizgen.ingest.captions import credited_caption
from tests.articles import deck_of, facts_of, make_article


def test_a_caption_whose_credit_runs_into_a_teaser_is_no_prose(tmp_path):
    caption = (
        "President Donald Trump meets with Japanese Prime Minister Shinzo Abe during the G7 Summit, Friday. | AP "
        "Trump with Abe: 'You can bet' North Korea's nuclear problem will be dealt with"
    )
    assert credited_caption(caption)
    assert credited_caption("Biology is not destiny, the author writes. | REUTERS Yes, let's talk about race and IQ")
    assert not credited_caption("He said the vote | AP reported was close.")
    items = deck_of(tmp_path, caption + "\n\n" + (
        "President Donald Trump said Friday at his bilateral meeting with Japanese Prime Minister Shinzo Abe that "
        "the big problem of North Korea will be dealt with."
    ), title="Trump with Abe", date="2017-05-26").items
    assert not [i.question for i in items if "during the G7 Summit" in i.question]


def test_a_writers_label_of_several_adjectives_is_not_the_speakers(nlp):
    text = (
        "\"There has never been a more honest politician than Donald Trump,\" said Knight, who was fired from IU in "
        "2000 after \"uncivil, defiant and unacceptable\" behavior that included allegedly choking a player."
    )
    quotes = [q.quote for q in facts_of(nlp, make_article(text, date="2016-04-28")).quotes]
    assert quotes and not [q for q in quotes if "uncivil" in q], quotes


def test_he_said_is_not_the_one_the_running_he_spoke_to(nlp):
    text = (
        "Former President George H.W. Bush criticized two aides of his son in a new biography by Jon Meacham.\n\n"
        "But Bush didn't absolve his son of all fault. He told Meacham that he still supports his son's decision to "
        "invade Iraq, calling the capture of Saddam Hussein \"proud moments.\"\n\n"
        "But he said in interviews that he does \"worry about some of the rhetoric that was out there\" and "
        "suggested that \"hot rhetoric is pretty easy to get headlines, but it doesn't necessarily solve the "
        "diplomatic problem.\""
    )
    speakers = {q.speaker for q in facts_of(nlp, make_article(text, date="2015-11-05")).quotes if "rhetoric" in q.quote}
    assert "Jon Meacham" not in speakers, speakers


def test_he_said_after_a_clause_that_names_him_is_still_his(nlp):
    # the review of the rule above on the 840-article deck: the one named in a clause of its own
    # before the running "he" is whom it means
    text = (
        "Actor Tim Allen was asked about the 2016 race on a talk show.\n\n"
        "When the interview steered Allen toward his outlook on the presidential field, he offered his thoughts on "
        "Donald Trump's continued appeal.\n\n"
        "“I think it’s funny,” he said, “because Donald Trump is kind of in the spirit of old Greek tyrants.”"
    )
    speakers = {q.speaker for q in facts_of(nlp, make_article(text, date="2016-01-14")).quotes if "funny" in q.quote}
    assert speakers == {"Tim Allen"}, speakers
