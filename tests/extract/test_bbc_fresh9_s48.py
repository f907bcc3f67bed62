"""From the j61 sample (stop 48, BBC fresh draw 9, read after scoring): "Come 2020" takes no
"in"; naming something ("planned to call their programme Trading Moms") has no object to ask;
a whole market's sales ("world music sales") are no one business's; a party and an office
("Tory MP") are no one's name; a number that names a thing ("The 3 network") is no figure;
and a surname the article writes after "Ms" is never another story's man of that surname."""

from __future__ import annotations

from quizgen.deck.generate import build_deck
from quizgen.extract.name_checks import could_be_a_name
from quizgen.facts.short_names import addressed_as
from tests.articles import facts_of, make_article, references_of


def deck_of(nlp, *articles, events=True):
    return build_deck([facts_of(nlp, a) for a in articles], deck_id="t", title="T", events=events)


def test_come_and_a_year_takes_no_preposition(nlp):
    article = make_article(
        "Japan's workforce is ageing fast.\n\nCome 2020, Japan could be more dependent on a shrinking workforce than any "
        "other industrialised power.",
        date=None,
    )
    questions = [i.question for i in deck_of(nlp, article).items if i.kind == "date" and i.answer == "2020"]
    assert questions
    assert all(q.startswith("Come ____,") for q in questions), questions


def test_naming_a_programme_asks_no_object(nlp):
    article = make_article(
        "ABC originally planned to call their programme Trading Moms, but changed it to avoid confusion with the Fox version.",
        date=None, title="Wife Swap makers sue",
    )
    assert not [i for i in deck_of(nlp, article).items if "Trading Moms" in i.answer], [i.question for i in deck_of(nlp, article).items]


def test_a_whole_market_s_sales_are_no_business_s(nlp):
    text = "The British Phonographic Industry said it had a good year. However, world music sales declined by 1.3% to $33.6 billion."
    assert "the British Phonographic Industry" not in references_of(nlp, text).values()
    text = "The British Phonographic Industry said it had a good year. Sales declined by 1.3% to $33.6 billion."
    assert "the British Phonographic Industry" in references_of(nlp, text).values()


def test_a_party_and_an_office_are_no_name():
    assert not could_be_a_name("Tory MP")
    assert not could_be_a_name("Labour MP")
    assert could_be_a_name("Tony Blair")
    assert could_be_a_name("Prince Charles")


def test_a_number_that_names_a_network_is_no_figure(nlp):
    article = make_article(
        "The 3 network launched in 2003, Vodafone launched its consumer service in November. The 10 commandments were read.",
        date=None,
    )
    figures = {(f.text, f.unit) for f in facts_of(nlp, article).figures}
    assert not any(text == "3" for text, _ in figures), figures
    assert ("10", "commandments") in figures


def test_the_form_of_address_tells_a_surname_s_gender():
    assert addressed_as("That was a rate of progress Ms Abbott described as painful.", "Abbott") == "f"
    assert addressed_as("Mr Abbott said so. Ms Abbott did not.", "Abbott") == "?"
    assert addressed_as("Abbott said so.", "Abbott") == "?"
    assert addressed_as("Ms Abbott said so.", "Abbott", uses=2) == "?"


def test_ms_abbott_is_not_another_story_s_paul_abbott(nlp):
    writer = make_article(
        'Shameless writer Paul Abbott has won a Bafta award. "I am delighted with the award, it means a great deal," '
        "Paul Abbott said on Sunday. Abbott thanked the cast.",
        article_id="a1", title="Abbott wins", date=None,
    )
    mp = make_article(
        "Labour MP Diane Abbot, who backs the proposal of shortlists, said she had been elected along with three other "
        'ethnic minority MPs in 1987. That was a rate of progress Ms Abbott described as "painful". "I am a little '
        'older than Shahid and served on the National Executive Committee in the 1990s - I was the first black person '
        'on the NEC," she said.',
        article_id="a2", title="Malik rejects lists", date=None,
    )
    cards = [i for i in deck_of(nlp, writer, mp, events=False).items if "National Executive" in i.question]
    assert cards
    assert all(i.answer != "Paul Abbott" for i in cards), [i.answer for i in cards]
