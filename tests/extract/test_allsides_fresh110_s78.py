"""From the j251 sample (stop 78: AllSides fresh110, at the stop's first code, read after scoring):

- "First lady Melania Trump": "lady" after a word that is no office is the title's own head, not
  a form of address the name keeps ("Chairman Sir Francis Tombs"). Read as an address, her title
  was lost and her quote was accepted as "President Trump"'s, the title of her bare surname;
- a time written straight after the verb that closes a relative clause belongs to that verb
  ("the DNS system the internet uses today": nowadays), though the parse hangs it on the verb
  the clause sits under ("helped design"), which made it the story's day.
"""

from __future__ import annotations

from quizgen.extract.person_roles import role_of
from tests.articles import deck_of, facts_of, make_article


def _deck(tmp_path, date, title, body):
    return deck_of(tmp_path, body, title=title, date=date)


def test_first_lady_is_her_title(nlp):
    doc = nlp("First lady Melania Trump praised the order in a tweet.")
    person = next(e for e in doc.ents if e.label_ == "PERSON")
    assert role_of(person) == "First lady"


def test_a_knighthood_after_an_office_still_goes_with_the_name(nlp):
    doc = nlp("Chairman Sir Francis Tombs denied the suggestions.")
    person = next(e for e in doc.ents if e.label_ == "PERSON")
    assert role_of(person) == "Chairman"


def test_the_first_ladys_words_are_not_accepted_as_the_presidents(tmp_path):
    deck = _deck(tmp_path, "2020-06-24", "Trump signs executive order aimed at improving foster care", (
        "President Trump on Wednesday signed an executive order aimed at improving the foster care system, "
        "saying the change would help thousands of children find permanent homes.\n\n"
        "The order, which Trump signed in the Oval Office, directs the Department of Health and Human "
        "Services to expand partnerships with faith-based groups.\n\n"
        "First lady Melania Trump praised the order in a tweet, noting that the child welfare system "
        "\"is responsible for creating safe & stable homes for more than 400,000 children.\""
    ))
    quotes = [i for i in deck.items if i.kind == "quote" and "400,000 children" in (i.quote or "")]
    assert quotes and all(i.answer == "Melania Trump" for i in quotes), [(i.answer, i.accept) for i in quotes]
    assert all("President Trump" not in i.accept and i.role != "President" for i in quotes), [(i.accept, i.role) for i in quotes]


def test_today_after_a_relative_clauses_present_is_nowadays(nlp):
    sentence = (
        "Paul Vixie, who helped design the very DNS system the internet uses today, was quoted in the Slate "
        "story saying that the two were communicating in a secretive fashion."
    )
    facts = facts_of(nlp, make_article(sentence, date="2017-03-09")).dates
    assert [(f.text, f.value) for f in facts] == []


def test_a_past_relative_clauses_today_stays_the_storys_day(nlp):
    sentence = "The senator, who spoke today in Des Moines, said the bill was dead."
    facts = facts_of(nlp, make_article(sentence, date="2017-03-09")).dates
    assert [f.value for f in facts] == ["2017-03-09"]


def test_an_office_the_quoted_words_speak_of_is_read():
    from quizgen.items.question_stems import quoted_offices

    question = (
        "Who said: “The Speaker must have at least two substantial legislative initiatives on the "
        "president’s desk for signatures by the end of March”?"
    )
    assert quoted_offices(question) == {"speaker", "president"}
    assert quoted_offices("Who said: “The leader of the group spoke to the press”?") == set()
    assert quoted_offices("Who said the Speaker had failed?") == set()  # not inside the quoted words


def test_the_holder_of_an_office_spoken_of_is_no_choice_but_a_former_holder_stays():
    from quizgen.items.titles import holds_office

    assert holds_office(["House Speaker"], "speaker")
    assert holds_office(["Speaker of the House"], "speaker")
    assert not holds_office(["Vice President"], "president")
    assert not holds_office(["former President"], "president")
