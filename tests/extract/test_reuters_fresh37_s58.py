"""From the j106 sample (stop 58: Reuters wire stories nobody had read, read after scoring),
fixed with articles written for the tests:

- "its computer chips dispute with the U.S. From erupting into a full-scale trade war": the old
  wire's capital after "U.S." on a preposition split the sentence (well-formed n);
- "____ wants to increase its steel exports …, a spokeswoman for the Brazilian Steel Institute
  said" (choices n: the name's people's word gives Brazil away);
- "Which organisation has reached an agreement?" of "reached an agreement with CTS Corp"
  (answerable n: the other party was cut);
- "[Allegheny Beverage Corp] includes senior management of ____" for "The group", the "group
  interested in acquiring" the story brought in a sentence before (right n);
- a quotation cut at a dash that sets an aside in its sentence, its subject left without its
  verb (well-formed n);
- "target of an ____ dlr surplus" offered "twenty-two billion" beside "eight billion", "51 or
  ____" offered 26 billion, "on ____, unchanged from [18 June 1987]" offered 12 June, "fell
  marginally to ____ mln marks from 298 mln" offered 244 (choices n).
"""

from __future__ import annotations

from quizgen.ingest.markup import repair_markup
from quizgen.items.number_choices import takes_an
from quizgen.items.quote_cuts import clause_cut
from tests.articles import deck_of_text, references_of


def test_a_preposition_the_wire_capitalised_after_us_ends_no_sentence(nlp):
    line = (
        "Japan is seeking to prevent its computer chips dispute with the U.S. From erupting into a full-scale "
        "trade war, government officials said."
    )
    repaired = repair_markup(line)
    assert "the U.S. from erupting" in repaired and len(repaired) == len(line)
    sentences = [s.text for s in nlp(repaired).sents]
    assert len(sentences) == 1, sentences
    # the limit: a word that may open the next sentence keeps its capital
    assert repair_markup("sales in the U.S. In Europe, sales fell.") == "sales in the U.S. In Europe, sales fell."


def test_a_country_s_people_in_a_name_give_the_country_away(nlp):
    text = (
        "RIO DE JANEIRO, March 20\n\n"
        "Brazil wants to increase its steel exports to the United States, now limited because of tough import "
        "restraints set in 1984 by the Reagan administration, a spokeswoman for the Brazilian Steel Institute "
        "(IBS) said.\n\n"
        "She said exports to the U.S. totalled 1.4 mln tonnes last year."
    )
    deck = deck_of_text(nlp, title="BRAZIL SEEKS HIGHER STEEL QUOTA", date="1987-03-20", events=True, text=text)
    assert not [i.question for i in deck.items if i.answer == "Brazil" and "Brazilian" in i.question]


def test_an_agreement_without_its_other_party_is_no_card(nlp):
    text = (
        "STAMFORD, Conn., March 2\n\n"
        "Dynamics Corp of America said it has reached an agreement with CTS Corp resolving all differences "
        "between the two companies.\n\n"
        "Dynamics, which now owns 27.5 pct of CTS stock, said it agreed to limit its shareholdings to no more "
        "than 35 pct."
    )
    deck = deck_of_text(nlp, title="DYNAMICS CORP OF AMERICA SETTLES WITH CTS", date="1987-03-02", events=True, text=text)
    assert not [(i.question, i.answer) for i in deck.items if i.answer == "an agreement" or i.question.endswith("an agreement?")]


def test_the_group_the_story_brought_in_is_no_company_named_before(nlp):
    text = (
        "CHEVERLY, Md., March 17 - Allegheny Beverage Corp said it has been approached by a group interested in "
        "acquiring its foodservice unit, Service America Corp.\n\n"
        "The group includes senior management of Service America but no officers of Allegheny Beverage, the "
        "company said."
    )
    named = references_of(nlp, text)
    assert named.get("The group") is None, named
    # the limits: a description of a name the story gave stays that name's, and a kind of thing
    # sold brings in no one ("from the sale of a steel tube company", TimeBank's wsj_0670)
    text = (
        "CHICAGO, March 3 - Midway Holdings Inc said it agreed to sell its bottling unit for 160 mln dlrs.\n\n"
        "Midway earned 22.5 mln dlrs a year ago, including a gain from the sale of a steel tube company.\n\n"
        "The company said the sale would close in May."
    )
    assert references_of(nlp, text).get("The company") == "Midway Holdings Inc"


def test_a_quotation_is_not_cut_at_the_dashes_of_an_aside():
    unit = (
        "The very probability of a growth in demand set against the massive investment required for expansion - "
        "and that expansion only being viable in South Africa or Russia - leads me to conclude that the price "
        "of platinum will be substantially underpinned in the medium to long-term"
    )
    assert clause_cut(unit, 30) is None
    # the limit: a lone dash ends what came before it
    lone = (
        "We have seen the worst of the decline in the market for platinum this year and next year - demand "
        "from the car makers will come back strongly once the new rules are in force"
    )
    assert clause_cut(lone, 20) == "We have seen the worst of the decline in the market for platinum this year and next year"


def test_number_words_that_take_an_keep_their_options_alike(nlp):
    assert takes_an("eight billion") and takes_an("eleven") and takes_an("eighty-five mln")
    assert takes_an("twenty-two billion") is False and takes_an("one billion") is False
    text = (
        "BRASILIA, April 8\n\n"
        "Brazil's trade surplus fell to 135 mln dlrs in March from 1.1 billion dlrs in March 1986, the Banco do "
        "Brasil said.\n\n"
        "Finance ministry official Roberto Fendt said the government's target of an eight billion dlr surplus "
        "for 1987 should be achieved."
    )
    deck = deck_of_text(nlp, title="BRAZIL TRADE SURPLUS FALLS", date="1987-04-08", events=True, text=text)
    for card in [i for i in deck.items if i.answer == "eight billion"]:
        assert all(takes_an(c) for c in card.choices), card.choices


def test_two_figures_offered_as_alternatives_make_no_card(nlp):
    # j128 reversed stop 58's choice of options above the first figure: "51 or ____" reads as the
    # next number whatever the options, so neither figure of the pair is asked
    text = (
        "MUNICH, March 12\n\n"
        "World group turnover of Siemens AG should rise to 51 or 52 billion marks in the current year after a "
        "19 pct upturn in the first five months, management board chairman Karlheinz Kaske said."
    )
    deck = deck_of_text(nlp, title="SIEMENS SEES HIGHER TURNOVER", date="1987-03-12", events=True, text=text)
    assert not [i for i in deck.items if i.kind == "number" and i.answer in ("51", "52 billion", "51 or 52 billion")]
    assert [i for i in deck.items if i.kind == "number" and i.answer == "19 pct"]  # the sentence's other figure stays


def test_a_day_the_sentence_gives_bounds_the_options(nlp):
    text = (
        "TAIPEI, June 19\n\n"
        "The Taiwan dollar opened at 31.09 to the U.S. Dollar today, unchanged from yesterday.\n\n"
        "Dealers said the central bank bought about 200 mln U.S. Dlrs in the interbank market on Thursday."
    )
    deck = deck_of_text(nlp, title="TAIWAN DOLLAR OPENS UNCHANGED", date="1987-06-19", events=True, text=text)
    (card,) = [i for i in deck.items if i.kind == "date" and "unchanged from" in i.question]
    assert card.answer == "19 June 1987"
    assert not [c for c in card.choices if c != card.answer], card.choices  # no day after the 18th and by the 19th


def test_a_slight_change_keeps_its_options_near(nlp):
    text = (
        "MUNICH, March 12\n\n"
        "Siemens already reported that first quarter 1986/87 group net profit fell marginally to 296 mln marks "
        "from 298 mln in the same period in the previous year."
    )
    deck = deck_of_text(nlp, title="SIEMENS PROFIT DIPS", date="1987-03-12", events=True, text=text)
    (card,) = [i for i in deck.items if i.answer == "296"]
    assert card.choices and all(290 <= float(c) < 298 for c in card.choices), card.choices
    # the limit: a fall the sentence does not call small may go further
    text = text.replace("fell marginally to 296", "fell to 260")
    deck = deck_of_text(nlp, title="SIEMENS PROFIT FALLS", date="1987-03-12", events=True, text=text)
    (card,) = [i for i in deck.items if i.answer == "260"]
    assert any(float(c) < 250 for c in card.choices), card.choices
    # and a slight change whose grid has too few numbers near it keeps options all the same
    text = (
        "LONDON, March 10\n\n"
        "Fish meal production outside South America decreased slightly, falling from 114,400 to 111,100 tonnes."
    )
    deck = deck_of_text(nlp, title="FISH MEAL OUTPUT", date="1987-03-10", events=True, text=text)
    (card,) = [i for i in deck.items if i.answer == "111,100"]
    assert len(card.choices) == 4, card.choices
