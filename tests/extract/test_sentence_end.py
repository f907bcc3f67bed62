"""A card's sentence ends where its words end, not over a blanked block after it."""

from quizgen.deck.generate import generate_deck


def _questions(tmp_path, front: str, body: str, *, kind: str | None = None) -> list[str]:
    """The questions of a deck generated from one article written for the test."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.txt").write_text(f"---\n{front}\n---\n{body}", encoding="utf-8")
    deck = generate_deck([tmp_path / "in"], deck_id="story", events=True)
    return [item.question for item in deck.items if kind is None or item.kind == kind]


def test_a_label_between_paragraphs_stays_out_of_the_question(tmp_path):
    questions = _questions(
        tmp_path,
        'title: "Donors unite against the front-runner"\ndate: "2016-03-22"\noutlet: "nyt"',
        "Donors unite against the front-runner.\n\nABSTRACT.\n\n"
        "Wealthy conservatives are helping pay for a series of last-ditch efforts to wound Harold Benning, "
        "disclosures filed on Sunday night revealed.\n\nFULL TEXT.\n\n"
        "The prospect of a Harold Benning nomination is accomplishing what a diverse field of Republican "
        "contenders could not: uniting the party's big-money donor establishment.\n",
    )
    assert any("wound ____" in q for q in questions)  # the card this is about is made
    assert not any("FULL TEXT" in q or "ABSTRACT" in q for q in questions)


def test_a_rule_between_paragraphs_stays_out_of_a_quotes_cloze(tmp_path):
    # the wire's "___." rule between items is furniture: the quote before it ends at its words
    questions = _questions(
        tmp_path,
        'title: "The Latest: Benning unveils his tax plan"\ndate: "2016-01-05"\noutlet: "ap"',
        "The Latest: Benning unveils his tax plan.\n\n"
        "Senator Harold Benning says his plan would cut taxes for every family in the country.\n\n"
        "Benning told voters in Ames that he would sign the plan on his first day. "
        "And he added that his own pen “has got an eraser.”\n\n___.\n\n"
        "Governor Ruth Calder says she will campaign in Iowa on Saturday.\n",
        kind="quote",
    )
    assert any("eraser" in q for q in questions), questions  # the card this is about is made
    assert not any("___." in q for q in questions), questions
