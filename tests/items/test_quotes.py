"""How a quote card shows the quotation: cut where a reader can follow, without the
attribution's punctuation."""

from __future__ import annotations

from dataclasses import replace

from quizgen.facts.records import QuoteFact
from quizgen.items.quotes import MAX_QUESTION_WORDS, excerpt, quote_prompt, tidy_pieces


def _fact(quote: str) -> QuoteFact:
    return QuoteFact(article_id="a1", quote=quote, quote_start=0, quote_end=len(quote), speaker="Ann Lee",
                     start=0, end=len(quote), cue="said")


def test_a_quote_cut_short_does_not_end_on_a_word_that_waits_for_more():
    cut = ("Older people get their news from the bulletins on television, from local radio stations and from the "
           "papers they pick up at the diner every morning before work, and younger people read it all on their phones, so they don't")
    assert len(cut.split()) == MAX_QUESTION_WORDS  # the card cuts the quotation right after "they don't"
    question, style = quote_prompt(_fact(cut + " see the rallies at all"))
    assert style == "question"
    assert question.endswith("younger people read it all on their phones …”?")


def test_a_last_piece_of_nothing_but_such_words_is_left_out():
    assert tidy_pieces("let me make it perfectly clear … That is not the …") == "let me make it perfectly clear …"


def test_the_speaker_s_own_break_is_kept_whole():
    # "I know what a good deal is," he said, "…": the piece is the speaker's, not a cut
    assert tidy_pieces("I know what a good deal is … Here is one.") == "I know what a good deal is … Here is one."
    assert tidy_pieces("Really? … Libya today is chaotic.") == "Really? … Libya today is chaotic."


def test_no_comma_of_the_attribution_is_kept():
    question, _ = quote_prompt(_fact("I hate the term 'Manhattan poor,'"))
    assert question == "Who said: “I hate the term 'Manhattan poor'”?"


def test_speech_whose_subject_is_outside_the_marks_is_asked_with_its_sentence():
    quote = "were tired. They had no plan. Nobody cared"
    cloze = "Both rivals “were tired. They had no plan. Nobody cared” at the end, ____ said."
    fact = replace(_fact(quote), cloze=cloze)
    assert quote_prompt(fact) == (cloze, "cloze")


def test_speech_opened_after_a_cue_s_comma_is_still_a_who_said_question():
    quote = "frankly the rent is too high. The tenants cannot pay it"
    cloze = "____ told the council, “frankly the rent is too high. The tenants cannot pay it.”"
    question, style = quote_prompt(replace(_fact(quote), cloze=cloze))
    assert style == "question" and question.startswith("Who said: “frankly")


def test_without_its_subject_in_view_the_question_starts_at_the_first_whole_sentence():
    quote = "were tired. They had no plan. Nobody cared"
    body = "Both rivals “" + quote + "” at the end, Ann Lee said."
    fact = replace(_fact(quote), quote_start=body.index(quote), quote_end=body.index(quote) + len(quote),
                   cloze="“were tired. They had no plan. Nobody cared” at the end, ____ said.")
    assert quote_prompt(fact, body=body) == ("Who said: “They had no plan. Nobody cared”?", "question")


def test_quoted_words_are_not_asked_from_the_connective_that_joined_them():
    from quizgen.items.quotes import without_leading_connective

    assert without_leading_connective("and not as a promise to the voters") == "not as a promise to the voters"
    assert without_leading_connective("But for the storm, we would have won") == "for the storm, we would have won"
    assert without_leading_connective("anderson was right") == "anderson was right"


def test_a_cut_quotation_shows_one_ellipsis_where_the_speakers_words_had_one():
    # the speaker's words end in an ellipsis (or a join's) just where the card cuts them
    said = "We rebuilt the harbour in a single winter, and we did it together ... " + " ".join(["more"] * MAX_QUESTION_WORDS)
    shown = excerpt(said)
    assert shown.endswith("together …")
    assert "... …" not in shown and "… …" not in shown
    spaced = "The ferry will run again . . . " + " ".join(["soon"] * MAX_QUESTION_WORDS)
    assert ". . . …" not in excerpt(spaced)


def test_speech_opening_on_a_connective_is_asked_from_its_first_whole_sentence():
    # “Many people are unsure this year,” Lee wrote, “but most agree … . I don't think …”
    quote = "but most voters agree that the harbour is in trouble. I don't think we can fix it unless we talk about it"
    body = "“Many people are unsure this year,” Ann Lee wrote in a statement, “" + quote + ".”"
    fact = replace(_fact(quote), quote_start=body.index(quote), quote_end=body.index(quote) + len(quote))
    assert quote_prompt(fact, body=body) == (
        "Who said: “I don't think we can fix it unless we talk about it”?", "question")


def test_a_quotation_cut_before_its_object_makes_no_card_without_its_sentence():
    fact = replace(_fact("Our shop has not been able to keep up very well with"), cut_short=True)
    assert quote_prompt(fact) is None  # never "Who said: “… very well with”?"
    cloze = "“Our shop has not been able to keep up very well with” changes in taste, said ____."
    assert quote_prompt(replace(fact, cloze=cloze)) == (cloze, "cloze")
