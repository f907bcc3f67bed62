"""Well-formed questions and answers (round 28): a day that is its clause's subject is bracketed
without "on", a date written as a noun's modifier makes no date card, "last year" of a quarter's
figure names no calendar year, a headline in title capitals makes no card, a share price's move
is no event, and a wire lead's capitals are spelt in normal case."""

from __future__ import annotations

from quizgen.deck.generate import content_text, generate_deck
from quizgen.extract.events import extract_events
from quizgen.facts.resolve import canonical_entities, normal_case
from tests.articles import facts_of, make_article, references_of


def _deck(tmp_path, body: str, date: str = "2016-04-28"):
    (tmp_path / "a.txt").write_text(f"---\ntitle: Test\ndate: {date}\n---\n{body}\n", encoding="utf-8")
    return generate_deck([tmp_path], deck_id="t", events=True)


def test_a_day_that_is_the_subject_takes_no_on(tmp_path):
    deck = _deck(
        tmp_path,
        "The Republican race has been full of surprises this spring.\n\n"
        "Wednesday added one more unusual development to the list: Sen. Ted Cruz of Texas named "
        "businesswoman Carly Fiorina as his running mate.\n",
    )
    questions = [i.question for i in deck.items if "added one more" in (i.question or "")]
    assert questions
    assert not any("[On " in q for q in questions), questions


def test_a_date_written_as_a_noun_s_modifier_makes_no_date_card(tmp_path):
    deck = _deck(
        tmp_path,
        "On the November 24, Breitbart News Daily show on Sirius XM Patriot channel 125, host "
        "Stephen Bannon will interview a number of guests about the race.\n",
        date="2015-11-24",
    )
    assert not [i for i in deck.items if i.kind == "date"], [i.question for i in deck.items]


def test_last_year_beside_a_quarter_is_no_calendar_year(nlp):
    text = (
        "Acme Corp. said its third-quarter net income rose 12% to $8.1 million. "
        "U.K. sales for last year's quarter were about $3 million."
    )
    names = references_of(nlp, text, kind="year")
    assert "last year" in names and names["last year"] is None
    # a full year's figure, with no period beside it, keeps its year
    names = references_of(nlp, "Last year, Acme Corp. earned $480.4 million on sales of $4.3 billion.", kind="year")
    assert names.get("Last year") == "in 2016"


def test_last_year_compared_with_in_a_quarter_s_report(nlp):
    text = (
        "Acme Corp. reported third-quarter results on Monday. "
        "Its employee benefits group posted earnings of $24 million, compared with a loss of $3 million last year."
    )
    names = references_of(nlp, text, kind="year")
    assert "last year" in names and names["last year"] is None


def test_a_title_case_headline_makes_no_card(nlp):
    article = make_article(
        "Revealed: More Than 100 Delegates Are Planning To Do Something Big To Trump If He Does Not Do This.\n\n"
        "More than 100 delegates met in Cleveland on Tuesday to plan a rules change."
    )
    facts = facts_of(nlp, article)
    assert all(not f.text.startswith("100") or f.sent_start > 0 for f in facts.figures)
    assert all(f.sent_start > 0 for f in facts.figures + facts.dates)


def test_a_share_price_move_is_no_event(nlp):
    for sentence in (
        "Acme Holdings dropped 50 cents to $14.25 in Big Board trading.",
        "Acme closed 50 cents higher at $14.25 in New York Stock Exchange composite trading.",
    ):
        article = make_article(sentence)
        assert list(extract_events(nlp(content_text(article)), article=article)) == [], sentence
    article = make_article("Acme Holdings closed its pump plant in Dayton, Ohio, and cut 400 jobs.")
    assert list(extract_events(nlp(content_text(article)), article=article))


def test_wire_capitals_are_spelt_in_normal_case():
    assert normal_case("GOODY PRODUCTS Inc.") == "Goody Products Inc."
    assert normal_case("CMS ENERGY Corp.") == "CMS Energy Corp."
    assert normal_case("BLOCKBUSTER ENTERTAINMENT CORP.") == "Blockbuster Entertainment Corp."  # the suffix too
    assert normal_case("U.S. STEEL CO.") == "U.S. Steel Co."
    for name in ("NATO", "NASA Ames Research Center", "AFL-CIO", "U.S. Trust Corp."):
        assert normal_case(name) == name
    # the article's own spelling in normal case wins over the lead's capitals
    spelt = canonical_entities([("ROGERS COMMUNICATIONS Inc.", "a"), ("Rogers Communications Inc.", "a")], [])
    assert set(spelt.values()) == {"Rogers Communications Inc."}


def test_a_nationality_opening_an_actor_keeps_its_capital(nlp):
    article = make_article("Iraqi officials announced on Monday that they had closed the border with Jordan.")
    actors = [e.actor for e in extract_events(nlp(content_text(article)), article=article)]
    assert actors == ["Iraqi officials"]


def test_a_speech_closed_with_a_tribute_is_no_act_of_closing(nlp):
    """A verb of beginning or ending whose "with" carries the content frames an occasion: asked
    without it, the card would ask only "Who closed her speech?"."""
    for sentence in (
        ("Maria Delgado closed her New York victory speech on Tuesday night with a spirited tribute to the activism "
         "of Erica Smith, the daughter of slain school principal Dawn Hill."),
        "The governor opened the rally with a prayer for the victims.",
    ):
        article = make_article(sentence)
        assert list(extract_events(nlp(content_text(article)), article=article)) == [], sentence
    article = make_article("Acme Holdings closed its pump plant in Dayton, Ohio, and cut 400 jobs.")
    assert any(e.verb == "close" for e in extract_events(nlp(content_text(article)), article=article))
