"""The key-fact matcher: when does a card ask a teacher's key fact?"""

from types import SimpleNamespace

from benchmarks.key_facts import _unit_after_blank_matches, answers_match


def test_same_content_words_match_whatever_the_title():
    assert answers_match("Obama", "President Obama")
    assert not answers_match("Biden", "President Obama")


def test_a_cloze_answer_read_with_the_unit_after_its_blank_matches_the_key():
    card = SimpleNamespace(question="Clinton led Trump by ____ points, 50 to 48 percent.", answer="two")
    assert _unit_after_blank_matches(card, "two points")
    assert not answers_match(card.answer, "two points")  # the answer alone is half the key


def test_the_words_after_the_blank_must_be_exactly_the_key():
    card = SimpleNamespace(question="Clinton led Trump by ____ points in Ohio.", answer="two")
    assert not _unit_after_blank_matches(card, "two seats")
    assert not _unit_after_blank_matches(card, "three points")
    who = SimpleNamespace(question="Who led Trump by two points?", answer="Clinton")
    assert not _unit_after_blank_matches(who, "Clinton points")
