"""From the j76 sample (stop 51: Reuters wire stories nobody had read, read after scoring), fixed
with articles written for the tests:

- a day that closes a split year ("in 1987/88 ending March 31") is in the later year;
- a company the tagger took for a person ("Mark IV Industries Inc", and "Mark IV" for it) is
  nobody a quotation's "he" can be;
- a share price the tagger ran into a company's name ("boosted Conrac Corp 7-7/8 to 29") is no
  name to blank;
- "Acting SEC chairman Charles Cox" is the acting chairman, not the chairman;
- a role its owner's plural possessive opens ("Caesars' chairman") is asked without "the";
- a programme's quoted name in the speech tag ("on CNN's “Moneyline” television program") is
  no part of the quotation;
- a city's wrong choices are no regions ("Northern Ireland" beside "Beirut");
- a scaled answer's scaled baseline ("to ____ dlrs from an estimated 48 billion") bounds its
  choices.
"""

from __future__ import annotations

from quizgen.items.people import role_determiner
from quizgen.items.place_names import city_or_region
from tests.articles import deck_of_text


def test_a_day_closing_a_split_year_is_in_its_later_year(nlp):
    deck = deck_of_text(nlp, title="JAPAN INSTITUTE SEES SLOWER SURPLUS", date="1987-03-23", events=True, text=(
        "TOKYO, March 23 - Japan's economy will grow 3.2 pct in real terms in the fiscal year beginning "
        "April 1, a private research institute said.\n\n"
        "Japan's current account surplus is expected to narrow to 80.5 billion dlrs in 1987/88 ending March 31 "
        "from an estimated 91 billion in the current fiscal year, it said."
    ))
    ending = [i for i in deck.items if i.kind == "date" and "ending ____" in i.question]
    assert ending and ending[0].answer == "31 March 1988"


CONRAC = (
    "NEW YORK, March 24 - Heavy buying by speculators boosted Deltron Corp 5-3/4 to 31, higher than a "
    "27-dlr-per-share cash tender offer announced by Mark IV Industries Inc.\n\n"
    '"It\'s a case of takeover euphoria," said one arbitrageur.\n\n'
    "A third arbitrageur noted Mark IV had been involved in several takeovers previously and has proven itself "
    'to be a determined bidder. "They\'re not beginners," he said.\n\n'
    'Another said Deltron might have trouble if it tried to find another buyer. "It\'s a hodge-podge of '
    'non-related businesses," he said.'
)


def test_a_company_tagged_a_person_speaks_no_quotation(nlp):
    deck = deck_of_text(nlp, title="DELTRON SOARS FOLLOWING MARK IV BID", date="1987-03-24", events=True, text=CONRAC)
    assert not [i for i in deck.items if i.kind == "quote" and "Mark" in i.answer]


def test_a_share_price_run_into_a_name_is_no_name_to_blank(nlp):
    deck = deck_of_text(nlp, title="DELTRON SOARS FOLLOWING MARK IV BID", date="1987-03-24", events=True, text=CONRAC)
    assert not [i.answer for i in deck.items if "5-3/4" in i.answer]


def test_an_acting_chairman_is_asked_as_one(nlp):
    deck = deck_of_text(nlp, title="SEC BACKS INSIDER TRADING DEFINITION", date="1987-06-19", events=True, text=(
        "WASHINGTON, June 19 - The Securities and Exchange Commission said it supported legislation to define "
        "insider trading.\n\n"
        "Acting SEC chairman Charles Cox told the Senate Banking Committee a bill proposed this week was good but "
        "contained some ambiguous provisions.\n\n"
        '"The Commission believes a definition is desirable," Cox said.'
    ))
    roles = [i.question for i in deck.items if i.kind == "person" and i.answer == "Charles Cox"]
    assert roles and all("acting SEC chairman" in q for q in roles), roles


def test_a_role_a_plural_possessive_opens_takes_no_the():
    assert role_determiner("Caesars' chairman") == ""
    assert role_determiner("BT's managing director") == ""
    assert role_determiner("SEC chairman") == "the"


def test_a_programme_named_in_the_speech_tag_is_no_part_of_the_quotation(nlp):
    deck = deck_of_text(nlp, title="TREASURY'S BAKER OPPOSES TAX RISE", date="1987-03-26", events=True, text=(
        "WASHINGTON, March 26 - U.S. Treasury Secretary James Baker said that he opposes a federal tax increase "
        "to help reduce the budget deficit.\n\n"
        '"I don\'t think a tax increase is a very good idea and I\'m quite confident that President Reagan '
        'agrees," Baker said in an interview on Cable News Network\'s "Moneyline" television program.\n\n'
        "He said taxpayers already pay 19 pct of GNP."
    ))
    quotes = [i.question for i in deck.items if i.kind == "quote"]
    assert quotes and not [q for q in quotes if "Moneyline" in q]


def test_a_city_and_a_region_are_told_apart():
    assert city_or_region("Beirut") == "city"
    assert city_or_region("Northern Ireland") == "region"
    assert city_or_region("Kalamazoo") is None


def test_a_scaled_baseline_bounds_a_scaled_answer(nlp):
    deck = deck_of_text(nlp, title="KOREA INSTITUTE SEES SURPLUS NARROWING", date="1987-03-23", events=True, text=(
        "SEOUL, March 23 - South Korea's economy will grow 7.5 pct this year, a private research institute said.\n\n"
        "South Korea's trade surplus is expected to narrow slightly to 40.2 billion dlrs this year from an "
        "estimated 48 billion last year, it said."
    ))
    [item] = [i for i in deck.items if i.kind == "number" and i.answer == "40.2 billion"]
    assert len(item.choices) == 4
    assert all(float(c.split()[0]) < 48 for c in item.choices), item.choices


def test_a_company_s_short_name_is_no_person_mention(nlp):
    from quizgen.extract.people import person_mentions

    doc = nlp(CONRAC.split(" - ", 1)[1])
    names = {m.name for m in person_mentions(doc)}
    assert not {n for n in names if n.startswith("Mark IV")}, names
