"""From the j60 sample (stop 48, BBC fresh draw 8, read after scoring): words quoted in a
sentence that ends after the closing mark ('… slogan will be: "…". Campaign coordinator Alan
Milburn accused …') are not the next sentence's subject's; words someone then "agreed" with
are not theirs; an actor written "Mr Ebbers" is a person even where the tagger says an
organisation; and an object phrase the parse cut from the noun before it is no answer."""

from __future__ import annotations

from quizgen.deck.generate import build_deck
from quizgen.extract.lede_objects import _continues_a_noun
from tests.articles import facts_of, make_article


def quotes_of(nlp, text):
    return {q.quote[:40]: q.speaker for q in facts_of(nlp, make_article(text)).quotes}


def test_a_quotation_whose_sentence_ends_after_it_is_not_the_next_subject_s(nlp):
    text = (
        'Labour\'s election slogan will be: "Britain\'s working, don\'t let the Tories wreck it again". Campaign '
        'coordinator Alan Milburn accused the Tories of "launching Thatcherism in instalments" while Labour helped '
        "the hard working majority of families."
    )
    speakers = quotes_of(nlp, text)
    assert speakers.get("launching Thatcherism in instalments") == "Alan Milburn"
    assert not any(q.startswith("Britain's working") for q in speakers), speakers


def test_a_quotation_someone_then_agreed_with_is_not_theirs(nlp):
    text = (
        "The affair has made him disillusioned with the legal system, said Carlos Baez Silva, president of AARA. "
        '"People have to deposit their money in the banks, not necessarily because they trust them but because '
        'crime is so high." Mr Valentine, who was born in the United States but grew up in Argentina, agreed. '
        '"If I have to save pesos there is not much problem, but I will think twice before I deposit dollars."'
    )
    speakers = quotes_of(nlp, text)
    assert speakers.get("People have to deposit their money in th") != "Valentine", speakers
    assert speakers.get("If I have to save pesos there is not muc") == "Valentine", speakers


def test_an_actor_written_with_mr_is_asked_who(nlp):
    text = (
        "Bernard Ebbers denied the charges on Monday. The prosecution's star witness, former WorldCom financial "
        "chief Scott Sullivan, has said that Mr Ebbers ordered accounting adjustments at the firm."
    )
    deck = build_deck([facts_of(nlp, make_article(text, title="Worldcom ex-boss launches defence"))], deck_id="t", title="T", events=True)
    cards = [i for i in deck.items if "accounting adjustments" in i.question and i.kind == "event"]
    assert cards
    assert all(not i.question.startswith("Which organisation") for i in cards), [i.question for i in cards]
    assert {i.answer for i in cards if i.question.startswith("Who")} <= {"Bernard Ebbers"}


def test_a_phrase_right_after_a_name_continues_its_noun_phrase(nlp):
    doc = nlp("Sales of its Prius hybrid mid-size sedan rose. She gave the union a new deal.")
    hybrid = next(t for t in doc if t.text == "hybrid")
    new = next(t for t in doc if t.text == "a" and t.i > hybrid.i)
    assert _continues_a_noun(doc, hybrid.i)
    assert not _continues_a_noun(doc, new.i)


def test_a_committee_s_name_joined_by_and_is_read_whole(nlp):
    from quizgen.extract.name_tails import widen_cut_names

    doc = nlp("The Standards and Privileges Committee inquiry was launched after the Sunday Times alleged it.")
    widen_cut_names(doc)
    assert "Standards and Privileges Committee" in [e.text for e in doc.ents]
    doc = nlp("The Senate and House Committee met on Monday.")
    widen_cut_names(doc)
    assert "Senate and House Committee" not in [e.text for e in doc.ents]


def test_the_committee_is_bracketed_whole_with_its_article(nlp):
    text = (
        "Tory MP Jonathan Sayeed is to stand down on the grounds of ill health.\n\n"
        "The decision comes after Mr Sayeed survived an attempt to de-select him in a row over allegations he had "
        "profited from private tours of Parliament. Conservative leader Michael Howard has now accepted the MP's "
        "resignation.\n\n"
        "Mr Sayeed was suspended from Parliament for two weeks last month. The Standards and Privileges Committee "
        "inquiry was launched after the Sunday Times alleged a firm charged clients for access to Westminster through "
        'Mr Sayeed. Mr Sayeed had denied the claims, saying the suspension was "unjust and wrong" but he made an '
        '"unreserved" apology to MPs. He insisted that the committee\'s report had contained a "few errors of fact".'
    )
    deck = build_deck([facts_of(nlp, make_article(text, date=None, title="Sayeed to stand down"))], deck_id="t", title="T")
    questions = [i.question for i in deck.items if "errors of fact" in i.question]
    assert questions
    assert all("[Privileges Committee's]" not in q for q in questions), questions
