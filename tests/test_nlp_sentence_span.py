"""Where a fact's sentence begins and ends in the body: the parser's cut before a quotation is
no sentence start, and the whitespace after a sentence is not part of it."""

from spacy.tokens import Doc

from quizgen.nlp import sentence_end, sentence_start


def _doc(nlp, pieces):
    """A doc whose sentences are ``pieces`` (lists of (word, space-after)), as a parser cut them."""
    words = [w for piece in pieces for w, _ in piece]
    spaces = [s for piece in pieces for _, s in piece]
    starts = [i == 0 for piece in pieces for i, _ in enumerate(piece)]
    return Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=starts)


def _tokens(text):
    return [(w, True) for w in text.split()]


def test_a_piece_with_no_stop_before_a_quotation_is_the_sentences_own_beginning(nlp):
    first = _tokens("Sunday on Harlow Radio’s")
    second = _tokens("“Morning Desk,” Sen. Maria Delgado said the budget is in trouble .")
    doc = _doc(nlp, [first, second])
    sents = list(doc.sents)
    assert len(sents) == 2
    assert sentence_start(sents[1]) == 0  # the card reads "Sunday on Harlow Radio’s “Morning Desk,” …"


def test_a_sentence_ending_with_a_stop_or_a_line_break_keeps_its_start(nlp):
    quoted = _tokens("“The idea will fall to dust . ”")  # the closing mark a token of its own
    doc = _doc(nlp, [quoted, _tokens("Polls show support rising .")])
    second = list(doc.sents)[1]
    assert sentence_start(second) == second.start_char  # ‘… dust.”’ ends at its stop
    headline = [("Budget", True), ("talks", True), ("stall", False), ("\n\n", False)]
    doc = _doc(nlp, [headline, _tokens("The mayor said the talks failed .")])
    second = list(doc.sents)[1]
    assert sentence_start(second) == second.start_char  # a headline on its own line


def test_a_sentence_ends_at_its_last_word(nlp):
    doc = _doc(nlp, [[("Talks", True), ("failed", False), (".", False), ("\n\n", False)], _tokens("FULL TEXT .")])
    first = next(iter(doc.sents))
    assert doc.text[first.start_char : sentence_end(first)] == "Talks failed."


def test_a_transcript_speaker_label_is_no_part_of_the_sentence(nlp):
    text = "A partial transcript follows.\n\nMARIA LOPEZ: The council approved the harbour budget on Monday. It passed easily."
    doc = nlp(text)
    sent = next(s for s in doc.sents if "council" in s.text)
    assert text[sentence_start(sent) : sent.end_char].startswith("The council approved")
    # a colon inside a sentence, or a capitalised word that is no label, keeps the start
    text = "The mayor said: the budget passed.\n\nNASA launched a probe on Monday."
    doc = nlp(text)
    starts = [text[sentence_start(s) :].split()[0] for s in doc.sents if not s.text.isspace()]
    assert "The" in starts and "NASA" in starts


def test_a_persons_initials_between_capitalised_words_end_no_sentence(nlp):
    from quizgen.nlp import paragraph_breaks

    doc = paragraph_breaks(nlp.make_doc("The agency quoted Trade Secretary P.J. Orlov at a fair as saying so."))
    surname = next(t for t in doc if t.text == "Orlov")
    assert surname.is_sent_start is False


def test_an_abbreviation_after_a_lower_case_word_may_end_a_sentence(nlp):
    from quizgen.nlp import paragraph_breaks

    doc = paragraph_breaks(nlp.make_doc("He moved to the U.S. Trade talks began later."))
    assert next(t for t in doc if t.text == "Trade").is_sent_start is not False
