"""A card's own words pin its answer and read cleanly (issue 11): no dateline at its start,
"here" named as the dateline's place, the wires' "_" read as a dash, "a"/"an" agreeing,
a counted set ("the three countries") named or no card, a bracket owner the sentence
supports, and a quote's cloze that names what it leans on or is not made."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import build_deck
from quizgen.extract.context_mentions import dateline_here
from quizgen.facts.records import Reference
from quizgen.ingest.articles import dateline_place
from quizgen.items.wording import agree_articles, cloze
from tests.articles import facts_of, make_article, references_of


def _questions(nlp, text: str, *, title: str = "Talks in Lisbon") -> list[str]:
    article = make_article(text, date="2025-03-04", title=title)
    return [i.question for i in build_deck([facts_of(nlp, article)], deck_id="t", title="T").items]


def test_a_dateline_after_a_no_break_space_opens_no_card(nlp):
    text = (
        "LISBON —\u00a0Portuguese Finance Minister Ana Duarte announced on Monday that the government "
        "will sell its 40 percent stake in the national airline.\n\n"
        "Duarte told reporters the sale should raise about 900 million euros.\n"
    )
    questions = _questions(nlp, text)
    assert questions and not any("LISBON" in q for q in questions)


def test_said_here_names_the_dateline_place(nlp):
    # no day in the dateline: a dateline's day beside the stamp is the story's own day (stop 51),
    # and "said on Monday" on that Monday is the report's day, no card
    text = (
        "LISBON (Wirenews) -- Portugal will sell its stake in the national airline, "
        "Finance Minister Ana Duarte said here on Monday.\n\n"
        "Duarte told reporters the sale should raise about 900 million euros.\n"
    )
    questions = _questions(nlp, text)
    assert any("said [in Lisbon]" in q for q in questions)
    assert not any(" here " in q for q in questions)


def test_here_without_a_dateline_is_left_out_or_unnamed(nlp):
    article = make_article("The minister said here on Monday that ships would leave from here in May.\n")
    assert dateline_place(article) is None
    doc = nlp(article.body)
    said_here, from_here = [t for t in doc if t.lower_ == "here"]
    assert dateline_here(said_here, None).name == ""  # only adds where: left out
    assert dateline_here(from_here, None).name is None  # the sentence leans on it: no card
    assert dateline_here(said_here, "Lisbon").name == "in Lisbon"
    assert dateline_here(from_here, "Lisbon").name == "Lisbon"


def test_a_word_left_out_mid_sentence_leaves_no_gap_and_no_capital():
    body = "Pruitt told delegates here that 40 votes were enough."
    here = body.index("here")
    refs = [Reference(text="here", start=here, end=here + 4, name="", kind="place")]
    assert cloze(body, 0, len(body), body.index("40"), body.index("40") + 2, references=refs) == (
        "Pruitt told delegates that ____ votes were enough."
    )
    body = "Pruitt met 40 delegates at the meeting here, most of them undecided."
    here = body.index("here")
    refs = [Reference(text="here", start=here, end=here + 4, name="", kind="place")]
    assert cloze(body, 0, len(body), body.index("40"), body.index("40") + 2, references=refs) == (
        "Pruitt met ____ delegates at the meeting, most of them undecided."
    )


def test_here_before_and_is_leaned_on(nlp):
    doc = nlp("The deal was confirmed by officials here and at the company's Detroit headquarters.")
    here = next(t for t in doc if t.lower_ == "here")
    assert dateline_here(here, None).name is None


def test_the_wire_underscore_reads_as_a_dash(nlp):
    text = (
        "NAIROBI, Kenya (AP) _ Police chief Daniel Omondi said the bombing was carefully prepared.\n\n"
        "“This was a very well-planned attack _ clearly not the work of amateurs,” Omondi told reporters "
        "on Saturday at the scene of the blast.\n"
    )
    article = make_article(text)
    assert " _ " not in article.body and "attack — clearly" in article.body
    assert article.body.index("clearly") == text.index("clearly")  # one character for one: offsets hold
    assert dateline_place(article) == "Nairobi"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("to answer a ad", "to answer an ad"),
        ("an huge crowd", "a huge crowd"),
        ("a hour later", "an hour later"),
        ("an union leader", "a union leader"),
        ("a unanimous vote", "a unanimous vote"),
        ("a unannounced visit", "an unannounced visit"),  # j50: "un-" before a word of its own
        ("a unidentified man", "an unidentified man"),
        ("an unionized plant", "a unionized plant"),
        ("an united front", "a united front"),
        ("an one-time payment", "a one-time payment"),
        ("a FBI agent", "a FBI agent"),  # an initialism: left as written
        ("A ____ rise", "A ____ rise"),
    ],
)
def test_a_and_an_agree_with_the_next_word(text, expected):
    assert agree_articles(text) == expected


def test_a_counted_set_never_named_is_unnamed(nlp):
    text = (
        "The alliance invited three eastern European countries to join in July.\n\n"
        "The three countries signed the treaty on Tuesday."
    )
    assert references_of(nlp, text)["The three countries"] is None


def test_a_company_named_as_the_subject_s_owner_is_not_bracketed_as_another(nlp):
    text = (
        "Orbitel bought Cantor Systems in May. Orbitel paid $2 billion.\n\n"
        "Yesterday Zappix shares rose 17 percent, pushing the company's market value to $4 billion."
    )
    refs = references_of(nlp, text)
    assert "the company's" not in refs or refs["the company's"] != "Orbitel"


def test_no_who_question_of_an_infinitive_with_its_object_left_out(nlp):
    text = (
        "Rep. Carla Mendes said Governor Ruth Halvorsen called on the members to be “closely coordinated” "
        "before the vote in April.\n"
    )
    assert not any(q.startswith("Who said to ") for q in _questions(nlp, text, title="A vote in April"))


def test_a_quote_cloze_leaning_on_an_unnamed_set_is_not_made(nlp):
    text = (
        "The alliance invited three eastern European countries to join in July.\n\n"
        "Alliance spokesman Piet Vermeer said the three countries were “ready in every way.”\n"
    )
    questions = _questions(nlp, text, title="Alliance grows")
    assert not any("the three countries" in q for q in questions)


def test_the_word_in_quotation_marks_needs_nothing(nlp):
    assert references_of(nlp, 'Avoiding the word "blockade," Mr. Ross said ships were being turned back.') == {}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (b"BUDAPEST, March 12 (Wirenews) --\n\nThe talks ended today after a long night of work.", "Budapest"),
        (b"ST. LOUIS (AP) _ The talks ended today after a long night of work.", "St. Louis"),
        (b"BREAKING NEWS\n\nThe talks ended today after a long night of work.", None),
        (b"The talks ended today in Budapest after a long night of work.", None),
    ],
)
def test_the_dateline_place_is_read_from_the_header_only(text, place):
    from quizgen.ingest.articles import parse_article

    assert dateline_place(parse_article(text, article_id="a", path="a")) == place


def test_here_as_the_goal_of_a_verb_of_reaching(nlp):
    # "reach" takes its goal as its object: "here" left out would leave "reports reaching from …"
    doc = nlp("Reports reaching here from the border town said the road had been closed.")
    here = next(t for t in doc if t.lower_ == "here")
    assert dateline_here(here, None).name is None  # no dateline: no card
    assert dateline_here(here, "Ankara").name == "Ankara"  # "reaching [Ankara] from …"
    # a verb of reaching with an object of its own: "here" only adds where
    doc = nlp("The ministers reached a deal here on Monday.")
    here = next(t for t in doc if t.lower_ == "here")
    assert dateline_here(here, None).name == ""
