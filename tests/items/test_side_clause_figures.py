"""Figure cards that keep an unnamed word of a clause set off from the figure (round 39):
``extract.side_clauses`` and ``items.figures.beside_side_clauses``."""

from quizgen.extract.side_clauses import side_clauses
from quizgen.items.figures import number_items
from tests.articles import facts_of, make_article


def _cards(nlp, text: str) -> dict[str, str]:
    article = make_article(text)
    facts = facts_of(nlp, article)
    made = number_items(facts.figures, articles={article.id: article}, references={article.id: facts.references})
    return {item.answer: item.question for item, _ in made}


def _sides(nlp, sentence: str, figure: str) -> list[str]:
    doc = nlp(sentence)
    at = sentence.index(figure)
    span = doc.char_span(at, at + len(figure), alignment_mode="expand")
    return [sentence[s:e] for s, e in side_clauses(span)]


def test_a_relative_clause_on_the_subject_is_set_off(nlp):
    sentence = "Harwick shareholders, who approved the plan in May, will receive $14 in cash a share."
    assert any("approved the plan" in s for s in _sides(nlp, sentence, "$14"))


def test_the_figures_own_clause_and_the_clause_above_it_are_not(nlp):
    assert _sides(nlp, "The merger gives Orvane a 61.5% stake in the firm.", "61.5%") == []
    sides = _sides(nlp, "The bank said it would cut 400 jobs.", "400")
    assert not any("400" in s or "bank said" in s for s in sides)


def test_an_unnamed_description_in_a_relative_clause_keeps_the_card(nlp):
    cards = _cards(
        nlp,
        "Tellmark Savings Bank agreed to be acquired by Corbin Financial Corp. last year. "
        "Tellmark shareholders, who approved the plan in May, will receive $14 in cash a share.",
    )
    assert "$14" in cards
    assert "who approved the plan in May" in cards["$14"]


def test_an_unnamed_description_in_the_figures_clause_still_makes_no_card(nlp):
    cards = _cards(
        nlp,
        "Orvane Chemicals made a bid for the rest of Delmont Paints PLC. "
        "The acceptances give Orvane a 61.5% stake.",
    )
    assert "61.5%" not in cards


def test_a_place_in_a_side_clause_still_makes_no_card(nlp):
    # which state the poll is of: the card must say
    cards = _cards(
        nlp,
        "The new poll covers all 50 states. Utah is the most uncertain. "
        "Lee, who is favored across the state, leads Moore by 46 percent to 35 percent.",
    )
    assert "35 percent" not in cards and "46 percent" not in cards


_LONG = (
    "Fresh off a string of wins in the spring, the Harbor Party now faces the hard task of defending "
    "31 of the 40 council seats that are up for election this autumn{tail} the two-year terms of the "
    "many members who swept into office in the wave of the last election have come due at once."
)


def test_a_long_sentence_is_asked_without_its_closing_reason(nlp):
    cards = _cards(nlp, "The council has 40 seats. " + _LONG.format(tail=", largely because"))
    assert cards.get("31") is not None
    assert cards["31"].endswith("up for election this autumn.")


def test_a_long_sentence_keeps_its_closing_condition(nlp):
    # without "if …" the figure would be stated as a fact: no card
    cards = _cards(nlp, "The council has 40 seats. " + _LONG.format(tail=", but only if"))
    assert "31" not in cards
