"""From the j71 sample (stop 50: Reuters wire stories nobody had read, read after scoring): a
wire dateline with a place as prose writes it and the day it was filed ("New York, April 1 -"),
or with its month in capitals ("SANTOS, BRAZIL, MARCH 11 -"), is no prose to blank; a "he" after
"The senior banker …" goes on with the banker the story brought in without a name, not with the
minister named before."""

from __future__ import annotations

import pytest

from tests.articles import deck_of_text, make_article


@pytest.mark.parametrize(
    ("lede", "dateline"),
    [
        ("New York, April 1 - Acme Corp said it extended its tender offer for Beta Inc to April 6.", "New York, April 1"),
        ("Greensboro, N.C., June 1 - Delta Mills said a court hearing on the bid would go on.", "Greensboro, N.C., June 1"),
        ("SANTOS, BRAZIL, MARCH 11 - The government sent troops to the ports to end a strike.", "SANTOS, BRAZIL, MARCH 11"),
        ("LONDON, March 3 - 3M Co said it would close a plant in Wales.", "LONDON, March 3"),
    ],
)
def test_a_wire_dateline_is_read_apart_from_the_prose(lede, dateline):
    article = make_article(f"{lede}\n\nThe company gave no other details.", date="1987-04-01")
    assert (article.blocks[0].kind, article.blocks[0].text) == ("dateline", dateline)


def test_a_sentence_opening_with_a_place_and_a_dash_is_still_prose():
    article = make_article("Paris - The city council voted to close the bridge on Monday.\n\nIt will reopen in May.")
    assert article.blocks[0].kind == "text"


def test_he_goes_on_with_a_person_brought_in_without_a_name(nlp):
    text = (
        "BONN, March 3 - West German banks would like Brazil to work more closely with the IMF, senior banking "
        "sources said.\n\n"
        "Finance Minister Carlos Duarte has rejected suggestions for talks with the IMF and said there is no question "
        "of Brazil agreeing to an austerity program.\n\n"
        "One senior banker closely involved in the debt talks offered qualified support for a call from Duarte for a "
        "change in the structure of the advisory committee of banks.\n\n"
        "Duarte said yesterday that U.S. banks were over-represented on the committee. He said Brazil might adopt a "
        "different approach to its creditor banks.\n\n"
        'The senior banker was strongly opposed to a purely regional approach, saying: "There must be one committee '
        'and one solution." But he added: "There must be an understanding that special requests from special regions '
        'be taken into account."'
    )
    deck = deck_of_text(nlp, text, events=False, date="1987-03-03")
    assert not [i for i in deck.items if i.kind == "quote" and "special regions" in i.question and i.answer == "Carlos Duarte"]


def test_words_told_after_another_s_remarks_are_the_teller_s(nlp):
    from tests.articles import facts_of

    text = (
        "President Reagan urged Congress on Tuesday to cut spending and attacked Democrats over the budget.\n\n"
        "House Budget Committee Chairman William Gray told reporters after Reagan's remarks that \"They don't want to "
        "take part. The President is up there bashing our brains while Republicans won't give us a markup.\""
    )
    quotes = facts_of(nlp, make_article(text, date="1987-03-03")).quotes
    assert [q.speaker for q in quotes] == ["William Gray"]
    kept = facts_of(nlp, make_article(
        "Senator Ann Lopez mocked Tom Becker's boast that \"nobody can beat us in this state\" on Tuesday.", date="1987-03-03"
    )).quotes
    assert [q.speaker for q in kept] == ["Tom Becker"]  # a noun for words that is no time stays its owner's
