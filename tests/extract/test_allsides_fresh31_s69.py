"""From the j182 sample (stop 69: AllSides fresh31, read after scoring): a number after the common
noun it labels ("type 2 diabetes") is no figure; a person's name is answered as the card's own
sentence spells it ("Bashar Assad", though another story writes "Bashir"); places the tagger
reads in initials ("NRA", "D.C.") are no wrong places; the outlet that got the news, its
programme and its credit after quoted words are not asked; a year that is what a verb acts on
("to welcome 2017") dates nothing."""

from __future__ import annotations

from quizgen.deck.generate import build_deck
from quizgen.items.entity_index import EntityIndex
from quizgen.items.place_names import is_place
from tests.articles import deck_of_text, facts_of, make_article


def test_a_number_that_labels_its_noun_is_no_figure(nlp):
    text = (
        "The committee advises that three to five cups of coffee per day can lower the risk of type 2 diabetes "
        "and liver cancer, the panel said on Thursday.\n\n"
        "A category 5 hurricane hit the coast on Wednesday, and 40,000 people fled their homes, officials said."
    )
    deck = deck_of_text(nlp, text, events=True, date="2015-02-19", title="Feds asked to push more coffee")
    numbers = [i for i in deck.items if i.kind == "number"]
    assert not [i.question for i in numbers if i.answer in ("2", "5", "Five")]
    assert any(i.answer.replace(",", "") == "40000" for i in numbers), [(i.question, i.answer) for i in numbers]


def test_a_name_is_answered_as_its_own_sentence_spells_it(nlp):
    first = make_article(
        "The Iranian cultural attache was among those killed in Beirut, apparently in retaliation for "
        "Hezbollah's support of Syrian President Bashar Assad.\n\n"
        "The bombings appeared to be another strike in a proxy battle over Syria's civil war.",
        article_id="a1", date="2013-11-19", title="Blasts near Iranian Embassy in Beirut",
    )
    second = make_article(
        "Russia warned on Monday that it would defend the government of Bashir Assad against any strike.\n\n"
        "The warning came as ships gathered near the coast, and Bashir Assad said Syria would not bow.",
        article_id="a2", date="2013-09-02", title="Russia warns over Syria strike",
    )
    deck = build_deck([facts_of(nlp, first), facts_of(nlp, second)], deck_id="t", title="T", events=True)
    asked = [i for i in deck.items if i.kind in ("person", "quote") and "Assad" in i.answer]
    assert asked, [(i.question, i.answer) for i in deck.items]
    for item in asked:
        assert any(item.answer in e.text for e in item.evidence), (item.answer, [e.text for e in item.evidence])
        assert not item.choices or item.answer in item.choices


def test_initials_the_tagger_calls_a_place_are_no_wrong_place():
    mentions = [("NRA", "GPE", f"a{k}") for k in range(4)] + [("D.C.", "GPE", f"a{k}") for k in range(4)]
    mentions += [("Parkland", "GPE", f"a{k}") for k in range(4)]
    index = EntityIndex(mentions)
    assert not is_place("NRA", index)
    assert not is_place("D.C.", index)
    assert is_place("Parkland", index)
    assert is_place("U.S.", index)  # the gazetteer's initials stay places


def test_the_outlet_that_got_the_news_is_not_asked(nlp):
    text = (
        "Eight Republican lawmakers are demanding more aggressive steps from the new FBI Director James Comey "
        "on the Benghazi attacks, according to a draft of a letter to Comey obtained by CNN.\n\n"
        "\"Eighty percent of what we do in a campaign is wasted,\" Democratic pollster Mark Mellman tells "
        "NPR's Morning Edition.\n\n"
        "Headlines in recent days tell the story: “Support for gay marriage is soaring” (Washington Post) "
        "“The Normalization of Gay Marriage” (The Atlantic).\n\n"
        "Trump has named Steve Bannon to the post of chief executive of his campaign, Kellyanne Conway "
        "confirmed to CNN early Wednesday morning."
    )
    deck = deck_of_text(nlp, text, events=True, date="2013-07-31", title="New FBI director to face GOP heat")
    events = [i for i in deck.items if i.kind == "event"]
    assert not [(i.question, i.answer) for i in events if i.answer in ("CNN", "Morning Edition", "Washington Post")]


def test_a_year_a_verb_acts_on_dates_nothing(nlp):
    text = (
        "Tens of thousands of people packed Grand Park in Los Angeles to welcome 2017 amid increased security.\n\n"
        "The city's police chief said the crowd was the largest since 2012."
    )
    deck = deck_of_text(nlp, text, events=True, date="2016-12-31", title="New year celebrations ring in 2017")
    assert not [i.question for i in deck.items if i.kind == "date" and i.answer == "2017"]


def test_a_number_after_a_word_of_amount_stays_a_figure(nlp):
    text = (
        "Agriculture Minister Denis Bra Kanon said on Monday that cotton output would be a record 213,506 tonnes, "
        "compared with 190,000 tonnes in 1985/86.\n\n"
        "Customs figures show that China imported 7.73 mln tonnes of grain in 1986, up from 5.97 mln in 1985 but "
        "down from a record 16.15 mln in 1982."
    )
    facts = facts_of(nlp, make_article(text, date="1987-06-20", title="Ivory Coast cotton output at record"))
    values = {f.value for f in facts.figures}
    assert {213506, 16.15} <= values, values
