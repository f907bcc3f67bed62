"""From the j58 sample (stop 48, BBC fresh draw 6, read after scoring): a title written with a
hyphen ("Vice-President Dick Cheney") is the whole title, never "President"; a club's name
that begins with a capitalised determiner ("All England Club chairman") keeps it; a party's
office is held "in" its country, not "of" it; an undated story's forecast is offered no year
before it; and a child's school is no university among an academic's choices."""

from __future__ import annotations

import pytest

from quizgen.extract.roles import title_before
from quizgen.items.org_kinds import org_kind
from tests.articles import deck_of, deck_of_text, facts_of, make_article

CHENEY = (
    'Vice-President Dick Cheney said the budget was the "tightest" so far. Mr Cheney admitted that the '
    "budget was the toughest of the Bush presidency. \"It is not something we have done with a meat axe, nor "
    'are we suddenly turning our back on the most needy people in our society," he said.'
)


def test_a_hyphened_title_is_the_whole_title_and_no_other_office_names_him(nlp):
    facts = facts_of(nlp, make_article(CHENEY))
    assert {(r.person, r.role) for r in facts.roles} >= {("Dick Cheney", "Vice-President")}
    deck = deck_of_text(nlp, CHENEY)
    quotes = [i for i in deck.items if i.kind == "quote"]
    assert quotes
    for item in quotes:
        assert item.answer == "Dick Cheney"
        assert "President Cheney" not in item.accept, item.accept


@pytest.mark.parametrize(
    ("before", "title"),
    [("Vice-President ", "Vice-President"), ("NATO Secretary-General ", "NATO Secretary-General"), ("Co-Chairman ", None)],
)
def test_a_title_written_in_one_hyphened_word_is_read_whole(before, title):
    assert title_before(before) == title


def test_a_shared_title_gives_no_form_of_the_name_without_its_prefix(nlp):
    deck = deck_of_text(nlp, 'Co-Chairman Tom Price said: "We are happy with the deal we made today on the new stadium."')
    (item,) = [i for i in deck.items if i.kind == "quote"]
    assert item.answer == "Tom Price"
    assert "Chairman Price" not in item.accept


def test_a_club_name_opened_by_a_capitalised_determiner_keeps_it(nlp):
    text = (
        "Reacting to a disputed comment by All England Club chairman Tim Phillips, the American said: "
        '"I think it is highly insulting if prize money is taken away."'
    )
    roles = {(r.person, r.role) for r in facts_of(nlp, make_article(text)).roles}
    assert ("Tim Phillips", "All England Club chairman") in roles, roles


def test_an_article_s_title_word_stays_out_of_the_role(nlp):
    roles = {r.role for r in facts_of(nlp, make_article("A spokesman for The Body Shop chief executive Anita Roddick said no.")).roles}
    assert not any(r.lower().startswith(("the ", "a the")) for r in roles), roles


def _date_items(tmp_path, body):
    deck = deck_of(tmp_path, body, title="ECB holds rates", date=None, events=False)
    return {i.question: i for i in deck.items if i.kind == "date"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The ECB has forecast economic growth in the eurozone of 1.9% in 2005.",
        "Sony has not yet announced when the PSP will be available in Europe, but analysts expect it to debut there in early 2005.",
    ],
)
def test_an_undated_story_s_forecast_is_offered_no_earlier_year(tmp_path, sentence):
    body = f"The European Central Bank left its key rate unchanged at 2%.\n\nGrowth slowed in 2004 after a strong 2003. {sentence}"
    items = _date_items(tmp_path, body)
    (item,) = [i for q, i in items.items() if "2005" not in q and i.answer == "2005"]
    assert len(item.choices) == 4
    assert all(int(c) >= 2005 for c in item.choices), item.choices


def test_an_undated_story_s_past_year_is_still_offered_earlier_years(tmp_path):
    # (stop 62: a year of the blank's own sentence now keeps its order to every option, so the
    # strong 2003 stands in a sentence of its own: "slowed in ____ after a strong 2003" takes no
    # year before 2003)
    items = _date_items(tmp_path, "The European Central Bank left its key rate unchanged at 2%.\n\nGrowth slowed in 2004 after a strong year. It had been strong in 2003. Profits will rise in 2005.")
    (item,) = [i for i in items.values() if i.answer == "2004"]
    assert any(int(c) < 2004 for c in item.choices), item.choices
    assert all(int(c) <= 2006 for c in item.choices), item.choices


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Middle School", "school"),
        ("Fairview High School", "school"),
        ("London School of Economics", "university"),
        ("Harvard Law School", "university"),
        ("Bristol University", "university"),
    ],
)
def test_a_child_s_school_is_no_university(name, kind):
    assert org_kind(name) == kind


@pytest.mark.parametrize(
    ("question", "future"),
    [
        ("The ECB has forecast economic growth in the eurozone of 1.9% in ____.", True),
        ("Analysts expect it to debut in those territories in early ____.", True),
        ("The plant is due to open in ____.", True),
        ("Revenues at Reuters slipped 11% during ____, mainly due to the weakness of the dollar.", False),
        ("Profits fell in ____ due to rising costs.", False),
        ("Profits rose 5% in ____, beating analysts' forecasts.", False),
    ],
)
def test_a_forecast_looks_ahead_and_a_cause_does_not(question, future):
    from quizgen.items.date_choices import future_wording

    assert future_wording(question) is future
