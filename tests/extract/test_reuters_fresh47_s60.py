"""From the j116 sample (stop 60: Reuters wire stories nobody had read, read after scoring),
fixed with articles written for the tests:

- a quotation "he added" after "the unidentified U.S. Official said" credited to the delegate
  named two paragraphs before (right n), and "U.S. Official" asked as a speaker's name;
- a quotation the wire never closed ("“I don't see any reason …, said Frederick Meinke, analyst
  …") credited, with the attribution inside it, to the analyst quoted before (right n);
- "a challenge for the U.S. | Equal to the Soviet Union launching of Sputnik." cut in two at
  "U.S." (well-formed n: the answer lost the point of the sentence);
- "What did Herrhausen say Brazil's moratorium had?" → "surprised banks" (well-formed n);
- "for ____/May 25 shipments": one end of a window of days blanked (well-formed n);
- "Prime lending rate is now ____" (answerable n: whose, the sentences before said).
"""

from __future__ import annotations

from tests.articles import deck_of_text, facts_of, make_article


def _cards(deck):
    return [(i.kind, i.question, i.answer) for i in deck.items]


def test_he_after_an_unnamed_official_is_that_official_not_the_named_delegate(nlp):
    text = (
        "MANILA, April 29 - Washington is worried about a plan to raise Japan's votes at the Asian "
        "Development Bank, a U.S. Delegate said.\n\n"
        '"We do not want our influence reduced," the U.S. Official added.\n\n'
        '"The Asian Development Bank should lend for reform," chief U.S. Delegate Charles Dallara '
        "told the meeting earlier.\n\n"
        '"Lending should follow reform," the unidentified U.S. Official said.\n\n'
        '"The bank is not talking enough with its borrowers," he added.\n\n'
        '"We are looking at a 20 year horizon for the region."'
    )
    deck = deck_of_text(nlp, title="U.S. WORRIED ABOUT FUND VOTES", date="1987-04-29", events=True, text=text)
    quotes = {i.question: i.answer for i in deck.items if i.kind == "quote"}
    assert all("not talking enough" not in q and "20 year horizon" not in q for q in quotes), quotes
    assert "U.S. Official" not in quotes.values(), quotes
    # the limit: the delegate's own words stay his
    assert any("should lend for reform" in q and a == "Charles Dallara" for q, a in quotes.items()), quotes


def test_a_quotation_never_closed_ends_at_the_attribution_inside_it(nlp):
    text = (
        "NEW YORK, March 13 - Bank stocks fell after Brazil suspended interest payments on its "
        "foreign debt, analysts said.\n\n"
        '"The market overreacted to the news," said Robert Gordon, analyst at Smith Barney. He said '
        "the big banks could absorb the loss.\n\n"
        "\"I don't see any reason to change full year earnings estimates, said Frederick Meinke, "
        "analyst at E.F. Hutton Co. He thinks the dispute with Brazil could end as the one with "
        "Argentina did in 1985."
    )
    facts = facts_of(nlp, make_article(text, title="TALKING POINT/BANK STOCKS", date="1987-03-13"))
    quotes = {q.quote: q.speaker for q in facts.quotes}
    assert quotes.get("I don't see any reason to change full year earnings estimates") == "Frederick Meinke", quotes
    assert not any("said Frederick Meinke" in q for q in quotes), quotes
    assert quotes.get("The market overreacted to the news") == "Robert Gordon", quotes


def test_words_after_us_with_no_tensed_verb_end_the_sentence_before(nlp):
    text = (
        "JACKSONVILLE, Fla., March 20 - Federal Reserve Board Chairman Paul Volcker said the U.S. "
        "Trade deficit is a challenge for the U.S. Equal to the Soviet Union launching of Sputnik.\n\n"
        "He called on educators to stress reading, writing and mathematics. The U.S. Needs skilled "
        "workers, he said."
    )
    doc = nlp(text)
    sentences = [s.text for s in doc.sents]
    assert any("challenge for the U.S. Equal to the Soviet Union" in s for s in sentences), sentences
    deck = deck_of_text(nlp, title="VOLCKER SAYS TRADE DEFICIT IS CHALLENGE", date="1987-03-20", events=True, text=text)
    assert not any(a == "a challenge for the U.S." for _, _, a in _cards(deck)), _cards(deck)


def test_a_past_perfect_read_as_having_is_not_asked_as_what_one_had(nlp):
    text = (
        "FRANKFURT, April 2 - A world recession is unlikely this year, Deutsche Bank chief Alfred "
        "Herrhausen said.\n\n"
        "Turning to the debt problem, Herrhausen said Brazil's debt moratorium had surprised banks."
    )
    deck = deck_of_text(nlp, title="WORLD RECESSION UNLIKELY - BANKER", date="1987-04-02", events=True, text=text)
    assert not any(a == "surprised banks" for _, _, a in _cards(deck)), _cards(deck)


def test_one_end_of_a_window_of_days_is_not_blanked(nlp):
    text = (
        "CHICAGO, March 27 - Jamaica bought U.S. corn and rice at its tender earlier this week using "
        "PL-480 funds, a U.S. Department of Agriculture official said.\n\n"
        "Exporters have not received final PL-480 approval on their sale of a total of 9,500 tonnes of "
        "U.S. number five or better long grain brown rice (10 pct maximum broken) for April 10/May 25 "
        "shipments.\n\n"
        "The next tender will be held on April 14, the official said."
    )
    facts = facts_of(nlp, make_article(text, title="JAMAICA BUYS U.S. CORN AND RICE", date="1987-03-27"))
    dates = [(d.value, d.text) for d in facts.dates]
    assert ("1987-04-10", "April 10") not in dates and ("1987-05-25", "May 25") not in dates, dates
    # the limit: a date standing alone is still a date
    assert ("1987-04-14", "April 14") in dates, dates


def test_a_figure_of_a_bare_subject_naming_nothing_is_no_card():
    from quizgen.extract.question_anchors import unanchored_questions

    verdicts = unanchored_questions([
        ("Prime lending rate is now ____ and deposit rates vary between 3.25 and 5.75 pct.", "8.75 pct"),
        ("Growth slowed to ____ as the economy cooled.", "1.2 percent"),  # round 47 let it stand: whose growth?
        # the limits: a subject whose owner the question names, or one with its own determiner
        ("Austria's prime lending rate is now ____.", "8.75 pct"),
        ("Inflation in Brazil is running at ____.", "five pct"),
        ("The bank raised its lending rate to ____ [on 1 April 1987].", "8.75 pct"),
    ])
    assert verdicts == [True, True, False, False, False]
    # nor a year, nor a subject of a clause below the main one
    assert unanchored_questions([
        ("Investment, official says, helped global economy after ____ financial crisis.", "2008"),
        ("Which country adopted austerity measures after oil production was paralyzed by a strong earthquake?", "Ecuador"),
    ]) == [False, False]
