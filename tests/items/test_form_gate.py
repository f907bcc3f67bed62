"""A card whose text a reader would mark malformed is not made (``items.form_gate``)."""

import pytest

from quizgen.items.form_gate import (
    ends_on_saying,
    form_problems,
    opens_mid_sentence,
    quotation_marks_pair,
)


@pytest.mark.parametrize(
    "text",
    [
        "The treasurer could be replaced on ____.”",  # a closing mark whose opening was cut away
        "Who said: ““We never lose the vote count”?",  # a mark doubled at the join
        'The mayor called the plan "a mess on ____.',  # a straight mark left open
        'Port tax" on ____, calling it "absurd.',  # two straight marks, the first one closing
        'We need him back on the council," ____ said on Monday.',  # the opening mark cut away
    ],
)
def test_quotation_marks_that_do_not_pair_make_no_card(text):
    assert not quotation_marks_pair(text)
    assert "unpaired quotation marks" in form_problems(text, "4 May 2020", [])


@pytest.mark.parametrize(
    "text",
    [
        "Who said: “The harbour will reopen “soon,” the board promised”?",
        'The mayor called the plan "a mess" on ____.',
        '"We will build it," the mayor said on ____, calling the fee "fair."',
        "Obama’s aide said the talks ended on ____.",  # an apostrophe is no quotation mark
    ],
)
def test_paired_marks_and_apostrophes_pass(text):
    assert form_problems(text, "4 May 2020", []) == []


def test_a_wrong_choice_with_a_stray_mark_is_caught_too():
    assert form_problems("Who chairs the board?", "Ana Ruiz", ["Ana Ruiz", "Tom Bell”"]) == ["unpaired quotation marks"]


@pytest.mark.parametrize(
    "question, fragment",
    [
        ('"have kept cutting prices for two years" on their lagers, selling ____ cans a week.', True),
        ("and refrain from raising taxes on ____, the governor said.", True),
        ("____ said the bridge would reopen in May.", False),
        ("de Klerk met the council on ____.", False),  # a name's particle
        ("eBay said its sales rose ____.", False),  # a name with a capital inside
        ("“The vote is close,” Lopez said on ____.", False),
    ],
)
def test_a_question_opening_on_a_lowercase_fragment(question, fragment):
    assert opens_mid_sentence(question) is fragment


@pytest.mark.parametrize(
    "text",
    [
        "Later on ____, Carson shared a syllabus on his Facebook page, writing.",
        "On ____, the mayor defended the port fee, saying:",
        "The treasurer resigned on ____, adding.",
        "The council's advert, aired on ____, ends with a voice over saying.",  # no comma: "say" needs words
        "On ____, the mayor defended the fee on Facebook, saying that …",
    ],
)
def test_a_question_ending_on_a_verb_of_saying_with_nothing_said_is_not_made(text):
    assert ends_on_saying(text)
    assert "a verb of saying with nothing said" in form_problems(text, "4 May 2020", [])


@pytest.mark.parametrize(
    "text",
    [
        "“We will win,” the mayor said on ____.",
        "The mayor left the hall on ____, smiling.",  # a manner, not words
        "On ____, the council voted for the port, overriding.",  # no verb of saying (still odd, not this check's)
        "Who said: “We keep writing”?",
        "The mayor won on ____ with all precincts reporting.",  # "report" can stand alone
        "On ____, the mayor said the rest goes without saying.",
        "Who said: “We keep saying it”?",
        "On ____, the mayor left, saying that the fee was fair.",
    ],
)
def test_a_sentence_that_said_its_words_passes(text):
    assert not ends_on_saying(text)


def test_a_card_cut_inside_a_bracket_is_malformed():
    text = "The 13th summit of the ____) opened on Saturday in the capital."
    assert "unpaired brackets" in form_problems(text, "Northern Ports Association (NPA", [])
    assert form_problems("The summit of the ____ (NPA) opened on Saturday.", "Northern Ports Association", []) == []


def test_a_possessive_mark_left_after_the_blank_is_written_whole():
    from quizgen.items.form_gate import mended_possessive

    assert mended_possessive("The storm has entered the ____' area, the bureau said.") == (
        "The storm has entered the ____'s area, the bureau said."
    )
    assert mended_possessive("____'s council voted on Monday.") == "____'s council voted on Monday."
    assert mended_possessive("The storm has entered the ____' area.", "Philippines") == "The storm has entered the ____'s area."


def test_a_plural_answer_keeps_the_bare_possessive_mark():
    from quizgen.items.form_gate import mended_possessive

    # j49: "Farmers's income" read wrong; a plural's possessive is its bare mark
    assert mended_possessive("____' income fell 5 percent.", "Farmers") == "____' income fell 5 percent."
    assert mended_possessive("The ____' coach resigned.", "New York Yankees") == "The ____' coach resigned."
    assert mended_possessive("The ____' offices closed.", "Lehman Brothers") == "The ____' offices closed."
    assert mended_possessive("____' area grew.", "James") == "____'s area grew."


def test_a_bare_sentence_naming_nothing_is_no_card():
    assert "a bare sentence that names nothing" in form_problems("Campaigning ends on ____.", "23 May 1997", [])
    assert form_problems("Campaigning in Varnland ends on ____.", "23 May 1997", []) == []
    assert form_problems("Delmont also cut ____ jobs.", "450", []) == []  # the sentence opens on a name
    assert form_problems("The vote was ____ to 12.", "300", []) == []  # a number names the count's other side


def test_a_blank_holding_a_description_of_the_name_after_it_is_no_card():
    problem = "the answer is a description of the name after its blank"
    assert problem in form_problems("Harwick beat ____ Dunmore Rovers 2-0 on Sunday.", "struggling champions", [])
    assert form_problems("Harwick beat ____ 2-0 on Sunday.", "Dunmore Rovers", []) == []
    assert form_problems("The raid killed ____ Varnish soldiers.", "an estimated 300", []) == []  # a figure
    assert form_problems("The raid killed ____ Varnish soldiers.", "five", []) == []
    assert form_problems("The raid killed ____ Varnish soldiers.", "a dozen", []) == []
    assert form_problems("The mayor of ____ said on Monday the fee was fair.", "the port city", []) == []


def test_a_number_read_from_its_trailing_digits_is_no_card():
    problems = form_problems("The crop covered a record 165, ____ hectares.", "000", ["000", "3", "1", "4"])
    assert "an answer of a number's trailing digits" in problems
    assert form_problems("The crop in Varnland covered ____ hectares.", "165,000", []) == []


def test_a_question_pointing_back_to_the_text_above_is_no_card():
    problem = "points back to what the text said above"
    assert problem in form_problems("The above four countries account for ____ of all executions.", "92 percent", [])
    assert problem in form_problems("Who signed the aforementioned accord on 2 May 1997?", "Ostland", [])
    assert form_problems("The four countries named above Varnland on the list account for ____ of sales.", "40 percent", []) == []


def test_a_word_cut_at_its_hyphen_is_no_card():
    """j51: "The dollar rose to the lower- ____ yen level" (the article's "lower-117") and "by
    mid- in ____" (its "mid- June 2007"): the blank or the card took half a hyphened word."""
    problem = "a word cut at its hyphen"
    assert problem in form_problems("In Tokyo the dollar rose to the lower- ____ yen level on Friday.", "117", [])
    assert problem in form_problems("Varnland plans to finish the dam by mid- in ____.", "June 2007", [])
    assert problem in form_problems("Varnland set a mid-____ deadline for the Ostland talks.", "June", [])
    # whole words: a blank before its hyphen, a name's hyphen, a suspended hyphen
    assert problem not in form_problems("Varnco extended its ____-a-share offer for Ostco.", "$18", [])
    assert problem not in form_problems("Varnland opened Varnish-____ talks on Monday.", "Ostland", [])
    assert problem not in form_problems("Varnco's pre- and post-war ____ rose in Ostland.", "sales", [])


def test_a_card_speaking_in_the_first_person_with_no_speaker_is_no_card():
    """BBC dev: "At a certain point in ____, I was driving in on a Friday afternoon" — quoted
    words whose quotation mark the cut left behind; whose "I" the card never says."""
    from quizgen.items.form_gate import speaker_unsaid

    assert speaker_unsaid("At a certain point in ____, I was driving in on a Friday afternoon.")
    assert speaker_unsaid("He said we must leave Varnland by ____.")
    assert not speaker_unsaid("Who said: “I was there, and we won”?")  # inside the quotation marks
    assert not speaker_unsaid("World War I ended in ____.")  # a name's numeral
    assert not speaker_unsaid("Our Principles PAC launched an ad in ____.")  # a name
    assert not speaker_unsaid("US forces left Varnland in ____.")


def test_a_blank_after_a_name_s_the_is_no_card():
    problem = "the blank cuts a name after its 'The'"
    question = "Based on the true story of a man's battle to end his life, The ____ was best foreign language film."
    assert problem in form_problems(question, "Sea Inside", [])
    assert problem not in form_problems("The ____ won best foreign language film in 2005.", "Sea Inside", [])


@pytest.mark.parametrize("answer", ["- triple the value", "triple the value -", ", said Lee", "the council;"])
def test_an_answer_with_a_stray_mark_at_its_edge_is_no_card(answer):
    """BBC j56: "reached the £3.3 trillion mark in 2004 ____ 10 years earlier" → "- triple the value"."""
    question = "The value of the UK's housing stock reached the £3.3 trillion mark in 2004 ____ 10 years earlier."
    assert "a stray mark at the answer's edge" in form_problems(question, answer, [])


def test_an_answer_with_marks_inside_it_passes():
    assert "a stray mark at the answer's edge" not in form_problems("Talks with ____ resumed.", "Bosnia-Herzegovina", [])
