"""From the j221 sample (stop 73: AllSides fresh70, at stop 72's last code, read after scoring): a
photo agency's caption with no credit beside it, a quotation whose two marks differ, "Mr. ____"
offered a woman, "the court" after a circuit court, two words run together, and a party's
members offered "Muslims" as their peers."""

from __future__ import annotations

from quizgen.extract.word_slips import word_slips
from quizgen.ingest.captions import dated_caption
from quizgen.ingest.markup import repair_markup
from quizgen.items.org_kinds import org_kind
from quizgen.items.question_stems import stem_gender
from tests.articles import deck_of, references_of


def _items(tmp_path, date, title, body):
    return deck_of(tmp_path, body, title=title, date=date).items


def test_a_dated_caption_with_no_credit_is_no_prose(tmp_path):
    items = _items(tmp_path, "2016-04-20", "New York primary takeaways", (
        "Donald Trump won the New York Republican primary on Tuesday by a wide margin, taking most of the state's "
        "delegates.\n\n"
        "Donald Trump, pictured with his wife Melania, gives a thumbs up following his victory in the New York "
        "Republican primary on April 19, 2016 in New York City.\n\n"
        "\"We don't have much of a race anymore,\" Trump said."
    ))
    assert not [i.question for i in items if "thumbs up" in i.question or "pictured with" in i.question]
    assert dated_caption(
        "US Attorney General William Barr testifies before the Senate Judiciary Committee on \"The Justice "
        "Department's Investigation of Russian Interference with the 2016 Presidential Election\" on Capitol Hill "
        "in Washington, DC, on May 1, 2019."
    )
    # the verb and the date in two sentences: prose ("talks" is a noun)
    assert not dated_caption(
        "Defense talks with Cuba began. At a meeting in Caracas on May 26, 2008, Rangel and General Alvaro Lopez "
        "signed the two agreements."
    )
    assert not dated_caption("Trump spoke at a rally on March 3, 2016 in Dayton, Ohio, and left for Florida.")


def test_a_quotation_closed_by_the_other_kind_of_mark_is_one_quotation(tmp_path):
    for typed, read in (
        ("as “good for our nation.\" The issue", "as “good for our nation.” The issue"),
        ("He said \"We remain committed.” Then", "He said “We remain committed.” Then"),
        ("He called it \"fake news\" and “left.” ok", "He called it \"fake news\" and “left.” ok"),
    ):
        assert repair_markup(typed) == read
    items = _items(tmp_path, "2016-04-12", "Want to shrink the wage gap", (
        "Paid leave has become a campaign issue for both parties this year.\n\n"
        "A January poll found that 80 percent of likely voters, including 94 percent of Democrats, characterized "
        "equal pay, paid time off, and affordable child care as “good for our nation.\" The issue has become a "
        "talking point for presidential candidates."
    ))
    asked = [i.question for i in items if i.answer.startswith("94")]
    assert asked and all(q.endswith("“good for our nation.”") for q in asked), asked


def test_an_honorific_before_the_blank_says_the_answers_gender():
    assert stem_gender("Mr. ____ has repeatedly denied working with the Russians and called her report a hoax.") == "m"
    assert stem_gender("Ms. ____ said he was wrong.") == "f"
    assert stem_gender("The senators did not miss ____ at the hearing.") is None


def test_the_court_after_a_circuit_court_is_that_court(nlp):
    text = (
        "The Supreme Court on Monday granted the administration's request to reinstate part of the travel ban.\n\n"
        "Both the 4th and 9th Circuit courts had upheld rulings blocking the ban.\n\n"
        "The 9th Circuit based its decision on immigration law. The court said the order failed to provide the "
        "required justification.\n\n"
        "The Hawaii ruling went farther than the Maryland order affirmed by the 4th Circuit, stopping the refugee "
        "cap.\n\n"
        "Under the court's order, those provisions can now take effect."
    )
    named = references_of(nlp, text, "org")
    assert (named.get("The court") or "").endswith("9th Circuit"), named
    assert named.get("the court's") is None, named


def test_two_words_run_together_make_a_sentence_garbled(nlp, tmp_path):
    sent = next(nlp("Less than 24 hoursafter declining to name states, Trump named three states.").sents)
    assert ("two words run together", 13, 23) in word_slips(sent)
    sound = next(nlp("He logged into his inbox and said the rollout of the jihadis' councilor was everybody's.").sents)
    assert not [s for s in word_slips(sound) if s[0] == "two words run together"]
    items = _items(tmp_path, "2020-04-17", "Trump calls to liberate states", (
        "President Donald Trump called on supporters Friday to liberate states that have seen protests.\n\n"
        "Less than 24 hoursafter declining to name states ready to ease their rules, Trump named Virginia, Michigan "
        "and Minnesota as states that could benefit from what he described asliberation."
    ))
    assert not [i.question for i in items if "hoursafter" in i.question or "asliberation" in i.question]


def test_a_partys_members_are_a_party():
    assert org_kind("D.C. Republicans") == "party"
    assert org_kind("Senate Democrats") == "party"
    assert org_kind("Muslims") is None
