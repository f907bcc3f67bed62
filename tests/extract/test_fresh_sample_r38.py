"""Found on fresh sample j31 (round 38): a quotation copied into a heading set in title capitals
is no one's words, a dek set as a headline's clipped passive is a dek, a role the text says was
taken away is held no more, and "a man" is no role. Made-up articles."""

from __future__ import annotations

import pytest

from quizgen.deck.generate import generate_deck
from quizgen.extract.deks import dek_starts
from tests.articles import facts_of, make_article


def _deck(tmp_path, body: str, date: str = "2014-03-10", title: str = "Test"):
    (tmp_path / "a.txt").write_text(f"---\ntitle: {title}\ndate: {date}\n---\n{body}\n", encoding="utf-8")
    return generate_deck([tmp_path], deck_id="t", events=True)


_HEADINGS = (
    "At A Harbor Forum, Maria Delgado Said “Many Of You Here Are Builders Of The Future. You Look Past "
    "The Next Quarter And You Plan For The Next Decade.” “And I think many of you here are builders of "
    "the future. You look past the next quarter and you plan for the next decade,” Delgado told the "
    "shipping executives in her speech.\n\n"
    "Maria Delgado Told Bankers “We Should Keep Talking Openly About The Risks Ahead.” She spoke for "
    "forty minutes.\n\n"
    # the tagger reads this one whole as a work's title (WORK_OF_ART)
    "Delgado Said Of Shipping, “You Have To Keep Looking Past The Next Quarter To Make Plans That Will "
    "Help Not Only You But…The Whole Industry.” “I was struck by a letter that a captain wrote to me,” "
    "she said."
)


def test_a_quotation_in_title_capitals_is_a_heading_not_the_words_said(nlp):
    quotes = [q.quote for q in facts_of(nlp, make_article(_HEADINGS, date="2014-05-02")).quotes]
    headings = ("Builders Of The Future", "Keep Talking Openly", "Looking Past The Next Quarter")
    assert not [q for q in quotes if any(h in q for h in headings)], quotes
    # the speech's own words, in sentence case, still make a quote
    assert any("builders of the future" in q for q in quotes), quotes


def test_a_quotation_with_names_and_one_capitalised_word_is_speech(nlp):
    body = (
        "“The Atlantic Fleet will stay in Norfolk and I Will not move it,” Admiral Ruth Kessler said on "
        "Monday at the Naval Station Norfolk."
    )
    quotes = [q.quote for q in facts_of(nlp, make_article(body)).quotes]
    assert quotes, "a quotation in sentence case with names in it is speech"


def test_a_role_taken_from_its_holder_is_no_current_role(nlp):
    body = (
        "The trial of ousted Ruritanian dictator Boris Kalman was adjourned on Monday until Wednesday, "
        "a court official said.\n\n"
        "Deposed Ruritanian President Anton Veder did not attend the hearing, and neither did fired "
        "Ruritanian army chief Pavel Moros."
    )
    facts = facts_of(nlp, make_article(body, date="2005-12-05"))
    roles = {(r.person, r.role) for r in facts.roles}
    assert not [r for r in roles if r[0] in ("Boris Kalman", "Anton Veder", "Pavel Moros")], roles


def test_a_role_held_now_still_gives_a_fact(nlp):
    body = "Ruritanian President Anton Veder opened the hearing on Monday, a court official said."
    facts = facts_of(nlp, make_article(body, date="2005-12-05"))
    assert any(r.person == "Anton Veder" for r in facts.roles), facts.roles


def test_a_man_alone_is_no_description(nlp):
    body = (
        "The mayor answered his rival in a string of posts on Sunday night.\n\n"
        "Tom Becker, a man who never learned how to win a race. Becker did not reply on Monday."
    )
    roles = [(r.person, r.role) for r in facts_of(nlp, make_article(body, date="2016-10-19")).roles]
    assert not [r for r in roles if r[0] == "Tom Becker"], roles


def test_a_man_with_a_word_saying_which_is_a_description(nlp):
    body = "Tom Becker, a Boston man who lost his home in the fire, spoke at the hearing on Monday."
    roles = [(r.person, r.role) for r in facts_of(nlp, make_article(body, date="2016-10-19")).roles]
    assert ("Tom Becker", "a Boston man") in roles, roles


_DEK_BODY = (
    "Harbor town slowly returns to normal after the flood.\n\n"
    "Roadblock removed, but town still on edge as crew patrols muddy streets.\n\n"
    "LOWELL\n\n"
    "Four days after the river burst its banks, the town of Lowell reopened its main road on Sunday "
    "and sent its last evacuated families home."
)


def test_a_dek_with_a_clipped_passive_beside_a_present_is_a_dek(tmp_path, nlp):
    title = "Harbor town slowly returns to normal after the flood"
    article = make_article(_DEK_BODY, title=title, date="2016-09-26")
    starts = dek_starts(nlp(article.body), article)
    assert any(article.body[s:].startswith("Roadblock") for s in starts), starts
    deck = _deck(tmp_path, _DEK_BODY, date="2016-09-26", title=title)
    assert not [i.question for i in deck.items if i.kind == "event" and "patrols" in (i.question or "")]


@pytest.mark.parametrize(
    "lede",
    [
        "Crude oil futures fell below 50 dollars on Friday as worries over supply eased.",
        "Police lifted the curfew on Sunday, but the town remains on edge as troops patrol its streets.",
        "Officials said on Monday that the road would reopen as crews clear the mud.",
    ],
)
def test_a_prose_lede_in_the_past_is_no_dek(nlp, lede):
    article = make_article(lede + "\n\nThe town council met again on Tuesday.")
    assert not dek_starts(nlp(article.body), article)


def test_a_removal_in_the_clause_after_a_role_is_another_s(nlp):
    body = (
        "Ohio Rep. Tom Becker, a member of the budget committee who now wants the chairman removed "
        "from his post, said on Monday that he had heard the account."
    )
    roles = [(r.person, r.role) for r in facts_of(nlp, make_article(body, date="2016-07-29")).roles]
    assert [r for r in roles if r[0] == "Tom Becker"], roles


def test_a_removal_of_another_after_the_role_noun_is_not_the_holder_s(nlp):
    body = (
        "Col. Tom Becker, an ally of ousted Ruritanian Premier Anton Veder, said on Monday that he "
        "hopes to return to the capital within two weeks."
    )
    roles = [(r.person, r.role) for r in facts_of(nlp, make_article(body, date="1998-02-19")).roles]
    assert [r for r in roles if r[0] == "Tom Becker"], roles
