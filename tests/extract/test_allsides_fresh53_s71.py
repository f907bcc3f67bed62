"""From the j204 sample (stop 71: AllSides fresh53, read after scoring): a day qualifying a noun is no
sentence to ask its date from ("his surprise Saturday meeting"); an organisation the article writes
with "the" keeps it in an event's question; a quoted name that is the reporting verb's subject
("“We Are Wisconsin,” an umbrella group …, said") is no quotation."""

from __future__ import annotations

from quizgen.items.dates import date_items
from tests.articles import deck_of_text, facts_of, make_article


def test_a_day_qualifying_a_noun_is_no_sentence_to_ask_its_date_from(nlp):
    text = (
        "Moon briefed reporters on his surprise Saturday meeting with Kim, which took place on the North "
        "Korean side of the border village.\n\n"
        "Trump repeated that position Saturday night, officials said."
    )
    article = make_article(text, date="2018-05-27")
    items = date_items(facts_of(nlp, article).dates, articles={article.id: article})
    assert not any("surprise on ____" in i.question or "surprise ____" in i.question for i, _ in items), items


def test_an_organisation_written_with_the_keeps_it_in_an_event_question(nlp):
    text = (
        "The Supreme Court on Tuesday restricted the deportation of immigrants convicted of some crimes, "
        "officials said.\n\n"
        "The court, in a 5-4 ruling, invalidated the provision in the Immigration and Nationality Act and sided "
        "with James Garcia Dimaya, a legal immigrant from the Philippines."
    )
    questions = [i.question for i in deck_of_text(nlp, text, date="2018-04-18", events=True).items]
    assert not any(q.startswith(("What did Supreme Court", "Why did Supreme Court")) for q in questions), questions


def test_a_quoted_name_that_is_the_speaker_is_no_quotation(nlp):
    text = (
        "Wisconsin voters head to the polls on Tuesday in the recall election of Gov. Scott Walker.\n\n"
        "The final blitz began over the weekend.\n\n"
        "\"We Are Wisconsin,\" an umbrella group funded by labor unions and the Democratic Governors Association, "
        "said it contacted nearly 750,000 voters over the weekend, with the goal of touching 1.4 million people "
        "by the close of polls Tuesday.\n\n"
        "\"This is a friendly state,\" Randy Case said. \"People get along here.\""
    )
    article = make_article(text, date="2012-06-05", title="Walker's fate in Wisconsin comes down to ground game")
    quotes = [(q.speaker, q.quote) for q in facts_of(nlp, article).quotes]
    assert not any(speaker == "Wisconsin" for speaker, _ in quotes), quotes
    assert any(speaker == "Randy Case" for speaker, _ in quotes), quotes  # "Case" between the pieces is the speaker
