"""From the j219 sample (stop 72: AllSides fresh68, at eee21eae, read after scoring): a day's number
glued to a two-letter word that opens the next sentence ("… as of Nov. 23.In Washington, …") had run
the two sentences into one cloze."""

from __future__ import annotations

from quizgen import nlp


def test_a_stop_glued_to_a_two_letter_opener_ends_the_sentence():
    doc = nlp.load_pipeline()(
        "California has said applications grew from 334,027 as of Nov. 16 to 385,556 as of Nov. 23.In Washington, "
        "more than 150,000 have started applications. Version 2.0 is out."
    )
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences[1].startswith("In Washington"), sentences
    assert "Version 2.0 is out." in sentences
