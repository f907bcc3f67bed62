"""Roles in common nouns before a name, read from the parse ("campaign adviser Mara Lindqvist")."""

from __future__ import annotations

from tests.articles import facts_of, make_article


def _roles(nlp, text: str) -> dict[str, str]:
    return {f.person: f.role for f in facts_of(nlp, make_article(text)).roles}


def test_a_lower_case_role_before_a_name_describes_the_person(nlp):
    text = "The mayor's office said the budget talks had been handed to adviser Mara Lindqvist on Tuesday."
    assert _roles(nlp, text).get("Mara Lindqvist") == "an adviser"


def test_a_modified_role_keeps_its_modifiers_and_drops_the_rank_after_it(nlp):
    text = "On Friday, Republican presidential candidate Gov. Harold Vinter told supporters in Ohio that he would win."
    assert _roles(nlp, text).get("Harold Vinter") == "a Republican presidential candidate"


def test_a_former_role_or_a_word_that_is_no_role_gives_nothing(nlp):
    text = "The charity was founded by former adviser Mara Lindqvist, and her rival Tomas Brenner opposed it."
    roles = _roles(nlp, text)
    assert "Mara Lindqvist" not in roles and "Tomas Brenner" not in roles


def test_a_no_break_space_before_the_name_does_not_break_the_parse(nlp):
    text = "On Friday, Republican presidential candidate Gov.\u00a0Harold Vinter told supporters in Ohio that he would win."
    assert _roles(nlp, text).get("Harold Vinter") == "a Republican presidential candidate"


def test_a_slain_persons_role_or_one_of_a_firms_many_gives_no_who_was_role(nlp):
    text = ("Mourners honoured slain school principal Dora Kessel on Monday. "
            "Separately, Tannex executive Ivo Marsh said the plant would close.")
    roles = _roles(nlp, text)
    assert "Dora Kessel" not in roles
    assert roles.get("Ivo Marsh") == "a Tannex executive"


def test_a_title_joined_to_another_before_a_name_keeps_its_organisation(nlp):
    text = "The president and CEO of Globex, Tom Baker, told reporters on Monday that the deal was done."
    assert _roles(nlp, text).get("Tom Baker") == "president and CEO of Globex"


def test_a_thing_joined_to_a_title_before_a_name_gives_no_role(nlp):
    text = "Workers at the plant and the union chairman, Tom Baker, said on Monday that they would strike."
    assert _roles(nlp, text).get("Tom Baker") != "plant and the union chairman"


def test_a_role_of_someone_the_story_says_was_killed_is_not_current(nlp):
    for text in (
        "Norwegian Ambassador to Chile Tomas Brenner, who was killed in a 2012 attack on the embassy, had warned of the danger.",
        "The 2012 attack on the embassy killed Norwegian Ambassador Tomas Brenner and two guards.",
        "Two guards and Norwegian Ambassador Tomas Brenner were killed in the 2012 attack on the embassy.",
    ):
        assert "Tomas Brenner" not in _roles(nlp, f"Harbour master Mara Lindqvist spoke on Tuesday. {text}"), text


def test_a_description_of_someone_who_perished_makes_the_name_dead(nlp):
    """The death is told of the description set beside the name ("…, the ambassador who perished
    in them"): the name is the one dead, and "perish" says a death as "die" does."""
    from quizgen.extract.roles import dead_people

    text = "Mara Lindqvist met Tomas Brenner, the Norwegian ambassador to Chile who perished in the attacks."
    assert dead_people(nlp(text)) == {"Brenner"}
    text = "Mara Lindqvist met Tomas Brenner, the Norwegian ambassador to Chile who survived the attacks."
    assert dead_people(nlp(text)) == set()


def test_the_killer_is_not_the_one_dead(nlp):
    from quizgen.extract.roles import dead_people

    assert dead_people(nlp("Police said Tomas Brenner murdered two guards at the harbour in 2012.")) == set()
    assert dead_people(nlp("Gunmen shot and killed Tomas Brenner at the harbour in 2012.")) == {"Brenner"}
    assert dead_people(nlp("Exiles made many attempts to kill President Tomas Brenner over forty years.")) == set()
