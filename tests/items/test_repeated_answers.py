"""A story's first five questions ask about more than its central speaker."""

from quizgen.deck.generate import build_deck
from tests.articles import facts_of, make_article

STORY = (
    "Governor Maria Delgado promised on Tuesday to veto the state budget passed by the legislature.\n\n"
    "“This budget cuts our schools to the bone,” Delgado said at a news conference in Harlow.\n\n"
    "“I will not sign a plan that closes rural hospitals,” Delgado said.\n\n"
    "“The governor is playing politics with a balanced plan,” said Senate leader Tom Whitcombe, who wrote the budget.\n\n"
    "“The legislature can send me a better budget within a week,” Delgado told reporters.\n\n"
    "“Our teachers deserve better than this,” Delgado added.\n\n"
    "The budget would cut school funding by $310 million over two years."
)


def _items(nlp):
    article = make_article(STORY, date="2017-06-14", title="Delgado vows to veto state budget")
    return build_deck([facts_of(nlp, article)], deck_id="t", title="T").items


def test_the_rival_s_quote_ranks_above_the_central_speaker_s_fourth(nlp):
    items = _items(nlp)
    quotes = sorted((i for i in items if i.kind == "quote"), key=lambda i: (-i.importance, i.id))
    delgado = [i for i in quotes if i.answer == "Maria Delgado"]
    rival = [i for i in quotes if i.answer == "Tom Whitcombe"]
    assert len(delgado) >= 3 and rival, [(i.answer, i.importance) for i in quotes]
    # the central speaker's best quotation still comes first …
    assert quotes[0].answer == "Maria Delgado"
    # … but the rival's reply is asked before her third and later ones
    assert rival[0].importance > delgado[2].importance, [(i.answer, i.importance) for i in quotes]


def test_repeated_answers_only_reorder_cards(nlp):
    from quizgen.items.repeated_answers import spread_answers

    items = _items(nlp)
    again = spread_answers(items)  # a second pass lowers again but keeps every card
    assert [i.id for i in again] == [i.id for i in items]
