"""A name only a headline in title capitals gives is the headline's words, no name: not a
quote's speaker ("Union Leaders Rip Harold Vance"), not whom "her" stands for ("New Mitt Dorrance"), not the
organisation bracketed for "the program" ("Student Visa Program"). A person the headline names
in full and the prose by surname stays named in full. Made-up articles."""

from __future__ import annotations

from tests.articles import facts_of, make_article


def _facts(nlp, headline: str, body: str):
    return facts_of(nlp, make_article(f"{headline}.\n\n{body}", title=headline))


def _said(facts, words: str) -> str:
    return next(q.speaker for q in facts.quotes if words in q.quote)


def test_a_speaker_is_not_the_headline_run_into_a_name(nlp):
    facts = _facts(
        nlp,
        "Union Leaders Rip Harold Vance As A ‘Dangerous Fool’",
        "Harold Vance’s plan to sell the grain reserve is an insult to every grower, farm leaders said on Friday.\n\n"
        "“This is a sad day,” said Tom Hadley, head of the Grain Growers Union. “Harold Vance is a dangerous fool.”\n\n"
        "Members of the union met on Friday afternoon, shortly after Vance said he would sell the reserve to a "
        "foreign buyer. The sale came after years of falling prices and a long drought in the south of the country, "
        "which left many growers in debt. Vance’s aides said the money would pay for new roads and schools in the north.\n\n"
        "Vance did not apologize for the plan. “The union started this fight. I finished it,” Vance said.",
    )
    assert _said(facts, "I finished it") == "Harold Vance"
    assert all("Rip" not in m.name for m in facts.people)


def test_her_is_not_a_name_the_headline_runs_into_another(nlp):
    facts = _facts(
        nlp,
        "Karen Holt Goes After Paul Brenner As The New Mitt Dorrance",
        "If it worked against Mitt Dorrance, it might just work against Paul Brenner. At least that is what the "
        "Holt campaign now hopes.\n\n"
        "The Green nominee attacked her opponent as a fraud during the first debate on Monday night.\n\n"
        "“He started his firm with money from his father,” Holt said.\n\n"
        "The line may as well have come from the script Greens used in 2012, when the governor painted Dorrance as a "
        "rich man who inherited his wealth. Mr. Dorrance was never able to shake that image. The question is, why "
        "did it take so long for Holt to use it? The former judge pushed the attack at the party's convention. But "
        "in recent weeks, her campaign dropped the tactic, much to the dismay of fellow Greens.",
    )
    assert all(m.name != "New Mitt Dorrance" for m in facts.people)
    assert [r.name for r in facts.references if facts.article.body[r.start : r.end] == "her"][-1] == "Karen Holt"


def test_the_program_is_not_named_by_the_headline_alone(nlp):
    headline = "Student Visa Program Up for Renewal Amid Allegations of Fraud"
    facts = _facts(
        nlp,
        headline,
        "A costly visa program that lets foreign students stay after their studies will end this month "
        "unless Congress acts to extend it.\n\n"
        "The program, called F-9, lets each student work for at least two years after graduating.\n\n"
        "But the program has been marred by fraud, and about 3,000 students used fake schools last year.",
    )
    assert all(r.name != "Student Visa Program" for r in facts.references)


def test_the_program_the_prose_names_as_the_headline_does_is_named(nlp):
    headline = "Student Visa Program Up for Renewal Amid Allegations of Fraud"
    facts = _facts(
        nlp,
        headline,
        "The Student Visa Program, which lets foreign students stay after their studies, will end this month "
        "unless Congress acts to extend it.\n\n"
        "But the program has been marred by fraud, officials said on Monday.",
    )
    assert any(r.name == "Student Visa Program" for r in facts.references)


def test_a_person_the_headline_names_in_full_and_the_prose_by_surname_stays_named_in_full(nlp):
    facts = _facts(
        nlp,
        "Dana Whitfield Takes On Paul Brenner As The New Victor Hale",
        "If it worked against Victor Hale, it might just work against Paul Brenner.\n\n"
        "“He started his firm with money from his father,” Whitfield said on Monday.",
    )
    assert _said(facts, "his firm") == "Dana Whitfield"
