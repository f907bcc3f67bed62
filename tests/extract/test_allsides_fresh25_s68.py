"""From the j176 sample (stop 68: AllSides fresh25, read after scoring): a department named by
fields joined with "and" takes no "the" after the title it owns ("Health and Human Services
Secretary X" → "Secretary of Health and Human Services"), while a body's head noun keeps it."""

from __future__ import annotations

from tests.articles import deck_of


def _roles(tmp_path, body, title):
    deck = deck_of(tmp_path, body, title=title, date="2015-03-09", events=False)
    return {i.answer: i.role for i in deck.items if i.kind == "person"}


def test_a_department_named_by_fields_takes_no_article(tmp_path):
    body = (
        "Health and Human Services Secretary Sylvia Mathews Burwell on Monday rebuked critics who "
        "want the Supreme Court to invalidate the law's subsidies.\n\n"
        "Burwell said nearly 11.7 million customers selected a health plan on the exchanges."
    )
    roles = _roles(tmp_path, body, "HHS secretary defends the health law")
    assert roles.get("Sylvia Mathews Burwell") == "Secretary of Health and Human Services"


def test_a_body_named_by_its_head_noun_keeps_it(tmp_path):
    body = (
        "Center for American Progress President Neera Tanden on Monday criticised the budget plan.\n\n"
        "Tanden said the cuts would fall hardest on families."
    )
    roles = _roles(tmp_path, body, "Think tank head criticises budget")
    assert roles.get("Neera Tanden") == "President of the Center for American Progress"


def test_a_contracted_auxiliary_is_written_out_in_a_who_question(nlp):
    from tests.articles import deck_of_text

    text = (
        "Wiping away tears, President Barack Obama said Tuesday he’s imposing new gun regulations by executive "
        "action because Congress refuses to act.\n\n"
        "The president directed government agencies to take several steps to restrict gun ownership."
    )
    deck = deck_of_text(nlp, text, events=True, date="2016-01-05", title="Obama unveils new gun control measures")
    questions = [i.question for i in deck.items if i.kind == "event"]
    assert not [q for q in questions if "’s" in q.split() or "'s" in q.split()]


def test_a_live_blog_label_is_no_part_of_the_sentence(nlp):
    from tests.articles import deck_of_text

    text = (
        "Lawmakers returned to the debt fight this week.\n\n"
        "Update at 1:25 p.m. ET: By a vote of 285-144, the House just passed a Republican plan that postpones "
        "for three months the federal government's next bump up against the debt ceiling."
    )
    deck = deck_of_text(nlp, text, events=True, date="2013-01-23", title="House passes debt-ceiling plan")
    asked = [i for i in deck.items if "285-144" in i.question or "three months" in i.question]
    assert asked, [(i.kind, i.question) for i in deck.items]
    assert not [i.question for i in asked if "Update" in i.question or "1:25" in i.question]


def test_a_range_of_two_sums_is_one_figure(nlp):
    from tests.articles import deck_of_text

    text = (
        "Russia said on Wednesday that new Western sanctions were destructive.\n\n"
        "A banker said VTB had been unable to find a lender for a $1.5-$2.0 billion refinancing loan since a "
        "previous round of U.S. sanctions on July 16."
    )
    deck = deck_of_text(nlp, text, date="2014-07-30", title="Moscow calls sanctions destructive")
    figures = [i for i in deck.items if i.kind == "number" and "refinancing" in i.question]
    assert figures and all(i.answer == "$1.5-$2.0 billion" for i in figures), [(i.question, i.answer) for i in figures]
    assert all("-" in c for i in figures for c in i.choices)


def test_options_stay_on_the_side_of_a_baseline_written_without_its_unit(nlp):
    from tests.articles import deck_of_text

    text = (
        "The Democrats were no sooner out of Charlotte when the bad economic news came.\n\n"
        "And even a lower unemployment rate — down to 8.1 percent from 8.3 — was explained as that more people "
        "had simply stopped looking for work."
    )
    deck = deck_of_text(nlp, text, date="2012-09-10", title="Obama Got The Convention Bounce")
    rates = [i for i in deck.items if i.kind == "number" and i.answer == "8.1 percent"]
    assert rates and rates[0].choices
    assert all(float(c.split()[0]) < 8.3 for c in rates[0].choices)
