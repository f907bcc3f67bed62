"""A member of the public a story lets speak gets no card: not their name, words or evening."""

from collections import Counter
from dataclasses import replace
from types import SimpleNamespace

import pytest

from quizgen.deck.generate import build_deck
from quizgen.items.peripheral_people import OFFICE_TITLE_WORDS
from quizgen.items.ranking import ArticleSignals, content_words
from quizgen.items.voxpop import aged, in_voxpop_scene, introduced_as_public, officials, speaks
from quizgen.items.worth import not_worth
from tests.articles import facts_of, make_article

TITLE = "Calloway defends broadband plan at Keene town hall"
LEDE = "Senator Ruth Calloway defended her plan to expand rural broadband at a town hall in Keene on Thursday."


def _town_hall(**also: tuple[int, int, int]) -> dict[str, ArticleSignals]:
    """A 12-paragraph town-hall story about Senator Calloway (named in 10 paragraphs), in which a
    voter asks a question in one paragraph and a businessman is quoted in another (offsets
    1200-1400), and a governor who attended is quoted once."""
    people = {"Ruth Calloway": (12, 4, 10), "Dana Whitfield": (1, 0, 1), "Omar Reyes": (1, 1, 1), "Alan Pryce": (1, 1, 1)}
    people |= also  # more people: (mentions, quotes, paragraphs)
    return {
        "a1": ArticleSignals(
            title=TITLE, length=3000, lede_end=400, lede_words=content_words(f"{TITLE} {LEDE}"),
            mentions=Counter({p: m for p, (m, _, _) in people.items()}),
            quotes=Counter({p: q for p, (_, q, _) in people.items() if q}),
            paragraphs=Counter({p: n for p, (_, _, n) in people.items()}), prose_paragraphs=12,
            voices=((1200, 1400, "Omar Reyes", "39-year-old Keene businessman"), (2000, 2100, "Alan Pryce", "Governor")),
        )
    }


def _card(kind: str, answer: str, *, role=None, start=1000, end=1100, text="", value=None):
    evidence = [SimpleNamespace(source="a1", start=start, end=end, text=text or f"{answer} said so.")]
    return SimpleNamespace(kind=kind, answer=answer, person=answer, role=role, value=value, question=f"Who? {text}",
                           style="question", evidence=evidence, tags=[])


def test_a_voter_who_asks_a_question_gets_no_person_card():
    text = "Dana Whitfield, a 61-year-old insurance manager from Nashua, asked how the plan would help."
    card = _card("person", "Dana Whitfield", role="61-year-old insurance manager from Nashua", text=text)
    assert not_worth(card, _town_hall()) == "peripheral: vox-pop"


def test_a_businessman_among_the_crowd_gets_no_quote_card():
    card = _card("quote", "Omar Reyes", role="39-year-old Keene businessman", start=1200, end=1400)
    assert not_worth(card, _town_hall()) == "peripheral: vox-pop"


def test_the_evening_a_voter_spent_somewhere_is_not_asked():
    evening = _card("date", "13 March 2019", start=1250, end=1390, value="2019-03-13",
                    text="said Omar Reyes, who spent part of Wednesday night with protesters.")
    assert not_worth(evening, _town_hall()) == "peripheral: vox-pop scene"
    elsewhere = _card("date", "13 March 2019", start=2500, end=2600, value="2019-03-13", text="The bill passed Wednesday.")
    assert not_worth(elsewhere, _town_hall()) is None


def test_an_official_quoted_once_is_no_vox_pop():
    card = _card("quote", "Alan Pryce", role="Governor", start=2000, end=2100)
    assert not_worth(card, _town_hall()) != "peripheral: vox-pop"


def test_the_voter_the_story_opens_on_or_its_headline_names_keeps_her_card():
    text = "Dana Whitfield, a 61-year-old insurance manager from Nashua, asked how the plan would help."
    card = _card("person", "Dana Whitfield", role="61-year-old insurance manager from Nashua", text=text)
    signals = _town_hall()
    opened = replace(signals["a1"], lede_words=content_words(f"{TITLE} {LEDE} as Dana Whitfield asked her about it"))
    assert not_worth(card, {"a1": opened}) != "peripheral: vox-pop"
    headlined = replace(signals["a1"], title="Whitfield asks Calloway about broadband")
    assert not_worth(card, {"a1": headlined}) is None


def test_a_described_man_who_does_not_speak_keeps_his_card():
    """The bomber, "a man named ____", is the story's actor, not a voice."""
    text = "The bomber, a Keene man named Karl Bremer, fled by train."
    card = _card("person", "Karl Bremer", role="Keene man", text=text)
    signals = _town_hall(**{"Karl Bremer": (1, 0, 1)})
    assert not_worth(card, signals) != "peripheral: vox-pop"


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("39-year-old dairy farmer", True),
        ("26-year-old benefits manager from Derry", True),
        ("54", True),  # "Ann Lee, 54, said"
        ("aged 70", True),
        ("61-year-old state senator", False),  # an office, whatever the age
        ("dairy farmer", False),  # no age: ``peripheral_people.described`` reads such descriptions
        (None, False),
    ],
)
def test_an_age_introduces_a_member_of_the_public(role, expected):
    assert aged(role, office=OFFICE_TITLE_WORDS) is expected


def test_a_voice_speaks_when_quoted_or_when_its_sentence_reports_speech():
    assert speaks("Dana Whitfield", "anything", quotes=1)
    assert speaks("Dana Whitfield", "Dana Whitfield, a retiree, asked how the plan would help.", quotes=0)
    assert not speaks("Karl Bremer", "The bomber, a man named Karl Bremer, fled by train.", quotes=0)


def test_a_scene_holds_every_span_of_the_card():
    assert in_voxpop_scene([(120, 180)], [(100, 200)])
    assert not in_voxpop_scene([(120, 180), (400, 450)], [(100, 200)])  # also reported elsewhere
    assert not in_voxpop_scene([(120, 180)], [])


def _introduced(body: str, name: str, role: str | None = None, places: tuple[str, ...] = ()) -> frozenset[str]:
    start = body.index(name)
    named = [(name, start, start + len(name))]
    towns = [(body.index(p), "GPE") for p in places]
    return introduced_as_public(body, named, towns, official=officials(body, named, [(name, role)]))


@pytest.mark.parametrize(
    ("body", "name", "role", "places", "expected"),
    [
        ('"Prices keep rising," said Nadia Osei, 29, who drove in from Leeds.', "Nadia Osei", None, (), True),
        ('"We need jobs," says Carl Brandt, 47, of Dayton, a welder.', "Carl Brandt", "welder", ("Dayton",), True),
        ("Carl Brandt of Dayton, Ohio, stood up to ask about the plant.", "Carl Brandt", None, ("Dayton",), True),
        ("Sen. Carl Brandt of Ohio spoke first.", "Carl Brandt", "Sen.", ("Ohio",), False),  # an official
        ("Caucus Chairman Carl Brandt of Ohio spoke first.", "Carl Brandt", None, ("Ohio",), False),  # a title before the name
        ("Carl Brandt of Acme Corp. spoke first.", "Carl Brandt", None, (), False),  # an employer, no town
        ("Carl Brandt, the mayor, spoke first.", "Carl Brandt", "mayor", (), False),
    ],
)
def test_an_age_or_a_home_town_after_the_name_introduces_the_public(body, name, role, places, expected):
    assert (name in _introduced(body, name, role, places)) is expected


def test_a_member_of_the_public_introduced_by_age_gets_no_quote_card_in_three_paragraphs():
    """An age right after the name ("Nadia Osei, 29,") however the role is read ("account
    executive"), shown in three paragraphs: a vox-pop voice."""
    signals = _town_hall(**{"Nadia Osei": (1, 2, 3)})
    card = _card("quote", "Nadia Osei", role="account executive at a software firm")
    assert not_worth(card, signals) != "peripheral: vox-pop"  # nothing read of how she was introduced
    public = {"a1": replace(signals["a1"], public=frozenset(["Nadia Osei"]))}
    assert not_worth(card, public) == "peripheral: vox-pop"
    governor = _card("quote", "Nadia Osei", role="state senator")
    assert not_worth(governor, public) != "peripheral: vox-pop"  # an office, whatever the age



def test_a_resident_quoted_in_three_paragraphs_is_a_vox_pop_unless_the_story_entitles_her():
    """An ordinary person's role ("a Keene resident", "a Calloway voter") in up to four
    paragraphs, as an age; not when the story also gives her an office ("Rep. Lena Marsh")."""
    signals = _town_hall(**{"Lena Marsh": (2, 1, 3)})
    card = _card("quote", "Lena Marsh", role="Keene resident")
    assert not_worth(card, signals) == "peripheral: vox-pop"
    entitled = {"a1": replace(signals["a1"], officials=frozenset(["Lena Marsh"]))}
    assert not_worth(card, entitled) != "peripheral: vox-pop"


def test_a_voters_words_to_the_candidate_make_no_card_of_either(nlp):
    # "Dale Kowalczyk, 58, … “You have to win this thing,” he told Pryce.": never Pryce's words
    # (he is the one spoken to), and the voter's are a vox-pop's: no card at all
    text = (
        "DOVER, N.H. — Senator Harlan Pryce spent Saturday shaking hands at a diner here, three days before the "
        "primary, as Senator Mark Deloitte and Governor Anne Whitfield campaigned for his rivals.\n\n"
        "“We are going to bring these factory jobs back,” Pryce said. “This state decides who goes on.”\n\n"
        "Deloitte told voters in Keene that the race was still open. “Nobody has locked this up,” Deloitte said.\n\n"
        "Whitfield said Pryce had no plan. “He talks about jobs but never says how,” she said.\n\n"
        "Dale Kowalczyk, 58, has voted in every primary since 1980. Pryce walked over to his table after the speech. "
        "“You have to win this thing,” he told Pryce.\n\n"
        "Pryce thanked him and moved on to the next table."
    )
    article = make_article(text, title="Pryce draws crowds in New Hampshire as primary nears")
    deck = build_deck([facts_of(nlp, article)], deck_id="t", title="T")
    assert not [i for i in deck.items if "win this thing" in i.question]
    assert any(i.answer == "Harlan Pryce" for i in deck.items)
