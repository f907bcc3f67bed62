"""Whose role it is and whether it is held now (issue 11, round 30): a title inside another
noun's phrase stays its own holder's, a title over a name never stands for the person, and a
role the article tells as ended or of someone dead is no current role."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import build_deck
from tests.articles import facts_of, make_article


def _roles(nlp, text: str) -> dict[str, str]:
    return {f.person: f.role for f in facts_of(nlp, make_article(text)).roles}


def _cards(nlp, text: str) -> list[tuple[str, str]]:
    deck = build_deck([facts_of(nlp, make_article(text))], deck_id="t", title="T", events=True)
    return [(i.question, i.answer) for i in deck.items if i.kind in ("person", "event")]


# (a) a role noun inside another noun's phrase is the role of the name it is written before


@pytest.mark.parametrize(
    "text, holder, other",
    [
        ("A memoir by Ann Roe about CIA director Tom Fry became a bestseller on Tuesday.", "Tom Fry", "Ann Roe"),
        ("Ann Roe's memoir about CIA Director Tom Fry was published on Tuesday.", "Tom Fry", "Ann Roe"),
        ("Mary Park, widow of Vermont Governor Lee Park, accepted the award on Monday.", "Lee Park", "Mary Park"),
        ("Ann Roe, chief of staff to Vermont Governor Lee Park, said on Tuesday that the case was closed.", "Lee Park", "Ann Roe"),
    ],
)
def test_a_title_inside_another_nouns_phrase_is_its_own_names(nlp, text, holder, other):
    roles = _roles(nlp, text)
    assert holder in roles
    assert other not in roles or roles[other].startswith(("a ", "an ", "widow", "chief of staff"))
    cards = _cards(nlp, text)
    assert not any(a == other and q.startswith("Who was the") for q, a in cards), cards


@pytest.mark.parametrize(
    "text, name",
    [
        ("After meeting the Vermont Governor, Lee Park said he was pleased.", "Lee Park"),
        ("Although voters look to the president for leadership against the Zorv Front, Ann Roe spoke about taxes.", "Ann Roe"),
        ("After a meeting with Lee Park, the Vermont Governor said the plan would pass.", "Lee Park"),
    ],
)
def test_a_role_that_ends_another_phrase_before_a_comma_is_not_the_names(nlp, text, name):
    # the comma closes a clause or a subject follows it: no apposition, no role of the name's
    assert name not in _roles(nlp, text)


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("The head of NATO, Jens Stoltenberg, said allies must do more.", "Jens Stoltenberg", "NATO Head"),
        ("The Federal Reserve chairwoman, Janet Yellen, seated on the dais, was criticized.", "Janet Yellen", "Federal Reserve chairwoman"),
        ("Jens Stoltenberg, the secretary-general of NATO said allies must act.", "Jens Stoltenberg", "NATO Secretary-General"),
    ],
)
def test_a_role_in_apposition_stays(nlp, text, name, role):
    assert _roles(nlp, text).get(name) == role


# (b) a title over a name: the name is the actor, and the title its role


def test_a_title_in_apposition_never_stands_for_the_person(nlp):
    cards = _cards(nlp, "The Estonian head of state, Ema Sepp, signed a border treaty with Russia on Monday in Moscow.")
    questions = [q for q, _ in cards]
    assert not any("head of state sign" in q for q in questions), questions
    assert ("What did Ema Sepp sign in Moscow on 22 May 2017?", "a border treaty with Russia") in cards


def test_one_of_several_people_in_apposition_is_no_actor(nlp):
    text = (
        "At the library, the three foreign ministers, Ema Sepp of Estonia, Ola Vik of Norway and "
        "Jan Holm of Sweden, signed the documents of accession on Monday."
    )
    assert not any(a in ("Ema Sepp", "Ola Vik", "Jan Holm") for _, a in _cards(nlp, text))


def test_a_role_of_the_form_head_of_state_before_a_name(nlp):
    text = "Estonian head of state Ema Sepp signed a border treaty with Russia on Monday in Moscow."
    assert _roles(nlp, text) == {"Ema Sepp": "Estonian head of state"}
    cards = _cards(nlp, text)
    assert ("Who was the Estonian head of state (May 2017)?", "Ema Sepp") in cards
    assert ("Who signed a border treaty with Russia in Moscow on 22 May 2017?", "Ema Sepp") in cards
    assert _roles(nlp, "A friend of Ema Sepp said on Monday that the treaty was fair.") == {}


# (c) no current role for someone the article tells is dead or out of the post


@pytest.mark.parametrize(
    "after",
    [
        "His death last week shocked the state.",
        "Park served as governor from 2003 to 2011.",
        "Park, who was governor until 2011, now teaches law.",
        "Park was Vermont's governor in the 1990s.",
        "Park was succeeded by Ann Roe in 2011.",
        "She said he resigned in 2011.",
    ],
)
def test_no_current_role_for_a_holder_the_article_says_is_dead_or_gone(nlp, after):
    text = f"Vermont Governor Lee Park spoke on Monday at a college in Burlington. {after}"
    assert "Lee Park" not in _roles(nlp, text)


@pytest.mark.parametrize(
    "after",
    [
        "Park served as mayor of Burlington from 1990 to 1995.",  # another office ended
        "Park has been governor since 2011.",
        "Ann Roe said she resigned from the board in May.",  # two people named: "she" is not Park
        "His wife died in 2015.",
        "A judge removed him from the case and replaced him with Ann Roe.",  # a task, not the post
    ],
)
def test_a_role_stays_current_when_what_ended_is_not_it(nlp, after):
    text = f"Vermont Governor Lee Park spoke on Monday at a college in Burlington. {after}"
    assert _roles(nlp, text).get("Lee Park") == "Vermont Governor"


def test_a_one_holder_title_given_to_two_people_even_in_a_dated_sentence_gives_neither(nlp):
    text = (
        "Ohio, which President Ann Roe narrowly won in 2008, is close this year. "
        "“We did not expect that,” said a former aide to President Lee Park."
    )
    roles = _roles(nlp, text)
    assert "Lee Park" not in roles and "Ann Roe" not in roles
    text = "President Ann Roe spoke at the memorial for President Lee Park, who died on Tuesday."
    assert _roles(nlp, text).get("Ann Roe") == "President"  # the dead one's title is his no more
