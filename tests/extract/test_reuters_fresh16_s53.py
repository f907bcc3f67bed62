"""From the j85 sample (stop 53: Reuters wire stories nobody had read, read after scoring), fixed
with articles written for the tests:

- a "today" the dates stage could not date (its clause tells no time) is no day on a card;
- a dateline whose place lost a capital ("New york, March 2 -") is still a dateline;
- a dateline up to three days after the wire's stamp ("WASHINGTON, April 5 -" stamped Friday 3
  April: a weekend story sent ahead) is the day "tomorrow" counts from;
- a four-digit time of day beside one with its zone ("the scheduled 1330 start" after "1500 GMT")
  is no figure;
- a weekday right after a past verb of saying ("said on Monday the government will …") dates the
  saying, not the future the parse hung it on;
- a "today" under an infinitive, a modal or a noun ("has offered to travel alone today") is the
  story's day; under a present that states how things are it means nowadays.
"""

from __future__ import annotations

from quizgen.items.form_gate import form_problems
from tests.articles import deck_of_text


def test_an_undated_today_is_no_day_on_a_card():
    assert "a day of writing the card does not date" in form_problems(
        "The directors said they would recommend that shareholders reject a merger with ____ today.", "Baker International Corp", []
    )
    assert form_problems("The directors of ____ met [on 5 March 1987].", "Hughes Tool Co", []) == []
    assert form_problems("He said “we are strong today” and ____ agreed.", "Acme", []) == []


def test_a_dateline_whose_place_lost_a_capital(nlp):
    deck = deck_of_text(nlp, title="PESCH SEES SHAREHOLDER SUPPORT IN AMI BID", date="1987-03-02", text=(
        "\nNew york, March 2 - Chicago physician LeRoy Pesch said he has had discussions with several American "
        "Medical International Inc shareholders and sees support for a restructuring of the company.\n\n"
        "Pesch said he has discussed his sweetened, 1.91 billion dlr takeover bid for American Medical with "
        "several large shareholders."
    ))
    assert deck.items
    assert not any("New york" in i.question for i in deck.items)


def test_a_weekend_story_sent_ahead_counts_from_its_dateline(nlp):
    deck = deck_of_text(nlp, title="U.S., JAPANESE OPEN TALKS ON SEMICONDUCTORS", date="1987-04-03", events=True, text=(
        "\nWASHINGTON, April 5 - U.S. and Japanese officials meet tomorrow to try to settle a dispute over "
        "semiconductor trade and to cut short the 300 mln dlr penalty tariffs President Reagan has ordered imposed "
        "on Japanese exports.\n\n"
        "U.S. officials held out little hope that any accord could be reached before the tariffs take effect on April 17."
    ))
    dated = [i for i in deck.items if "6 April 1987" in i.question or i.answer == "6 April 1987"]
    assert dated
    assert not any("4 April 1987" in i.question or i.answer == "4 April 1987" for i in deck.items)


def test_a_time_of_day_is_no_figure(nlp):
    deck = deck_of_text(nlp, title="TALKS CONTINUE ON TIN AGREEMENT EXTENSION", date="1987-04-08", text=(
        "\nLONDON, April 8 - The International Tin Council continued talks on extending the sixth International "
        "Tin Agreement, delegates said.\n\n"
        "Today's full Council session started shortly before 1500 GMT after the scheduled 1330 start was delayed "
        "by an EC coordination meeting.\n\n"
        "The council has 22 members, delegates said."
    ))
    assert not any(i.answer in ("1330", "1500") for i in deck.items)
    assert any(i.answer == "22" for i in deck.items)


def test_a_weekday_after_said_dates_the_saying(nlp):
    deck = deck_of_text(nlp, title="VENEZUELA SETS FOREIGN DEBT TARGETS", date="1987-03-04", text=(
        "\nCARACAS, March 4 - Venezuela will seek new terms for its foreign debt, President Jaime Lusinchi said.\n\n"
        "Lusinchi said on Monday the government will limit foreign borrowing, which would come from banks and "
        "multilateral agencies, to 50 pct of interest and principal paid in the next two years."
    ))
    texts = [f"{i.question} {i.answer}" for i in deck.items]
    assert any("2 March 1987" in t for t in texts)
    assert not any("9 March 1987" in t for t in texts)


def test_today_under_an_infinitive_is_the_storys_day(nlp):
    deck = deck_of_text(nlp, title="CASTRO SAYS FATHER WILL TRAVEL", date="2000-04-03", events=True, text=(
        "\nHAVANA, April 3 (AP) - In an apparent bid to show flexibility in the campaign to return Elian Gonzalez to "
        "Cuba, President Fidel Castro said the boy's father has offered to travel alone today to the United States "
        "to pick up his 6-year-old son.\n\n"
        "Too many calls today still go unanswered, officials said."
    ))
    texts = [f"{i.question} {i.answer}" for i in deck.items]
    assert any("3 April 2000" in t for t in texts)
    assert not any("unanswered" in t and "April 2000" in t for t in texts)  # nowadays: no day
