"""From the j147 sample (78f6d970, read after scoring), each fixed at its mechanism and tested
with an article written for the test:
- "In a filing with the ICC late today, the company outlined …": the ICC, inside the phrase set
  before the subject, taken for what "the company" means (left unnamed, the card asked nothing);
- "… (ICCO) buffer stock manager on …": the noun "buffer" read as a verb joined to the
  sentence's first verb by nothing, its "object" blanked ("buffer ____ on");
- "the U.S. Group formally launched its MD-11 plane program": a description asked as a name;
- "contributed to [the projected sharp rise]": a rise of what, only the sentences before said.
"""

from __future__ import annotations

from tests.articles import references_of, shown, wire_items


def test_a_name_in_a_phrase_before_the_subject_is_not_what_the_company_means(nlp):
    text = (
        "KANSAS CITY, March 25 - Prairie Southern Industries Inc said it is ready to buy the Gulf Coast "
        "Railroad from Atlas Corp if the Interstate Commerce Commission rejects Atlas's merger plan.\n\n"
        "In a filing with the ICC late today, the company outlined four conditions of its offer to acquire "
        "the railroad."
    )
    refs = references_of(nlp, text, "org")
    assert "the company" in refs and refs["the company"] != "the ICC", refs


def test_a_noun_read_as_a_verb_joined_by_nothing_gives_no_object_card(tmp_path):
    body = (
        "LONDON, June 1 - Traders recently returned from West Africa say some producers there are dismayed by "
        "the ineffective action so far by the International Cocoa Organization (ICCO) buffer stock manager on "
        "buffer stock purchases.\n\n"
        "One trader said some producers are annoyed the buffer stock manager is not buying cocoa."
    )
    items = wire_items(tmp_path, body, title="COCOA ORIGINS DISMAYED BY BUFFER STOCK ACTION", date="1987-06-01")
    assert not any("buffer ____" in i.question for i in items), shown(items)


def test_a_country_and_a_kind_word_is_no_organisations_name(tmp_path):
    body = (
        "NEW YORK, April 3 - Northwest Airlines said it ordered ten long-range Airbus jets.\n\n"
        "Airbus has been competing with Boeing Co in the long-range jet market since the U.S. Group formally "
        "launched its 767 plane program at the end of 1986. Boeing has won over 100 orders for the aircraft."
    )
    items = wire_items(tmp_path, body, title="NORTHWEST AIRLINES ORDERS AIRBUS JETS", date="1987-04-03")
    assert not any("U.S. Group" in (i.answer, *i.choices) for i in items), shown(items)


def test_a_change_the_sentences_before_told_is_no_answer_of_its_own(tmp_path):
    body = (
        "BANGKOK, March 3 - Thailand's foreign reserves are expected to rise sharply this year, bankers said.\n\n"
        "Bank of Thailand statistics show foreign reserves rose to 3.95 billion dlrs at end-January.\n\n"
        "Somchai Rattana, chief economist at the Siam Trust Bank Ltd, said Thailand's strong export performance and "
        "growing foreign investment contributed to the projected sharp rise."
    )
    items = wire_items(tmp_path, body, title="BANKERS SEE SHARP RISE IN THAI RESERVES", date="1987-03-03")
    assert not any(i.answer == "the projected sharp rise" for i in items), shown(items)


# From the j148 sample (067e371b, read after scoring):
# - "Denman" offered beside "Denmam", the wire's slip of the same man's name;
# - "He said “…”" after a sentence naming nobody credited to the last man named, who had said
#   nothing, while the story's speaker had spoken just before him.


def test_two_choices_a_letter_apart_are_never_offered_together():
    from quizgen.items.distractors import choose, one_letter_apart

    assert one_letter_apart("denman", "denmam") and one_letter_apart("roy denman", "roy denmann")
    assert not one_letter_apart("5.13 pct", "5.15 pct") and not one_letter_apart("jones", "james")
    choices = choose("Denman", ["Denmam", "Jones", "Yeutter", "Bentsen"], key="k")
    assert "Denmam" not in choices and len(choices) == 4


def test_a_he_after_a_sentence_naming_nobody_is_not_given_to_the_last_man_named_who_never_spoke(tmp_path):
    body = (
        "WASHINGTON, April 9 - The European Community has told Congress it would retaliate if textile "
        "legislation injuring EC interests is approved.\n\n"
        "Roy Hartley, head of the EC delegation here, issued the warning in a letter to Senator Lloyd Bentsen.\n\n"
        "Hartley told Bentsen that \"there should be no doubt that the EC will retaliate against the United States.\"\n\n"
        "Hartley made his comments in a general assessment of the Senate trade bill. He said he was concerned "
        "about provisions that would limit the president's discretion.\n\n"
        "U.S. Trade Representative Clayton Yeutter has also opposed those provisions, arguing that flexibility "
        "was needed in negotiations.\n\n"
        "The pending trade legislation would force the Administration to consult often with Congress.\n\n"
        "He said \"enactment of the bill would reduce the confidence of other governments in America's "
        "commitment to multinational trade.\""
    )
    items = wire_items(tmp_path, body, title="EC WARNS AGAINST PASSAGE OF TEXTILE BILL", date="1987-04-09")
    assert not any(i.kind == "quote" and "reduce the confidence" in i.question and i.answer == "Clayton Yeutter" for i in items), shown(items)
