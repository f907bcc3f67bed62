"""From the j201 sample (stop 71: AllSides fresh50, read after scoring): a bracket and a stop glued
to the next sentence end the sentence ("… 35 percent).GOP presidential candidate …"); a pool
photographer's credit closes a caption ("| Win McNamee/Pool via AP"); a sentence opening on an
ordinal that stands for a noun of the sentence before ("The first, the …") makes no cloze; a phrase
quoted three reporters deep is nobody's to ask; a weekday qualifying a noun ("the national Sunday
morning talk shows") is no date to blank."""

from __future__ import annotations

from tests.articles import deck_of_text, facts_of, make_article


def test_a_bracket_and_a_stop_glued_to_the_next_sentence_end_it(nlp):
    doc = nlp(
        "Slightly more women than men support gay marriage (men 55 percent to 41 percent; women 57 percent "
        "to 35 percent).GOP presidential candidate Rick Santorum said Sunday that he would fight the decision."
    )
    sentences = [s.text for s in doc.sents]
    assert sentences[0].endswith("to 35 percent).")
    assert sentences[1].startswith("GOP presidential candidate")


def test_a_pool_photographer_s_credit_closes_a_caption():
    from quizgen.ingest.captions import credited_caption

    assert credited_caption(
        "President Donald Trump’s bipartisan tone was born partly out of political necessity. | Win "
        "McNamee/Pool via AP Trump offers same policies in new bipartisan packaging"
    )
    assert not credited_caption("President Donald Trump’s bipartisan tone was born partly out of political necessity.")


def test_a_sentence_opening_on_an_ordinal_for_a_listed_noun_makes_no_cloze(nlp):
    text = (
        "A Congressional Budget Office report in March presented three measures of corporate tax. The first, "
        "the “top statutory corporate tax rate,” lists the U.S. highest among G20 nations at 39.1%. The "
        "report found the U.S. rate of 29% ranks third among G20 countries."
    )
    questions = [i.question for i in deck_of_text(nlp, text, date="2017-09-01").items]
    assert not any(q.startswith("The first") for q in questions), questions
    assert any("____" in q and "ranks third" in q for q in questions), questions


def test_a_phrase_quoted_three_reporters_deep_is_nobody_s(nlp):
    text = (
        "ABC also said that Flynn will say Trump asked him to make contact with Russia "
        "\"initially as a way to work together to fight ISIS in Syria.\""
    )
    quotes = facts_of(nlp, make_article(text, date="2017-12-01")).quotes
    assert not quotes, [(q.speaker, q.text) for q in quotes]
    one_deep = "Smith said that President Donald Trump called the agreement \"a total disaster for our country.\""
    quotes = facts_of(nlp, make_article(one_deep, date="2017-12-01")).quotes
    assert [q.speaker for q in quotes] == ["Donald Trump"]
    # one speaker however many of their verbs stand over the words (AllSides dev: Elonis's post)
    own = (
        "After Anthony Elonis' wife left him, he began posting grisly messages on his Facebook page, "
        "promising not to rest until her body was \"soaked in blood and dying.\""
    )
    quotes = facts_of(nlp, make_article(own, date="2014-12-01")).quotes
    assert [q.speaker for q in quotes] == ["Anthony Elonis"]


def test_a_weekday_qualifying_a_noun_is_no_date_to_blank(nlp):
    text = (
        "The Senate impeachment trial of President Trump was the main focus of the national Sunday morning "
        "talk shows, officials said."
    )
    questions = [i.question for i in deck_of_text(nlp, text, date="2020-01-19").items]
    assert not any("the morning of ____ talk" in q or "national ____" in q for q in questions), questions
    adverbial = "The city council voted Monday night to raise taxes on hotels by two percent, officials said."
    assert [f.occasion for f in facts_of(nlp, make_article(text, date="2020-01-19")).dates] == ["modifier"]
    assert [f.occasion for f in facts_of(nlp, make_article(adverbial, date="2020-01-21")).dates] != ["modifier"]
