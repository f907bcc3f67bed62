"""Fixes from j47's readers, each a mechanism, on articles written for the test: an "also"
that adds to the actor's own acts leaves "What did X win?" more than one answer; a phrase cut
before "(EU)-wide" is no answer; "late Wednesday afternoon" and "the hugely popular Saturday
night show" read as English once their day is written out."""

from __future__ import annotations

from quizgen.items.day_names import day_references
from quizgen.items.wording import cloze
from tests.articles import deck_of, facts_of, make_article


def test_an_also_that_adds_to_the_actor_s_own_acts_makes_no_what_card(tmp_path):
    body = (
        "Norland swept all ten gold medals in the diving events at the regional games in Harlow on Thursday.\n\n"
        "It was the first time that one country had taken every gold in the pool. Norland also won six silver.\n\n"
        "Coach Anna Brightwater praised her young team after the final event."
    )
    deck = deck_of(tmp_path, body, date="2006-12-14", title="Norland sweeps the diving golds")
    asked = [i for i in deck.items if i.kind == "event" and i.answer == "six silver"]
    assert not [i for i in asked if getattr(i, "asks", None) == "what"], [i.question for i in asked]


def test_a_phrase_cut_before_a_bracketed_short_form_and_a_hyphen_is_no_answer(tmp_path):
    body = (
        "The European Parliament has overwhelmingly approved the introduction of a European Union (EU)-wide "
        "blacklist of unsafe airlines, in a package of measures to bolster air safety on the continent.\n\n"
        "Airlines that fail to meet the safety rules will be banned from the region, the parliament said."
    )
    deck = deck_of(tmp_path, body, date="2005-11-16", title="Parliament backs airline blacklist")
    assert not [i for i in deck.items if i.answer.endswith("European Union") or i.question.rstrip("?").endswith("European Union")]


def _day_cloze(nlp, text: str, date: str, blank: str) -> str:
    article = make_article(text, date=date, title="Test")
    facts = facts_of(nlp, article)
    refs = list(day_references(facts.dates, article.body))
    body = article.body
    at = body.index(blank)
    return cloze(body, 0, len(body), at, at + len(blank), references=refs)


def test_late_on_a_weekday_afternoon_reads_as_the_late_afternoon_of_the_date(nlp):
    text = (
        "Seven more helicopters joined the search Thursday for a powered glider with two people aboard that "
        "went missing during a competition in the Harlow hills late Wednesday afternoon."
    )
    question = _day_cloze(nlp, text, "2006-11-16", "Seven")
    assert "[in the late afternoon of 15 November 2006]" in question, question
    assert "late [" not in question


def test_a_weekday_slot_after_a_determiner_and_an_adverb_is_left_as_written(nlp):
    text = "The hugely popular Saturday night variety show pulled in 10.6 million viewers for its final in Harlow."
    question = _day_cloze(nlp, text, "2005-12-18", "10.6 million")
    assert "Saturday night variety show" in question, question
