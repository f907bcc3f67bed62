"""From the j122 sample (the code after j121's fixes, read after scoring), each fixed with an
article written for the test:

- "GRONINGEN, the Netherlands, on ____ - European countries must …": a dateline whose country
  carries "the" read as prose (well-formed n);
- "Final terms will be fixed on, or before, ____.": terms of what, the card never says
  (answerable n);
- "What did Commerzbank lose to?" → "278", "Which organisation lost to 278?": a share's move and
  level in bare numbers read as an act (answerable n, well-formed n);
- "Which organisation imposed 300 mln dlrs in sanctions on Japanese goods?" → "Reagan": President
  Reagan taken for the "Reagan" of "Reagan Administration" (answerable n);
- "… in fiscal 1987, starting ____" → 1 April 1986: a fiscal year's bound given the wrong year
  (right n);
- "… on March 20, the next expiration on ____" → 13 March: "the next expiration Friday" read as
  last Friday (right n);
- "What did the United States say it would back to Argentina?": the loan's "to" kept in the
  question (well-formed n)."""

from __future__ import annotations

from quizgen.extract.question_anchors import unanchored_questions
from tests.articles import wire_items


def _cards(items, kind: str) -> list[tuple[str, str]]:
    return [(i.question, i.answer) for i in items if i.kind == kind]


def test_a_datelines_country_may_carry_the(tmp_path):
    body = (
        "GRONINGEN, the Netherlands, March 31 - European countries must cooperate closely if they want to "
        "save their electronics industry, Philips chairman Cor van der Klugt told a congress here.\n\n"
        "Van der Klugt said the European Community had posted a trade deficit in 1984 of five billion ecus."
    )
    items = wire_items(tmp_path, body, title="EUROPEAN COOPERATION A MUST - PHILIPS", date="1987-03-31")
    assert not any("GRONINGEN" in q for q, _ in _cards(items, "date")), _cards(items, "date")
    assert not any("GRONINGEN" in i.question for i in items), [i.question for i in items]


def test_a_day_asked_of_a_bare_plural_subject_names_nothing():
    assert unanchored_questions([("Final terms will be fixed on, or before, ____.", "8 April 1987")]) == [True]
    assert unanchored_questions([("Talks will resume on ____.", "9 April 1987")]) == [True]
    # anchored by a name, or a year asked (the answer's own)
    assert unanchored_questions(
        [("Smith and Nephew's terms will be fixed on ____.", "8 April 1987"), ("Economic growth slowed in ____.", "1986")]
    ) == [False, False]


def test_a_share_moved_in_bare_numbers_is_no_act(tmp_path):
    body = (
        "FRANKFURT, April 7 - Share prices closed slightly easier in quiet trading, dealers said.\n\n"
        "Dresdner bank fell nine marks to 356. Deutsche shed 10 marks to 687 and Commerzbank lost 9.20 to 278.\n\n"
        "In chemicals BASF lost 5.70 to 276.10."
    )
    items = wire_items(tmp_path, body, title="FRANKFURT BOURSE CLOSES QUIETLY EASIER", date="1987-04-07")
    events = _cards(items, "event")
    assert not any("278" in q or a == "278" or "687" in q or a == "687" for q, a in events), events


def test_a_titled_person_is_no_organisation_named_after_him(tmp_path):
    body = (
        "WASHINGTON, Oct 20 - The United States may lift an additional 84 mln dlrs in trade sanctions against "
        "Japan later this month, Reagan Administration officials said.\n\n"
        "President Reagan imposed 300 mln dlrs in sanctions on Japanese goods last April for its failure to "
        "honor a 1986 agreement to end dumping semiconductors.\n\n"
        "The move raised tariffs to 100 pct from about five pct on Japanese color television sets."
    )
    items = wire_items(tmp_path, body, title="U.S. MAY END ADDITIONAL SANCTIONS AGAINST JAPAN", date="1987-10-20")
    events = _cards(items, "event")
    assert not any(q.startswith("Which organisation") and a == "Reagan" for q, a in events), events


def test_a_fiscal_years_first_day_is_no_card(tmp_path):
    body = (
        "TOKYO, March 5 - Japanese private plant and equipment investment will grow 0.1 pct in fiscal 1987, "
        "starting April 1, from 1986 due mainly to a slump in manufacturing spending, the Japan Development "
        "Bank said.\n\n"
        "Capital spending by manufacturing industries will fall 5.6 pct, a survey said."
    )
    items = wire_items(tmp_path, body, title="JAPANESE CAPITAL INVESTMENT SEEN SLUGGISH", date="1987-03-05")
    assert not any(a.startswith("1 April") for _, a in _cards(items, "date")), _cards(items, "date")


def test_a_weekday_after_next_and_a_noun_is_not_last_weeks(tmp_path):
    body = (
        "WASHINGTON, March 12 - The Securities and Exchange Commission asked the New York Stock Exchange to "
        "tighten a procedure used to dampen volatility on expiration days.\n\n"
        "The only orders the SEC will allow after 1530 EST on March 20, the next expiration Friday, are those "
        "that help reduce existing order imbalances, SEC official Richard Ketchum said."
    )
    items = wire_items(tmp_path, body, title="SEC ASKS NYSE TO TIGHTEN PROCESS", date="1987-03-12")
    dates = _cards(items, "date")
    assert not any(a.startswith("13 March") for _, a in dates), dates


def test_a_nouns_to_phrase_is_not_left_in_a_claims_question(tmp_path):
    body = (
        "BUENOS AIRES, March 6 - A senior Argentine observer faulted the bank steering committee's proposal "
        "on the country's debt, saying it ignored Argentina's request for a global package.\n\n"
        "He said the committee wanted only to discuss some aspects of the request.\n\n"
        "The United States said last week it would back a 500 mln dlr bridge loan to Argentina."
    )
    items = wire_items(tmp_path, body, title="DEBT PROPOSAL FAULTED BY ARGENTINE OBSERVER", date="1987-03-06")
    events = _cards(items, "event")
    assert not any("back to Argentina" in q for q, _ in events), events


def test_a_named_fiscal_years_last_day_falls_in_the_year_it_is_named_by(tmp_path):
    body = (
        "DALLAS, March 10 - Mitchell Energy and Development Corp said it plans to hold its capital spending "
        "in fiscal 1988, ending January 31, to 96 mln dlrs, down from the 123 mln dlrs spent in 1987.\n\n"
        "The company said it would concentrate on natural gas drilling in Texas."
    )
    items = wire_items(tmp_path, body, title="MITCHELL ENERGY TO CUT SPENDING", date="1987-03-10")
    dates = [(q, a) for q, a in _cards(items, "date") if "ending ____" in q]
    assert dates and all(a == "31 January 1988" for _, a in dates), _cards(items, "date")
