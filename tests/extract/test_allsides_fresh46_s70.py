"""From the j197 sample (stop 70: AllSides fresh46, read after scoring): a hover card that repeats
the name as written, a space before its first headline ("Joe Biden Joe Biden Parnas: … MORE"), is
no words of the story; a town's office is no wrong choice for a cabinet office."""

from __future__ import annotations


def test_a_hover_card_repeating_the_name_is_blanked():
    from quizgen.ingest.markup import repair_markup

    text = (
        "tweeted former Vice President Joe Biden Joe Biden Parnas: U.S. ambassador to Ukraine removed to clear path "
        "Parnas: Trump threatened to withhold more than just military aid MORE, the Democratic front-runner. Sen. "
        "John McCain John Sidney McCainDemocrats cry wolf MORE (R-Ariz.) said."
    )
    repaired = repair_markup(text)
    assert len(repaired) == len(text)
    assert " ".join(repaired.split()) == (
        "tweeted former Vice President Joe Biden, the Democratic front-runner. Sen. John McCain (R-Ariz.) said."
    )


def test_a_town_s_office_is_no_choice_for_a_cabinet_office():
    from quizgen.items.role_choices import role_choices
    from tests.items.test_person_choices import STORIES, _roles

    candidates = _roles(("Attorney General", "Ruth Calder", "us"), ("Ind. Mayor", "Ann Lee", "us"),
                        ("Secretary of State", "Tom Ward", "us"), ("Interior Secretary", "Hal Brent", "us2"),
                        ("Treasury Secretary", "Jo Poe", "us"))
    choices = role_choices("Defense Secretary", candidates, key="k", article="us", stories=STORIES, mine=lambda r: False)
    assert choices
    assert "Ind. Mayor" not in choices, choices
