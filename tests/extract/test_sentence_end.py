"""A card's sentence ends where its words end, not over a blanked block after it."""

from quizgen.deck.generate import generate_deck


def test_a_label_between_paragraphs_stays_out_of_the_question(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "donors.txt").write_text(
        '---\ntitle: "Donors unite against the front-runner"\ndate: "2016-03-22"\noutlet: "nyt"\n---\n'
        "Donors unite against the front-runner.\n\nABSTRACT.\n\n"
        "Wealthy conservatives are helping pay for a series of last-ditch efforts to wound Harold Benning, "
        "disclosures filed on Sunday night revealed.\n\nFULL TEXT.\n\n"
        "The prospect of a Harold Benning nomination is accomplishing what a diverse field of Republican "
        "contenders could not: uniting the party's big-money donor establishment.\n",
        encoding="utf-8",
    )
    deck = generate_deck([tmp_path / "in"], deck_id="donors", events=True)
    questions = [item.question for item in deck.items]
    assert any("wound ____" in q for q in questions)  # the card this is about is made
    assert not any("FULL TEXT" in q or "ABSTRACT" in q for q in questions)


def test_a_rule_between_paragraphs_stays_out_of_a_quotes_cloze(tmp_path):
    # the wire's "___." rule between items is furniture: the quote before it ends at its words
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "latest.txt").write_text(
        '---\ntitle: "The Latest: Benning unveils his tax plan"\ndate: "2016-01-05"\noutlet: "ap"\n---\n'
        "The Latest: Benning unveils his tax plan.\n\n"
        "Senator Harold Benning says his plan would cut taxes for every family in the country.\n\n"
        "Benning told voters in Ames that he would sign the plan on his first day. "
        "And he added that his own pen “has got an eraser.”\n\n___.\n\n"
        "Governor Ruth Calder says she will campaign in Iowa on Saturday.\n",
        encoding="utf-8",
    )
    deck = generate_deck([tmp_path / "in"], deck_id="latest", events=True)
    questions = [item.question for item in deck.items if item.kind == "quote"]
    assert any("eraser" in q for q in questions), questions  # the card this is about is made
    assert not any("___." in q for q in questions), questions
