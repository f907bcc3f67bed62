"""From the j217 sample (stop 72: AllSides fresh66, at 92f908ad, read after scoring): an anchor the
text brought in without a name, "the president" of a tweet, a writer's scare quote joined to a
speaker's words, "Sept. 11" in a list of evils, a month run into a title, an agency's credit chain
opening a caption, an act placed by "latest", and a rank's stop read as a sentence's end."""

from __future__ import annotations

from quizgen import nlp
from quizgen.ingest.captions import credited_caption
from tests.articles import deck_of


def _items(tmp_path, date, title, body):
    return deck_of(tmp_path, body, title=title, date=date).items


def test_an_anchor_brought_in_unnamed_is_not_the_doctor_he_questions(tmp_path):
    items = _items(tmp_path, "2014-10-06", "Containing the facts about Ebola", (
        "The CDC’s Ebola happy talk, usually delivered by Director Tom Frieden, was finally exposed on CNN. Dr. "
        "Frieden was speaking with CNN’s Sanjay Gupta, also a physician. A news anchor asked the doctor to reassure "
        "viewers that Ebola wasn’t “highly contagious.”\n\n"
        "Dr. Frieden happily complied, “It’s not like the flu, not like the common cold, it requires direct physical "
        "contact.” Then the anchor chimes in and says, “If he sneezes on you, it’s a different story.”"
    ))
    sneezes = [i.answer for i in items if "sneezes" in i.question]
    assert "Tom Frieden" not in sneezes, sneezes


def test_the_presidents_tweet_is_not_the_senators_he_singles_out(tmp_path):
    items = _items(tmp_path, "2020-06-01", "Trump asserts his power over Republicans", (
        "Senate Judiciary Committee Chairman Lindsey Graham (R-S.C.) announced on May 18 that his committee would "
        "vote in June on authorizing a subpoena.\n\n"
        "Graham made his announcement days after Trump tweeted that Congress should call on former President Obama "
        "to testify. The president singled out Graham, tweeting, “Do it @LindseyGrahamSC, just do it. No more Mr. "
        "Nice Guy. No more talk!”"
    ))
    tweet = [i.answer for i in items if "Nice Guy" in i.question]
    assert not {"Lindsey Graham", "Obama", "Barack Obama"} & set(tweet), tweet


def test_a_scare_quote_of_the_narration_is_not_the_speakers(tmp_path):
    items = _items(tmp_path, "2013-10-01", "Stalemate as Obama rips GOP for shutdown", (
        "The government shut down on Tuesday for the first time in 17 years.\n\n"
        "\"We have people in the conference, I believe, who'd be just as happy to have the government shut down,\" "
        "said GOP Rep. Peter King, who has been among the Republican legislators pushing for a \"clean\" funding "
        "bill without anti-Obamacare provisions. \"They live in these narrow echo chambers.\""
    ))
    quotes = [getattr(i, "quote", None) or "" for i in items if i.kind == "quote"]
    assert not [q for q in quotes if q.rstrip(".").endswith("clean")], quotes


def test_sept_11_among_evils_is_no_date(tmp_path):
    items = _items(tmp_path, "2014-10-06", "Containing the facts about Ebola", (
        "Officials were not honest about the virus, critics said on Monday.\n\n"
        "Americans have been through a great deal. Whether it be world wars, debilitating viruses, AIDS, Sept. 11 "
        "or terrorism, Americans come together, face reality and defeat the enemy."
    ))
    assert not [i for i in items if i.kind == "date" and i.answer.startswith("11 September")]


def test_a_month_after_in_is_no_part_of_a_title(tmp_path):
    items = _items(tmp_path, "2016-07-15", "84 killed in Bastille Day attack in Nice", (
        "A truck plowed into a crowd in Nice on Thursday night, killing at least 84 people.\n\n"
        "Bouhlel was known to police, although his rap sheet included just one arrest, for a road rage incident "
        "in March French Justice Minister Jean-Jacques Urvoas said."
    ))
    roles = [getattr(i, "role", None) or "" for i in items]
    assert not [r for r in roles if r.startswith("March")], roles


def test_a_national_agencys_credit_before_the_wires_opens_a_caption():
    assert credited_caption(
        "Alessandro Di Meo/ANSA/AP Italian Deputy Prime Minister Luigi Di Maio celebrates after the government "
        "announced its first financial targets, Sept. 27."
    )


def test_an_act_placed_by_latest_is_the_story_before(tmp_path):
    items = _items(tmp_path, "2017-10-13", "U.S. states sue to block Trump Obamacare subsidies cut", (
        "A group of U.S. states sued President Donald Trump on Friday over his decision to end subsidy payments.\n\n"
        "One day after his administration announced plans to end the payments next week, Trump said he would "
        "dismantle Obamacare “step by step.”\n\n"
        "His latest action raised concerns about chaos in insurance markets."
    ))
    assert not [i.question for i in items if "latest action" in i.question]


def test_a_ranks_stop_does_not_end_a_sentence():
    doc = nlp.load_pipeline()("He was joined by Brig. Gen. Marcus Evans, Deputy Director, and Lt. Col. Jo Roe.")
    assert len(list(doc.sents)) == 1


def test_the_former_president_may_be_one_the_text_titles_president(tmp_path):
    items = _items(tmp_path, "2016-02-17", "Jeb Bush, helped by George, goes after Trump", (
        "Jeb Bush on Monday brought his older brother, George W. Bush, to vouch for his judgment here.\n\n"
        "Mr. Trump has said President Bush failed to keep the country safe. But Mr. Trump's words may have affected "
        "the former president, who spent much of his speech defending his administration.\n\n"
        "“On the way to Air Force One, from that school, Condi called me and said a plane has hit the Pentagon,” the "
        "former president said."
    ))
    assert "George W. Bush" in [i.answer for i in items if "Air Force One" in i.question]
