"""From the j110 sample (stop 59: Reuters wire stories nobody had read, read after scoring),
fixed with articles written for the tests:

- "… president of BankAmerica's Seafirst Corp. Seafirst Chairman Richard Cooley will resume
  the additional duties of president." asked "Who will resume …?" → Rosenberg (right n: the
  parser read one sentence, the second verb given to the first subject);
- "… was ready to continue and perhaps step up the Gulf shipping war" made "Which country step
  up …?" (right n, well-formed n: a bare verb read as sharing the first clause's tense);
- "Its British Sugar Corp Plc unit …" answered "Its British Sugar Corp Plc", and "S and W
  Berisford Plc" was offered as "W Berisford Plc" (well-formed n, choices n);
- "S and P cited …" read "P cited …" (well-formed n, two cards);
- "inlcuing" copied into a card (well-formed n, two cards);
- "Japsper said" after "Thomas Jasper" answered "Japsper" (right n);
- "since [the Soviet trip]" glossed "the trip" after "his trip to Washington" (right n);
- "After launching … in early February, Searle recalled them in ____" offered three months
  before February (choices n);
- "rose to ____ dlrs in April from 306.0 billion dlrs" offered 338.7 and 369.5 billion (choices n);
- "… 100 mln Canadian dlrs of nine pct guaranteed eurobonds due 1997." a line of a list, no
  sentence (well-formed n);
- "What did X note oil companies were still spending stg a day …?" → "six mln" (well-formed n);
- "in Ste." cut from "Ste. Therese" (well-formed n).
"""

from __future__ import annotations

from quizgen.items.spelling import mended_spelling, right_spelling
from tests.articles import deck_of, deck_of_text


def test_a_company_abbreviation_s_stop_before_a_subject_and_its_verb_ends_the_sentence(nlp):
    text = (
        "Hollis had been president and chief operating officer of Westland's Pacific Corp. "
        "Pacific Chairman Richard Dunne will resume the additional duties of president."
    )
    assert [s.text for s in nlp(text).sents] == [
        "Hollis had been president and chief operating officer of Westland's Pacific Corp.",
        "Pacific Chairman Richard Dunne will resume the additional duties of president.",
    ]
    # the limits: a name a verb's clause opens on, and a name with no verb after it
    assert len(list(nlp("He said Acme Corp. Chairman John Smith resigned.").sents)) == 1
    assert len(list(nlp("He met with Acme Corp. Chairman John Smith on Friday.").sents)) == 1


def test_a_bare_verb_joined_to_a_tensed_one_makes_no_event(nlp):
    text = (
        "BAHRAIN, April 5\n\n"
        "Officials said they had spotted new missile launchers near the coast.\n\n"
        "It said the launchers were seen as a signal Iran was ready to continue and perhaps step up the tanker war against Iraq."
    )
    deck = deck_of_text(nlp, title="NAVY WATCHES GULF", date="1987-04-05", events=True, text=text)
    assert not [i.question for i in deck.items if "step up" in i.question], [i.question for i in deck.items]
    # the limit: two tensed verbs share their subject
    text = "LONDON, April 5\n\nThe Halvern Group bought the Dunmore brewery and closed the Leith bottling plant on Monday."
    deck = deck_of_text(nlp, title="HALVERN BUYS DUNMORE", date="1987-04-06", events=True, text=text)
    assert [i for i in deck.items if i.kind == "event" and "closed" in " ".join(e.text for e in i.evidence)]


def test_a_name_holds_no_possessive_pronoun_and_keeps_its_letters_before_and(nlp):
    doc = nlp("Its Northern Tile Co Plc unit had record sales. S and W Marlow Plc said profits rose.")
    names = {e.text for e in doc.ents if e.label_ == "ORG"}
    assert "Northern Tile Co Plc" in names and "S and W Marlow Plc" in names, names
    assert not [n for n in names if n.startswith("Its") or n == "W Marlow Plc"], names


def test_letters_joined_by_and_open_one_sentence(nlp):
    text = (
        "NEW YORK, Oct 20\n\n"
        "Standard and Poor's Corp said it may downgrade the debentures of Corbin Fitness Corp.\n\n"
        "S and P cited the parent's plan to sell Corbin Fitness for more than 300 mln dlrs to an investor group."
    )
    deck = deck_of_text(nlp, title="CORBIN MAY BE DOWNGRADED", date="1987-10-20", events=True, text=text)
    cited = [i.question for i in deck.items if "cited" in i.question]
    assert cited and all(q.startswith("S and P cited") for q in cited), cited


def test_a_long_word_two_slips_from_one_word_is_mended():
    assert right_spelling("inlcuing") == "including"
    assert right_spelling("agreemement") == "agreement"
    assert mended_spelling("collected 4.3 mln dlrs, inlcuing salary of 660,772 dlrs") == "collected 4.3 mln dlrs, including salary of 660,772 dlrs"
    # the limits: a letter put for another ("retracement" is no "replacement"), an ending
    # changed, two letters dropped that repeat nothing beside them
    assert right_spelling("retracement") is None
    assert right_spelling("investigational") is None
    assert right_spelling("securited") is None


def test_a_surname_mistyped_once_is_the_person_named_in_full(nlp):
    text = (
        "NEW YORK, March 11\n\n"
        "The Swap Brokers Council has written a standard contract, said Thomas Jasper, the council's co-chairman.\n\n"
        '"The contracts will speed the process and cut the cost of documentation," Japsper said.'
    )
    deck = deck_of_text(nlp, title="SWAP BROKERS WRITE CONTRACT", date="1987-03-11", events=True, text=text)
    speakers = [i.answer for i in deck.items if i.kind == "quote" and "speed the process" in i.question]
    assert speakers == ["Thomas Jasper"], [(i.kind, i.question, i.answer) for i in deck.items]


def test_the_noun_an_owner_s_phrase_says_is_no_other_one_named_before(nlp):
    text = (
        "LONDON, April 3\n\n"
        "Prime Minister Margaret Thatcher has gained support after her Soviet trip, a poll said.\n\n"
        "The poll was bad news for Labour leader Neil Kinnock. His popularity slumped after his trip to Washington last week. "
        "Thirty five pct of those polled said their opinion of him had fallen since the trip and only 13 pct were more in favour of him."
    )
    deck = deck_of_text(nlp, title="THATCHER GAINS IN POLL", date="1987-04-03", events=True, text=text)
    assert not [i.question for i in deck.items if "[the Soviet trip]" in i.question], [i.question for i in deck.items]


def test_a_month_the_question_names_orders_the_options(nlp):
    text = (
        "NEW YORK, April 7\n\n"
        "Corvell Labs and Dunmore Pharma ended their marketing pact, Corvell said.\n\n"
        "After launching the first two Corvell products in early November, Dunmore voluntarily recalled them in January "
        "as a preventive measure because some packages may have held the wrong tablets."
    )
    deck = deck_of_text(nlp, title="CORVELL, DUNMORE END PACT", date="1987-04-07", events=True, text=text)
    recalled = [i for i in deck.items if i.kind == "date" and "recalled them in ____" in i.question]
    assert recalled and recalled[0].answer == "January 1987"
    assert not {"October 1986", "September 1986", "August 1986"} & set(recalled[0].choices), recalled[0].choices


def test_a_small_step_from_last_month_keeps_the_options_near(nlp):
    text = (
        "WASHINGTON, June 1\n\n"
        "Private construction spending rose to 307.9 billion dlrs in April from 306.0 billion dlrs the previous month, "
        "the Commerce Department said."
    )
    deck = deck_of_text(nlp, title="CONSTRUCTION SPENDING RISES", date="1987-06-01", events=True, text=text)
    card = next(i for i in deck.items if i.kind == "number" and i.answer == "307.9 billion")
    assert len(card.choices) == 4
    values = [float(c.split()[0]) for c in card.choices]
    assert all(306.0 < v < 315.0 for v in values), card.choices


def test_a_list_line_of_bonds_is_no_sentence(nlp):
    text = (
        "NEW YORK, March 3\n\n"
        "Moody's Investors Service Inc said it assigned top ratings to these eurobond issues.\n\n"
        "Sudbank AG's 100 mln Canadian dlrs of nine pct guaranteed eurobonds due 1997."
    )
    deck = deck_of_text(nlp, title="MOODY'S RATES EUROBONDS", date="1987-03-03", events=True, text=text)
    assert not [i.question for i in deck.items if "guaranteed eurobonds" in i.question], [i.question for i in deck.items]


def test_an_amount_cut_from_its_unit_is_no_claimed_object(nlp):
    text = (
        "LONDON, March 4 - The U.K. offshore oil industry has suffered from last year's fall in oil prices but should "
        "not sustain lasting damage, Energy Minister Alick Brodie said.\n\n"
        "The drilling and supply vessel sectors had been most affected, Brodie told the energy committee. He noted, "
        "however, that oil companies were still spending six mln stg a day to maintain North Sea production."
    )
    deck = deck_of_text(nlp, title="OIL INDUSTRY NOT DAMAGED", date="1987-03-04", events=True, text=text)
    assert not [i for i in deck.items if i.kind == "event" and i.answer.endswith("mln")], [(i.question, i.answer) for i in deck.items]


def test_a_place_s_abbreviated_word_ends_no_sentence(nlp):
    text = "Cote said 3,100 new supplier jobs will be created by the increased production in Ste. Therese. He did not say when."
    sentences = [s.text for s in nlp(text).sents]
    assert len(sentences) == 2 and sentences[0].endswith("in Ste. Therese."), sentences


def test_a_range_of_prices_beside_other_prices_builds(tmp_path):
    """A range answer written to the cent beside other prices ("called 0.20 to 0.50 cent lower …
    0.50 to 1.00 cent lower") crashed the build (stop 59, a story of draw fresh34): the prices beside
    it were compared with the range as with one number."""
    body = (
        "CHICAGO, April 24 - Analysts said the Agriculture Department's reports were negative for livestock futures.\n\n"
        "June live cattle futures are called 0.20 to 0.50 cent lower on Monday and back months of cattle are expected "
        "0.50 to 1.00 cent lower. Pork bellies are expected 0.50 to 1.00 cent or more lower, the analysts said."
    )
    deck = deck_of(tmp_path, body, title="USDA REPORTS SEEN NEGATIVE TO LIVESTOCK", date="1987-04-24")
    assert deck.items
