"""The spaCy pipeline as quizgen loads it: paragraph breaks and glued quotation marks."""

from __future__ import annotations


def test_a_line_break_starts_a_sentence(nlp):
    doc = nlp("Trump keeps up his criticism in the hours before the polls\nRubio said on Tuesday that he would win.")
    assert [s.text.strip() for s in doc.sents] == [
        "Trump keeps up his criticism in the hours before the polls",
        "Rubio said on Tuesday that he would win.",
    ]
    said = next(t for t in doc if t.text == "said")
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["Rubio"]


def test_quote_marks_glued_to_the_next_word_are_split_off(nlp):
    tokens = [t.text for t in nlp.tokenizer("and paranoia,”Clinton said. Ryan said,“Look here.”")]
    assert tokens[:6] == ["and", "paranoia", ",", "”", "Clinton", "said"]
    assert tokens[7:12] == ["Ryan", "said", ",", "“", "Look"]


def test_offsets_are_unchanged_by_the_extra_splits(nlp):
    text = "He said,“Look.” 6'2\" tall, U.S.A. and e.g. this."
    doc = nlp(text)
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)


def test_a_dash_glued_between_a_name_and_a_figure_is_its_own_token(nlp):
    doc = nlp("Ames beat Pike—35 to 12 percent—in the Dover primary.")
    words = [t.text for t in doc]
    assert "Pike" in words and "35" in words and "percent" in words


def test_a_plural_title_does_not_end_the_sentence(nlp):
    # "Sens." was split from its stop and read as the sentence's end: a cloze ended "… and Sens."
    doc = nlp("A poll shows Ames at 36 percent, followed by Dana Pike at 14 percent and Sens. Lee Marr and Ted Cole at 11 and 8 percent.")
    assert len(list(doc.sents)) == 1
    assert "Sens." in [t.text for t in doc]
    doc = nlp("Reps. Ana Ruiz and Tom Hale voted against the bill on Monday. The vote failed.")
    assert next(s.text for s in doc.sents) == "Reps. Ana Ruiz and Tom Hale voted against the bill on Monday."


def test_a_weekday_after_a_companys_abbreviation_does_not_start_a_sentence(nlp):
    # j49: "… ordered the troubled Nissan Mutual Life Insurance Co. | Friday to suspend …" was cut
    # at "Co.", and a date card asked "____ to suspend most of its operations" with no subject
    doc = nlp(
        "The Finance Ministry ordered the troubled Harbor Mutual Life Insurance Co. Friday to suspend most of its"
        " operations. Its shares fell."
    )
    first = next(iter(doc.sents)).text
    assert first.startswith("The Finance Ministry") and first.endswith("operations.")
    doc = nlp("Ridge Tool Corp. Thursday announced a buyback of its shares. The plan is large.")
    assert [s.text for s in doc.sents] == ["Ridge Tool Corp. Thursday announced a buyback of its shares.", "The plan is large."]


def test_a_sentence_may_still_end_on_an_abbreviation(nlp):
    doc = nlp("The deal went to Ridge Tool Inc. Shares rose. He moved to the U.S. Friday was his day off.")
    assert [s.text for s in doc.sents][:2] == ["The deal went to Ridge Tool Inc.", "Shares rose."]
