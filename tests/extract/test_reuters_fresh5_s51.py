"""From the j74 sample (stop 50: Reuters wire stories nobody had read, read after scoring), fixed
in stop 51 with articles written for the tests:

- a date that completes a noun's modifier ("a eurobond due May 30, 1993", "notes maturing in
  1995") leaves no dangling "due"/"maturing" when the answer drops its time;
- a lone word the tagger took for a name only because it opens the sentence ("Aides said …")
  is nobody a question can name;
- a wire dateline followed by a company name in brackets ("MONTREAL, March 9 - (Charan
  Industries Inc), a distributor …") is no prose.
"""

from __future__ import annotations

from quizgen.ingest.articles import parse_article
from tests.articles import deck_of_text

BOND = (
    "Osaka Gas Co Inc is issuing a 50 billion yen eurobond due May 30, 1993 paying a 4-1/2 pct coupon and "
    "priced at 101 pct, lead manager Daiwa Europe Ltd said.\n\n"
    "The bonds will be listed in Luxembourg, the lead manager said."
)


def test_an_answer_does_not_end_on_a_modifier_whose_date_it_dropped(nlp):
    deck = deck_of_text(nlp, BOND, events=True, date="1987-05-04")
    issued = [i for i in deck.items if i.kind == "event" and "issuing" in i.question]
    assert issued, [i.question for i in deck.items]
    for item in issued:
        assert not item.answer.endswith(("due", "maturing")), item.answer
        assert not item.question.rstrip("?").endswith(("due", "maturing")), item.question
    assert any(i.answer == "a 50 billion yen eurobond" for i in issued)


STAFF = (
    "Ronald Reagan and his new chief of staff, Howard Baker, began on Monday to rebuild an administration "
    "shaken by the arms scandal.\n\n"
    "White House officials are checking how much support Robert Gates would have in the Senate, Senate "
    "Republican leader Robert Dole said.\n\n"
    'Appearing on the NBC News program, "Meet the Press," the Kansas senator said the Gates nomination '
    '"could be in some difficulty."\n\n'
    "Aides said that Gates' future would be given high priority by Baker.\n\n"
    "Lawmakers said Senate confirmation of the Gates nomination is not assured."
)


def test_a_capital_that_only_opens_a_sentence_names_nobody(nlp):
    deck = deck_of_text(nlp, STAFF, events=True, date="1987-03-02")
    assert not [i.question for i in deck.items if "Aides" in i.question]


def test_a_dateline_before_a_bracketed_company_name_is_no_prose():
    text = (
        "---\ntitle: CHARAN SEES PROFIT RISE\ndate: 1987-03-09\n---\n"
        "MONTREAL, March 9 - (Charan Industries Inc), a distributor of toys, expects 1987 net profit to rise "
        "at least 50 pct, president Earl Takefman told reporters."
    )
    article = parse_article(text.encode("utf-8"), article_id="a1", path="a1.md")
    prose = [b.text for b in article.text_blocks()]
    first = "(Charan Industries Inc), a distributor of toys, expects 1987 net profit to rise at least 50 pct, "
    assert prose == [first + "president Earl Takefman told reporters."]


def test_a_modifier_with_words_of_its_own_keeps_them_when_its_time_goes(nlp):
    from quizgen.extract.event_phrases import trim

    doc = nlp("The chairman authorized a staffing increase in the states expected to be most pivotal on Election Day.")
    obj = next(t for t in doc if t.dep_ == "dobj")
    assert trim(doc[obj.left_edge.i : obj.right_edge.i + 1]).text == "a staffing increase in the states expected to be most pivotal"
    doc = nlp("Tasker Foods Inc sold notes maturing in 1995.")
    obj = next(t for t in doc if t.dep_ == "dobj")
    assert trim(doc[obj.left_edge.i : obj.right_edge.i + 1]).text == "notes"
