"""A photo's credit line standing alone in the body, and the caption beside it: no prose."""

from __future__ import annotations

import pytest

from quizgen.ingest.captions import is_photo_credit, looks_like_caption
from tests.articles import facts_of, make_article


@pytest.mark.parametrize(
    "line",
    [
        "Marta Quist via Getty Images.",
        "Tobias Lind / Reuters.",
        "AP Photo/Ane Moe",
        "Photo: Reuters",
        "(Getty)",
        "Facebook/Sunniva Berg.",
        "Photograph by Ane Moe/AFP",
        "MARTA QUIST VIA GETTY IMAGES",
        "Tobias Lind/AFP via Getty Images.",
        "ÅSE MOE/Bloomberg via Getty Images",
        "Marta Quist via Getty Images for the Oslo Film Festival",
        "Tobias Lind | Reuters",
        "Ane Moe/The Washington Post",
        "picture alliance via Getty Images.",
    ],
)
def test_a_photo_credit_is_recognised(line):
    assert is_photo_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "According to a Reuters/Ipsos poll, the two mayors are tied.",
        "Reuters.",
        "Pictures of the harbour.",
        "Marta Quist met Tobias Lind via a friend at Reuters last spring, she said.",
    ],
)
def test_prose_naming_an_agency_is_no_photo_credit(line):
    assert not is_photo_credit(line)


def test_a_caption_has_a_photos_present_tense_and_no_quotation():
    assert looks_like_caption("Councillor Ane Moe speaks at a rally in Bergen on June 14, 2016.")
    assert looks_like_caption("Harbour master Tobias Lind (left) and Marta Quist.")
    assert not looks_like_caption("The board approved the plan on Tuesday.")
    assert not looks_like_caption("“We will rebuild the pier,” Moe speaks for the council.")


def test_a_picture_agencys_dated_place_makes_a_caption_in_any_tense():
    assert looks_like_caption("Councillor Ane Moe cast herself as the harbour's champion during a speech in Bergen, Norway on Thursday, Aug. 11, 2016.")
    assert looks_like_caption("Mayoral candidate Ane Moe greeted supporters at the close of a rally on March 3, 2016 in Bergen, Norway.")
    assert not looks_like_caption("The harbour law took effect on March 3, 2016, and the board met in May.")


def test_a_caption_after_a_credit_opening_the_body_makes_no_card(nlp):
    credit = "MARTA QUIST/AFP via Getty Images."
    caption = "Mayoral candidate Ane Moe waves to supporters at the close of a rally at Grieg Hall on March 3, 2016 in Bergen, Norway."
    prose = "Moe won the harbour board's vote on Tuesday, beating three rivals by a wide margin."
    article = make_article(f"{credit}\n\n{caption}\n\n{prose}", title="Moe wins")
    kinds = {b.text: b.kind for b in article.blocks}
    assert kinds[credit] == "furniture" and kinds[caption] == "caption" and kinds[prose] == "text"
    facts = facts_of(nlp, article)
    sentences = {article.body[f.sent_start : f.sent_end] for f in [*facts.events, *facts.figures, *facts.dates, *facts.roles]}
    assert not any("Grieg Hall" in s for s in sentences)


@pytest.mark.parametrize("credit_first", [True, False])
def test_no_card_comes_from_a_caption_beside_a_photo_credit(nlp, credit_first):
    caption = "Senator Ane Moe introduces Girls Who Code! Founder Sunniva Berg onstage in Oslo on Tuesday."
    credit = "Marta Quist via Getty Images."
    pair = [credit, caption] if credit_first else [caption, credit]
    prose = "The Oslo council approved a $40 million budget for the harbour on Tuesday, Moe said."
    article = make_article("\n\n".join([prose, *pair, "The vote was 7 to 2."]), title="Harbour")
    kinds = {b.text: b.kind for b in article.blocks}
    assert kinds[credit] == "furniture" and kinds[caption] == "caption" and kinds[prose] == "text"
    facts = facts_of(nlp, article)
    sentences = {article.body[f.sent_start : f.sent_end] for f in [*facts.events, *facts.figures, *facts.dates]}
    assert not any("Girls Who Code" in s or "Getty" in s for s in sentences)
    assert any("$40 million" in s for s in sentences)


def test_a_past_tense_paragraph_beside_a_photo_stays_prose():
    article = make_article(
        "Marta Quist via Getty Images.\n\nHackers also reached the computer of the harbour board's chairman, the report found.",
        title="Harbour",
    )
    assert [b.kind for b in article.blocks] == ["furniture", "text"]
