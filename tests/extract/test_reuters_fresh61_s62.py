"""From the j130 sample (104eab6c, read after scoring), each fixed at its mechanism and tested with
articles written for the test:
- "Who opposed a further fall?": the change's own "in" phrase (what falls) cut as a vague adjunct;
- "Liedtke said that [Texaco Inc.] would not settle …": "the company" in the words of a person
  the article titles as another business's chairman (Pennzoil's) read as the business named most;
- a quotation after "A Wall Street arbitrageur … said …. “…,” he said" credited to a person the
  arbitrageur's sentence only mentions;
- "Prices of Malaysian and ____": a name holding the head of a phrase of two kinds;
- "Who was the British publisher?": a proprietor's post said with only a nation;
- "Hoare Govett" offered as a person: the firm after "of" and its trade in lower case."""

from __future__ import annotations

from quizgen.extract.name_checks import a_persons_firm
from quizgen.extract.roles import is_label
from quizgen.nlp import load_pipeline
from tests.articles import facts_of, make_article, wire_items


def test_a_changes_own_phrase_stays_in_its_answer(tmp_path):
    body = (
        "OSAKA, JAPAN, April 27 - Boston Federal Reserve Bank President Frank Morris opposed a further fall in the "
        "value of the dollar but refused to say whether U.S. interest rates would be raised to protect the currency.\n\n"
        '"A further decline in the dollar at this juncture I would regard as counterproductive," he told a news '
        "conference."
    )
    items = wire_items(tmp_path, body, title="FED'S MORRIS OPPOSES FURTHER DOLLAR FALL", date="1987-04-27")
    falls = [i for i in items if i.kind == "event" and "a further fall" in i.question + i.answer]
    assert falls and all("in the value of the dollar" in i.question + i.answer for i in falls), [(i.question, i.answer) for i in falls]


def test_the_company_in_a_chairmans_words_is_not_another_business(nlp):
    text = (
        "HOUSTON, April 2 - Pennzoil Co Chairman Carl Weber told a group of bankers that the company is ready to hear "
        "any serious offer to end its long court fight with Texaco Inc.\n\n"
        '"We would like this to be over, but not at any price," Weber said.\n\n'
        "He said Pennzoil had proposed several settlements to Texaco, and Texaco turned each of them down. He added "
        "that Texaco has not put a serious offer on the table.\n\n"
        "A Texas appeals court sided with Pennzoil this year and found that Texaco had disrupted Pennzoil's deal with "
        "Getty Oil. Texaco later bought Getty.\n\n"
        "Weber said that the company would not accept less than three billion dlrs, a figure several analysts have "
        "mentioned."
    )
    facts = facts_of(nlp, make_article(text, title="PENNZOIL OPEN TO SETTLEMENT", date="1987-04-02"))
    named = [r.name for r in facts.references if r.text == "the company"]
    assert named and not any(n and n.startswith("Texaco") for n in named), named


def test_he_after_a_described_speaker_is_not_a_name_the_sentence_mentions(tmp_path):
    body = (
        "NEW YORK, June 19 - Lathrop Publishing Inc officials were not available for comment on rumors that it "
        "is interested in acquiring Penfold Books Plc.\n\n"
        "A Wall Street arbitrageur, who owns Lathrop shares, said the rumors made little sense because Lathrop "
        "has announced a recapitalization plan to ward off a takeover attempt by British publisher Edmund Hale. "
        '"It\'s completely inconsistent with the recapitalization," he said.\n\n'
        "Calls to Lathrop seeking comment were not returned."
    )
    items = wire_items(tmp_path, body, title="LATHROP MUM ON PENFOLD RUMORS", date="1987-06-19")
    assert not any(i.kind == "quote" and i.answer == "Edmund Hale" for i in items), [(i.question, i.answer) for i in items]


def test_a_name_holding_a_shared_head_is_not_blanked(tmp_path):
    body = (
        "JAKARTA, April 8 - Indonesia expects crude palm oil (CPO) prices to rise sharply this year because of "
        "better European demand, junior minister Hasrul Harahap said.\n\n"
        "Prices of Malaysian and Sumatran CPO are now around 332 dlrs a tonne CIF for delivery in Rotterdam, "
        "traders said."
    )
    items = wire_items(tmp_path, body, title="INDONESIA SEES CPO PRICE RISING", date="1987-04-08")
    assert not any("Malaysian and ____" in i.question for i in items), [i.question for i in items]


def test_a_proprietors_post_said_with_only_a_nation_is_a_description():
    assert is_label("British publisher") and is_label("Australian newspaper proprietor")
    assert not is_label("publisher of The Times") and not is_label("British Prime Minister")


def test_a_firm_after_a_persons_name_of_and_its_trade_is_no_person():
    nlp = load_pipeline()
    doc = nlp('"The field seems shallow," Christopher Osborne of stockbroker Hoare Govett said.')
    firms = [e for e in doc.ents if e.text == "Hoare Govett"]
    assert all(a_persons_firm(e) for e in firms)
    article = make_article(
        'LONDON, June 29 - "The field seems shallow," Christopher Osborne of stockbroker Hoare Govett said.\n\n'
        '"Costs will rise," said Carol Bell of brokers Phillips and Drew.',
        title="CHEVRON FIND", date="1987-06-29",
    )
    names = {m.name for m in facts_of(nlp, article).people}
    assert "Christopher Osborne" in names and "Hoare Govett" not in names, names
