"""From the j238 sample (stop 75: AllSides fresh87, at 48b04887, read after scoring): "the former vice
president" given to the sitting one; a saying participle after a relative clause given to the
main clause's subject; a president's "first Secretary of Defense" read as holding it now; a
"Who said …?" cut mid-clause; "for the first time" asked without the period that bounds it."""

from __future__ import annotations

from quizgen.items.form_gate import form_problems
from tests.articles import deck_of_text, facts_of, make_article


def test_the_former_holder_is_no_one_the_text_titles_as_holding_it_now(nlp):
    text = (
        "Some Democrats want a new candidate beside Bernie Sanders and Vice President Joe Biden.\n\n"
        "Rumors about Mr. Gore's potential presidential bid have circulated for about a year. The former vice president "
        "has denied any interest and busied himself with a concert to promote “climate action” with singer Pharrell Williams."
    )
    title = "Run, Al run? Al Gore turns up on the list of potential Democratic presidential hopefuls"
    quotes = facts_of(nlp, make_article(text, date="2015-07-20", title=title)).quotes
    assert not [q for q in quotes if q.speaker == "Joe Biden"], [(q.speaker, q.quote) for q in quotes]


def test_a_saying_after_a_relative_clause_is_not_the_main_subjects(nlp):
    text = (
        "“If I disagreed, I would overrule a governor, and I have that right to do it,” he continued, before adding, "
        "“I would rather have them make their decisions.”\n\n"
        "Trump is now looking at reopening the economy by May 1, putting him on a collision course with state leaders who "
        "are pushing back, saying it would be dangerous to “take our foot off of the accelerator” in the war against the virus."
    )
    article = make_article(text, date="2020-04-13", title="President Trump says he has authority to reopen economy, not governors")
    quotes = facts_of(nlp, article).quotes
    assert not [q for q in quotes if "accelerator" in q.quote and "Trump" in q.speaker], [(q.speaker, q.quote) for q in quotes]
    # hung on a finite verb, the saying is that verb's subject's (j240: Priebus's words had been given to Trump)
    finite = (
        "Republican National Committee Chairman Reince Priebus on Sunday threatened Ohio Gov. John Kasich and other "
        "Republicans who refuse to support presidential nominee Donald Trump, saying the party may take steps to ensure "
        "it’s not “that easy for them” to seek the White House again."
    )
    quotes = facts_of(nlp, make_article(finite, date="2016-09-18")).quotes
    assert [q.speaker for q in quotes if "easy" in q.quote] == ["Reince Priebus"], [(q.speaker, q.quote) for q in quotes]
    # a relative clause with a subject of its own leaves the saying the main clause's (the 840-article deck)
    own = (
        "Hillary Clinton spoke in Scranton on Monday. She even brandished a few retail politicking touches that Mr. Biden "
        "might appreciate, describing her own christening “at the Methodist church on Court Street,” recalling summer visits."
    )
    quotes = facts_of(nlp, make_article(own, date="2016-08-15")).quotes
    assert [q.speaker for q in quotes if "Methodist" in q.quote] == ["Hillary Clinton"], [(q.speaker, q.quote) for q in quotes]


def test_a_presidents_first_secretary_holds_no_role_now(nlp):
    text = (
        "Presidents seldom fire their aides. Bill Clinton left his first Secretary of Defense Les Aspin, who was not well "
        "suited for the job, twisting in the wind while he pondered his fate."
    )
    roles = {(r.person, r.role) for r in facts_of(nlp, make_article(text, date="2013-12-15")).roles}
    assert not [r for r in roles if r[0] == "Les Aspin"], roles


def test_a_who_question_cut_mid_clause_is_malformed():
    cut = "Who said though most supervisors “don’t want to tear everybody up,” they do behave in ways that are?"
    assert "the question stops mid-clause" in form_problems(cut, "Coretta Gray", [])
    assert "the question stops mid-clause" not in form_problems("What did Iraq allege Ritter was?", "an American spy", [])


def test_for_the_first_time_is_not_asked_without_its_period(nlp):
    text = (
        "Congress returns this week for a post-election session with funding for the fight against ISIS among the top issues.\n\n"
        "Earlier this week, Republicans seized control of the Senate for the first time in eight years while increasing "
        "their majority in the House."
    )
    questions = [i.question for i in deck_of_text(nlp, text, date="2014-11-09", events=True).items]
    assert not [q for q in questions if q.rstrip("?").endswith("for the first time")], questions
