"""From the j105 sample (stop 57's last code: Reuters wire stories nobody had read, read after
scoring), fixed in stop 58 with articles written for the tests:

- a word the article slips on once, spelt right elsewhere in it ("Geogia Power" beside "Georgia
  Power", "a five pct equity postion" beside "position", "18.5 poct" beside "pct"; well-formed n),
  and two short words run together ("bond withan 11 pct coupon");
- a blank before ", S.A." (well-formed n: the blank split "Petroleos de Venezuela, S.A.");
- a quotation with a quoted term inside it in straight marks ('"I don't like the concept of "B"
  shares …"', well-formed n: the card's quotation ended at "of");
- a quoted piece whose subject is the reporter's ('he said, adding that an actual breakdown
  "would be very unfortunate"', well-formed n: spliced to the quotation before it);
- "Breakdown was as follows: …" (answerable n: the tagger's person, a sentence's first word);
- "Where will Baldrige stop?" when he "will also stop" in three more places (choices n);
- "fixed this morning at ____ dlrs an ounce, down on last night's close of 421.50/422.00" offered
  441.90 (choices n): a price written to the answer's cents beside it bounds the options.
"""

from __future__ import annotations

from quizgen.extract.marks import find_pieces
from quizgen.items.form_gate import form_problems
from quizgen.items.spelling import article_slips, mended_spelling
from tests.articles import deck_of_text


def test_a_slip_the_article_spells_right_elsewhere_takes_its_spelling(nlp):
    body = (
        "Georgia Power Co said the budget rose. Geogia Power also said its board delayed Unit Two. "
        "Georgia Power said the plant is 60 pct complete. Squibb will buy a five pct equity postion, "
        "its first position in the company; the position is worth 40 mln dlrs and Squibb holds 18.5 poct of it."
    )
    slips = article_slips(body)
    assert slips == {"Geogia": "Georgia", "postion": "position", "poct": "pct"}
    assert mended_spelling("Unit Two is ____ complete, [Geogia Power] added.", slips=slips) == (
        "Unit Two is ____ complete, [Georgia Power] added."
    )
    text = (
        "ATLANTA, March 20\n\n"
        "Georgia Power Co said the budget for its Vogtle nuclear plant has risen by 6 pct to 8.87 billion dlrs.\n\n"
        "Geogia Power said Unit Two is about 60 pct complete.\n\n"
        "Georgia Power also said its board has delayed the completion of Vogtle's Unit Two to June 1989."
    )
    deck = deck_of_text(nlp, title="GEORGIA POWER RAISES VOGTLE BUDGET", date="1987-03-20", events=True, text=text)
    texts = [t for i in deck.items for t in (i.question, i.answer, *i.choices)]
    assert texts and not [t for t in texts if "Geogia" in t], texts
    # the evidence keeps the article's words; the card built on them reads the article's spelling
    assert [i.question for i in deck.items if "Geogia" in i.evidence[0].text and "Georgia Power" in i.question]
    # the card that sentence gave before (s58) blanked "Vogtle's Unit" of "Unit Two"
    assert not [i.question for i in deck.items if "____ Two" in i.question]


def test_a_slip_is_not_a_name_of_its_own(nlp):
    # the limits: a name one letter from another is another's ("Osama" beside "Obama", "Donald
    # Regan" beside "Reagan"), two halves of one name are no slip, an ending is grammar
    assert article_slips("Obama said. Obama added. Osama bin Laden was killed.") == {}
    assert article_slips("Reagan named Donald Regan. Reagan said so. Reagan left.") == {}
    assert article_slips("Jumardi Jukardi, head of the unit, said Jukardi would go. Jukardi left.") == {}
    assert article_slips("Kuwait said so. Kuwait agreed. A Kuwaiti tanker sailed.") == {}
    assert article_slips("Bear, Stearns and Co said the sterns of the ships were hit.") == {}


def test_two_short_words_run_together_are_parted():
    assert mended_spelling("a seven-year bond withan ____ coupon") == "a seven-year bond with an ____ coupon"
    assert mended_spelling("the end ofthe year") == "the end of the year"
    assert mended_spelling("within the year") == "within the year"


def test_a_blank_before_a_comma_and_a_legal_form_cuts_the_name():
    cut = "the blank cuts a company's name before its legal form"
    assert cut in form_problems("____, S.A. signed a letter of intent with Agip Carbone.", "Petroleos de Venezuela", [])
    assert cut in form_problems("a unit of ____ Inc said", "Atlantic Richfield", [])
    assert cut not in form_problems("____, the state oil company, signed a letter of intent.", "Petroleos de Venezuela", [])


def test_a_term_quoted_inside_a_quotation_does_not_end_it(nlp):
    line = (
        'James Miller-Day, director of County Securities Asia Ltd, said: "I don\'t like the concept of "B" shares '
        'because it will create inequality among equities."'
    )
    assert [line[p.start : p.end] for p in find_pieces(line, [(0, len(line))])] == [
        'I don\'t like the concept of "B" shares because it will create inequality among equities.'
    ]
    # the limit: two quotations of one sentence stay two
    two = '"A is here," he said. "B is there."'
    assert [two[p.start : p.end] for p in find_pieces(two, [(0, len(two))])] == ["A is here,", "B is there."]
    text = (
        "HONG KONG, March 31\n\n"
        'The Hang Seng index fell 61.07 points on speculation that Hutchison Whampoa Ltd planned a bonus issue of "B" shares.\n\n'
        + line
    )
    deck = deck_of_text(nlp, title="HONG KONG B SHARES DRAW CRITICISM", date="1987-03-31", events=True, text=text)
    quotes = [i.question for i in deck.items if i.kind == "quote"]
    assert not [q for q in quotes if q.rstrip("”?").endswith("concept of")], quotes


def test_a_quoted_piece_the_reporter_gives_a_subject_is_not_spliced(nlp):
    text = (
        "WASHINGTON, March 12\n\n"
        "Federal Reserve Board Vice Chairman Manuel Johnson said the coordination of economic policy among the "
        "major industrial nations has weakened.\n\n"
        '"I think there have been potential breakdowns in that process," Johnson said, adding that an actual '
        'breakdown "would be very unfortunate."'
    )
    deck = deck_of_text(nlp, title="FED'S JOHNSON SEES POLICY STRAINS", date="1987-03-12", events=True, text=text)
    quotes = [i.question for i in deck.items if i.kind == "quote"]
    assert not [q for q in quotes if "…" in q and "unfortunate" in q], quotes


def test_a_common_word_opening_a_sentence_is_no_actor(nlp):
    text = (
        "BUENOS AIRES, March 25\n\n"
        "Argentine oilseed shipments during January totalled 5.9 mln tonnes, the Argentine Grain Board said.\n\n"
        "Breakdown was as follows: cotton 26,992 (41,933), sunflower 1,403,230 (1,190,862), soybean 3,275,225 "
        "(2,415,492), the board added."
    )
    deck = deck_of_text(nlp, title="ARGENTINE OILSEED SHIPMENTS", date="1987-03-25", events=True, text=text)
    assert not [i for i in deck.items if i.answer == "Breakdown"], [i.question for i in deck.items]


def test_a_place_among_several_is_not_asked_where(nlp):
    text = (
        "WASHINGTON, April 10\n\n"
        "Commerce Secretary Malcolm Baldrige will visit South Korea, China and the Philippines this month to "
        "press for more open markets, the Commerce Department said.\n\n"
        "Baldrige will be in Seoul April 18-20 and in Peking April 21-24, and will meet President Corazon Aquino "
        "in Manila on April 28.\n\n"
        "Baldrige will also stop in Hong Kong to meet British officials and local businessmen."
    )
    deck = deck_of_text(nlp, title="BALDRIGE TO VISIT ASIA", date="1987-04-10", events=True, text=text)
    assert not [i.question for i in deck.items if i.question.startswith("Where") and i.answer == "Hong Kong"], [
        (i.question, i.answer) for i in deck.items
    ]
    # the limit: a sentence's opening "Also today," links it to the news before
    text = (
        "WASHINGTON, Aug 15\n\n"
        "President Bush met congressional leaders at the White House to discuss the Persian Gulf crisis.\n\n"
        "Also today, King Hussein of Jordan arrived in Washington seeking to mediate the crisis."
    )
    deck = deck_of_text(nlp, title="HUSSEIN IN WASHINGTON", date="1990-08-15", events=True, text=text)
    assert [i for i in deck.items if i.question.startswith("Where") and i.answer == "Washington"], [
        (i.question, i.answer) for i in deck.items
    ]


def test_a_price_beside_the_answer_keeps_the_options_on_its_side(nlp):
    text = (
        "ZURICH, April 8\n\n"
        "Gold bullion was fixed this morning at 419.80 dlrs an ounce, down on last night's close of "
        "421.50/422.00, dealers said.\n\n"
        "Dealers said the market was quiet ahead of the Easter holiday, with little interest from Middle East buyers."
    )
    deck = deck_of_text(nlp, title="ZURICH GOLD FIXED LOWER", date="1987-04-08", events=True, text=text)
    (card,) = [i for i in deck.items if i.answer == "419.80"]
    wrong = [float(c) for c in card.choices if c != card.answer]
    assert len(wrong) == 3 and all(c < 421.50 for c in wrong), card.choices
    # the limit: a number of another unit bounds nothing ("around 2.90 marks and 1.60 dlrs")
    text = (
        "LONDON, April 2\n\n"
        "U.K. Chancellor of the Exchequer Nigel Lawson said he wanted sterling to stay roughly where it was, "
        "specifying a rate of around 2.90 marks and 1.60 dlrs."
    )
    deck = deck_of_text(nlp, title="LAWSON WANTS STERLING STABLE", date="1987-04-02", events=True, text=text)
    (card,) = [i for i in deck.items if i.answer == "around 2.90"]
    assert [c for c in card.choices if c != card.answer and float(c.split()[-1]) > 2.90], card.choices
