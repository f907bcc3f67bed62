"""Round 45: an organisation that is a part of another body is asked with its owner named or
not at all; a question over a verb with an indirect object keeps whom the act was done to; a
person's name is asked without an epithet written before it when the article writes the name
without it elsewhere."""

from __future__ import annotations

from tests.articles import events_of, facts_of, make_article


def test_a_part_of_an_unnamed_body_is_no_actor(nlp):
    events = events_of(nlp, "The city's Board of Education gave the teachers a raise of 5 percent on Monday.")
    assert not any("Board of Education" in e.actor for e in events)


def test_a_part_of_a_named_body_is_asked_with_its_owner(nlp):
    events = events_of(nlp, "Trexon University's School of Medicine has offered the doctors a place in its new program.")
    assert [e.actor for e in events] == ["Trexon University's School of Medicine"]


def test_the_indirect_object_stays_in_the_question(nlp):
    events = events_of(nlp, "Trexon University's School of Medicine has offered the doctors a place in its new program.")
    (event,) = events
    assert event.verb_group == "has offered the doctors"
    assert event.question_verb == "offered the doctors"
    assert event.answer == "a place in its new program"


def test_a_pronoun_indirect_object_makes_no_event(nlp):
    events = events_of(nlp, "The Harlow Trust has offered them a place in its new program for nurses.")
    assert not any(e.verb == "offer" for e in events)


def names_of(nlp, text: str, *, title: str = "Test") -> set[str]:
    facts = facts_of(nlp, make_article(text, title=title))
    return {a.name for a in facts.arguments}


def test_an_epithet_before_a_name_stays_in_the_question(nlp):
    text = (
        "Yale-trained Iron Lady Susan Hartwell-Bracken appeared to be the first female governor of the province"
        " as results on Sunday gave her a wide lead.\n\n"
        "Hartwell-Bracken said she would form a government within a week of the result."
    )
    names = names_of(nlp, text, title="Hartwell-Bracken leads the governor's race")
    assert "Susan Hartwell-Bracken" in names
    assert not any(n.startswith("Iron Lady") for n in names)


def test_an_epithet_the_article_never_drops_makes_no_card(nlp):
    text = (
        "Yale-trained Iron Lady Susan Hartwell-Bracken appeared to be the first female governor of the province"
        " as results on Sunday gave her a wide lead."
    )
    names = names_of(nlp, text, title="Governor's race results")
    assert not any("Hartwell-Bracken" in n for n in names)
