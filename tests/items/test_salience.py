"""How central a person is weighs them against the story's main actor, a person or an organisation."""

from collections import Counter
from dataclasses import replace
from types import SimpleNamespace

from quizgen.items.ranking import ArticleSignals, content_words
from quizgen.items.worth import not_worth


def _cereal_story(organisations: Counter) -> ArticleSignals:
    """A 15-paragraph story whose executive is named in 5 paragraphs and an analyst in one."""
    return ArticleSignals(
        title="Crunchco's cereal sales slip", length=4000, lede_end=500,
        mentions=Counter({"Ada Byrne": 3, "Tom Kessel": 2}), quotes=Counter({"Ada Byrne": 2, "Tom Kessel": 2}),
        paragraphs=Counter({"Ada Byrne": 5, "Tom Kessel": 1}), prose_paragraphs=15,
        organisations=organisations,
    )


def _quote(speaker: str, start: int = 2500):
    evidence = [SimpleNamespace(source="a1", start=start, end=start + 90, text=f"“Oats are back,” {speaker} said.")]
    return SimpleNamespace(kind="quote", answer=speaker, role=None, question="Who said: “Oats are back”?",
                           style="question", evidence=evidence, tags=[])


def test_in_a_story_about_a_company_its_people_are_weighed_against_it():
    art = _cereal_story(Counter({"Crunchco": 12, "Oatfield": 2}))
    assert art.about_an_organisation
    assert art.centrality("Ada Byrne") == 5 / 12
    people_story = _cereal_story(Counter({"Crunchco": 3}))
    assert not people_story.about_an_organisation
    assert people_story.centrality("Ada Byrne") == 1.0


def test_one_of_several_voices_in_a_story_about_a_company_gets_no_quote_card():
    assert not_worth(_quote("Tom Kessel"), {"a1": _cereal_story(Counter({"Crunchco": 12}))}) == "peripheral: side voice"


def test_a_voice_without_a_role_in_a_story_about_people_keeps_its_card():
    """A famous speaker ("Trump said") needs no role: in a story about people, no role is no sign."""
    assert not_worth(_quote("Tom Kessel"), {"a1": _cereal_story(Counter({"Crunchco": 3}))}) is None


def _cuban_story(**extra) -> ArticleSignals:
    lede = "Cuban boy's relatives go to court\nAn anti-Castro lawmaker subpoenaed the boy on Friday."
    return ArticleSignals(
        title="Cuban boy's relatives go to court", length=6000, lede_end=300, lede_text=lede,
        lede_words=content_words(lede), mentions=Counter({"Elian Ortiz": 14, "Fidel Castro": 1, "Castro": 1}),
        paragraphs=Counter({"Elian Ortiz": 12, "Fidel Castro": 1, "Castro": 1}), prose_paragraphs=28, **extra,
    )


def test_a_name_inside_a_compound_word_puts_nobody_in_the_lede():
    art = _cuban_story()
    assert not art.names_in_lede("Castro")  # "anti-Castro" is a lawmaker's stance
    assert art.names_in_lede("Ortiz") is False  # not named there at all
    assert replace(art, lede_text=art.lede_text + " Castro answered.").names_in_lede("Castro")


def test_a_head_of_state_named_in_passing_in_a_story_about_his_country_s_boy_gets_no_card():
    """ "Cuban" in the headline is a nationality: the lede names no Cuba whose president he is."""
    def castro(role):
        return SimpleNamespace(kind="person", person="Fidel Castro", role=role, answer="Fidel Castro",
                               question=f"Who was the {role}?", style="question", tags=[],
                               evidence=[SimpleNamespace(source="a1", start=4000, end=4100, text="x")])

    assert not_worth(castro("Cuban President"), {"a1": _cuban_story(lede_entities=frozenset())}) in ("peripheral: passing mention", "peripheral: minor voice")
    # in a story whose lede names Cuba (a place), its president is an office of the story
    assert not_worth(castro("Cuba's president"), {"a1": _cuban_story(lede_entities=frozenset({"cuba"}))}) is None
