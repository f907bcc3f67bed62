"""From the j208 sample (stop 71: AllSides fresh57, read after scoring): "former White House aides"
makes no presidential cycle of a trial's year; a verb the parse joined to a quoted verb takes no
subject from it ("… said that Kelly had “ruled …” but added, “…”" is not Kelly's); a day's number and
a stop glued to the next sentence end it ("on Feb. 23.The newspaper …")."""

from __future__ import annotations

from quizgen.items.dates import date_items
from tests.articles import facts_of, make_article


def test_white_house_aides_make_no_presidential_cycle(nlp):
    text = (
        "The senior U.S. Senate Democrat called on Sunday for the chamber to demand testimony from four current "
        "and former White House aides in a trial expected early next year on whether to remove President Donald "
        "Trump from office."
    )
    article = make_article(text, date="2019-12-16")
    items = [i for i, _ in date_items(facts_of(nlp, article).dates, articles={article.id: article}) if i.answer == "2020"]
    assert items, "the trial's year is asked"
    assert not {"2024", "2028", "2032"} & set(items[0].choices), items[0].choices
    # the race's own words keep the cycle (840-article deck: "retaining the White House in 1988")
    race = (
        "The stock market collapse could spell disaster for Republican hopes of retaining the White House in 1988, "
        "political experts said on Tuesday."
    )
    article = make_article(race, date="1987-10-20")
    items = [i for i, _ in date_items(facts_of(nlp, article).dates, articles={article.id: article}) if i.answer == "1988"]
    assert items and {"1992", "1996"} <= set(items[0].choices), [i.choices for i in items]


def test_a_verb_joined_to_a_quoted_verb_takes_no_speaker_from_it(nlp):
    text = (
        "Trump has proven increasingly resistant to the discipline that John Kelly has sought to impose.\n\n"
        "One former administration official said that Kelly had “ruled the West Wing with an iron fist” during "
        "the first six months of his tenure but added, “I don’t think that is the case any longer.”"
    )
    quotes = facts_of(nlp, make_article(text, date="2018-04-05")).quotes
    assert not any(q.speaker == "John Kelly" for q in quotes), [(q.speaker, q.quote) for q in quotes]


def test_a_number_and_a_stop_glued_to_the_next_sentence_end_it(nlp):
    doc = nlp("Marco Rubio was endorsed in the Nevada caucus on Feb. 23.The newspaper was bought last year.")
    assert [s.text for s in doc.sents][1].startswith("The newspaper")
