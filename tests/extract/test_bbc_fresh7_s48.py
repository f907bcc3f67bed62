"""From the j59 sample (stop 48, BBC fresh draw 7, read after scoring): a family name written
first that the name lists cannot tell ("Park Seung") is the one the article puts after "Mr";
a stop inside a word ("Bagle.AT") ends no sentence; a role its owner's name opens keeps the
owner ("the Scottish National Party's Holyrood leader") and is asked without a second "the";
a surname with its particle ("De Marigny") is offered among surnames; a question that writes
the singular of a blanked group ("Tory deputy chairman") is no card; a month after "between
August and" gets no option before August; and a "he said" after a sentence about someone the
story names by nationality ("The Australian has suffered …") is not given to the last speaker."""

from __future__ import annotations

import pytest

from quizgen.facts.names import written_alone
from quizgen.items.date_choices import paired_month
from quizgen.items.people import role_determiner
from tests.articles import deck_of, deck_of_text, facts_of, make_article


def test_the_word_after_mr_is_the_family_name_the_lists_could_not_tell():
    text = '"The economy is heading upward," said central bank governor Park Seung. Mr Park\'s statement came as rates were held.'
    assert written_alone("Park Seung", [text]) == "Park"
    assert written_alone("Donald Trump", ["Donald Trump spoke. Mr Trump left."]) is None


def test_the_deck_accepts_the_family_name_not_the_given_name(nlp):
    text = (
        '"The economy is now heading upward rather than downward," said central bank governor Park Seung. '
        "Mr Park's statement came as the bank decided to keep interest rates at an all-time low of 3.25%."
    )
    deck = deck_of_text(nlp, text, title="S Korean consumers spending again")
    (quote,) = [i for i in deck.items if i.kind == "quote"]
    assert quote.answer == "Park Seung"
    assert "Seung" not in quote.accept
    assert "Park" in quote.accept


def test_a_stop_inside_a_word_ends_no_sentence(nlp):
    doc = nlp(
        "Black Spider said it had stopped more than 1 million copies of Bagle.AT since the outbreak began. "
        "He visited Amazon.com on Monday. Anti-virus firms urged users to be wary."
    )
    assert [s.text for s in doc.sents] == [
        "Black Spider said it had stopped more than 1 million copies of Bagle.AT since the outbreak began.",
        "He visited Amazon.com on Monday.",
        "Anti-virus firms urged users to be wary.",
    ]


def test_a_role_keeps_the_name_that_owns_it(nlp):
    text = (
        "The Scottish National Party's Holyrood leader Nicola Sturgeon wrote to Mr McConnell on Tuesday. "
        "Labour's campaign chief Alan Milburn said the party would win."
    )
    roles = {(r.person, r.role) for r in facts_of(nlp, make_article(text)).roles}
    assert ("Nicola Sturgeon", "Scottish National Party's Holyrood leader") in roles, roles
    assert ("Alan Milburn", "Labour's campaign chief") in roles, roles
    questions = [i.question for i in deck_of_text(nlp, text).items if i.kind == "person"]
    assert "Who was the Scottish National Party's Holyrood leader (May 2017)?" in questions, questions
    assert "Who was Labour's campaign chief (May 2017)?" in questions, questions


@pytest.mark.parametrize(
    ("role", "article"),
    [("Labour's campaign chief", ""), ("Ukraine's new president", ""), ("Scottish National Party's Holyrood leader", "the"), ("President", "the"), ("attorney", "an")],
)
def test_a_role_opened_by_its_owner_takes_no_article_unless_the_owner_does(role, article):
    assert role_determiner(role) == article


def test_a_surname_with_its_particle_is_offered_among_surnames(nlp):
    text = (
        "Wales beat Italy 38-8 in Rome on Saturday. Gareth Thomas scored two tries for Wales. Stephen Jones kicked "
        "four conversions. Italy's Luciano Orquera, Mauro Bergamasco and Ludovico Nitoglia all missed tackles. "
        "Jones was unable to convert and De Marigny then hit the upright with a penalty attempt for Italy."
    )
    deck = deck_of_text(nlp, text, events=True, title="Wales win in Rome")
    cards = [i for i in deck.items if i.answer == "De Marigny" and i.choices]
    assert cards
    for card in cards:
        assert all(len(c.split()) == 1 for c in card.choices if c != "De Marigny"), card.choices


def test_a_question_writing_the_blanked_group_s_singular_is_no_card(nlp):
    text = "Howard Flight quit as Tory deputy chairman on Friday after apparently suggesting the Tories planned extra spending cuts."
    deck = deck_of_text(nlp, text, events=True, title="Tories reject rethink")
    assert not [i for i in deck.items if i.answer == "Tories" and "Tory" in i.question]


@pytest.mark.parametrize(
    ("question", "answer", "bounds"),
    [
        ("Bruvik's site was online between August and ____, and it grew.", "2001-11", ("2001-08", None)),
        ("It ran from ____ to November 2001.", "2001-08", (None, "2001-11")),
        ("It opened in ____.", "2001-08", (None, None)),
    ],
)
def test_a_month_paired_with_another_is_bounded_by_it(question, answer, bounds):
    assert paired_month(question, answer) == bounds


def test_a_month_after_between_august_and_gets_later_options(tmp_path):
    body = (
        "A court in Norway has upheld a ruling against a student who ran a music site.\n\n"
        "Bruvik's site was online between August and November 2001, and while it did not host any music, it "
        "was providing links to more than 170 free files on other servers."
    )
    deck = deck_of(tmp_path, body, title="Norway upholds ruling", date=None, events=False)
    cards = [i for i in deck.items if i.kind == "date" and i.answer == "November 2001"]
    assert cards
    for card in cards:
        assert all(c in ("September 2001", "October 2001", "November 2001", "December 2001") or "2002" in c for c in card.choices), card.choices


def test_he_after_a_sentence_about_a_player_named_by_nationality_is_not_the_doctor(nlp):
    text = (
        "Mark Philippoussis suffered two tears to the adductor muscle and was unable to play. \"He has to "
        'strengthen it enough to cope with repetitive days of tennis," said Hopman Cup doctor Hamish Osborne.\n\n'
        "The Australian has suffered a host of injury problems throughout his career but is still holding out "
        'slim hope. "It is something I will have to go by feel. I will start treatment as soon as possible," he said.'
    )
    quotes = [i for i in deck_of_text(nlp, text, title="Philippoussis doubt").items if i.kind == "quote"]
    assert any(i.answer == "Hamish Osborne" and "repetitive days" in i.question for i in quotes)
    assert not any(i.answer == "Hamish Osborne" and "go by feel" in i.question for i in quotes), [i.question for i in quotes]


def test_a_name_owning_another_noun_before_and_owns_no_role(nlp):
    text = (
        "Tory co-chairman Liam Fox had opened the forum in Brighton with an attack on Labour's record and party "
        "leader Michael Howard is due to speak later."
    )
    roles = {r.role for r in facts_of(nlp, make_article(text)).roles if r.person == "Michael Howard"}
    assert not any(r.startswith("Labour") for r in roles), roles


def test_a_place_s_office_is_not_read_as_its_possessive(nlp):
    text = "Trump also criticised London's newly elected Muslim mayor Sadiq Khan for making very rude statements."
    roles = {r.role for r in facts_of(nlp, make_article(text)).roles if r.person == "Sadiq Khan"}
    assert not any("London" in r for r in roles), roles


def test_he_after_the_only_person_named_by_age_is_still_that_person(nlp):
    text = (
        "England forward Michael Owen has told the BBC he is happy in Spain and has no plans to quit Real Madrid.\n\n"
        "But the 25-year-old, who has spent much of his time coming off the bench in La Liga, did not rule out a "
        'return to the Premiership at some stage. "I am pleased with the start I have made here," he told BBC Radio '
        'Five Live. "England is my country."'
    )
    quotes = [i for i in deck_of_text(nlp, text, title="Owen determined to stay").items if i.kind == "quote"]
    assert [i.answer for i in quotes if "pleased with the start" in i.question] == ["Michael Owen"]


def test_he_in_the_clause_of_a_name_tagged_as_an_organisation_is_not_the_last_person_named(nlp):
    text = (
        "Juninho's agent has confirmed that the player is hoping for talks with Martin O'Neill.\n\n"
        "Brian Hassell says no official approach has been received from Manchester City. But it was being "
        "stressed to BBC Sport that Juninho would prefer to remain with the Scottish champions. Juninho wants "
        "assurances that he will return to O'Neill's first-team plans."
    )
    deck = deck_of_text(nlp, text, events=True, title="Juninho demand for O'Neill talks")
    assert not [i for i in deck.items if "[Brian Hassell]" in i.question], [i.question for i in deck.items]
