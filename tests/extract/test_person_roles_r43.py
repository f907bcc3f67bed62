"""Person cards whose role j35's judges failed (round 43), rebuilt on made-up articles: a rank
read into the office before it, a role cut inside a hyphened word, a ministry's office asked
without its country."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import build_deck
from quizgen.extract.roles import is_rank, without_rank
from quizgen.items.people import portfolio_only
from tests.articles import facts_of, make_article


def _roles_and_questions(nlp, text: str, *, title: str = "Test") -> tuple[list[tuple[str, str]], list[str]]:
    facts = facts_of(nlp, make_article(text, title=title, date="2006-11-19"))
    deck = build_deck([facts], deck_id="t", title="T")
    return [(r.person, r.role) for r in facts.roles], [i.question for i in deck.items if i.kind == "person"]


@pytest.mark.parametrize(
    ("title", "office"),
    [("Information Minister Brigadier-General", "Information Minister"),
     ("Defence Minister Lt. Gen.", "Defence Minister"),
     ("Interior Minister Maj. Gen.", "Interior Minister"),
     ("Army Major", "Army Major"),  # no office before the rank
     ("Attorney General", "Attorney General"),  # an office, no rank
     ("Brigadier-General", "Brigadier-General"),
     # a one-word rank after an office whose "chief" kept is_rank from reading it (lead, j36)
     ("Chief of Staff Lieutenant", "Chief of Staff"), ("Police Chief Inspector", "Police Chief Inspector"),
     ("Deputy Chief Constable", "Deputy Chief Constable")],
)
def test_a_rank_after_an_office_is_no_part_of_it(title, office):
    assert without_rank(title) == office


def test_a_hyphened_rank_is_a_rank():
    assert is_rank("Brigadier-General") and is_rank("Lieutenant-Colonel")


def test_the_office_before_a_rank_is_the_role(nlp):
    roles, questions = _roles_and_questions(
        nlp,
        "The Peru Poets Union held a ceremony at the town hall here on Sunday.\n\n"
        "Culture Minister Major-General Pedro Salas, leading the ministry's staff, handed gifts to 40 elderly poets.\n\n"
        "The union was formed in Peru in 1950.",
        title="Ceremony for poets in Peru",
    )
    assert ("Pedro Salas", "Culture Minister") in roles, roles
    assert not any("General" in q for q in questions), questions


def test_a_role_runs_on_through_a_hyphened_word(nlp):
    roles, questions = _roles_and_questions(
        nlp,
        "A retired engineer flew home on Friday.\n\n"
        "Kenji Mori, the chairman of the Chilean branch of Kobe-based Sakura Heavy Machinery Co., arrived "
        "at the airport with his wife Aiko.\n\nMori was greeted by his son.",
    )
    assert ("Kenji Mori", "chairman of the Chilean branch of Kobe-based Sakura Heavy Machinery Co.") in roles, roles
    assert not any(q.rstrip("?").split("(")[0].strip().endswith("-") for q in questions), questions


@pytest.mark.parametrize(
    ("role", "portfolio"),
    [("Foreign Trade Minister", True), ("Information Minister", True), ("Chinese Foreign Minister", False),
     ("OPEC Minister", False), ("NATO Secretary General", False), ("World Bank President", False),
     ("Homeland Security Deputy Secretary", False)],
)
def test_a_ministry_named_is_no_country(role, portfolio):
    assert portfolio_only(role) is portfolio


def test_a_ministry_office_takes_the_one_country_the_story_names(nlp):
    _, questions = _roles_and_questions(
        nlp,
        "Trade body chief Lars Holm called here Monday for faster talks on Japan's entry to the global trade body.\n\n"
        "Foreign Trade Minister Hiro Tanaka met the trade body chief in Tokyo on Monday.\n\n"
        "Tanaka said the talks would go on in May.",
        title="Trade body urges speed in talks on Japanese entry",
    )
    assert "Who was the Foreign Trade Minister of Japan (November 2006)?" in questions, questions
    assert "Who was the Foreign Trade Minister (November 2006)?" not in questions


def test_a_ministry_office_in_a_story_of_several_countries_is_not_asked(nlp):
    roles, questions = _roles_and_questions(
        nlp,
        "Trade body chief Lars Holm met German and French officials in Paris.\n\n"
        "Foreign Trade Minister Hiro Tanaka met the trade body chief in Tokyo on Monday.\n\n"
        "Tanaka said the talks would go on in May.",
        title="Talks on trade",
    )
    assert ("Hiro Tanaka", "Foreign Trade Minister") in roles, roles
    assert not any("Foreign Trade Minister" in q for q in questions), questions


def test_a_place_the_scopes_table_lacks_says_whose_office(nlp):
    _, questions = _roles_and_questions(
        nlp,
        "Tuvalu Deputy Prime Minister Sione Tafa said on Thursday that Tuvalu wanted closer ties with China.\n\n"
        "He spoke after Tuvalu-China talks in Beijing.",
        title="Tuvalu and China",
    )
    assert not any("of China" in q for q in questions), questions


def test_a_nationality_says_whose_office():
    assert not portfolio_only("Mongolian Prime Minister") and not portfolio_only("Bhutanese Trade Minister")
