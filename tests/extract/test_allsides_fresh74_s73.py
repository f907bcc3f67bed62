"""From the j225 sample (stop 73: AllSides fresh74, at f0fd4c08, read after scoring): one man offered
twice by his name and his nickname ("Charles Schumer", "Chuck Schumer"), a second verb given to
the main clause's subject when the parse broke the clause between, and a limit someone "had"
dated in the week gone by."""

from __future__ import annotations

from quizgen.facts.names import nickname_of_each_other
from quizgen.items.distractors import choose
from tests.articles import deck_of, facts_of, make_article


def test_a_name_and_its_nickname_are_one_choice():
    assert nickname_of_each_other("Chuck Schumer", "Charles Schumer")
    assert nickname_of_each_other("Bill Clinton", "William Clinton")
    assert not nickname_of_each_other("Hillary Clinton", "Bill Clinton")
    assert not nickname_of_each_other("Nancy Pelosi", "Chuck Schumer")
    chosen = choose("Nancy Pelosi", ["Steny Hoyer", "Charles Schumer", "Chuck Schumer", "Kevin McCarthy"], key="k")
    assert not {"Charles Schumer", "Chuck Schumer"} <= set(chosen), chosen
    assert len(chosen) == 4
    # nor the answer by its nickname
    assert "Chuck Schumer" not in choose("Charles Schumer", ["Chuck Schumer", "Steny Hoyer", "Mitch McConnell"], key="k")


def test_a_verb_after_a_broken_clause_is_not_the_main_subjects(tmp_path):
    items = deck_of(tmp_path, (
        "The partial government shutdown entered its second month on Tuesday.\n\n"
        "Senate Majority Leader Mitch McConnell stayed silent for the first weeks of the shutdown after Trump "
        "suddenly reversed course in December and rejected a spending bill the Republican-led Senate had passed."
    ), title="Shutdown drags on", date="2019-01-23").items
    assert not [i for i in items if i.question.startswith("Who rejected") and i.answer == "Mitch McConnell"]


def test_a_limit_someone_had_is_not_dated_in_the_week_gone_by(nlp):
    values = [d.value for d in facts_of(nlp, make_article("Walsh also had until Monday to drop out of the race.", date="2014-08-07")).dates]
    assert "2014-08-04" not in values, values
    values = [d.value for d in facts_of(nlp, make_article("The council voted on Monday to close the plant.", date="2014-08-07")).dates]
    assert values == ["2014-08-04"], values
