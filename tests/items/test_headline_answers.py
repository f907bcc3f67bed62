"""A "who" card whose answer the story's headline names is given away by the headline (j251:
"President ____'s frustration with Jeff Sessions" under a headline naming Trump, judged not worth
learning): it ranks below the story's other cards. Which card a sentence keeps does not change."""

from __future__ import annotations

from tests.articles import deck_of

BODY = (
    "First, Donald Trump attacked former Republican presidential nominee Mitt Romney for being a "
    "\"failed candidate.\" Then he turned to \"little\" Marco Rubio.\n\n"
    "The Fox News debate in Detroit drew 16.9 million viewers, the network said on Friday, far fewer than "
    "the 24 million who watched the first debate in August.\n\n"
    "Ohio Gov. John Kasich won the endorsement of the state's largest newspaper on Thursday."
)


def _ranked(tmp_path, title):
    deck = deck_of(tmp_path, BODY, title=title, date="2016-03-04")
    return sorted(deck.items, key=lambda i: -(i.importance or 0.0))


def _attacked(items):
    return next(i for i in items if i.kind == "event" and "attacked" in i.question)


def test_the_headlines_person_asked_as_who_ranks_below_the_storys_other_cards(tmp_path):
    items = _ranked(tmp_path, "Blistering attacks upend Trump's pivot to statesman mode")
    attacked = _attacked(items)
    assert attacked.answer == "Donald Trump"  # the sentence keeps its card
    others = [i for i in items if i.id != attacked.id and i.kind in ("event", "number")]
    assert others and all((attacked.importance or 0) < (i.importance or 0) for i in others), [
        (i.answer, i.importance) for i in items
    ]


def test_a_who_card_the_headline_does_not_answer_keeps_its_rank(tmp_path):
    items = _ranked(tmp_path, "Blistering attacks at the Republican debate")
    attacked = _attacked(items)
    assert attacked.answer == "Donald Trump"
    assert attacked.importance == max(i.importance or 0 for i in items), [(i.answer, i.importance) for i in items]
