"""From the j193 sample (stop 70: AllSides fresh42, read after scoring): a former title never runs
into a clause when the writer left out the apposition's closing comma; a reported clause whose
quoted word modifies a noun after it is not cut at the mark ("there is a “higher”?"); a stock's
ticker in brackets is no word of a card; a count whose parts a dash lists after the blank is not
asked (the list adds up to it); a military base is no person; a role written as a description is
no choice beside titles."""

from __future__ import annotations

from tests.articles import deck_of_text, facts_of, make_article


def test_a_former_title_never_runs_into_a_clause(nlp):
    text = (
        "Roy Moore beat the Trump-backed candidate in Alabama, officials said on Tuesday.\n\n"
        "With 95% of the vote in on Tuesday night, Moore, the former chief justice of the Alabama supreme court was "
        "ahead of appointed incumbent Luther Strange by 55% to 45% in the Republican Senate runoff."
    )
    roles = [(r.person, r.role) for r in facts_of(nlp, make_article(text, date="2017-09-26")).former_roles]
    assert not [r for r in roles if " was " in f" {r[1]} "], roles


def test_a_clause_is_not_cut_inside_a_noun_phrase(nlp):
    text = (
        "Trump's campaign manager will not be prosecuted, officials said on Thursday.\n\n"
        "Palm Beach County State Attorney David Aronberg said the police were “well within their authority” to bring "
        "that charge but there is a “higher” standard for his office to pursue it."
    )
    clauses = [q.clause for q in facts_of(nlp, make_article(text, date="2016-04-14")).quotes]
    assert not [c for c in clauses if c and c.endswith("“higher”")], clauses


def test_a_ticker_is_no_word_of_a_card(nlp):
    text = (
        "Twitter disappointed investors on user growth, the company said on Thursday.\n\n"
        "Twitter (TICKER: TWTR) said revenue in the three months ended Dec. 31 was $479 million, up from $243 million "
        "a year ago."
    )
    deck = deck_of_text(nlp, text, date="2015-02-05")
    questions = [i.question for i in deck.items if "revenue" in i.question]
    assert questions
    assert not [q for q in questions if "TICKER" in q], questions


def test_a_count_a_list_adds_up_to_is_not_asked():
    from quizgen.items.stated_figures import pinned_by_list

    question = (
        "There are ____ people who have clearance to access what was delivered to Capitol Hill -- 100 senators, four "
        "majority committee staffers and four minority committee staffers, one committee clerk."
    )
    assert pinned_by_list(question, 109)
    assert not pinned_by_list(question, 110)
    assert not pinned_by_list("There are ____ people -- 100 senators and four staffers.", 109)
    assert not pinned_by_list("About ____ people came to the rally on Saturday.", 300)


def test_a_military_base_is_no_person():
    from quizgen.extract.name_checks import could_be_a_name

    assert not could_be_a_name("Marine Corps Air Station Miramar")
    assert could_be_a_name("Tedros Adhanom Ghebreyesus")


def test_a_description_is_no_role_choice_beside_titles():
    from quizgen.items.role_choices import role_choices
    from tests.items.test_person_choices import STORIES, _roles

    candidates = _roles(("Attorney General", "Ruth Calder", "us"), ("Secretary of State", "Ann Lee", "us"),
                        ("assistant U.S. attorney general for national security", "Tom Ward", "us"),
                        ("Secretary of Defense", "Hal Brent", "us2"))
    choices = role_choices("President", candidates, key="k", article="us", stories=STORIES, mine=lambda r: False)
    assert choices
    assert not [c for c in choices if c[:1].islower()], choices
