"""From the j202 sample (stop 71: AllSides fresh51, read after scoring): the owner of one of a list
of names is not "the company" the text goes on about; a role read up to "and" was cut inside a list;
a photographer's credit opening a paragraph makes it a caption; a programme's air time on its
channel is a promotion; a share set against the blank by "to", the two making 100, is a subtraction."""

from __future__ import annotations

from tests.articles import deck_of_text, facts_of, make_article


def test_the_owner_of_one_of_a_listed_names_is_not_the_company(nlp):
    text = (
        "Facebook announced steps on Thursday to stem the spread of fake news on its website.\n\n"
        "The company's new approach relies on the work of nonpartisan fact checkers, Facebook said.\n\n"
        "The members of the so-called Big Three in American fact checking — FactCheck.org, PolitiFact and "
        "The Washington Post's Fact Checkers — employ fewer than 20 people.\n\n"
        "The risks of being cast as an online gatekeeper might be tempered by the company's focus on what "
        "Adam Mosseri, the Facebook vice president, calls \"the clear hoaxes spread by spammers for their own gain.\""
    )
    questions = [i.question for i in deck_of_text(nlp, text, date="2016-12-15").items]
    assert not any("Washington Post's]" in q for q in questions), questions


def test_a_role_cut_inside_a_list_is_no_role(nlp):
    text = (
        "The leaders of the world's arguably two most powerful nations are due to meet Friday in southern "
        "California. President Barack Obama of the United States and President Xi Jinping of China will hold "
        "talks that could shape relations between Washington and Beijing for years to come."
    )
    roles = [r.role for r in facts_of(nlp, make_article(text, date="2013-06-06")).roles]
    assert not any(r.split()[-1] in ("and", "of") for r in roles), roles


def test_a_photographer_s_credit_opening_a_paragraph_makes_a_caption():
    from quizgen.ingest.articles import classify_blocks

    text = (
        "Voters in Iowa said on Monday that the media's coverage of the race had changed.\n\n"
        "Story Hinckley/The Christian Science Monitor Nancy Bowden (center) stands with some friends at "
        "presidential candidate Pete Buttigieg's town hall in Fort Dodge, Iowa, on Jan. 25, 2020.\n\n"
        "Jeff Roberson/AP Pamela Merritt, a reproductive rights advocate, speaks to supporters on May 30, 2019, "
        "in St. Louis.\n\n"
        "Simon and Schuster said on Monday it would publish the book in the spring."
    )
    kinds = [b.kind for b in classify_blocks(text, has_title=True)]
    assert kinds[0] == "text" and kinds[3] == "text", kinds
    assert kinds[1] != "text" and kinds[2] != "text", kinds


def test_a_programme_s_air_time_is_no_news(nlp):
    text = (
        "Can there be a solution to America's gun problems? Anderson Cooper looks at both sides of the debate in "
        "\"Guns Under Fire: an AC360 Town Hall Special,\" Thursday at 8 p.m. ET on CNN.\n\n"
        "President Barack Obama will address the nation on gun violence at 9 p.m. ET on Tuesday, officials said."
    )
    questions = [i.question for i in deck_of_text(nlp, text, date="2013-01-30", events=True).items]
    assert not any("Town Hall Special" in q for q in questions), questions


def test_the_rest_of_a_two_way_split_is_no_figure_to_choose():
    from quizgen.items.stated_figures import pinned_by_split

    assert pinned_by_split("Alaska was more lopsided: Sanders won 80% to ____.", 20, "percent")
    assert pinned_by_split("Voters backed the measure ____ to 45 percent.", 55, "percent")
    assert not pinned_by_split("Sanders held a wide lead over Clinton in Washington, 72% to ____.", 20, "percent")
    assert not pinned_by_split("Sales rose 80% to ____.", 20, "million")
