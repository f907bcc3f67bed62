"""Round 48 (from j41/j42): joint speakers and a body inside a speaker's title; a role whose
complement names nothing; a role's first word capitalised only by its sentence. Sentences are
written for the test."""

from __future__ import annotations

from tests.articles import deck_of
from tests.quote_helpers import quotes_in

LEAD = "Brussels rebukes the attack\n\nThe European Commission on Friday condemned a fire at a market.\n\n"
WORDS = '"We are saddened by the fire at the market in northern Ghana. We condemn attacks on traders,"'


def _speakers(nlp, sentence: str) -> list[str]:
    return [q.speaker for q in quotes_in(LEAD + sentence + "\n", nlp)]


def test_a_body_inside_the_named_speakers_title_is_never_the_speaker(nlp):
    said = _speakers(nlp, f"{WORDS} said European Union (EU) trade commissioner Anna Kowalska in a statement.")
    assert said == ["Anna Kowalska"]


def test_two_joint_speakers_make_no_one_speaker(nlp):
    for sentence in (
        f"{WORDS} said European Union (EU) trade commissioner Anna Kowalska and health commissioner Pieter Lind in a joint statement.",
        f"{WORDS} said Anna Kowalska and Pieter Lind in a statement.",
        f"{WORDS} Anna Kowalska and Pieter Lind said in a statement.",
    ):
        assert _speakers(nlp, sentence) == [], sentence


def test_the_body_itself_still_speaks(nlp):
    assert _speakers(nlp, f"{WORDS} said the European Union (EU) in a statement.") == ["European Union"]


ENVOY = (
    "Harwick to start weapons checks in January\n\n"
    "Earlier this week Tomas Brenner, the UN chief's special adviser to the {what}, said the first checks "
    "would start soon.\n\n"
    "Brenner said that 40 monitors would arrive by mid-January."
)


def _person_questions(tmp_path, body: str) -> list[str]:
    deck = deck_of(tmp_path, body, title="Checks to start", date="2006-12-20")
    return [i.question for i in deck.items if i.kind == "person"]


def test_a_role_whose_complement_names_nothing_makes_no_who_was_card(tmp_path):
    questions = _person_questions(tmp_path, ENVOY.format(what="ceasefire talks"))
    assert not any("adviser" in q for q in questions), questions


def test_the_unnamed_complement_rule():
    from quizgen.items.people import _complement_unnamed

    assert _complement_unnamed("UN chief's special adviser to the ceasefire talks")
    assert _complement_unnamed("head of trade relations for the ministry")
    assert _complement_unnamed("chairman of the board")
    assert not _complement_unnamed("Tannex chairman of the board")  # an owner says whose board
    assert not _complement_unnamed("UN envoy to the Harwick ceasefire talks")
    assert not _complement_unnamed("US ambassador to the United Nations")
    assert not _complement_unnamed("a member of the trade committee")  # a description: its sentence's cloze


def test_a_role_capitalised_only_by_its_sentence_is_asked_in_lower_case(tmp_path):
    body = (
        "New Kenyan national rugby team coach Tom Otieno arrived in Nairobi on Thursday confident that "
        "his squad was ready.\n\n"
        "Otieno watched the opening match of the Kenyan side on Thursday evening."
    )
    deck = deck_of(tmp_path, body, title="Coach confident", date="2006-11-23")
    roles = [i.role for i in deck.items if i.kind == "person"]
    assert not any(r.startswith(("New ", "a New ")) for r in roles), roles


def test_a_place_opening_the_sentence_keeps_its_capital():
    from quizgen.facts.records import RoleFact
    from quizgen.items.people import _sentence_capital
    from tests.articles import make_article

    def role_of(sentence: str, role: str) -> str:
        article = make_article(sentence)
        start = article.body.index(sentence)
        fact = RoleFact(
            article_id=article.id, person="Tom Otieno", role=role, start=start, end=start + len(role),
            sent_start=start, sent_end=start + sentence.index(".") + 1, as_of="2006-11",
        )
        return _sentence_capital(fact, {article.id: article}).role

    assert role_of("New Kenyan rugby coach Tom Otieno arrived. The Kenyan side lost.", "New Kenyan rugby coach") == "new Kenyan rugby coach"
    # one name: never written apart, or written inside a sentence
    assert role_of("New Kenyan rugby coach Tom Otieno arrived.", "New Kenyan rugby coach") == "New Kenyan rugby coach"
    assert role_of("New England rugby coach Tom Otieno arrived. England lost. He likes New England.", "New England rugby coach") == "New England rugby coach"
    assert role_of("Senior Kenyan diplomat Tom Otieno arrived. The Kenyan side lost.", "Senior Kenyan diplomat") == "Senior Kenyan diplomat"


def test_a_second_apposition_after_and_is_no_second_speaker(nlp):
    sentence = (
        "The plans are \"deeply reckless,\" said Mara Lindqvist, senior director of policy at the Harwick "
        "Institute, and a Republican who led the budget staff in the 1980s."
    )
    assert _speakers(nlp, sentence) == ["Mara Lindqvist"]


def test_a_title_after_the_name_is_no_second_speaker(nlp):
    sentence = (
        "\"No country should be able to block a vote on its record,\" said Halvorsen, "
        "US Assistant Secretary of State for Human Rights."
    )
    assert _speakers(nlp, sentence) == ["Halvorsen"]


def test_an_and_inside_a_title_is_one_speaker(nlp):
    sentence = f"{WORDS} Trade and Industry Minister Halvard Rusk said."
    assert _speakers(nlp, sentence) == ["Halvard Rusk"]
