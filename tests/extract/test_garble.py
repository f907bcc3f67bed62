"""Sentences the article itself got wrong make no card: a word doubled, two articles on one
noun, two object pronouns on one verb, a subject whose number its verb contradicts. Sound
sentences that look alike on the surface ("had had", "the police say", "demanded that the
report include", "told him it was") still do."""

from __future__ import annotations

import pytest

from quizgen.extract.garble import garbled, sentence_problems
from tests.articles import facts_of, make_article


def _problems(nlp, sentence: str) -> list[str]:
    return sentence_problems(next(iter(nlp(sentence).sents)))


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("“Well, I like like him,” Trump said on Tuesday.", "a word doubled"),
        ("According to the the report, the council spent $4 million.", "two articles on one noun"),
        ("Trump picked him it as a vice presidential running mate in July.", "two object pronouns"),
        ("Analyst estimate the value of the proposal at $115 a share.", "subject and verb disagree"),
        ("The analysts estimates the value of the proposal at $115 a share.", "subject and verb disagree"),
        ("The port handled more then 4 million tonnes of cargo last year.", "a word confused"),
        ("The council could of approved the fee in May.", "a word confused"),
        ("previously reported, The Harbor Foundation refused to name its donors.", "an opening word lost"),
        ("The two leaders met on Thursday in a meeting aimed unifying a party torn by the race.", "a preposition lost"),
        ("The scale of the fund ($46 billion) from 4.9 million savers and counting) keeps its fees low.", "a bracket unpaired"),
        # "after" dropped: a reduced passive ("warnings issued …") cannot take an object
        ("The region ignored warnings issued just the storms that hit the coast.", "a passive that took an object"),
        (
            "The agency has eased harsh flood notices issued just the storms that told residents to leave.",
            "a passive that took an object",
        ),
        # slips inside one phrase (extract/word_slips.py)
        ("Exports of rice may dropped 40,000 tonnes in the spring.", "a modal before a past form"),
        ("The mayor said the fee should never raised again.", "a modal before a past form"),
        ("Sales rose 4 percent last year, an 1.1 percent gain on the year before.", "an article the next word's sound contradicts"),
        ("The club won a 8 percent share of the vote.", "an article the next word's sound contradicts"),
        ("The port paid a 11,000 dollar fee to the state.", "an article the next word's sound contradicts"),
        ("The council backed an wage rise for its drivers.", "an article the next word's sound contradicts"),
        ("The party bought a ad on the radio in March.", "an article the next word's sound contradicts"),
        ("She has praised the plan often, and faulted the mayor for not doing do.", "a verb doubled"),
        ("The 1.9 metre (6 feets) keeper has saved 30 shots this season.", "a word inflected twice"),
        ("The town bought books for the childrens of the village.", "a word inflected twice"),
        ("A storm with winds of 5. 3 metres a second hit the port on Monday.", "a number broken by a space"),
        # at the sentence's end, and a point spaced off its digits (round 43)
        ("The gauge rose 0.4 of a point to 52.1, and the small-cap gauge fell to 61. 27.", "a number broken by a space"),
        ("Rents in the town rose 3 .5 percent over the year.", "a number broken by a space"),
        ("The small-cap gauge fell 0.2 of a point to 61. 27.\n\nGainers beat losers 30 to 20.", "a number broken by a space"),
        # round 43: wire copy's own slips
        ("The envoy accused the rebels of trying to blowup the talks in the north.", "a phrasal verb written as one word"),
        ("The city voted on Monday to setup a fund for the flooded farms.", "a phrasal verb written as one word"),
        ("The deputy head of Norway 's fishing fleet spoke on Friday.", "a possessive split by a space"),
        # "who" dropped: a participle on "those" cannot take an object
        ("The mayor vowed on Friday to punish all those carried out raids on the market.", "a passive that took an object"),
    ],
)
def test_a_garbled_sentence_is_found(nlp, sentence, problem):
    assert problem in _problems(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "She had had enough of the council by March.",
        "The two leaders met on Thursday in a meeting aimed at unifying a party torn by the race.",
        "The police say the man fled on foot.",
        # round 43: the sound forms of the new signs
        "The envoy accused the rebels of trying to blow up the talks in the north.",
        "The board agreed to co-operate with the inquiry in May.",
        "The deputy head of Norway's fishing fleet spoke on Friday.",
        "The mayor vowed on Friday to punish all those who carried out raids on the market.",
        "Doctors treated those injured in the fire at the market.",
        "The charity gave food to those given shelter in the hall.",
        "A majority of voters say the council spent too much.",
        "The president and his wife live in Springfield.",
        "Congress demanded that the report include specific sites and costs.",
        "He told him it was too late to sign.",
        "They asked the GOP front-runner a question about trade.",
        "The last thing we need now are leaders who incite more fear.",
        "I've seen the organization do remarkable things.",
        "Sanders says he won 60 percent of the vote.",
        "Prices were lower then, the mayor said.",
        "He came back, and then left again.",
        "She could have won more of the vote.",
        "Ames spoke on Monday, The Harbor Times reported.",
        "Senator Ann Ames (D-Ore.) said the fund ($46 billion) keeps its fees low.",
        # a participle of a verb of two objects keeps one; a naming verb's second noun; a time
        "The students given a chance to speak were happy.",
        "The mayor met families given a new home after the flood.",
        "Police arrested a man charged the fee twice.",
        "The board praised workers given a bonus last year.",
        "Voters rejected a law dubbed the Green Act.",
        "Gowdy cited a report, but that report concerned the e-mails of officials.",
        "They found a rifle buried one foot below ground.",
        "Dealers lost money on trades made that day at falling prices.",
        # a modal with "have" or "be", a past that is its base, a contraction, a name
        "Exports of rice may have dropped and the fee will be raised.",
        "The council may cut the fee, and she'd fought for it, and he's gone.",
        "Columnist George Will wrote that the fee was too high.",
        # numbers and words whose sound the article got right, or that may be read either way
        "The union sought an 8 percent rise, an 11 percent bonus and an 18-month deal.",
        "The port paid an 80 dollar fee, an 11,000 dollar fine and a 1,800 dollar levy.",
        "The mill made an 1800 or a 1100 ton run, and a 747 landed.",
        "It was an honest, a unique, a one-time and an historic deal of a euro, an FBI file and a NATO plan.",
        "He was in the nth round of a ewe contest at an hour past nine.",
        # a verb beside its own form that English allows
        "He did do it, she is being paid, and he has had enough.",
        "What the mayor cannot do is be a visible presence.",
        "Obama spoke, stating state and local officials run the vote.",
        "They have been building buildings since May.",
        # a word no lexicon knows is no slip in itself; a list's numbers are not a decimal
        "The superdelegates retweeted the selfies of the frontrunner.",
        "The ranks of week 13. 1. Reed, 2. Ames.",
        "The steps of the plan: 4. 5.",
        "He carried a .45 pistol and 2 .22 rifles.",
    ],
)
def test_a_sound_sentence_is_left_alone(nlp, sentence):
    assert _problems(nlp, sentence) == []


def test_no_card_is_taken_from_a_garbled_sentence(nlp):
    text = (
        "Analyst estimate the value of the BellSouth proposal at $115 a share.\n\n"
        "Analysts estimate the value of the Pacific Telesis proposal at $98 a share."
    )
    article = make_article(text, title="Bids")
    facts = facts_of(nlp, article)
    sentences = {article.body[f.sent_start : f.sent_end] for f in facts.figures}
    assert any("Pacific Telesis" in s for s in sentences)
    assert not any("BellSouth" in s for s in sentences)


def test_a_quotation_showing_the_garble_is_not_asked(nlp):
    text = (
        "“Well, I like like him,” Senator Ruth Ames said on Tuesday.\n\n"
        "“We will build the port,” Mayor Tom Reed said on Wednesday."
    )
    facts = facts_of(nlp, make_article(text, title="Port"))
    assert garbled(nlp(text))[1] == {"like like"}
    quotes = [q.quote for q in facts.quotes]
    assert any("build the port" in q for q in quotes)
    assert not any("like like" in q for q in quotes)


def test_a_name_misspelt_once_beside_its_spelling_makes_no_card(nlp):
    text = (
        "Mayor Katherine Ames spoke to the Harbor News Network on Monday.\n\n"
        "The Harbor News Network asked Katherine Ames about the port.\n\n"
        "Analysts at the Harbor New Network estimate the value of the BellSouth proposal at $115 a share.\n\n"
        "Analysts at the Harbor News Network estimate the value of the Pacific Telesis proposal at $98 a share."
    )
    article = make_article(text, title="Bids")
    assert garbled(nlp(text))[1] == {"Harbor New Network"}
    sentences = {article.body[f.sent_start : f.sent_end] for f in facts_of(nlp, article).figures}
    assert any("Pacific Telesis" in s for s in sentences)
    assert not any("BellSouth" in s for s in sentences)


def test_names_that_differ_by_more_than_a_slip_are_left_alone(nlp):
    text = (
        "Central Americans crossed the border, Central American officials said.\n\n"
        "Central American leaders met on Monday. Central American ministers agreed.\n\n"
        "Fox News aired the debate. Fox News hosted it, and Trump asked FOX News for $5 million."
    )
    assert garbled(nlp(text)) == (frozenset(), frozenset())


def test_a_bracket_the_parser_split_a_sentence_inside_is_no_garble(nlp):
    # the pair is in the paragraph: the parser cut the sentence, the article did not err
    doc = nlp("The fund grew fast (its fees are low. Savers noticed) over the year.")
    assert garbled(doc) == (frozenset(), frozenset())


def test_no_figure_is_taken_from_a_sentence_with_a_stray_bracket(nlp):
    text = (
        "The Harlow savings plan is simple and cheap.\n\n"
        "And the scale of the plan ($46 billion) from 4.9 million savers and counting) keeps its fees at $2.90 "
        "for every $10,000 invested. That is far below other plans."
    )
    figures = {f.text for f in facts_of(nlp, make_article(text)).figures}
    assert "4.9 million" not in figures and "$2.90" not in figures, figures


def test_no_card_is_taken_from_a_sentence_with_a_slip_inside_a_phrase(nlp):
    text = (
        "Global demand for rice may reached 84 million tonnes in 2006, an 1.1 percent rise.\n\n"
        "Global demand for wheat reached 61 million tonnes in 2006, a 2.4 percent rise."
    )
    article = make_article(text, title="Grain")
    sentences = {article.body[f.sent_start : f.sent_end] for f in facts_of(nlp, article).figures}
    assert any("wheat" in s for s in sentences)
    assert not any("rice" in s for s in sentences)


def test_a_quotation_showing_a_modal_before_a_past_form_is_not_asked(nlp):
    text = (
        "“I don't think the port should penalized,” Senator Ruth Ames said on Tuesday.\n\n"
        "“We will build the port,” Mayor Tom Reed said on Wednesday."
    )
    quotes = [q.quote for q in facts_of(nlp, make_article(text, title="Port")).quotes]
    assert any("build the port" in q for q in quotes)
    assert not any("penalized" in q for q in quotes)
