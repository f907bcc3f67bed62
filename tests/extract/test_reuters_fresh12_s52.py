"""From the j81 sample (stop 52: Reuters wire stories nobody had read, read after scoring), fixed
with articles written for the tests:

- an answer the parse ended on a people's word before its noun ("stop imports of Danish |
  pigmeat") does not stand alone;
- a target phrase holding "their" ("talks with Vendex on their jointly owned service") is not
  split from an answer that holds the other party: the question would keep a "their" with one
  of its two owners gone;
- a company's name after "and" and capitalised words ("American Telephone and Telegraph Co") names
  nothing as the tagger cut it ("[Telegraph Co]"), and a title before a person reads the whole
  name;
- an actor that signs two letters of intent is not asked "What has X signed?";
- a dateline with a two-word region ("Trail, British Columbia, June 1 -") is no prose to blank;
- a time after an object that names a happening of its own ("backed President Reagan's
  retaliatory strike …") goes first in a "Which organisation …?" question, so it is not read as
  the strike's.
"""

from __future__ import annotations

from tests.articles import deck_of_text, events_of, facts_of, make_article


def test_an_answer_cut_before_its_noun_does_not_stand_alone(nlp):
    events = events_of(nlp, (
        "Canada has threatened to stop imports of Danish pigmeat from July 14 after Canadian veterinary "
        "inspectors approved only two of 33 slaughterhouses, a Danish agriculture ministry official told Reuters."
    ))
    assert not [e.answer for e in events if e.answer.endswith("Danish")]


def test_a_target_holding_their_stays_with_the_other_party(nlp):
    deck = deck_of_text(nlp, title="KLM DENIES REPORT OF AIR ATLANTA TAKEOVER", date="1987-03-18", events=True, text=(
        "AMSTERDAM, March 18 - KLM Royal Dutch Airlines denied a press report that it planned to take over "
        "Air Atlanta.\n\n"
        "A KLM spokeswoman said KLM had started talks with Vendex International NV on their jointly owned "
        "courier service XP Express Parcel Systems, but declined to confirm a newspaper report saying it "
        "wanted to buy the Vendex stake in XP."
    ))
    assert not [i.question for i in deck.items if "their" in i.question and "Vendex" in i.answer and "Vendex" not in i.question]


def test_a_company_name_joined_by_and_is_not_cut(nlp):
    text = (
        "NEW YORK, March 20 - American Telephone and Telegraph Co chairman James E. Olson said he is very pleased "
        "with the company's efforts so far to cut costs.\n\n"
        "He told a meeting of securities analysts that, although the company is not yet at point in its "
        "cost-cutting drive to improve profit margins, it is \"on the right track.\"\n\n"
        "Olson said ATT's cash flow was \"very strong in the first two months of the year, better than budgeted.\""
    )
    deck = deck_of_text(nlp, title="ATT COST-CUTTING EFFORTS ON TARGET", date="1987-03-20", events=True, text=text)
    assert not [i.question for i in deck.items if "[Telegraph Co]" in i.question]
    facts = facts_of(nlp, make_article(text, title="ATT COST-CUTTING EFFORTS ON TARGET", date="1987-03-20"))
    assert {q.role for q in facts.quotes if q.role} <= {"American Telephone and Telegraph Co chairman"}


# as a file writes it: a blank line after the front matter (the parse of the first line depends on it)
FOOTE = (
    "\nEXTON, Pa., March 26 - Foote Mineral Co said it has signed a letter of intent to merge into Rio Tinto-Zinc "
    "Corp PLC for cash.\n\n"
    "The company said at the time of the acquisition, its assets will include only lithium and ferrosilicon "
    "operations. Foote, which is 83 pct owned by Newmont Mining Corp, has signed a letter of intent to sell its "
    "Cambridge operations and said it is in talks on the sale of its manganese operations with several "
    "companies. Foote said Newmont has informally indicated it would vote in favor of the Rio Tinto proposal.\n\n"
    "Foote said terms of the agreement, including price for the proposed cash transaction, have not been "
    "released because they are subject to a continuing due diligence investigation.\n\n"
    "The company said a definitive merger agreement is expected to be negotiated within six weeks and "
    "shareholders are expected to vote on the deal at a meeting expected to be held in June or July."
)


def test_an_actor_that_signs_two_letters_is_not_asked_what_it_signed(nlp):
    deck = deck_of_text(nlp, title="FOOTE MINERAL TO MERGE INTO RIO TINTO", date="1987-03-26", events=True, text=FOOTE)
    assert not [i.question for i in deck.items if i.question.startswith("What has Foote")]


def test_a_dateline_with_a_two_word_region_is_no_prose(nlp):
    text = (
        "Trail, British Columbia, June 1 - Three United Steelworkers of America locals on strike at Cominco Ltd "
        "rejected a tentative three-year contract, a union representative said.\n\n"
        "The locals represent about 2,600 production and maintenance workers."
    )
    assert make_article(text, title="COMINCO UNION REJECTS CONTRACT", date="1987-06-01").blocks[0].kind == "dateline"
    deck = deck_of_text(nlp, title="COMINCO UNION REJECTS CONTRACT", date="1987-06-01", text=text)
    assert not [i.question for i in deck.items if i.question.startswith("Trail, British Columbia")]


SENATE = (
    "\nWASHINGTON, Oct 20 - The U.S. Senate on Tuesday backed President Reagan's retaliatory strike against "
    "Iranian targets in the Gulf as it moved to take a greater role in making policy in the volatile region.\n\n"
    "Senators voted 92-1 for a non-binding measure that endorsed Monday's U.S. attack on two Iranian oil "
    "platforms in retaliation for an Iranian attack last Friday on a Kuwaiti ship flying the American flag.\n\n"
    "The Senate then cut off Republican stalling tactics and set a vote on a measure giving Congress a larger "
    "role in Gulf policy."
)


def test_a_time_after_a_happening_goes_first(nlp):
    deck = deck_of_text(nlp, title="SENATE BACKS U.S. RETALIATION IN GULF", date="1987-10-20", events=True, text=SENATE)
    who = [i.question for i in deck.items if i.kind == "event" and i.question.startswith(("Which", "On"))]
    assert not [q for q in who if "strike" in q and q.endswith("1987?")]
