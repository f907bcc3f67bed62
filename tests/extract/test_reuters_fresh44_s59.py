"""From the j113 sample (stop 59: Reuters wire stories nobody had read, read after scoring),
fixed with an article written for the test:

- "The Brazilian Coffee Institute (IBC) has given shippers until close of business on Thursday
  to submit …" (a Tuesday story) dated the Thursday before (right n).
"""

from __future__ import annotations

from tests.articles import deck_of_text


def test_a_weekday_an_act_sets_as_its_limit_is_the_coming_one(nlp):
    text = (
        "RIO DE JANEIRO, Oct 20\n\n"
        "The Brazilian Coffee Institute has given shippers until close of business on Thursday to submit details of "
        "past export performance, an institute spokesman said."
    )
    deck = deck_of_text(nlp, title="COFFEE INSTITUTE SETS DEADLINE", date="1987-10-20", events=True, text=text)
    dates = [i.answer for i in deck.items if i.kind == "date"]
    assert dates == ["22 October 1987"], dates
    # the limit: a span that ended ("lasted until Monday") is the Monday gone by
    text = "GENEVA, Oct 20\n\nThe trade talks in Geneva lasted until Monday, delegates said."
    deck = deck_of_text(nlp, title="TALKS END", date="1987-10-20", events=True, text=text)
    assert [i.answer for i in deck.items if i.kind == "date"] == ["19 October 1987"]
