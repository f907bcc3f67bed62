"""A Chinese or Korean name written family name first gives its first word as the short form
(round 37, j30: "Ki-moon" accepted for Ban Ki-moon, "Shouhuo" for Jiang Shouhuo). Made-up names."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import build_deck
from quizgen.facts.name_order import family_name_first
from quizgen.facts.names import written_surname
from tests.articles import facts_of, make_article


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Zhou Mingtao", "Zhou"),  # one word of two pinyin syllables
        ("Kim Tae-ho", "Kim"),  # two syllables joined by a hyphen
        ("Hsu Chih-ming", "Hsu"),  # Wade-Giles
        ("Park Sung Min", "Park"),  # two one-syllable words
        ("Marine Le Pen", "Le Pen"),
        ("Kim Davenport", "Davenport"),  # an English name with a first word Korean names share
        ("Lee Harvey Oswald", "Oswald"),
        ("Jack Ma", "Ma"),
        ("Wei Chen", "Wei Chen"),  # both words family names: either order, no short form
    ],
)
def test_the_short_form_of_a_name_follows_its_order(name, short):
    assert written_surname(name) == short


def test_an_order_that_cannot_be_known_is_none():
    assert family_name_first("Wei Chen") is None and family_name_first("Zhou Mingtao") is True


def test_a_family_name_first_is_accepted_never_the_given_name(nlp):
    article = make_article(
        "“The old songs are fading from the villages,” said Zhou Mingtao, a scholar of folk music.\n\n"
        "Zhou said the county would record the last singers before the spring festival.",
        date="2010-11-16",
    )
    deck = build_deck([facts_of(nlp, article)], deck_id="t", title="T")
    answers = [i for i in deck.items if i.answer == "Zhou Mingtao"]
    assert answers, [i.question for i in deck.items]
    for item in answers:
        assert "Mingtao" not in item.accept, item.accept
    assert any("Zhou" in item.accept for item in answers), [i.accept for i in answers]


def test_a_family_name_two_people_of_the_deck_share_is_nobody_s_short_form():
    from quizgen.facts.resolve import SpellingIndex

    names = {"Zhou Mingtao": "Zhou Mingtao", "Zhou Jiankang": "Zhou Jiankang", "Kim Tae-ho": "Kim Tae-ho"}
    index = SpellingIndex(names, mentions={"Zhou Mingtao": 3, "Zhou Jiankang": 3, "Kim Tae-ho": 1})
    assert index.surname_alias("Zhou Mingtao") == [] and index.surname_alias("Zhou Jiankang") == []
    assert index.surname_alias("Kim Tae-ho") == ["Kim"]
