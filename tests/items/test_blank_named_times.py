"""A lede blank in a sentence whose only leaning words are a day or a week is asked, with the day
named in brackets as every cloze names it (j251's draw, stop 78: "The National Park Service is
deciding whether to shut down individual sites …, Nicholas Goodwin … said Thursday"). Before, any
word of the sentence that stood for something unnamed kept the blank from being asked; only a
word standing for a person still does ("[Tobin Ryan's] distaste" was a guess, fresh92)."""

from __future__ import annotations

from tests.articles import deck_of

LEDE = (
    "The Trump administration is sticking with its crowd-friendly waiver of entrance fees at national parks "
    "during the coronavirus pandemic, as managers at some parks try and fail to keep visitors a safe distance "
    "apart and communities appeal for a shutdown at other parks that are still open.\n\n"
    "While the Interior Department agreed this week to requests from local managers of Yellowstone and some "
    "other iconic national parks to close, others remained open and newly free of charge.\n\n"
    "The National Parks Conservation Association, a nonprofit group that advocates on park policy issues, "
    "called the administration's decision to keep the Grand Canyon open \"beyond reckless.\"\n\n"
)


def _blanks(tmp_path, sentence):
    body = LEDE + sentence + "\n\nGreat Smoky Mountains National Park was one of those whose request to close was granted."
    deck = deck_of(tmp_path, body, title="Appeals grow to close US national parks during pandemic", date="2020-03-26")
    return [i for i in deck.items if "lede-blank" in i.tags]


def test_a_blank_beside_a_day_is_asked_with_the_day_named(tmp_path):
    blanks = _blanks(tmp_path, (
        "The National Park Service is deciding whether to shut down individual sites on a park-by-park basis, "
        "in consultation with state and local health officials, Nicholas Goodwin, a spokesman for Interior "
        "Secretary David Bernhardt, said Thursday."
    ))
    asked = [i for i in blanks if i.answer == "The National Park Service"]
    assert asked and "[on 26 March 2020]" in asked[0].question, [(i.question, i.answer) for i in blanks]


def test_a_blank_beside_a_pronoun_for_a_person_is_still_not_asked(tmp_path):
    blanks = _blanks(tmp_path, (
        "The National Park Service is deciding whether to shut down individual sites on a park-by-park basis, "
        "in consultation with state and local health officials, he said."
    ))
    assert not [i for i in blanks if i.answer == "The National Park Service"], [(i.question, i.answer) for i in blanks]


def test_a_blank_beside_also_is_not_asked(tmp_path):
    blanks = _blanks(tmp_path, (
        "The National Park Service is also deciding whether to shut down individual sites on a park-by-park "
        "basis, in consultation with state and local health officials, Nicholas Goodwin said Thursday."
    ))
    assert not [i for i in blanks if i.answer == "The National Park Service"], [(i.question, i.answer) for i in blanks]
