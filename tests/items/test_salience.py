"""How central a person is weighs them against the story's main actor, a person or an organisation."""

from collections import Counter
from types import SimpleNamespace

from quizgen.items.ranking import ArticleSignals
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
