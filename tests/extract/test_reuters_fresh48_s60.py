"""From the j117 sample (stop 60: Reuters wire stories nobody had read, read after scoring) and
two wrong offices left from stop 59's samples, fixed with articles written for the tests:

- "Which organisation increased 8.3 billion dlrs?" → "Profits of U.S." (right n, two cards: the
  recognizer read "Profits of U.S." of "Profits of U.S. corporations" as an organisation);
- "Who was the Reuters Finance Secretary?" read from "Monsod told Reuters Finance Secretary
  Jaime Ongpin had decided …" (right n; stop 59 left "told Reuters IBC President" alike);
- "The issuing corporation" glossed "[Finance]", an organisation read from "Finance Minister"
  (well-formed n);
- j115: "Deputy Prime Minister of Russia" for a Soviet one (right n);
- j113: "Premier of Canada" for Ontario's premier (right n);
- "three to six pct" accepting "3" alone (noted by two readers of j117).
"""

from __future__ import annotations

from quizgen.deck.generate import generate_deck
from quizgen.items.scopes import country_name, home_scope, role_scope, scope_of
from tests.articles import deck_of, deck_of_text, facts_of, make_article


def _cards(deck):
    return [(i.kind, i.question, i.answer) for i in deck.items]


def test_a_common_noun_of_a_name_that_modifies_a_noun_is_no_organisation(tmp_path):
    body = (
        "WASHINGTON, March 18 - Profits of U.S. corporations, after tax liabilities, increased 8.3 "
        "billion dlrs, or 6.1 pct, in the fourth quarter to a seasonally adjusted annual rate of 144.2 "
        "billion dlrs, the Commerce Department said.\n\n"
        "The increase was the largest since the third quarter of 1983, when profits rose 11.4 pct."
    )
    # as the wire's files have it: a blank line after the front matter (the recognizer's reading
    # of the first words turns on it)
    (tmp_path / "a.md").write_text(
        f"---\ntitle: U.S. CORPORATE PROFITS ROSE 6.1 PCT IN 4TH QTR\ndate: 1987-03-18\n---\n\n{body}\n", encoding="utf-8"
    )
    cards = _cards(generate_deck([tmp_path], deck_id="t", events=True))
    assert not any("Profits of U.S." in q or a == "Profits of U.S." for _, q, a in cards if not q.startswith("Profits of U.S. corporations")), cards
    # the limit: the figure of the sentence is still asked
    assert any(k == "number" and a == "8.3 billion" for k, _, a in cards), cards


def test_a_news_agency_told_is_no_part_of_the_title_after_it(nlp):
    text = (
        "MANILA, March 2 - A rift has opened among Philippine officials over debt talks, with "
        "Economic Planning Secretary Solita Monsod accusing the chief negotiator of softening his stand.\n\n"
        "Monsod told Reuters Finance Secretary Jaime Ongpin had decided not to insist on Manila's "
        "creditor banks pledging to fund half of a financing gap of seven billion dlrs.\n\n"
        "Reuters chairman Christopher Hogg said the agency would open a bureau in the city."
    )
    facts = facts_of(nlp, make_article(text, title="MANILA OFFICIALS SPLIT OVER DEBT STRATEGY", date="1987-03-02"))
    roles = {r.person: r.role for r in facts.roles}
    assert roles.get("Jaime Ongpin") == "Finance Secretary", roles
    assert {m.role for m in facts.people if m.name == "Jaime Ongpin"} == {"Finance Secretary"}
    # the limit: an agency's own staff keep the agency in their title
    assert roles.get("Christopher Hogg") == "Reuters chairman", roles


def test_the_portfolio_of_a_minister_is_no_organisation_to_gloss_a_description(tmp_path, nlp):
    body = (
        "OTTAWA, June 18 - Finance Minister Michael Wilson tabled a ways and means motion to immediately "
        "impose a special tax on preferred share dividends to eliminate a significant loss of corporate "
        "tax revenue.\n\n"
        "Under the motion, which is used to introduce most financial tax changes, dividends on all "
        "preferred shares issued after June 18 will be taxable.\n\n"
        "The issuing corporation will be able to choose between two forms of tax, one that imposes a 25 "
        "pct tax on dividends with a subsequent additional 10 pct tax paid by the shareholder, and one "
        "that imposes a flat 40 pct tax on dividends."
    )
    (tmp_path / "a.md").write_text(
        f"---\ntitle: CANADA'S WILSON SETS NEW PREFERRED SHARE TAX\ndate: 1987-06-18\n---\n\n{body}\n", encoding="utf-8"
    )
    cards = _cards(generate_deck([tmp_path], deck_id="t", events=True))
    assert not any("[Finance]" in q for _, q, _ in cards), cards
    # the limit: a body before a title stays a body
    doc = nlp("World Bank President Barber Conable said the bank would lend more.")
    assert any(e.text == "World Bank" for e in doc.ents), doc.ents


def test_the_soviet_union_is_no_russia():
    assert scope_of("Soviet Deputy Prime Minister") == "SU"
    assert scope_of("Russian President") == "RU"
    assert country_name("SU") == "the Soviet Union"
    # a Moscow dateline is the Soviet Union's when the story names it, Russia's when it names Russia
    assert home_scope("MOSCOW, March 27", "USSR SEES STRONG FOREIGN INTEREST", "Soviet officials said …") == "SU"
    assert home_scope("MOSCOW, May 2", "Russia raises rates", "The Russian central bank said …") == "RU"


def test_a_soviet_deputy_prime_minister_is_the_soviet_union_s(tmp_path):
    body = (
        "MOSCOW, March 27 - Soviet officials said foreign businessmen are expressing strong interest in "
        "establishing joint enterprises in the Soviet Union.\n\n"
        "Explaining the changes at a news conference today, Deputy Prime Minister Vladimir Kamentsev said "
        "they had received a warm response from businessmen.\n\n"
        "Over 200 proposals for joint ventures had been received from foreign firms, Kamentsev said."
    )
    deck = deck_of(tmp_path, body, title="USSR SEES STRONG FOREIGN INTEREST IN JOINT VENTURES", date="1987-03-27")
    asked = [q for k, q, a in _cards(deck) if a == "Vladimir Kamentsev"]
    assert not any("Russia" in q for q in asked), asked
    assert any("Deputy Prime Minister of the Soviet Union" in q for q in asked), _cards(deck)


def test_a_premier_in_canada_heads_a_province():
    assert role_scope("Premier", "CA") is None
    assert role_scope("Premier", "AU") is None
    # the limit: the country's own head of government is the country's
    assert role_scope("Prime Minister", "CA") == "CA"
    assert role_scope("Premier", "CN") == "CN"


def test_a_range_in_words_accepts_the_range_in_digits_not_its_first_end(nlp):
    text = (
        "FRANKFURT, April 7 - Bundesbank council member Lothar Mueller said the bank has not given up "
        "its money supply policy.\n\n"
        "The growth curve has come closer to the three to six pct 1987 target corridor for central bank "
        "money stock growth, Mueller said."
    )
    deck = deck_of_text(nlp, title="BUNDESBANK RETAINS MONEY SUPPLY POLICY", date="1987-04-07", text=text)
    ranges = [i for i in deck.items if i.kind == "number" and i.answer == "three to six pct"]
    assert ranges, [(i.kind, i.question, i.answer) for i in deck.items]
    assert all("3" not in i.accept and "3 to 6 pct" in i.accept for i in ranges), [i.accept for i in ranges]


def test_a_title_after_an_agency_broken_across_a_line_is_read_or_left_without_a_crash(nlp):
    text = (
        "MANILA, March 2 - Monsod told Reuters Finance\nSecretary Jaime Ongpin had decided not to insist on "
        "the pledge.\n\nMonsod told Reuters Finance Secretary Jaime Ongpin had left for New York."
    )
    facts = facts_of(nlp, make_article(text, title="MANILA OFFICIALS SPLIT", date="1987-03-02"))
    assert {r.role for r in facts.roles if r.person == "Jaime Ongpin"} == {"Finance Secretary"}
