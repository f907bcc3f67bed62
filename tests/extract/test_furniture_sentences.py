"""A link or a run of wire listings inside a paragraph makes no card."""

from __future__ import annotations

from quizgen.extract.furniture_sentences import holds_url, is_listing
from tests.articles import facts_of, make_article


def test_a_link_and_a_listing_are_found():
    assert holds_url("Full results from the Bergen count are here: http://brgn.co/1AbC")
    assert holds_url("The poll's breakdown is at bit.ly/1Tnr3QM.")
    assert not holds_url("The council met at 9 a.m. in Bergen.")
    listing = (
        "Fjord Systems Inc. -- $125 million of notes due 2019, rated single-A by Moody's, via Nordbank and Co. "
        "Harbor Corp. -- $100 million of debentures due 2020."
    )
    assert is_listing(listing)
    assert not is_listing("Harbor Corp. -- the port's owner -- paid $100 million for the pier.")


def test_no_card_comes_from_a_sentence_holding_a_link(nlp):
    text = (
        "The Bergen council voted on Tuesday to spend $40 million on the harbour. "
        "The vote was 7 to 2, Ane Moe at the Bergen Courier reports: http://brgn.co/1AbC"
    )
    article = make_article(text, title="Harbour")
    facts = facts_of(nlp, article)
    sentences = {article.body[f.sent_start : f.sent_end] for f in [*facts.events, *facts.figures, *facts.dates]}
    assert not any("brgn.co" in s for s in sentences)
    assert any("$40 million" in s for s in sentences)


def test_an_editor_s_note_run_into_a_paragraph_makes_no_card(nlp):
    # the outlet speaking about its article, after a sentence of the story in the same paragraph
    text = (
        "The council met on Monday.\n\n"
        "The window for stimulus closed in later years as the council took control of the budget. "
        "Editor’s note: Mayor Tom Baines regularly misleads voters and has pledged to ban all cars — "
        "1.6 million vehicles in all — from entering the city."
    )
    assert "1.6 million" not in [f.text for f in facts_of(nlp, make_article(text)).figures]


def test_an_entry_run_into_the_last_entry_s_tail_is_a_listing():
    # the line break between two entries lost: the tail of one and the head of the next
    assert is_listing(
        "The issue was priced through Harlow, Finch and Co. Tamarack Freight Corp. -- $80 million of "
        "convertible debentures due 2015, priced at 99 to yield 7.5%."
    )
    assert not is_listing("Tamarack Freight Corp. -- $80 million of debentures due 2015, via Harlow, Finch and Co.")
    assert not is_listing("The biggest donor to the fund was Right to Rise USA -- $103 million in all.")


def test_no_card_says_one_issuer_did_what_the_next_did(nlp):
    text = (
        "Issuers sold corporate debt on Monday, according to underwriters.\n\n"
        "Bluewater Instruments Inc. -- $150 million of senior notes due 2000, priced at par to yield 9.25%. "
        "The notes are rated Baa-2 by Moody's Investors Service Inc. The issue was priced through Harlow, "
        "Finch and Co. Tamarack Freight Corp. -- $80 million of convertible debentures due 2015, priced at "
        "99 to yield 7.5%. The debentures were sold via Pemberton Securities Inc."
    )
    article = make_article(text, title="New issues")
    facts = facts_of(nlp, article)
    sentences = {article.body[f.sent_start : f.sent_end] for f in [*facts.events, *facts.figures, *facts.dates]}
    assert not any("Tamarack" in s for s in sentences)
    assert any("Issuers sold" in s for s in sentences)


def test_a_subheading_in_capitals_is_found():
    from quizgen.extract.furniture_sentences import opens_with_subheading

    assert opens_with_subheading("PAY THE RENT FIRST Suppose the flat costs $900 a month.")
    assert opens_with_subheading("“KEEP IT SHORT Most speeches run too long,” she said.")
    # acronyms, a company's name before its legal form, a lede in capitals that runs on in lower case
    assert not opens_with_subheading("A BBC News poll found the council ahead.")
    assert not opens_with_subheading("ACME FREIGHT Corp. said it would cut 200 jobs.")
    assert not opens_with_subheading("CHEAP FLIGHTS are drawing more travellers to small airports.")
    assert not opens_with_subheading("NATO leaders met in Riga on Monday.")


def test_no_card_copies_a_subheading_run_into_a_paragraph(nlp):
    text = (
        "The Bergen council voted on Tuesday to spend $40 million on the harbour.\n\n"
        "PAY THE RENT FIRST Suppose the new flats by the harbour cost $900 a month in rent."
    )
    facts = facts_of(nlp, make_article(text, title="Harbour"))
    figures = [f.text for f in facts.figures]
    assert "$900" not in figures, figures
    assert "$40 million" in figures


def test_a_list_s_heading_dates_and_counts_nothing(nlp):
    # a news advisory's heading: "the following" stands for the list under it, no news of its own
    text = (
        "The following are some of the main business stories due to be covered by the agency on Saturday.\n\n"
        "The Bergen council voted on Tuesday to spend $40 million on the harbour.\n"
    )
    article = make_article(text, title="Advisory", date="2017-05-27")
    facts = facts_of(nlp, article)
    sentences = {article.body[f.sent_start : f.sent_end] for f in [*facts.events, *facts.figures, *facts.dates]}
    assert not any("following" in s for s in sentences)
    assert any("$40 million" in s for s in sentences)


def test_an_agency_agenda_entry_ending_on_its_slug_makes_no_card(nlp):
    text = (
        "HARWICK: Reporting from Ostland on relief efforts after floods which have killed more than 40 people. "
        "(WEATHER-OSTLAND-FLOODS)\n\n"
        "The Harwick council voted on Tuesday to spend $40 million on the harbour."
    )
    article = make_article(text, title="The news agenda at 2100 GMT")
    facts = facts_of(nlp, article)
    sentences = {article.body[f.sent_start : f.sent_end] for f in [*facts.events, *facts.figures, *facts.dates]}
    assert not any("Reporting from" in s for s in sentences)
    assert any("$40 million" in s for s in sentences)
