"""A speaker's name that goes on after its surname ("King Abdullah II") is blanked whole in a
quote's cloze: j50 asked "Jordan's King ____ II warned …" answered "Abdullah II"."""

from __future__ import annotations

from quizgen.deck.generate import build_deck
from tests.articles import facts_of, make_article

TEXT = (
    "Varnland's King Harald IV warned Friday that chances were running out for peace in the region, "
    'with "disastrous" consequences in store unless progress is made in the first half of the new year.\n\n'
    "Harald, who held talks Friday with the prime minister, is seen as a key ally of the West."
)


def test_a_regnal_number_is_blanked_with_the_name(nlp):
    deck = build_deck([facts_of(nlp, make_article(TEXT, date="2006-12-22"))], deck_id="t", title="T")
    clozes = [i for i in deck.items if i.kind == "quote" and "____" in i.question]
    assert clozes, [i.question for i in deck.items]
    for item in clozes:
        assert "____ IV" not in item.question, item.question
        assert "King ____ warned" in item.question and item.answer == "Harald IV", (item.question, item.answer)
