"""From the j171 sample (e18974bc, the AllSides draw fresh20, read after scoring).

- "Dubbed the “secretary of explaining stuff” for his well-received speech …, Clinton faced a
  much different environment": "Who used the words “secretary of explaining stuff”?" → Bill
  Clinton. A passive participle's clause is about the one called so; the words are whoever
  called him (its "by" agent), else nobody named (``cues.speaker_token``).
- "arrested all four police officers": the choices were "all two", "all twelve", "all ten"; two
  are "both", never "all two" (``items.figures._also_false``).
- "the excitable hubbub inside Manchester Arena": the tagger's person, asked with three people
  as choices. A venue's last word ("Arena") makes no person's name (``THING_NAME_HEADS``).
- "the governor's Tuesday-night rally": a date blanked into "a ____-night rally"
  (``tests/extract/test_dates.py``).
"""

from __future__ import annotations

from quizgen.extract.name_checks import could_be_a_name
from tests.articles import facts_of, make_article, shown, wire_items


def test_the_words_a_man_was_dubbed_are_not_his(nlp):
    text = (
        "Bill Clinton spoke on Tuesday night at the Democratic convention in Philadelphia.\n\n"
        "Dubbed the \u201csecretary of explaining stuff\u201d for his well-received speech endorsing President Barack "
        "Obama in 2012, Clinton faced a much different environment when he entered the arena.\n\n"
        "\u201cShe\u2019s the best darn change-maker I ever met,\u201d Clinton said."
    )
    quotes = facts_of(nlp, make_article(text, date="2016-07-26")).quotes
    assert not any("explaining stuff" in q.quote for q in quotes), [(q.speaker, q.quote) for q in quotes]
    assert any("change-maker" in q.quote and q.speaker == "Bill Clinton" for q in quotes), [(q.speaker, q.quote) for q in quotes]


def test_all_four_has_no_all_two_among_its_choices(tmp_path):
    body = (
        "The intensity of protests over the past week began to ebb on Wednesday after prosecutors in Minneapolis "
        "arrested all four police officers implicated in Floyd\u2019s death.\n\n"
        "Thousands gathered on Thursday for a memorial service in the city."
    )
    items = wire_items(tmp_path, body, title="Sharpton speaks at Floyd memorial", date="2020-06-08")
    cards = [i for i in items if i.answer == "all four"]
    assert cards, shown(items)
    assert not any(c == "all two" for i in cards for c in i.choices), [i.choices for i in cards]


def test_a_venue_is_no_persons_name():
    assert not could_be_a_name("Manchester Arena")
    assert could_be_a_name("Shirley Temple") and could_be_a_name("John Church")  # surnames the lists know


def test_the_one_prompted_to_declare_says_the_words(nlp):
    # j172 (the AllSides draw fresh21): the words went to Trump, the subject of "struck"
    text = (
        "In contrast to his campaign rallies, President Trump struck a sombre tone as he honoured the widow of a dead "
        "Navy Seal, prompting the Democratic pundit Van Jones to declare on CNN: \u201cHe became president of the United "
        "States in that moment, period.\u201d"
    )
    quotes = facts_of(nlp, make_article(text, date="2019-02-05")).quotes
    assert [(q.speaker, q.quote[:10]) for q in quotes] == [("Van Jones", "He became ")]
