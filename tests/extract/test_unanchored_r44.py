"""Cards whose sentence names nothing of its own (issue 11, round 44, from j37): a bare count as
the subject of a short sentence that names no place, date or thing ("Twelve people were dead and
five injured."), and a role that is a body's common noun capitalised by the sentence ("Group
leader Ann Cole said …": which group?). Made-up articles."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import build_deck
from quizgen.extract.roles import _sentence_cased_body
from tests.articles import facts_of, make_article, references_of


def _deck(nlp, text: str):
    facts = facts_of(nlp, make_article(text, date="2006-11-19"))
    return facts, build_deck([facts], deck_id="t", title="T", events=True)


def _number_questions(nlp, text: str) -> list[str]:
    _, deck = _deck(nlp, text)
    return [i.question for i in deck.items if i.kind == "number"]


@pytest.mark.parametrize(
    "second",
    [
        "Twelve people were dead and five injured.",
        "A further 60 soldiers remained aboard in reserve.",
        "Nine workers were injured in the blast.",
    ],
)
def test_a_bare_count_naming_nothing_leans_on_the_sentence_before(nlp, second):
    text = (
        "A gas explosion tore through the Hollin Ridge pit in Dorwick on Monday, officials said.\n\n"
        "The blast occurred at about 7 p.m. while a shift of miners was underground. " + second
    )
    refs = references_of(nlp, text)
    noun = second.split(" were ")[0].split(" remained ")[0].split()[-1]
    assert refs.get(noun, "missing") is None, refs
    assert not any(q.startswith(second.split()[0]) for q in _number_questions(nlp, text))


@pytest.mark.parametrize(
    "second",
    [
        "Twelve people died in a fire at a warehouse.",  # brings in what happened
        "Twelve people were hurt in Dorwick on Monday.",  # a place and a date
        "Twelve people from the village were hurt.",  # says which people
        "The rescuers pulled out 12 people.",  # the count is no subject
    ],
)
def test_a_count_with_an_anchor_of_its_own_stays(nlp, second):
    text = "A storm hit the coast of Marlow County late on Sunday.\n\n" + second
    refs = references_of(nlp, text)
    assert all(name is not None or word not in second for word, name in refs.items() if word in ("people",)), refs


def test_the_lede_states_its_story_and_keeps_its_card(nlp):
    text = "Twelve people were killed and five injured.\n\nThe blast hit the Hollin Ridge pit in Dorwick."
    assert references_of(nlp, text).get("people", "missing") == "missing"


@pytest.mark.parametrize(
    ("role", "generic"),
    [
        ("Group leader", True), ("Team spokesman", True), ("Delegation head", True), ("Committee chairman", True),
        ("Group Chief Executive", False), ("Senate Majority Leader", False), ("Foreign Minister", False),
        ("Labour leader", False), ("leader", False),
        # a service or house of the story's place is an office there (lead, stop 39)
        ("Fire chief", False), ("Police chief", False), ("State senator", False),
    ],
)
def test_a_body_noun_capitalised_by_the_sentence_names_no_body(role, generic):
    assert _sentence_cased_body(role) is generic


def test_group_leader_makes_no_who_was_card(nlp):
    text = (
        "An independent team reviewing last month's election in Vantoria met party officials in "
        "the capital on Tuesday.\n\n"
        "Group leader Ann Cole said on Wednesday that the electoral board would receive the "
        "team's report in two weeks."
    )
    facts, deck = _deck(nlp, text)
    assert not any(r.person == "Ann Cole" for r in facts.roles), facts.roles
    assert not any("Group leader" in i.question and i.question.startswith("Who was") for i in deck.items)


def _event_questions(nlp, text: str) -> list[str]:
    _, deck = _deck(nlp, text)
    return [i.question for i in deck.items if i.kind == "event"]


def test_an_event_whose_dropped_occasion_leans_on_the_text_before_makes_no_card(nlp):
    text = (
        "Premier Dana Hollis of Varnland will lead a business delegation to Oskar province next week, "
        "the government said on Tuesday.\n\nThe tour will be Hollis's second visit to the province. "
        "During the trip, Hollis will visit local enterprises and farming projects. She will also "
        "attend a trade fair in Kelby."
    )
    assert not any("local enterprises" in q for q in _event_questions(nlp, text))


def test_an_event_with_a_name_in_its_answer_keeps_its_card_after_the_occasion():
    from quizgen.facts.records import EventFact, Reference
    from quizgen.items.event_gates import _occasion_dropped

    body = "At the meeting, Lee signed a deal with Kia."
    fact = EventFact(
        article_id="a1", actor="Lee", actor_label="PERSON", verb="sign", verb_class="agree",
        verb_group="signed", question_aux="did", question_verb="sign", answer="a deal with Kia",
        answer_kind="object", prep=None, start=body.index("Lee"), end=len(body) - 1, sent_start=0, sent_end=len(body),
    )
    ref = Reference(text="the meeting", start=3, end=14, name=None, kind="thing")
    assert not _occasion_dropped(replace_answer(fact, "a deal"), [Reference(text="the meeting", start=0, end=5, name=None, kind="thing")])
    assert not _occasion_dropped(fact, [ref])
    assert _occasion_dropped(replace_answer(fact, "a deal"), [ref])


def replace_answer(fact, answer):
    from dataclasses import replace

    return replace(fact, answer=answer)
