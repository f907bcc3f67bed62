"""From the j72 sample (stop 50: Reuters wire stories nobody had read, read after scoring): an
answer whose closing time sits in a relative clause loses the whole clause, not only the time
("its Class B warrants, which expire [May 15]" → "its Class B warrants")."""

from __future__ import annotations

from tests.articles import events_of


def test_a_relative_clause_closed_by_a_time_goes_with_it(nlp):
    events = events_of(nlp, "Northwind Air Holdings Inc said it is planning an exchange offer for its Class B warrants, which expire May 15.")
    assert [e.answer for e in events] == ["an exchange offer for its Class B warrants"]


def test_a_relative_clause_is_kept_when_no_time_was_cut_from_it(nlp):
    events = events_of(nlp, "The Rail Authority announced that it will close 40 rural lines in the north.")
    assert [e.answer for e in events] == ["that it will close 40 rural lines"]


def test_a_share_written_with_pct_is_never_more_than_the_whole(nlp):
    from quizgen.items import figures, number_choices
    from tests.articles import facts_of, make_article

    body = (
        "The newly formed company will acquire from the Regional Investment Co of the Walloon Region (SPIW) about 88 "
        "pct of Pegard Productics S.A. and SPIW will be entitled to receive for its interest in Pegard about 37 pct of "
        "the outstanding shares of the new company.\n\nThe deal needs approval."
    )
    found = {f.text: f for f in facts_of(nlp, make_article(body, date="1987-03-04")).figures}
    share = found.get("about 88") or found["about 88 pct"]
    assert not number_choices.within(118.0, figures._share_bounds(share, body))


def test_next_week_after_a_dated_weekday_is_not_bracketed_again(nlp):
    from tests.articles import deck_of_text

    text = (
        "Harbour Oil Ltd's plan to reschedule debt of more than 4.2 billion Canadian dlrs will likely be detailed to a "
        "group of 48 major creditors on Monday or Tuesday next week, a company spokesman said.\n\n"
        "The creditors must approve the plan."
    )
    questions = [i.question for i in deck_of_text(nlp, text, events=True, date="1987-03-04").items]
    assert questions and not [q for q in questions if "in the week of" in q]
    assert any("[10 March 1987]" in q for q in questions)  # the days keep their own dates
