"""Cards that reveal each other are marked siblings; one fact gets one card per article."""

from quizgen.deck.generate import build_deck
from quizgen.items.siblings import mark_siblings, one_card_per_fact
from quizgen.models import DateItem, Evidence, NumberItem
from tests.articles import facts_of, make_article


def _deck(nlp, text, **kw):
    return build_deck([facts_of(nlp, make_article(text, **kw))], deck_id="t", title="T")


def test_a_date_and_a_figure_of_one_sentence_are_siblings(nlp):
    deck = _deck(nlp, "Storm Delia killed at least 14 people in the Harlow valley on Tuesday, officials said.", date="2017-05-24")
    kinds = {i.kind: i for i in deck.items}
    assert {"date", "number"} <= set(kinds)
    assert kinds["date"].siblings and kinds["date"].siblings == kinds["number"].siblings


def test_one_figure_card_per_sentence(nlp):
    # each figure's cloze would show the other's answer: the sentence is asked once
    deck = _deck(nlp, "The Harlow Bridge is 17 kilometers (10 miles) long and cost taxpayers $40 million.")
    assert len([i for i in deck.items if i.kind == "number"]) == 1


def test_killed_and_injured_of_one_sentence_ask_the_dead(nlp):
    deck = _deck(nlp, "Hurricane Delia killed at least 14 people and injured more than 200 others in the valley.")
    assert [i.answer for i in deck.items if i.kind == "number"] == ["at least 14"]


def test_the_two_sides_of_a_comparison_are_two_cards_and_a_third_is_not(nlp):
    deck = _deck(nlp, "The Harlow poll shows Baines with 47 percent versus Marsh, who has 44 percent.")
    numbers = [i for i in deck.items if i.kind == "number"]
    assert sorted(i.value for i in numbers) == [44, 47]
    assert numbers[0].siblings and numbers[0].siblings == numbers[1].siblings
    deck = _deck(nlp, "The Harlow poll shows Baines with 47 percent, Marsh with 44 percent and Holt with 6 percent.")
    assert len([i for i in deck.items if i.kind == "number"]) == 2


def test_a_baseline_or_a_second_sum_of_a_sentence_is_not_asked(nlp):
    deck = _deck(nlp, "In the Harlow poll, Baines is at 41 percent, up from 37 percent in May, and Marsh is down from 49 percent.")
    assert [i.value for i in deck.items if i.kind == "number"] == [41]
    deck = _deck(nlp, "Delmont Corp. earned $17.3 million on revenue of $352.9 million in the quarter.")
    assert len([i for i in deck.items if i.kind == "number"]) == 1


def test_a_role_is_asked_once_per_sentence(nlp):
    text = (
        "Australian Prime Minister Malcolm Turnbull visited the city. "
        "German Chancellor Angela Merkel sent a message. "
        "NATO Secretary General Jens Stoltenberg called for unity. "
        "French President Emmanuel Macron spoke to reporters."
    )
    deck = _deck(nlp, text)
    turnbull = [i for i in deck.items if i.kind == "person" and i.person == "Malcolm Turnbull"]
    assert [i.question for i in turnbull] == ["Who was the Australian Prime Minister (May 2017)?"]


def test_cards_sharing_a_sentence_share_a_group():
    sentence = "Acme lost $19.3 million on Monday."
    ev = [Evidence(source="a1", start=0, end=len(sentence), text=sentence)]
    items = [
        NumberItem(id="n-1", question="Acme lost ____ on Monday.", answer="$19.3 million", value=19.3e6, style="cloze", evidence=ev),
        DateItem(id="d-1", question="Acme lost $19.3 million on ____.", answer="6 March 2017", value="2017-03-06", style="cloze", evidence=ev),
        DateItem(id="d-2", question="Acme was founded in ____.", answer="1990", value="1990", style="cloze",
                 evidence=[Evidence(source="a2", start=0, end=len(sentence), text=sentence)]),
    ]
    marked = mark_siblings(items)
    assert marked[0].siblings == marked[1].siblings and marked[0].siblings.startswith("s-")
    assert marked[2].siblings is None
    assert mark_siblings(items) == marked  # stable


def test_a_card_alone_in_its_sentence_has_no_sibling(nlp):
    deck = _deck(nlp, "The council approved the budget on Monday.\n\nIn a separate vote, 40 members backed the new bridge.")
    assert deck.items and all(i.siblings is None for i in deck.items)


def test_the_same_date_is_asked_once_per_article(nlp):
    text = (
        "Voters went to the polls on Tuesday in the state primary.\n\n"
        "Turnout on Tuesday was the highest in two decades, officials said.\n\n"
        "The results on Tuesday surprised the party leaders."
    )
    deck = _deck(nlp, text, date="2016-03-16")
    dates = [i for i in deck.items if i.kind == "date"]
    assert len(dates) == 1 and dates[0].value == "2016-03-15"


def _number(item_id, question, answer, value, importance):
    sentence = "Between 200 and 300 workers lost their jobs, about 250 of them at the plant."
    return NumberItem(
        id=item_id, question=question, answer=answer, value=value, unit="workers", style="cloze",
        importance=importance, evidence=[Evidence(source="a1", start=0, end=len(sentence), text=sentence)],
    )


def test_a_range_and_a_figure_inside_it_are_one_card():
    items = [
        _number("n-1", "Between ____ workers lost their jobs, about 250 of them at the plant.", "200 and 300", (200, 300), 0.6),
        _number("n-2", "Between 200 and 300 workers lost their jobs, ____ of them at the plant.", "about 250", 250, 0.4),
    ]
    assert [i.id for i in one_card_per_fact(items)] == ["n-1"]
    marked = mark_siblings(items)
    assert marked[0].siblings and marked[0].siblings == marked[1].siblings


def test_a_change_and_the_level_it_reached_are_one_card_the_level(nlp):
    deck = _deck(nlp, "Delmont's revenue for the quarter was $610 million, up 9% from $560 million.")
    assert [i.answer for i in deck.items if i.kind == "number"] == ["$610 million"]
    deck = _deck(nlp, "Delmont's quarterly profit jumped 16% to a record $88.4 million, or 51 cents a share, from $76.2 million.")
    assert [i.answer for i in deck.items if i.kind == "number"] == ["$88.4 million"]


def test_a_change_the_title_states_is_the_card(nlp):
    text = "Delmont's quarterly profit jumped 16% to a record $88.4 million, or 51 cents a share, from $76.2 million."
    deck = _deck(nlp, text, title="Delmont profit jumps 16% on garden sales")
    assert [i.answer for i in deck.items if i.kind == "number"] == ["16%"]


def test_an_amount_and_its_share_of_the_whole_are_one_card(nlp):
    deck = _deck(nlp, "Delmont Corp. said it holds 812,300 Harlow Inc. common shares, or a 6.2% stake.")
    assert [i.answer for i in deck.items if i.kind == "number"] == ["812,300"]


def test_figures_of_other_measures_of_one_sentence_give_one_card(nlp):
    text = "Delmont's revenue for the quarter was $610 million, up 9% from $560 million, and Delmont cut 450 jobs."
    assert [i.answer for i in _deck(nlp, text).items if i.kind == "number"] == ["$610 million"]


def test_figures_of_two_sentences_are_both_asked(nlp):
    text = "Delmont's revenue for the quarter was $610 million, up 9% from $560 million.\n\nDelmont also cut 450 jobs."
    assert sorted(i.answer for i in _deck(nlp, text).items if i.kind == "number") == ["$610 million", "450"]
