"""A short name stands for a person of its own article, or of a story near its date whose
titles agree; otherwise it is kept as the article writes it."""

import datetime as dt

from quizgen.deck.generate import build_deck
from quizgen.facts.resolve import NameUse, canonical_names
from quizgen.facts.short_names import article_names
from tests.articles import facts_of, make_article

WAR = make_article(
    "President Bush said on Monday that the naval embargo against Iraq would hold. "
    '"We will not let this aggression stand," Bush told reporters at the White House.\n\n'
    '"Our patience is not endless," Bush said later.\n',
    date="1990-08-20", title="Bush says embargo will hold", article_id="war",
)
CAMPAIGN = make_article(
    "Former Florida Governor Jeb Bush announced on Tuesday that he would seek the Republican nomination. "
    '"I will campaign everywhere," Jeb Bush told supporters in Miami.\n',
    date="2015-06-16", title="Jeb Bush enters the race", article_id="campaign",
)
JORDAN = make_article(
    "King Hussein of Jordan flew to Baghdad on Sunday to press for a peaceful end to the crisis. "
    '"There is still time for talks," Hussein told reporters in Amman.\n',
    date="1990-08-12", title="Jordan's king in Baghdad", article_id="jordan",
)
IRAQ = make_article(
    "Iraqi President Saddam Hussein rejected the United Nations demands on Saturday. "
    '"We will never withdraw," Saddam Hussein said in a broadcast.\n',
    date="1990-08-11", title="Iraq rejects demands", article_id="iraq",
)


def _named(deck, source):
    return [
        (i.question, i.answer) for i in deck.items if i.evidence[0].source == source
    ]


def test_a_surname_never_becomes_a_person_of_another_era(nlp):
    deck = build_deck([facts_of(nlp, WAR), facts_of(nlp, CAMPAIGN)], deck_id="t", title="T")
    war = _named(deck, WAR.id)
    assert war, "the 1990 story makes cards"
    assert not any("Jeb Bush" in q or a == "Jeb Bush" for q, a in war)
    assert any(a == "Bush" for _, a in war)  # kept as the article writes it


def test_a_title_keeps_two_people_of_one_surname_apart(nlp):
    deck = build_deck([facts_of(nlp, JORDAN), facts_of(nlp, IRAQ)], deck_id="t", title="T")
    jordan = _named(deck, JORDAN.id)
    assert jordan
    assert not any("Saddam Hussein" in q or a == "Saddam Hussein" for q, a in jordan)


def test_a_surname_resolves_to_the_one_person_of_its_time_and_title():
    uses = [
        NameUse("Trump", "b", "President"),
        NameUse("Donald Trump", "a", "President"),
        NameUse("Hussein", "k", "King"),
        NameUse("Saddam Hussein", "s", "Iraqi President"),
        NameUse("Bush", "old", "President"),
        NameUse("Jeb Bush", "new", "Governor"),
    ]
    published = {
        "a": dt.date(2017, 5, 1), "b": dt.date(2017, 5, 3), "k": dt.date(1990, 8, 12),
        "s": dt.date(1990, 8, 11), "old": dt.date(1990, 8, 20), "new": dt.date(2015, 6, 16),
    }
    names = article_names(uses, spelling=canonical_names(uses, surnames=False), published=published)
    assert names["b", "Trump"] == "Donald Trump"
    assert names["k", "Hussein"] == "King Hussein"  # a monarch's name, with the title it goes by
    assert names["old", "Bush"] == "Bush"


def test_a_given_name_alone_is_never_another_storys_person():
    # "a station chief the book calls only Rick" is nobody of the other story; inside its own
    # story a given name is the person it named in full
    uses = [NameUse("Rick", "book"), NameUse("Rick Tallow", "hearing", "Rep."),
            NameUse("Nadia", "race"), NameUse("Nadia Oster", "race")]
    published = {"book": dt.date(2016, 1, 16), "hearing": dt.date(2016, 1, 10), "race": dt.date(2016, 2, 1)}
    names = article_names(uses, spelling=canonical_names(uses, surnames=False), published=published)
    assert names["book", "Rick"] == "Rick"
    assert names["race", "Nadia"] == "Nadia Oster"


def test_a_surname_its_own_article_names_in_full_is_that_person():
    uses = [NameUse("Bush", "x"), NameUse("George Bush", "x"), NameUse("Jeb Bush", "y")]
    published = {"x": dt.date(1990, 1, 1), "y": dt.date(1990, 2, 1)}
    names = article_names(uses, spelling=canonical_names(uses, surnames=False), published=published)
    assert names["x", "Bush"] == "George Bush"


def _story(text, date, article_id):
    return make_article(text, date=date, title=f"Story of {date}", article_id=article_id)


def test_a_role_is_dated_by_its_own_article_and_a_courtesy_title_is_no_role(nlp):
    stories = [
        # (a Mexican president: a great power's head gets no card since stop 66, ``items.known_offices``)
        _story("Mexican President Ernesto Zedillo signed the budget bill on Monday in Mexico City.\n", "1998-03-09", "s1998"),
        _story("Mexican President Vicente Fox signed the tax bill on Monday at his ranch.\n", "2003-05-12", "s2003"),
        _story("Mexican President Ernesto Zedillo spoke on Monday at a rally for his party in Monterrey.\n", "2016-04-11", "s2016"),
    ]
    deck = build_deck([facts_of(nlp, s) for s in stories], deck_id="t", title="T")
    cards = {(i.question, i.answer) for i in deck.items if i.kind == "person"}
    assert ("Who was the Mexican President (March 1998)?", "Ernesto Zedillo") in cards
    assert not any("2016" in q for q, a in cards if a == "Ernesto Zedillo")


def test_a_monarch_s_one_name_is_never_the_surname_of_another_person_of_his_story(nlp):
    # one story names both "King Hussein" and "Saddam Hussein": the king's words and deeds stay his
    story = make_article(
        "Iraqi President Saddam Hussein met King Hussein of Jordan in Baghdad on Monday. "
        "On Tuesday King Hussein flew to Washington to carry a message to President Bush from Saddam. "
        '"There is still time for talks," King Hussein told reporters in Washington.\n',
        date="1990-08-15", title="Jordan's king carries message", article_id="gulf",
    )
    uses = [NameUse("Saddam Hussein", "gulf", "Iraqi President"), NameUse("Hussein", "gulf", "King")]
    names = article_names(uses, spelling=canonical_names(uses, surnames=False), published={"gulf": dt.date(1990, 8, 15)})
    assert names["gulf", "Hussein"] == "King Hussein"
    deck = build_deck([facts_of(nlp, story)], deck_id="t", title="T")
    for item in deck.items:
        said_by_king = any("King Hussein" in e.text and "Saddam" not in e.text for e in item.evidence)
        assert not (said_by_king and item.answer == "Saddam Hussein"), item.question
        assert "King Hussein" not in item.accept or item.answer != "Saddam Hussein"
