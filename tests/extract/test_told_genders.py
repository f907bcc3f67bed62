"""A he/she before a quotation is never resolved to a person whom the text's own pronouns give
the other gender, when the first name tells no gender ("Hillary", "Jordan" are given to both)."""

from __future__ import annotations

from quizgen.extract.bound_pronouns import told_genders
from quizgen.extract.people import PersonIndex, person_mentions
from tests.quote_helpers import speakers_by_quote

HEADLINE = "Delegates weigh the race\n\n"
RACE = (
    "Jordan Ellery was on track, even with her loss in Indiana, to secure a majority of pledged "
    "delegates. Already, 520 superdelegates have said they support Ellery.\n\n"
)
DELEGATE = (
    "Rep. Robin M. Kowalski (Mich.), a superdelegate supporting Ellery, said he has spoken with "
    "many fellow superdelegates in recent weeks.\n\n"
)


def test_he_said_is_not_given_to_a_woman_the_text_calls_her(nlp):
    # Ellery is the last person named before "he said"; "her loss" rules her out.
    quote = "“The reality is that the overwhelming number who are committed to her did so,” he said."
    text = HEADLINE + RACE + DELEGATE + quote
    assert "Jordan Ellery" not in speakers_by_quote(text, nlp).values()


def test_she_said_still_means_the_woman_the_text_calls_her(nlp):
    text = HEADLINE + RACE + "“I will keep fighting for every vote,” she said."
    assert speakers_by_quote(text, nlp) == {"I will keep fighting for every vote": "Jordan Ellery"}


def test_genders_come_from_pronouns_in_clauses_the_person_is_the_subject_of(nlp):
    doc = nlp(RACE + DELEGATE)
    mentions = person_mentions(doc)
    told = told_genders(doc, mentions=mentions, index=PersonIndex(mentions, text=doc.text))
    # "Ellery was on track, even with her loss" → f; "a superdelegate supporting Ellery, said he"
    # is the delegate's "he", not a vote for Ellery.
    assert told.get("Jordan Ellery") == "f"
    assert told.get("Robin M. Kowalski") == "m"
