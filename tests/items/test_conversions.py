import pytest

from quizgen.items.conversions import without_conversion
from quizgen.items.figures import number_items
from tests.articles import facts_of, make_article


@pytest.mark.parametrize(
    "question, answer, expected",
    [
        ("The lake lies ____ kilometers (30 miles) north of the city.", "48", "The lake lies ____ kilometers north of the city."),
        ("The ticket cost ____ euros ($55) at the door.", "50", "The ticket cost ____ euros at the door."),
        ("The trail runs ____ miles, or about 8 kilometres, along the river.", "5", "The trail runs ____ miles along the river."),
        ("The bridge spans ____ feet, or 120 meters.", "400", "The bridge spans ____ feet."),
        ("The bid is ____ pence ($4.10) a share in cash.", "250", "The bid is ____ pence a share in cash."),
        # no conversion: a second figure per share, a share of votes, a count in brackets
        ("The bank earned ____, or 40 cents a share, in the quarter.", "$9 million", None),
        ("The mayor won ____ votes (61%) in the city.", "9,200", None),
        ("Police said ____ people (12 children) were hurt.", "30", None),
    ],
)
def test_a_conversion_beside_the_blank_is_left_out(question, answer, expected):
    assert without_conversion(question, answer) == (expected or question)


@pytest.mark.parametrize(
    "question, answer",
    [
        ("The fine came to 900 Swiss francs (____).", "$920"),
        ("The tower is 300 meters (____ feet) tall.", "984"),
    ],
)
def test_a_blank_that_is_the_conversion_makes_no_question(question, answer):
    assert without_conversion(question, answer) is None


def test_no_number_card_shows_the_conversion_of_its_answer(nlp):
    article = make_article(
        "Rescuers found the climbers 12 kilometers (7 miles) from the summit on the mountain's north face.", date="2016-03-03"
    )
    items = number_items(facts_of(nlp, article).figures, articles={article.id: article})
    questions = [i.question for i, _ in items]
    assert questions, "the distance is asked"
    assert not any("miles" in q and "kilometers" in q for q in questions)
    assert not any("(7" in q or "(12" in q or "(____" in q for q in questions)
