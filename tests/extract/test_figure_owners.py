"""Whose figure a figure is: the words standing for its owner when the sentence gives no name."""

import pytest

from quizgen.extract.figure_owners import figure_owner


def _owner(nlp, sentence: str, figure: str) -> str | None:
    doc = nlp(sentence)
    at = sentence.index(figure)
    span = doc.char_span(at, at + len(figure), alignment_mode="expand")
    found = figure_owner(span)
    return sentence[found[0] : found[1]] if found else None


@pytest.mark.parametrize(
    ("sentence", "figure", "owner"),
    [
        ("The steelmaker lost $8 million in the second quarter.", "$8 million", "The steelmaker"),
        ("That company earned $3 million.", "$3 million", "That company"),
        ("The gain was 6 cents.", "6 cents", "The gain"),
        ("We raised $40,000 for the shelter.", "$40,000", "We"),
        ("The firm said it cut its payout after its loss of $3 million.", "$3 million", "The firm"),
        ("It reported a net loss of $19 million.", "$19 million", "It"),
        ("Its stock dropped 12% to $6.", "12%", "Its"),
        ("Operating profit climbed 9% to $41 million.", "$41 million", "Operating profit"),
        ("Nearly 40% of the people surveyed opposed the plan.", "40%", "the people"),
        ("These charges came to $75 million.", "$75 million", "These charges"),
        ("Spokesmen said the utility plans to spend $2 billion.", "$2 billion", "the utility"),
        # the figure its clause's subject, the company that reports it unnamed
        ("About 1.1 million Class C warrants were issued, the company said.", "1.1 million", "the company"),
        # a plural pronoun in what a name reports is somebody else
        ("Wealth-X says they are worth about $47 billion each.", "$47 billion", "they"),
    ],
)
def test_an_owner_the_sentence_does_not_name(nlp, sentence, figure, owner):
    assert _owner(nlp, sentence, figure) == owner


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Northwind Mills reported a net loss of $19 million.", "$19 million"),
        ("Northwind's operating profit climbed 9% to $41 million.", "$41 million"),
        ("Nearly 40% of Canadians opposed the plan.", "40%"),
        ("Northwind said it would cut 600 jobs.", "600"),
        ("A landslide buried 31 homes near the river.", "31"),  # a new one, introduced here
        ("Some 14 people were hurt.", "14"),  # the figure is the subject: no owner to ask
        ("There were 90 boats in the harbour.", "90"),
        ("Halvorsen Foods said net income rose 4% to $9 million.", "$9 million"),  # the company named before
        ("Six people died and at least 40 were hurt.", "40"),
        ("If he keeps his 12 votes, Senator Ralph Ostrom can still win.", "12"),  # the name follows
        ("Canadian officers said they could send 2,000 troops.", "2,000"),  # the subject before names them
        ("The rate for older drivers rose 2 percent.", "2 percent"),  # a thing, not somebody's
        ("Wages rose 3% last year.", "3%"),  # meant in general
        ("Some 22 people were killed, police said.", "22"),  # police own no dead
        ("About 1.1 million warrants were issued, Northwind Mills said.", "1.1 million"),  # the reporter named
    ],
)
def test_no_owner_to_name(nlp, sentence, figure):
    assert _owner(nlp, sentence, figure) is None
