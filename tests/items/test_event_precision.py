"""Event cards a reader can pin and weigh: wrong "who" choices of the answer's side and story,
actors read against their own article, no card on a description the article never names."""

from __future__ import annotations

from quizgen.deck.generate import generate_deck


def deck_of(tmp_path, articles: dict[str, tuple[str, str, str]]):
    for name, (title, date, body) in articles.items():
        (tmp_path / name).write_text(f"---\ntitle: {title}\ndate: {date}\n---\n{body}\n", encoding="utf-8")
    return generate_deck([tmp_path], deck_id="precision", events=True)


def events(deck):
    return [i for i in deck.items if i.kind == "event"]


def test_who_choices_for_a_partys_contest_are_of_the_answers_party(tmp_path):
    republicans = ["Ed Grant", "Fay Hill", "Gus Holm", "Ida Kerr", "Jon Lutz"]
    body = "Democratic candidate Ann Cole won the Ohio Democratic primary on 3 June 2024.\n\n" + "".join(
        f"Republican candidate {name} spoke in Toledo on Monday. {name} said the race was far from over.\n\n"
        for name in republicans
    ) + (
        "Democratic candidate Ben Ortiz conceded late on Monday night in Columbus.\n\n"
        "Democratic candidate Carla Diaz thanked her volunteers in Dayton.\n\n"
        "Democratic candidate Dan Frey said he would back the winner."
    )
    deck = deck_of(tmp_path, {"primary.txt": ("Cole wins Ohio primary", "2024-06-04", body)})
    [who] = [i for i in events(deck) if i.asks == "who" and i.answer == "Ann Cole"]
    # the Republicans the story names most are no believable winners of the Democrats' primary
    assert not set(republicans) & set(who.choices), who.choices


def test_organisations_of_an_unrelated_story_are_no_choices(tmp_path):
    deck = deck_of(tmp_path, {
        "deal.txt": ("Harlow buys reinsurer", "2024-06-04", (
            "Harlow Insurance Group Inc. said it acquired Brenton Reinsurance Co. for $28 million on 3 June 2024."
        )),
        "food.txt": ("Zenith profit", "2024-06-05", (
            "Zenith Foods Inc. reported higher profit on Tuesday, and Morrow Chemicals Corp. and Pell "
            "Textiles Corp. reported losses. Quarry Metals Corp. cut its dividend."
        )),
    })
    [who] = [i for i in events(deck) if i.asks == "who" and i.answer.startswith("Harlow")]
    assert not {"Zenith Foods Inc.", "Morrow Chemicals Corp.", "Pell Textiles Corp.", "Quarry Metals Corp."} & set(who.choices)


def test_a_surname_is_the_person_its_own_article_names(tmp_path):
    deck = deck_of(tmp_path, {
        "gulf.txt": ("Troops to the Gulf", "1990-08-09", (
            "President Bush sent 2,000 troops to Saudi Arabia on 8 August 1990 to defend its oil fields."
        )),
        "budget.txt": ("Florida budget", "2000-06-03", (
            "Florida Governor Jeb Bush signed the state budget on 2 June 2000 after a long session."
        )),
    })
    gulf = [i for i in events(deck) if i.evidence[0].source == "gulf"]
    assert gulf, "the troop deployment is asked"
    assert all("Jeb" not in i.question and "Jeb" not in i.answer for i in gulf)


def test_a_caption_mark_is_no_part_of_the_answer(tmp_path):
    # A paragraph of a caption's length with places in the picture is a caption (j212, stop 71: all
    # 16 such paragraphs of the AllSides draws were); inside a paragraph of prose the marks are
    # still no part of an answer.
    prose = (
        "George Lane (left) killed Tom Marsh (right) in February 2016 in Sanford. Both men had worked for years "
        "at the same lumber mill north of the city, the county prosecutor told a crowded courtroom on Wednesday. "
        "The trial opened before a jury of seven women and five men. They will hear from more than twenty "
        "witnesses over the next three weeks, including the mill's former owner and two police officers who "
        "arrived at the scene within minutes of the first call to the emergency line, the prosecutor said. "
        "Lane has pleaded not guilty to the charge."
    )
    deck = deck_of(tmp_path, {"case.txt": ("Lane case", "2016-05-12", prose)})
    cards = events(deck)
    assert cards
    assert all("(right)" not in i.answer and "(right)" not in i.question for i in cards)
    (tmp_path / "caption").mkdir()
    caption = deck_of(tmp_path / "caption", {
        "case.txt": ("Lane case", "2016-05-12", "George Lane (left) killed Tom Marsh (right) in February 2016 in Sanford."),
    })
    assert not events(caption)


def test_an_institution_the_article_never_names_is_no_actor(tmp_path):
    deck = deck_of(tmp_path, {
        "appeal.txt": ("Bank told to repay", "2024-06-04", (
            "Harlow Bancorp lost its appeal last year.\n\n"
            "The court on Monday ordered Harlow Bancorp to repay 2 million dollars to its customers."
        )),
    })
    # "What did the court order on 3 June 2024?": which court, the article never says
    assert not [i for i in events(deck) if "court" in i.question.lower()]


def test_an_ampersand_the_markup_ate_never_reaches_an_event_card(tmp_path):
    # ingest repairs a lost "amp" ("Brandt and Sons Inc.", see ingest/markup.py); no card, of
    # any kind, may show the debris
    deck = deck_of(tmp_path, {
        "filing.txt": ("Stake request", "1989-10-31", (
            "Brandt amp Sons Inc. filed a request with the Federal Trade Commission on Monday to buy more Nashua stock."
        )),
    })
    for item in deck.items:
        shown = " ".join([item.question, item.answer, *item.choices, *item.accept])
        assert " amp " not in f" {shown} " and "&amp;" not in shown, shown


def test_a_persons_act_is_asked_what_only_with_its_time_or_place_in_the_question(tmp_path):
    deck = deck_of(tmp_path, {
        "family.txt": ("A brother's story", "2016-01-04", (
            "One evening in the 1980s, Ann Cole, still a student, met her older brother, Tom Cole, for dinner."
        )),
    })
    # "Who did Ann Cole meet?" asks about every meeting of her life
    assert not [i for i in events(deck) if i.asks == "what" and i.actor == "Ann Cole"]
