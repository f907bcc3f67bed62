"""The object of an act a framing verb's infinitive names ("agreed to sell [three candy
businesses] to …", "decided to admit [Poland, Hungary and …]"): asked "What did X agree to
sell …?" when the plain "What did X agree to do?" pins nothing."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import generate_deck
from quizgen.facts.records import EventFact
from quizgen.ingest.articles import Article
from quizgen.items.deck_events import Event
from quizgen.items.event_cards import actor_phrase


def deck_of(tmp_path, body: str):
    (tmp_path / "story.txt").write_text(f"---\ntitle: A story\ndate: 2024-06-04\n---\n{body}\n", encoding="utf-8")
    return generate_deck([tmp_path], deck_id="inner", events=True)


def whats(deck):
    return [(i.question, i.answer) for i in deck.items if i.kind == "event" and i.asks == "what"]


def test_a_companys_agreed_sale_is_asked_by_what_it_sells(tmp_path):
    deck = deck_of(tmp_path, (
        "Harbor Foods Inc. agreed to sell four bakery chains to Mill Valley Corp. for $210 million.\n\n"
        "The sale still needs the approval of Harbor Foods shareholders, the company said."
    ))
    assert ("What did Harbor Foods Inc. agree to sell to Mill Valley Corp. for $210 million?", "four bakery chains") in whats(deck)


def test_an_alliance_decided_admission_is_asked_by_whom_it_admits(tmp_path):
    deck = deck_of(tmp_path, (
        "The Nordic Council has decided to admit Estonia, Latvia and Lithuania as full members, "
        "a council official said on Tuesday.\n\n"
        "The three countries applied for membership four years ago."
    ))
    assert ("What has the Nordic Council decided to admit as full members?", "Estonia, Latvia and Lithuania") in whats(deck)


@pytest.mark.parametrize("sentence", [
    "Harbor Foods Inc. agreed to sell it to Mill Valley Corp. for $210 million.",  # "it": which, the text before says
    "Harbor Foods Inc. agreed to fight inflation.",  # a bare noun: which act, nothing says
    "Harbor Foods Inc. agreed to sell four bakery chains and close two plants in Ohio.",  # two acts
    "Harbor Foods Inc. agreed to ask Mill Valley Corp. to buy four bakery chains.",  # a further act
    "Harbor Foods Inc. agreed to sell the assets to Mill Valley Corp. for $210 million.",  # "the assets": which ones
])
def test_no_framed_object_that_does_not_pin_one_thing(tmp_path, sentence):
    deck = deck_of(tmp_path, sentence + "\n\nThe company's shares rose 3% in New York trading on the news.")
    assert not [q for q, _ in whats(deck) if q.startswith("What did Harbor Foods Inc. agree to")]


def test_a_persons_framed_act_is_not_asked_without_its_time(tmp_path):
    deck = deck_of(tmp_path, (
        "Governor Ann Cole agreed to sign three water bills from the Ohio legislature.\n\n"
        "The bills fund repairs of rural pipes across the state."
    ))
    assert not [q for q, _ in whats(deck) if "Ann Cole" in q]


def _event(body: str, deck_spelling: str):
    fact = EventFact(
        article_id="a", actor=f"the {deck_spelling}", actor_label="ORG", verb="decide", verb_class="decide",
        verb_group="has decided", question_aux="has", question_verb="decided", answer="to admit Moldova",
        answer_kind="infinitive", prep=None, start=0, end=10, sent_start=0, sent_end=body.index(".") + 1,
    )
    return Event(fact=fact, actor=deck_spelling, label="ORG", date=None)


@pytest.mark.parametrize(("body", "spelt", "phrase"), [
    # the sentence writes the name out and brackets the acronym: "the NATO" would be no English
    ("The North Atlantic Treaty Organization (NATO) has decided to admit Moldova. The NATO summit is in May.",
     "NATO", "the North Atlantic Treaty Organization"),
    ("The Federal Bureau of Investigation (FBI) has decided to open an inquiry.", "FBI", "the Federal Bureau of Investigation"),
    # a sentence that gives only the acronym keeps the article it was written with
    ("The FBI has decided to open an inquiry, an official said.", "FBI", "the FBI"),
])
def test_an_acronym_the_sentence_brackets_is_asked_by_the_name_written_out(body, spelt, phrase):
    articles = {"a": Article(id="a", path="a.txt", sha256="0", title="A story", body=body)}
    assert actor_phrase(_event(body, spelt), articles) == phrase


def test_a_framed_act_too_long_for_a_card_is_asked_up_to_its_object(tmp_path):
    deck = deck_of(tmp_path, (
        "Harbor Foods Inc., which also owns a dairy, agreed in March to buy Mill Valley Corp. for 8.2 million "
        "shares of common stock with a market value of about $310 million.\n\n"
        "The sale still needs the approval of Mill Valley shareholders, the company said."
    ))
    whos = [(i.question, i.answer) for i in deck.items if i.kind == "event" and i.asks == "who"]
    assert any(q.startswith("Which organisation agreed to buy Mill Valley Corp.") and a == "Harbor Foods Inc." for q, a in whos), whos


def test_an_object_whose_clause_runs_on_is_not_asked_cut(tmp_path):
    # "the shares of Bay Radio Corp." alone would be all of them, not the ones it does not own
    deck = deck_of(tmp_path, (
        "Harbor Media Corp., Boston, said it offered to buy the shares of Bay Radio Corp. it doesn't already own in a stock swap.\n\n"
        "Harbor Media owns 51% of Bay Radio's 3.2 million shares outstanding."
    ))
    assert not [(q, a) for q, a in whats(deck) if a == "the shares of Bay Radio Corp."]
