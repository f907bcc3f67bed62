"""From the j145 sample (bd736919, read after scoring), each fixed at its mechanism and tested
with an article written for the test:
- "which cut 1986 exports by about 25 pct to ____ dlrs": whose exports, the question never said;
- "The bank's new division" bracketed as the World Bank, named last by its name, though the ADB
  (the Asian Development Bank by its initials) was named after it;
- "the company" after "a small Atlanta software publisher, The Software Link Inc" bracketed as
  the story's big company, and the next "The company" after it;
- "Baldrige opposed [the planned sale]": which sale, only the sentences before said;
- "Which organisation reached final agreement?" with what the agreement was on cut away;
- "Who was the CFTC Commissioner?": a commission has several;
- "set to go into effect on April, following …": the wire lost the day;
- "91-day bills, 1.40 billion dlrs of 182-day bills …": a sentence's piece with no clause.
"""

from __future__ import annotations

from quizgen.extract.roles import many_hold
from quizgen.extract.word_slips import word_slips
from tests.articles import facts_of, make_article, references_of, shown, wire_items


def test_a_figure_a_verb_changes_an_ownerless_noun_to_is_not_asked_without_its_owner(tmp_path):
    body = (
        "QUITO, March 11 - Peru will seek to halt all interest payments to its private foreign bank creditors "
        "this year, a senior government finance official said.\n\n"
        "Officials said they stopped interest payments because of a cash squeeze stemming from a slide in world "
        "copper prices, which cut 1986 exports by about 20 pct to 2.35 billion dlrs.\n\n"
        "The official said the country would meet its bank advisory committee in New York next month."
    )
    items = wire_items(tmp_path, body, title="PERU SEEKS HALT TO PAYMENTS TO BANKS", date="1987-03-11")
    assert not any("1986 exports by about 20 pct to ____" in i.question for i in items), shown(items)


def test_the_bank_is_the_one_named_last_by_its_name_or_its_initials(nlp):
    text = (
        "MANILA, April 21 - The Asian Development Bank (ADB) will keep lending to India, bank president "
        "Masao Fujioka said.\n\n"
        "\"Our loans to India should be modest and the World Bank should be the major lender,\" Fujioka said.\n\n"
        "Fujioka said the ADB saw its lending to the private sector as a catalyst. The bank's new private sector "
        "division in 1986 approved three loans totalling 11.46 mln dlrs."
    )
    refs = references_of(nlp, text, "org")
    assert refs.get("The bank's") == "the Asian Development Bank", refs


def test_the_company_after_a_business_just_introduced_is_not_the_storys_big_one(nlp):
    text = (
        "NEW YORK, June 29 - Microsoft Corp will ship its new operating system later this year, and Microsoft "
        "Corp said the program would run on most personal computers.\n\n"
        "Microsoft Corp chairman Bill Gates said a new version will be announced in September.\n\n"
        "But analysts said the demand has so far been met by a small Atlanta software publisher, The Software "
        "Link Inc. In late spring the company announced a multi-user system.\n\n"
        "The company said it filled 2,500 orders in the first four weeks."
    )
    refs = references_of(nlp, text, "org")
    assert refs.get("the company") is None and refs.get("The company") is None, refs


def test_an_act_the_sentences_before_told_is_no_answer_of_its_own(tmp_path):
    body = (
        "WASHINGTON, March 12 - Defense Secretary Caspar Weinberger opposes the purchase of a U.S. chipmaker by "
        "Fujitsu Ltd, Pentagon officials said.\n\n"
        "Commerce Department officials told Reuters yesterday that Commerce Secretary Malcolm Baldrige opposed "
        "the planned sale and that the White House will take up the matter within weeks.\n\n"
        "Officials said the sale would leave the military leaning on foreign suppliers."
    )
    items = wire_items(tmp_path, body, title="WEINBERGER OPPOSES FUJITSU BUYING U.S. FIRM", date="1987-03-12")
    assert not any(i.answer == "the planned sale" for i in items), shown(items)


def test_a_joint_act_whose_content_was_cut_away_is_not_asked_who(tmp_path):
    body = (
        "MIAMI, Oct 20 - Harbor Energy Corp said it reached final agreement on a 20-year contract for operation "
        "of the Broward County waste plant, the largest plant of its type in the state.\n\n"
        "The company is part of Harbor Group, a subsidiary of a French water company."
    )
    items = wire_items(tmp_path, body, title="HARBOR ENERGY TO OPERATE BROWARD WASTE PLANT", date="1987-10-20")
    assert not any(i.kind == "event" and i.question.endswith("reached final agreement?") for i in items), shown(items)


def test_a_seat_on_a_commission_known_by_its_initials_has_many_holders():
    assert many_hold("CFTC Commissioner") and many_hold("SEC Commissioner")
    assert not many_hold("NFL Commissioner") and not many_hold("EC Farm Commissioner") and not many_hold("CFTC Chairman")


def test_a_month_after_on_with_its_day_lost_is_a_slip(nlp):
    slips = word_slips(next(nlp("The tariffs are set to go into effect on April, following hearings which begin on April 13.").sents))
    assert [s[0] for s in slips] == ["a date with its day lost"]
    assert word_slips(next(nlp("The talks begin on April 13 in Geneva.").sents)) == []
    assert word_slips(next(nlp("The minister relied on May, who knew the file.").sents)) == []


def test_a_piece_of_a_sentence_with_no_clause_gives_no_figure(nlp):
    text = (
        "OTTAWA, April 9 - Canadian bank rate rose to 7.18 pct from 7.10 pct last week, the Bank of Canada said.\n\n"
        "Tenders will be received next week for 2.50 billion dlrs of\n\n"
        "91-day bills, 1.40 billion dlrs of 182-day bills and 500 mln dlrs of 364-day bills."
    )
    figures = facts_of(nlp, make_article(text, date="1987-04-09", title="CANADIAN BANK RATE RISES")).figures
    assert not any(f.value == 1_400_000_000 for f in figures), [(f.value, f.unit) for f in figures]
