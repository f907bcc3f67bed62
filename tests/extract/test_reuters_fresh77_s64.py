"""From the j146 sample (c41cadde, read after scoring), each fixed at its mechanism and tested
with an article written for the test:
- a firm the tagger took for a person, its legal form after a bracketed word ("Jardine Fleming
  (Securities) Ltd economist Eric Rasmussen said"), credited with the quotation;
- a dateline whose month lost its capital after a place written as prose ("New York, march 4 -")
  kept in the question;
- "last week's International Coffee Organisation, ICO, talks" bracketed as the organisation's week;
- "The government has … called for maximum ____ wage increases", "inflation, which stood at ____",
  "The deficit of ____ mln dlrs": whose government, inflation or deficit, the question never said
  (an amount after "of" was read as the deficit's owner).
"""

from __future__ import annotations

from tests.articles import facts_of, make_article, shown, wire_items


def test_a_firm_with_a_bracketed_word_before_its_legal_form_is_not_the_speaker(nlp):
    text = (
        "TOKYO, March 27 - Japan today announced another large monthly trade surplus.\n\n"
        "\"The world has every reason to be furious with Japan for not moving more quickly,\" Jardine Fleming "
        "(Securities) Ltd economist Karl Jensen said."
    )
    quotes = facts_of(nlp, make_article(text, date="1987-03-27", title="JAPAN SURPLUS ADDS PRESSURE")).quotes
    assert [q.speaker for q in quotes if "furious" in q.quote] == ["Karl Jensen"], [(q.speaker, q.quote) for q in quotes]


def test_a_dateline_whose_month_lost_its_capital_is_no_part_of_a_question(tmp_path):
    body = (
        "Chicago, march 4 - Midwest Telephone Group chairman Alan Price told security analysts that the "
        "company sees earnings growth in 1987 above the 1.2 billion dlrs earned in 1986.\n\n"
        "Price also said capital spending stood at about 900 mln dlrs in 1986."
    )
    items = wire_items(tmp_path, body, title="MIDWEST TELEPHONE SEES EARNINGS GROWTH", date="1987-03-04")
    assert items and not any("march 4" in i.question.lower() for i in items), shown(items)


def test_a_weeks_possessive_before_a_name_set_off_by_commas_is_not_the_names(tmp_path):
    body = (
        "BOGOTA, March 4 - Colombian finance minister Ramon Ortiz blamed an inflexible U.S. position for the "
        "failure of last week's International Cocoa Organisation, ICCO, talks on export quotas.\n\n"
        "\"The U.S. position was more inflexible than Brazil's,\" Ortiz told Reuters in an interview."
    )
    items = wire_items(tmp_path, body, title="COLOMBIA BLASTS U.S. FOR COCOA TALKS FAILURE", date="1987-03-04")
    assert not any("Organisation of the week" in i.question for i in items), shown(items)


def test_a_countrys_government_inflation_and_deficit_are_not_asked_without_the_country(tmp_path):
    body = (
        "MADRID, April 7 - Spain's Socialist government is holding out against a wave of strikes, "
        "union leaders said.\n\n"
        "The government's chief concern is inflation, which stood at 8.3 pct last year.\n\n"
        "Officials say the situation is rapidly deteriorating. The deficit of 450 mln dlrs in the first two "
        "months of 1987 was only slightly below the 515 mln dlr deficit for all of 1986.\n\n"
        "The government has tightened up money supply and called for maximum 5.0 pct wage increases."
    )
    items = wire_items(tmp_path, body, title="SPAIN'S SOCIALISTS HOLD OUT AGAINST STRIKERS", date="1987-04-07")
    numbers = [i for i in items if i.kind == "number"]
    assert not any(i.answer in ("8.3 pct", "450", "515", "5.0 pct") and "[" not in i.question for i in numbers), shown(items)


def test_a_noun_after_a_figure_that_is_no_unit_keeps_the_figure(tmp_path):
    # the amount's noun climbs to the one its "of" hangs on only for a unit ("The deficit of 450
    # mln dlrs"), never for a thing ("the company's buy-out of a 50% stake", the TimeBank dev deck's
    # card, lost at the j146 change to the buy-out's owner)
    body = (
        "WORCESTER, Mass. - Norton Co. said net income rose 18% in the third quarter.\n\n"
        "However, the company's petroleum services segment, while profitable, was hurt by high financing costs "
        "associated with the company's buy-out of a 50% stake in Eastman Christensen Co. from Texas Eastern Corp. "
        "last June."
    )
    items = wire_items(tmp_path, body, title="NORTON CO. NET RISES", date="1989-10-27")
    assert any(i.kind == "number" and i.answer == "50%" for i in items), shown(items)
